import { loadConfig } from '../../src/engine/config/load.js';
import { builtInMinRequests } from '../../src/engine/config/trafficSchema.js';
import { classifySample, GateTracker } from '../../src/engine/monitor/gate.js';
import { judgeGate, type JudgeRules } from '../../src/engine/monitor/judge.js';
import type { PlannedGate } from '../../src/engine/monitor/plannedGate.js';
import type { GateSample } from '../../src/engine/report/model.js';
import { buildPlan } from '../../src/engine/plan.js';
import { renderMonitor } from '../../src/engine/report/monitorMarkdown.js';
import { monitorOutcomes } from '../../src/engine/monitor/outcomes.js';

// Minimum traffic: a sample of a handful of requests is no data, never ok and never a breach.

const value = (v: number) => ({ kind: 'value' as const, value: v, warnings: [] });
const NO_DATA = { kind: 'no-data' as const, reason: 'empty result', warnings: [] };
const GATE: PlannedGate = {
  name: 'error-rate',
  query: 'errors',
  max: 0.01,
  onInconclusive: 'warn',
  traffic: { query: 'requests', minRequests: 100 },
};

describe('a sample against min-requests', () => {
  it('is no data below the minimum, whatever its value: one error in 42 requests says nothing', () => {
    expect(classifySample(GATE, value(0.024), undefined, value(42))).toEqual({
      outcome: 'no-data',
      value: 0.024,
      note: '42 requests < min-requests 100',
      requests: 42,
      lowTraffic: true,
    });
    // Nor is a calm value ok on so little traffic.
    expect(classifySample(GATE, value(0), undefined, value(42)).outcome).toBe('no-data');
  });

  it('is judged as usual from the minimum up, and carries its requests', () => {
    expect(classifySample(GATE, value(0.002), undefined, value(100))).toEqual({
      outcome: 'ok',
      value: 0.002,
      requests: 100,
    });
    expect(classifySample(GATE, value(0.2), undefined, value(842.4))).toMatchObject({
      outcome: 'breach',
      requests: 842,
    });
  });

  it('counts a traffic query with no series as no requests at all', () => {
    expect(classifySample(GATE, NO_DATA, undefined, NO_DATA)).toMatchObject({
      outcome: 'no-data',
      note: '0 requests < min-requests 100',
      requests: 0,
      lowTraffic: true,
    });
  });

  it('is an error when the traffic cannot be read: a sample it cannot vouch for', () => {
    expect(classifySample(GATE, value(0.002), undefined, { error: 'connection refused' })).toEqual({
      outcome: 'error',
      note: 'traffic-query: connection refused',
    });
  });

  it('only shows the traffic at min-requests 0', () => {
    const shown = { ...GATE, traffic: { query: 'requests', minRequests: 0 } };
    expect(classifySample(shown, value(0.002), undefined, value(3))).toEqual({
      outcome: 'ok',
      value: 0.002,
      requests: 3,
    });
  });
});

const RULES: JudgeRules = { failureThreshold: 2, maxConsecutiveErrors: 4, onInconclusive: 'warn' };
const quiet = (requests: number, at: number): GateSample => ({
  at,
  outcome: 'no-data',
  value: 0.05,
  note: `${requests} requests < min-requests 100`,
  requests,
  lowTraffic: true,
});

describe('a gate that saw too little traffic', () => {
  it('ends inconclusive, says how many requests it saw and what to do', () => {
    const judged = judgeGate([quiet(12, 0), quiet(42, 10_000), quiet(30, 20_000)], RULES);
    expect(judged).toMatchObject({ inconclusive: true, result: 'warning', failed: false });
    expect(judged.detail).toBe(
      'inconclusive — too little traffic: at most 42 requests in a sample (last: 30 requests < min-requests 100); lower min-requests, lengthen the window (monitor-window; a longer monitor-interval also widens {{range}}), or add traffic',
    );
  });

  it('never counts toward an early pass, and reports the last requests and the minimum', () => {
    const tracker = new GateTracker(GATE, undefined, 2, 4);
    tracker.record({ at: 0, ...classifySample(GATE, value(0.001), undefined, value(500)) });
    expect(tracker.healthyNow).toBe(true);
    tracker.record({ at: 10_000, ...classifySample(GATE, value(0), undefined, value(12)) });
    expect(tracker.healthyNow).toBe(false);
    expect(tracker.report()).toMatchObject({ requests: 12, minRequests: 100 });
  });
});

describe('min-requests: auto', () => {
  it.each([
    [0.01, 100],
    [0.03, 34],
    [0.001, 1_000],
    [0.5, 2],
    [0, 1],
    ['off' as const, 1],
  ])('is ceil(1 / max-error-rate): %p gives %p', (max, expected) => {
    expect(builtInMinRequests({ 'min-requests': 'auto', 'max-error-rate': max })).toBe(expected);
  });

  it('gives way to a number, and 0 turns the minimum off', () => {
    expect(builtInMinRequests({ 'min-requests': 25, 'max-error-rate': 0.01 })).toBe(25);
    expect(builtInMinRequests({ 'min-requests': 0, 'max-error-rate': 0.01 })).toBe(0);
  });
});

