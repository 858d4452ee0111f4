import { judgeGate, MIN_USABLE_SAMPLES, streaksOf, type JudgeRules } from '../../src/engine/monitor/judge.js';
import type { GateSample, SampleOutcome } from '../../src/engine/report/model.js';

// The gate judge is a pure function of hand-built sample sequences: no clock, no provider.

const RULES: JudgeRules = { failureThreshold: 2, maxConsecutiveErrors: 4, onInconclusive: 'warn' };

const NOTES: Record<SampleOutcome, string | undefined> = {
  ok: undefined,
  breach: '0.05 > max 0.01',
  'no-data': 'NaN: no traffic in the window (0/0)',
  error: 'connection refused by prometheus:9090',
};

/** "ok breach error breach" -> samples ten seconds apart. */
function samples(sequence: string): GateSample[] {
  return sequence.split(' ').map((outcome, index) => ({
    at: index * 10_000,
    outcome: outcome as SampleOutcome,
    note: NOTES[outcome as SampleOutcome],
  }));
}

const judge = (sequence: string, rules: Partial<JudgeRules> = {}) =>
  judgeGate(samples(sequence), { ...RULES, ...rules });

describe('judgeGate: the breach run', () => {
  it.each([
    ['ok ok ok', false],
    ['breach ok breach ok breach', false],
    ['ok breach breach', true],
    ['breach breach ok ok', true],
  ])('%s -> failed %s', (sequence, failed) => expect(judge(sequence).failed).toBe(failed));

  it('fails at failure-threshold breaches in a row and says the last breach', () => {
    expect(judge('ok ok breach breach')).toMatchObject({
      result: 'failed',
      inconclusive: false,
      detail: '2 breaching samples in a row: 0.05 > max 0.01',
    });
  });

  it('counts an error or no-data sample between two breaches neither for nor against the run, and says so', () => {
    expect(judge('breach error breach')).toMatchObject({
      failed: true,
      detail:
        '2 breaching samples in a row, with 1 sample without a usable value between them (no data or an error neither breaks nor extends a run): 0.05 > max 0.01',
    });
    expect(judge('breach no-data error breach', { failureThreshold: 3 }).failed).toBe(false);
    expect(judge('breach no-data error breach breach', { failureThreshold: 3 }).detail).toContain(
      'with 2 samples without a usable value between them',
    );
  });

  it('lets only an ok sample break a run', () => {
    expect(judge('breach ok breach').failed).toBe(false);
    expect(streaksOf(samples('breach no-data ok breach')).longestRun).toEqual({
      breaches: 1,
      unusable: 0,
      lastNote: '0.05 > max 0.01',
    });
  });

  it('does not count unusable samples after the last breach as inside the run', () => {
    expect(streaksOf(samples('breach breach error error')).longestRun.unusable).toBe(0);
  });

  it('passes with breaches that never reach the threshold, and counts them', () => {
    expect(judge('ok breach ok breach ok')).toMatchObject({
      result: 'passed',
      detail: '3 of 5 samples within limits; 2 breaching samples, never 2 in a row',
    });
  });
});

describe('judgeGate: inconclusive', () => {
  it(`needs ${MIN_USABLE_SAMPLES} ok-or-breach samples to pass`, () => {
    expect(judge('ok ok no-data')).toMatchObject({
      result: 'warning',
      inconclusive: true,
      detail: 'inconclusive — no data in the window (NaN: no traffic in the window (0/0))',
    });
    expect(judge('ok error ok')).toMatchObject({
      inconclusive: true,
      detail: 'inconclusive — only 2 usable samples of 3 (last error: connection refused by prometheus:9090)',
    });
    expect(judge('ok ok ok').inconclusive).toBe(false);
  });

  it('tells a metric that does not exist from one with no requests, when the source was asked', () => {
    const noData = samples('no-data no-data');
    expect(judgeGate(noData, RULES, { missing: ['http_requests_total'] }).detail).toBe(
      'inconclusive — no series: the metric `http_requests_total` does not exist in this Prometheus',
    );
    expect(judgeGate(noData, RULES, { missing: ['a_total', 'b_bucket'] }).detail).toBe(
      'inconclusive — no series: the metrics `a_total`, `b_bucket` do not exist in this Prometheus',
    );
    expect(judgeGate(noData, RULES, { missing: [] }).detail).toBe(
      'inconclusive — no requests in the window (NaN: no traffic in the window (0/0))',
    );
    expect(judgeGate(samples('ok ok ok'), RULES, { missing: ['a_total'] })).toMatchObject({ result: 'passed' });
  });

  it('is inconclusive at max-consecutive-errors errors in a row, even between good samples', () => {
    const sequence = 'ok ok error error error error ok ok';
    expect(judge(sequence)).toMatchObject({
      inconclusive: true,
      detail:
        'inconclusive — the metric source kept failing (4 errors in a row: connection refused by prometheus:9090)',
    });
    expect(judge(sequence, { maxConsecutiveErrors: 5 }).inconclusive).toBe(false);
    expect(judge('ok ok ok error', { maxConsecutiveErrors: 1 }).inconclusive).toBe(true);
  });

  it('never lets errors hide a failure', () => {
    expect(judge('breach error error error error breach')).toMatchObject({ result: 'failed', inconclusive: false });
  });

  it.each([
    ['pass', 'passed'],
    ['warn', 'warning'],
    ['fail', 'failed'],
  ] as const)('on-inconclusive: %s yields %s', (onInconclusive, result) => {
    expect(judge('no-data no-data', { onInconclusive }).result).toBe(result);
  });

  it('counts every outcome', () => {
    expect(judge('ok breach no-data error ok').counts).toEqual({ ok: 2, breach: 1, 'no-data': 1, error: 1 });
  });
});
