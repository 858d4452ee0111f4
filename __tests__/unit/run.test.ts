import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { buildPlan } from '../../src/engine/plan.js';
import { REPORT_SCHEMA_VERSION } from '../../src/engine/report/model.js';
import { runChecks } from '../../src/engine/run.js';
import { progressLine } from '../../src/engine/report/terminal.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeProber, jsonResponse, probeError, response, type Reply } from '../support/fakeProber.js';
import { NEW_SHA, OLD_SHA, RecordingLogger, outcome } from '../support/fixtures.js';

const BASE = 'https://shop.example.com';
const url = (path: string) => `${BASE}${path}`;

/** Loads inputs as the action would, then runs them against scripted replies per URL. */
async function runWith(
  inputs: Partial<Record<ConfigKey, string>>,
  script: Record<string, Reply[]>,
  signal?: AbortSignal,
) {
  const loaded = await loadConfig({ inputs: { service: 'shop-api', 'base-url': BASE, ...inputs } });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const clock = new FakeClock();
  const prober = new FakeProber(script, { clock, latencyMs: 10 });
  const logger = new RecordingLogger();
  const report = await runChecks(buildPlan(loaded.config), {
    prober,
    clock,
    logger,
    redact: createRedactor(loaded.secrets),
    context: { runUrl: 'https://github.com/acme/shop/actions/runs/1' },
    tool: { name: 'post-deploy-check', version: '0.1.0' },
    signal,
  });
  return { report, prober, logger, clock };
}

