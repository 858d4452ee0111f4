import { loadConfig } from '../../src/engine/config/load.js';
import { classifySample, ratioBreach } from '../../src/engine/monitor/gate.js';
import { buildPlan } from '../../src/engine/plan.js';
import { planLines } from '../../src/engine/report/planLines.js';
import { judgeGate, underMode, type JudgeRules } from '../../src/engine/monitor/judge.js';
import { runMonitor } from '../../src/engine/monitor/monitor.js';
import type { MonitorPlan } from '../../src/engine/monitor/monitorPlan.js';
import type { PlannedGate } from '../../src/engine/monitor/plannedGate.js';
import { monitorOutcomes } from '../../src/engine/monitor/outcomes.js';
import { endNotice, startNotice } from '../../src/engine/notices/notice.js';
import type { GateSample, SampleOutcome } from '../../src/engine/report/model.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { decideVerdict, rollbackWanted } from '../../src/engine/verdict.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeCluster, FakeMetrics, pod, type ScriptedReading } from '../support/fakeMonitor.js';
import { RecordingLogger } from '../support/fixtures.js';

// Gates a team can trust: zero and tiny baselines, the trust ladder (observe, warn, enforce), the early pass.

const value = (v: number) => ({ kind: 'value' as const, value: v, warnings: [] });
const RATIO: PlannedGate = { name: 'errors', query: 'errors', maxRatio: 2, onInconclusive: 'warn' };

describe('zero and tiny baselines', () => {
  it('judges a baseline of 0 by min-delta alone: never divided by, never passed by omission', () => {
    expect(classifySample({ ...RATIO, minDelta: 0.5 }, value(40), { value: 0 })).toEqual({
      outcome: 'breach',
      value: 40,
      note: '40 > min-delta 0.5 (baseline 0: judged by min-delta)',
    });
    expect(classifySample({ ...RATIO, minDelta: 0.5 }, value(0.4), { value: 0 }).outcome).toBe('ok');
    // Without min-delta, any value above a zero baseline is a breach: 0 errors before, 40 after.
    expect(classifySample(RATIO, value(40), { value: 0 }).outcome).toBe('breach');
    expect(classifySample(RATIO, value(0), { value: 0 }).outcome).toBe('ok');
  });

  it('needs a tiny baseline to be exceeded by min-delta too', () => {
    // Twice as slow, but only 1 ms slower: not a regression worth a rollback.
    expect(ratioBreach(0.002, 0.001, 2, 0.05)).toBeUndefined();
    expect(ratioBreach(0.4, 0.1, 2, 0.05)).toBe('4× baseline 0.1 > max-ratio 2, 0.3 above it > min-delta 0.05');
    expect(ratioBreach(0.4, 0.1, 2, 0)).toBe('4× baseline 0.1 > max-ratio 2');
  });

  it('keeps a ratio-only gate with no baseline at no data', () => {
    expect(classifySample(RATIO, value(40), { note: 'no baseline' }).outcome).toBe('no-data');
  });
});

const RULES: JudgeRules = { failureThreshold: 2, maxConsecutiveErrors: 4, onInconclusive: 'warn' };
const samples = (sequence: string): GateSample[] =>
  sequence.split(' ').map((outcome, index) => ({
    at: index * 10_000,
    outcome: outcome as SampleOutcome,
    ...(outcome === 'breach' ? { note: `0.042 > max 0.01` } : {}),
  }));

describe('the trust ladder', () => {
  const failing = judgeGate(samples('ok ok ok ok ok breach breach'), RULES);

  it('enforce keeps the judgement', () => {
    expect(underMode(failing, 'enforce')).toBe(failing);
  });

  it('observe never changes the verdict, and says where it would have failed', () => {
    expect(underMode(failing, 'observe')).toMatchObject({
      result: 'passed',
      detail: 'observe: would have failed at sample 7 (0.042 > max 0.01)',
      wouldHaveFailed: { sample: 7, note: '0.042 > max 0.01' },
    });
  });

  it('warn makes a warning at most, also of an inconclusive gate under on-inconclusive: fail', () => {
    expect(underMode(failing, 'warn')).toMatchObject({
      result: 'warning',
      detail: 'warn: would have failed at sample 7 (0.042 > max 0.01)',
    });
    const inconclusive = judgeGate(samples('no-data no-data'), { ...RULES, onInconclusive: 'fail' });
    expect(underMode(inconclusive, 'warn').result).toBe('warning');
    expect(underMode(inconclusive, 'observe').result).toBe('passed');
  });

  it('a warn gate that would have failed warns, never rolls back, and is named in the end notice', () => {
    const monitor = {
      windowMs: 60_000,
      intervalMs: 10_000,
      delayMs: 0,
      failureThreshold: 2,
      samples: 7,
      gates: [
        {
          name: 'errors',
          query: 'errors',
          limits: { max: 0.01 },
          samples: [],
          counts: { ok: 5, breach: 2, 'no-data': 0, error: 0 },
          result: 'warning' as const,
          inconclusive: false,
          detail: 'warn: would have failed at sample 7 (0.042 > max 0.01)',
          warnings: [],
          mode: 'warn' as const,
          wouldHaveFailed: { sample: 7, note: '0.042 > max 0.01' },
        },
      ],
    };
    const checks = monitorOutcomes(monitor, undefined, createRedactor([]), 70_000);
    expect(checks[0]).toMatchObject({ required: false, result: 'warning', wouldHaveFailed: true });
    const verdict = decideVerdict(checks, { cancelled: false, timedOut: false, timeoutText: '10m' });
    expect(verdict.result).toBe('warning');
    expect(rollbackWanted('check', checks, verdict, { cancelled: false, timedOut: false })).toBe(false);
    const plan = { service: 'shop-api', environment: 'production' } as Parameters<typeof startNotice>[0];
    const end = endNotice(startNotice(plan, {}, 0), { result: 'warning', summary: 's', finishedAt: 1, checks });
    expect(end.failures).toEqual([
      { name: 'errors', detail: 'warn: would have failed at sample 7 (0.042 > max 0.01)' },
    ]);
  });
});

