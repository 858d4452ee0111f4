import { summaryLine } from '../../src/engine/report/summaryLine.js';
import type { CheckOutcome, Result } from '../../src/engine/report/model.js';
import { NEW_SHA, outcome } from '../support/fixtures.js';

function line(
  result: Result,
  checks: CheckOutcome[],
  extra: { version?: string; timedOut?: boolean; durationMs?: number } = {},
): string {
  return summaryLine({
    result,
    service: 'shop-api',
    environment: 'production',
    version: NEW_SHA,
    checks,
    durationMs: 2_100,
    timedOut: false,
    ...extra,
  });
}

const bad = (name: string, detail = 'status 503, expected 2xx', result: Result = 'failed') =>
  outcome({ name, detail, result, required: result === 'failed' });

describe('summaryLine', () => {
  it('reads the issue example for one failure', () => {
    expect(line('failed', [outcome(), bad('/ready'), outcome()])).toBe(
      'failed: shop-api 4f2a9c1 in production — 1 of 3 checks failed: /ready (status 503, expected 2xx) — 2.1s',
    );
  });

  it('says all checks passed, or the check for one', () => {
    expect(line('passed', [outcome(), outcome()])).toBe(
      'passed: shop-api 4f2a9c1 in production — all 2 checks passed — 2.1s',
    );
    expect(line('passed', [outcome()])).toBe('passed: shop-api 4f2a9c1 in production — the check passed — 2.1s');
  });

  it('says when the failures were all optional', () => {
    expect(line('warning', [outcome(), bad('/metrics', 'status 500, expected 2xx', 'warning')])).toBe(
      'warning: shop-api 4f2a9c1 in production — 1 optional check failed: /metrics (status 500, expected 2xx) — 2.1s',
    );
  });

  it('counts required failures and optional ones apart', () => {
    expect(
      line('failed', [
        bad('/ready', 'status 503, expected 2xx', 'failed'),
        bad('/metrics', 'status 500, expected 2xx', 'warning'),
      ]),
    ).toBe(
      'failed: shop-api 4f2a9c1 in production — 1 of 2 checks failed: /ready (status 503, expected 2xx); 1 optional check failed: /metrics (status 500, expected 2xx) — 2.1s',
    );
  });

  it('lists at most three failures and counts the rest', () => {
    const checks = ['/a', '/b', '/c', '/d', '/e'].map((name) => bad(name, 'refused'));
    expect(line('failed', checks)).toBe(
      'failed: shop-api 4f2a9c1 in production — 5 of 5 checks failed: /a (refused), /b (refused), /c (refused) and 2 more — 2.1s',
    );
  });

  it('leaves out a missing version and keeps a tag as it is', () => {
    expect(line('passed', [outcome()], { version: undefined })).toBe(
      'passed: shop-api in production — the check passed — 2.1s',
    );
    expect(line('passed', [outcome()], { version: 'v1.4.0' })).toBe(
      'passed: shop-api v1.4.0 in production — the check passed — 2.1s',
    );
  });

  it('says when the step stopped at its time limit', () => {
    expect(
      line('failed', [bad('/slow', 'stopped: the step was cancelled or reached its time limit')], {
        timedOut: true,
        durationMs: 900_000,
      }),
    ).toBe(
      'failed: shop-api 4f2a9c1 in production — 1 of 1 check failed: /slow (stopped: the step was cancelled or reached its time limit) — stopped at the time limit — 15m',
    );
  });

  it('stays one line whatever the details hold', () => {
    expect(line('failed', [bad('/x', 'line one\nline two')])).not.toMatch(/\n/);
  });
});