describe('runChecks: the report', () => {
  it('has the documented shape for a passing run', async () => {
    const { report } = await runWith(
      { checks: '/health\n/ready', version: NEW_SHA },
      { [url('/health')]: [response(200)], [url('/ready')]: [response(204)] },
    );
    expect(report).toMatchObject({
      schemaVersion: REPORT_SCHEMA_VERSION,
      tool: { name: 'post-deploy-check', version: '0.1.0' },
      service: 'shop-api',
      environment: 'production',
      version: NEW_SHA,
      dryRun: false,
      timedOut: false,
      context: { runUrl: 'https://github.com/acme/shop/actions/runs/1' },
      verdict: { result: 'passed', reasons: [] },
      summary: 'passed: shop-api 4f2a9c1 in production — all 2 checks passed — 20ms',
    });
    expect(report.schemaVersion).toBe(1);
    expect(report.checks.map((check) => [check.name, check.result, check.detail])).toEqual([
      ['GET /health', 'passed', '200'],
      ['GET /ready', 'passed', '204'],
    ]);
    expect(report.startedAt).toBe('2025-01-01T12:00:00.000Z');
    expect(report.finishedAt).toBe('2025-01-01T12:00:00.020Z');
    expect(report.durationMs).toBe(20);
  });

  it('is valid JSON that reads back the same', async () => {
    const { report } = await runWith({ checks: '/health' }, { [url('/health')]: [response(200)] });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('fails with the failing check named in the verdict and summary', async () => {
    const { report } = await runWith(
      { checks: '/health\n/ready' },
      { [url('/health')]: [response(200)], [url('/ready')]: [response(503, '{"db":"down"}')] },
    );
    expect(report.verdict).toEqual({
      result: 'failed',
      reasons: ['GET /ready: status 503, expected 2xx (after 3 attempts)'],
    });
    expect(report.summary).toMatch(
      /^failed: shop-api in production — 1 of 2 checks failed: GET \/ready \(status 503, expected 2xx \(after 3 attempts\)\) — /,
    );
    expect(report.checks[1]?.analysis?.cause).toBe('the readiness endpoint reports unavailable: a dependency is down');
  });

  it('gives a warning when only an optional check failed', async () => {
    const { report } = await runWith(
      { checks: '- /health\n- {path: /metrics, required: false, retries: 0}' },
      { [url('/health')]: [response(200)], [url('/metrics')]: [response(500)] },
    );
    expect(report.verdict.result).toBe('warning');
    expect(report.checks.map((check) => check.result)).toEqual(['passed', 'warning']);
  });

  it('lists the http checks in config order, then the version check', async () => {
    const { report } = await runWith(
      { checks: '/a\n/b\n/c', 'version-url': '/version', version: NEW_SHA },
      {
        [url('/a')]: [response(200)],
        [url('/b')]: [response(200)],
        [url('/c')]: [response(200)],
        [url('/version')]: [jsonResponse(200, { commit: NEW_SHA })],
      },
    );
    expect(report.checks.map((check) => [check.name, check.kind])).toEqual([
      ['GET /a', 'http'],
      ['GET /b', 'http'],
      ['GET /c', 'http'],
      ['version', 'version'],
    ]);
  });

  it('keeps secrets out of the whole report', async () => {
    const checks = '- path: /me\n  headers: {Authorization: Bearer tok-123456}';
    const { report, prober } = await runWith(
      { 'base-url': 'https://ci:pw-987654@shop.example.com', checks },
      { 'https://ci:pw-987654@shop.example.com/me': [response(401, 'bad token Bearer tok-123456')] },
    );
    expect(prober.requests[0]?.headers).toEqual({ Authorization: 'Bearer tok-123456' });
    const text = JSON.stringify(report);
    expect(text).not.toContain('tok-123456');
    expect(text).not.toContain('pw-987654');
    expect(report.checks[0]?.request).toEqual({
      method: 'GET',
      url: 'https://***:***@shop.example.com/me',
      headers: { Authorization: '***' },
    });
  });
});

describe('runChecks: concurrency', () => {
  const paths = Array.from({ length: 12 }, (_, index) => `/item/${index}`);
  const script = Object.fromEntries(paths.map((path) => [url(path), [response(200)]]));

  it.each([1, 3, 8])('has at most %d requests in flight, and uses all of them', async (concurrency) => {
    const { prober, report } = await runWith({ checks: paths.join('\n'), concurrency: String(concurrency) }, script);
    expect(prober.peakInFlight).toBe(concurrency);
    expect(prober.requests).toHaveLength(12);
    expect(report.checks.map((check) => check.name)).toEqual(paths.map((path) => `GET ${path}`));
  });
});

describe('runChecks: deployedVersion', () => {
  it('is the version we were told when there is no version check', async () => {
    const { report } = await runWith({ checks: '/health', version: NEW_SHA }, { [url('/health')]: [response(200)] });
    expect(report.deployedVersion).toBe(NEW_SHA);
  });

  it('is what the version endpoint reported when there is a version check, even a wrong one', async () => {
    const { report } = await runWith(
      { 'version-url': '/version', version: NEW_SHA, 'version-timeout': '3s' },
      { [url('/version')]: [response(200, OLD_SHA)] },
    );
    expect(report.deployedVersion).toBe(OLD_SHA);
    expect(report.verdict.result).toBe('failed');
    expect(report.checks[0]?.detail).toBe('expected 4f2a9c1, saw 9be0d12 x3 (the previous version is still serving?)');
  });

  it('is unknown when the version endpoint never reported one', async () => {
    const { report } = await runWith(
      { 'version-url': '/version', version: NEW_SHA, 'version-timeout': '2s' },
      { [url('/version')]: [probeError('refused')] },
    );
    expect(report.deployedVersion).toBeUndefined();
  });
});

describe('runChecks: logs and cancellation', () => {
  it('logs one group for the phase and one line per check as it finishes', async () => {
    // One at a time, so that each check's virtual duration is its own request's.
    const { logger } = await runWith(
      { checks: '/health\n/ready', concurrency: '1' },
      { [url('/health')]: [response(200)], [url('/ready')]: [response(404)] },
    );
    expect(logger.groups).toEqual(['Plan', 'Verify: 2 checks, 1 at a time']);
    expect(logger.lines.slice(-2)).toEqual([
      '✓ GET /health — passed: 200 (10ms)',
      '✗ GET /ready — failed: status 404, expected 2xx (10ms)',
    ]);
  });

  it('says "check" for a single check', async () => {
    const { logger } = await runWith({ checks: '/health' }, { [url('/health')]: [response(200)] });
    expect(logger.groups).toEqual(['Plan', 'Verify: 1 check, 8 at a time']);
  });

  it('logs the plan first, every URL resolved and no credential in it', async () => {
    const { logger } = await runWith(
      {
        'base-url': 'https://deployer:pa55word@shop.example.com',
        checks: '- path: /health\n  retries: 1\n  required: false',
        'version-url': '/version',
        version: '4f2a9c1',
      },
      {},
    );
    expect(logger.lines.slice(0, 4)).toEqual([
      'shop-api 4f2a9c1 in production',
      'GET /health: GET https://***:***@shop.example.com/health (timeout 10s, 1 retry, optional)',
      'version: poll https://***:***@shop.example.com/version until "commit" reports 4f2a9c1 3 times in a row (up to 2m)',
      'time limit 15m',
    ]);
  });

  it('sends nothing and stops every check when cancelled from outside: the verdict is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const { report, prober } = await runWith(
      { checks: '/health' },
      { [url('/health')]: [response(200)] },
      controller.signal,
    );
    expect(prober.requests).toEqual([]);
    expect(report.verdict.result).toBe('cancelled');
    expect(report.summary).toMatch(/^cancelled: shop-api/);
    expect(report.rollbackNeeded).toBe(false);
    expect(report.checks[0]?.detail).toBe('stopped: the step was cancelled or reached its time limit');
  });

  it('marks an optional check in the progress line by its result', () => {
    expect(progressLine(outcome({ result: 'warning', detail: 'status 500, expected 2xx', durationMs: 1_500 }))).toBe(
      '! GET /health — warning: status 500, expected 2xx (1.5s)',
    );
  });
});