const load = (inputs: Record<string, string>) =>
  loadConfig({ inputs: { 'prometheus-url': 'http://prometheus:9090', ...inputs } });

describe('the traffic of each gate, planned', () => {
  it('gives the built-in gates the default traffic query and auto minimum with the default error-rate-query', async () => {
    const loaded = await load({ 'latency-query': 'latency', 'max-error-rate': '0.02' });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const gates = buildPlan(loaded.config).monitor?.gates ?? [];
    expect(gates.map((gate) => [gate.name, gate.traffic])).toEqual([
      ['error-rate', { query: 'sum(increase(http_requests_total[{{range}}]))', minRequests: 50 }],
      ['latency', { query: 'sum(increase(http_requests_total[{{range}}]))', minRequests: 50 }],
    ]);
  });

  it('leaves a custom error-rate-query without a traffic check, and the summary says so once', async () => {
    const loaded = await load({ 'error-rate-query': 'sum(rate(errors_total[{{range}}]))' });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const monitor = buildPlan(loaded.config).monitor;
    expect(monitor?.gates[0]?.traffic).toBeUndefined();
    expect(monitor?.trafficUnchecked).toMatch(/^error-rate: no traffic check, as the error-rate query is your own/);
  });

  it('takes traffic-query and min-requests per gate, min-requests 0 by default', async () => {
    const loaded = await load({
      'max-error-rate': 'off',
      gates: [
        '- name: checkout',
        '  query: sum(rate(checkout_errors_total[{{range}}]))',
        '  max: 0.1',
        '  traffic-query: sum(increase(checkout_total[{{range}}]))',
        '- name: shown',
        '  query: q',
        '  max: 1',
        '  traffic-query: t',
        '- name: uncounted',
        '  query: q',
        '  max: 1',
      ].join('\n'),
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const gates = buildPlan(loaded.config).monitor?.gates ?? [];
    expect(gates.map((gate) => gate.traffic)).toEqual([
      { query: 'sum(increase(checkout_total[{{range}}]))', minRequests: 0 },
      { query: 't', minRequests: 0 },
      undefined,
    ]);
    expect(buildPlan(loaded.config).monitor?.trafficUnchecked).toBeUndefined();
  });

  it.each([
    [{ 'error-rate-query': 'sum(rate(errors_total[5m]))', 'min-requests': '50' }, /^min-requests: needs traffic-query/],
    [
      { gates: '- name: g\n  query: q\n  max: 1\n  min-requests: 10' },
      /^gates\[0\]\.min-requests: needs traffic-query/,
    ],
    [{ 'min-requests': 'many' }, /^min-requests: /],
    [
      { 'traffic-query': 'sum(increase(x[{{rang}}]))' },
      /^traffic-query: \{\{rang\}\} is not a placeholder \(did you mean \{\{range\}\}\?\)/,
    ],
  ])('rejects %p', async (inputs, message) => {
    const loaded = await load(inputs as Record<string, string>);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});

describe('the summary of a gate that counts its requests', () => {
  it('has a Requests column only where a gate counts them', () => {
    const tracker = new GateTracker(GATE, undefined, 2, 4);
    tracker.record({ at: 0, ...classifySample(GATE, value(0.001), undefined, value(842)) });
    const markdown = renderMonitor({
      windowMs: 60_000,
      intervalMs: 10_000,
      delayMs: 0,
      failureThreshold: 2,
      samples: 1,
      gates: [tracker.report()],
    }).join('\n');
    expect(markdown).toContain('| Gate | Limit | Baseline | Last | Requests | Peak | Samples | Outcome |');
    expect(markdown).toContain('| 842 (min 100) |');
  });
});

describe('what a quiet gate tells a reader to do', () => {
  const quietGate = () => {
    const tracker = new GateTracker(GATE, undefined, 2, 4);
    [12, 42, 30].forEach((requests, index) =>
      tracker.record({ at: index * 10_000, ...classifySample(GATE, value(0.05), undefined, value(requests)) }),
    );
    return tracker;
  };

  it('names the minimum and the fix in the failure analysis', () => {
    const monitor = { windowMs: 30_000, intervalMs: 10_000, delayMs: 0, failureThreshold: 2, samples: 3 };
    const [outcome] = monitorOutcomes({ ...monitor, gates: [quietGate().report()] }, undefined, (text) => text, 30_000);
    expect(outcome?.analysis).toEqual({
      cause: 'too few requests to judge: below min-requests 100 in 3 samples',
      nextStep:
        'lower min-requests, lengthen the window, or add traffic during it; a quiet service is not a healthy one',
    });
  });

  it('says a metric does not exist before it says there was too little traffic', () => {
    const tracker = quietGate();
    tracker.recordMetrics({ missing: ['http_requests_total'] });
    expect(tracker.report().detail).toBe(
      'inconclusive — no series: the metric `http_requests_total` does not exist in this Prometheus',
    );
  });
});
