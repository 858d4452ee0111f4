import { FakeClock } from './fakeClock.js';
import { FakeProber, type Reply } from './fakeProber.js';
import type { CheckContext } from '../../src/engine/checks/context.js';
import type { PlannedHttpCheck } from '../../src/engine/checks/httpPlan.js';
import type { PlannedVersionCheck } from '../../src/engine/checks/versionPlan.js';
import type { Logger } from '../../src/engine/ports.js';
import type { CheckOutcome } from '../../src/engine/report/model.js';
import { createRedactor } from '../../src/engine/secrets.js';

/** A planned HTTP check with the config defaults (2 retries, 10s, 2xx); override what a test is about. */
export function httpCheck(overrides: Partial<PlannedHttpCheck> = {}): PlannedHttpCheck {
  return {
    name: 'GET /health',
    request: { method: 'GET', url: 'https://shop.example.com/health', headers: {} },
    expect: {},
    timeoutMs: 10_000,
    retries: 2,
    retryOn: [],
    followRedirects: false,
    insecureSkipTlsVerify: false,
    required: true,
    ...overrides,
  };
}

export const NEW_SHA = '4f2a9c1e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39';
export const OLD_SHA = '9be0d12a3b4c5d6e7f8091a2b3c4d5e6f7081920';

export function versionCheck(overrides: Partial<PlannedVersionCheck> = {}): PlannedVersionCheck {
  return {
    name: 'version',
    url: 'https://shop.example.com/version',
    field: 'commit',
    expected: NEW_SHA,
    timeoutMs: 120_000,
    insecureSkipTlsVerify: false,
    ...overrides,
  };
}

/** A prober, a clock and the deps a check needs, wired together. */
export function checkRig(
  script: Reply[] | Record<string, Reply[]>,
  options: { secrets?: string[]; signal?: AbortSignal; latencyMs?: number } = {},
) {
  const clock = new FakeClock();
  const prober = new FakeProber(script, { clock, latencyMs: options.latencyMs });
  const deps: CheckContext = {
    prober,
    clock,
    redact: createRedactor(options.secrets ?? []),
    runStartedAt: clock.now(),
    service: 'shop-api',
    signal: options.signal ?? new AbortController().signal,
  };
  return { clock, prober, deps };
}

/** A Logger that remembers its groups and lines. */
export class RecordingLogger implements Logger {
  readonly groups: string[] = [];
  readonly lines: string[] = [];
  readonly warnings: string[] = [];

  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.groups.push(title);
    return body();
  }

  info(line: string): void {
    this.lines.push(line);
  }

  warning(line: string): void {
    this.warnings.push(line);
  }
}

/** A finished check outcome for verdict, summary and rendering tests. */
export function outcome(overrides: Partial<CheckOutcome> = {}): CheckOutcome {
  return {
    name: 'GET /health',
    kind: 'http',
    required: true,
    result: 'passed',
    detail: '200',
    durationMs: 120,
    request: { method: 'GET', url: 'https://shop.example.com/health', headers: {} },
    attempts: [{ at: 0, durationMs: 120, status: 200 }],
    ...overrides,
  };
}