async function watch(plan: Partial<MonitorPlan>, scripts: Record<string, ScriptedReading[]>, cluster?: FakeCluster) {
  const clock = new FakeClock();
  const metrics = new FakeMetrics(scripts, clock);
  const report = await runMonitor(
    {
      windowMs: 100_000,
      intervalMs: 10_000,
      delayMs: 0,
      failureThreshold: 2,
      baselineOffsetMs: 600_000,
      gates: [{ name: 'error-rate', query: 'errors', max: 0.01, onInconclusive: 'warn' }],
      ...plan,
    },
    {
      metrics,
      cluster,
      clock,
      logger: new RecordingLogger(),
      redact: createRedactor([]),
      signal: new AbortController().signal,
      runStartedAt: clock.now(),
    },
  );
  return { report, metrics };
}

describe('an observed gate in the window', () => {
  it('is sampled to the end of the window instead of stopping it', async () => {
    const { report } = await watch(
      { gates: [{ name: 'error-rate', query: 'errors', max: 0.01, onInconclusive: 'warn', mode: 'observe' }] },
      { errors: [0.2] },
    );
    expect(report.samples).toBe(10);
    expect(report.stoppedEarly).toBeUndefined();
    expect(report.gates[0]).toMatchObject({
      result: 'passed',
      mode: 'observe',
      detail: 'observe: would have failed at sample 2 (0.2 > max 0.01)',
    });
  });
});

describe('the early pass (success-threshold)', () => {
  it('ends a healthy window after that many healthy samples in a row, and says so', async () => {
    const { report } = await watch({ successThreshold: 4 }, { errors: [0.001] }, new FakeCluster([[pod('shop-1')]]));
    expect(report.samples).toBe(4);
    expect(report.endedEarly).toBe('ended early after 4 healthy samples in a row (success-threshold 4)');
    expect(report.gates[0]?.result).toBe('passed');
  });

  it('counts only ok samples: no data and a breach streak restart the count', async () => {
    const { report } = await watch(
      { successThreshold: 3 },
      { errors: [0.001, 'no-data', 0.001, 0.02, 0.001, 0.001, 0.001] },
    );
    // ok, no data (reset), ok, breach (reset), then three ok in a row end it at sample 7.
    expect(report.samples).toBe(7);
    expect(report.endedEarly).toContain('after 3 healthy samples in a row');
  });

  it('never ends while a ratio gate lacks the baseline it needs, nor before a gate can pass at all', async () => {
    const lacking = await watch(
      { successThreshold: 3, gates: [{ name: 'latency', query: 'p99', max: 1, maxRatio: 2, onInconclusive: 'warn' }] },
      { p99: [0.2] },
    );
    expect(lacking.report.samples).toBe(10);
    expect(lacking.report.endedEarly).toBeUndefined();
    const one = await watch({ successThreshold: 1 }, { errors: [0.001] });
    expect(one.report.samples).toBe(3);
  });

  it('stays off at 0', async () => {
    const { report } = await watch({ successThreshold: 0 }, { errors: [0.001] });
    expect(report.samples).toBe(10);
  });
});

describe('the plan a dry run prints', () => {
  it('names each gate held back by its mode, its min-delta, and the early pass', async () => {
    const loaded = await loadConfig({
      inputs: {
        'base-url': 'https://shop.example.com',
        checks: '/health',
        'prometheus-url': 'http://prometheus:9090',
        'error-rate-mode': 'observe',
        'success-threshold': '6',
        gates:
          '- name: payments\n  query: sum(rate(payment_errors_total[5m]))\n  max-ratio: 3\n  min-delta: 0.5\n  mode: warn',
      },
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const lines = planLines(buildPlan(loaded.config));
    expect(lines).toContain(
      'monitor 5m, a sample every 10s; 2 breaches in a row fail a gate; 6 healthy samples in a row pass early',
    );
    expect(lines.filter((line) => line.startsWith('gate '))).toEqual([
      expect.stringMatching(/^gate error-rate \(observe\): sum\(rate/),
      'gate payments (warn, min-delta 0.5): sum(rate(payment_errors_total[5m]))',
    ]);
  });
});
