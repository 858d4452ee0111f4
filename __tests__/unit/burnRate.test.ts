import { loadConfig } from '../../src/engine/config/load.js';
import { budgetSentence, burnQueries, classifyBurn, underWarnBurn } from '../../src/engine/monitor/burnRate.js';
import { GateTracker } from '../../src/engine/monitor/gate.js';
import { judgeGate } from '../../src/engine/monitor/judge.js';
import type { PlannedGate, PlannedSlo } from '../../src/engine/monitor/plannedGate.js';
import { buildPlan } from '../../src/engine/plan.js';
import { planLines } from '../../src/engine/report/planLines.js';
import { renderMonitor } from '../../src/engine/report/monitorMarkdown.js';

// The SLO burn-rate gate, judged from hand-built counts: burn rate = error ratio / (1 - objective).

const SLO: PlannedSlo = {
  objectivePercent: 99.9,
  periodMs: 30 * 86_400_000,
  warnBurn: 2,
  shortWindowMs: 300_000,
  errorsQuery: 'errors[{{range}}]',
  requestsQuery: 'requests[{{range}}]',
  minRequests: 100,
};
const counted = (errors: number, requests: number) => ({
  errors: { kind: 'value' as const, value: errors, warnings: [] },
  requests: { kind: 'value' as const, value: requests, warnings: [] },
});
const TEN_MINUTES = 600_000;

describe('one burn-rate sample', () => {
  it('breaches only when both windows burn faster than max-burn-rate', () => {
    // 0.8% errors against a 0.1% budget: 8× in both windows.
    expect(classifyBurn(SLO, 5, counted(80, 10_000), counted(160, 20_000), TEN_MINUTES)).toEqual({
      outcome: 'breach',
      value: expect.closeTo(8, 9),
      shortBurn: expect.closeTo(8, 9),
      budgetUsed: expect.closeTo((8 * TEN_MINUTES * 100) / SLO.periodMs, 9),
      burnWindowMs: TEN_MINUTES,
      requests: 10_000,
      note: 'burn 8× over 5m and 8× over 10m > max-burn-rate 5',
    });
  });

  it('lets a short spike alone, or a long-gone one alone, pass', () => {
    expect(classifyBurn(SLO, 5, counted(80, 10_000), counted(20, 20_000), TEN_MINUTES).outcome).toBe('ok');
    expect(classifyBurn(SLO, 5, counted(1, 10_000), counted(160, 20_000), TEN_MINUTES).outcome).toBe('ok');
  });

  it('marks both windows above warn-burn-rate for a rollback review', () => {
    expect(classifyBurn(SLO, 5, counted(30, 10_000), counted(60, 20_000), TEN_MINUTES)).toMatchObject({
      outcome: 'ok',
      warnLevel: true,
      note: 'burn 3× over 5m and 3× over 10m > warn-burn-rate 2',
    });
  });

  it('is no data on too few requests: one error in three burns a 99.9% budget 333 times over and says nothing', () => {
    expect(classifyBurn(SLO, 5, counted(1, 3), counted(1, 3), TEN_MINUTES)).toEqual({
      outcome: 'no-data',
      note: '3 requests in 5m < min-requests 100',
      requests: 3,
      lowTraffic: true,
    });
  });

  it('counts an errors query with no series as no errors: the healthy case', () => {
    const none = { kind: 'no-data' as const, reason: 'empty result', warnings: [] };
    const short = { ...counted(0, 10_000), errors: none };
    expect(classifyBurn(SLO, 5, short, short, TEN_MINUTES)).toMatchObject({ outcome: 'ok', value: 0, shortBurn: 0 });
  });

  it('is an error when any of the four counts cannot be read', () => {
    const short = { ...counted(0, 10_000), requests: { error: 'connection refused' } };
    expect(classifyBurn(SLO, 5, short, counted(0, 10_000), TEN_MINUTES)).toEqual({
      outcome: 'error',
      note: 'connection refused',
    });
  });

  it('fills each window into {{range}}: the short one, and the window so far but never less', () => {
    expect(burnQueries(SLO, 60_000)).toEqual({
      short: { errors: 'errors[300s]', requests: 'requests[300s]' },
      long: { errors: 'errors[300s]', requests: 'requests[300s]' },
      longMs: 300_000,
    });
    expect(burnQueries(SLO, TEN_MINUTES).long).toEqual({ errors: 'errors[600s]', requests: 'requests[600s]' });
  });
});

describe('the error budget a release used', () => {
  it('is the long burn rate times the share of the period the window covered', () => {
    // Burn 1 for 10 minutes of 30 days: 10 / 43,200 of the budget.
    const { budgetUsed } = classifyBurn(SLO, 5, counted(10, 10_000), counted(20, 20_000), TEN_MINUTES);
    expect(budgetUsed).toBeCloseTo(0.023148, 6);
    expect(budgetSentence(0.8, SLO.periodMs, TEN_MINUTES)).toBe(
      'this release used 0.80% of the 30-day error budget in 10m',
    );
  });
});

const GATE: PlannedGate = { name: 'slo-burn-rate', query: 'errors', max: 5, onInconclusive: 'warn', slo: SLO };

describe('the burn-rate gate over a window', () => {
  const sampled = (pairs: [number, number][]) => {
    const tracker = new GateTracker(GATE, undefined, 2, 4);
    pairs.forEach(([short, long], index) =>
      tracker.record({
        at: index * 10_000,
        ...classifyBurn(SLO, 5, counted(short, 10_000), counted(long, 10_000), TEN_MINUTES),
      }),
    );
    return tracker;
  };

  it('fails by failure-threshold breaches in a row', () => {
    const tracker = sampled([
      [1, 1],
      [80, 80],
      [90, 90],
    ]);
    expect(tracker.failed).toBe(true);
    expect(tracker.report().detail).toBe(
      '2 breaching samples in a row: burn 9× over 5m and 9× over 10m > max-burn-rate 5',
    );
  });

  it('warns for a rollback review after failure-threshold samples above warn-burn-rate, and is no early-pass sample', () => {
    const tracker = sampled([
      [1, 1],
      [30, 30],
      [30, 30],
    ]);
    expect(tracker.failed).toBe(false);
    expect(tracker.healthyNow).toBe(false);
    expect(tracker.report()).toMatchObject({
      result: 'warning',
      detail:
        'rollback review: 2 samples in a row above warn-burn-rate 2, reached at sample 3 (burn 3× over 5m and 3× over 10m > warn-burn-rate 2)',
      slo: { objectivePercent: 99.9, periodMs: SLO.periodMs, budgetUsed: 0.07 },
      minRequests: 100,
    });
  });

  it('passes a single sample above warn-burn-rate', () => {
    const tracker = sampled([
      [1, 1],
      [30, 30],
      [1, 1],
    ]);
    expect(tracker.report().result).toBe('passed');
  });

  it('never turns an inconclusive or failed judgement into a warning', () => {
    const failed = judgeGate(
      [
        { at: 0, outcome: 'breach' },
        { at: 1, outcome: 'breach' },
      ],
      {
        failureThreshold: 2,
        maxConsecutiveErrors: 4,
        onInconclusive: 'warn',
      },
    );
    expect(underWarnBurn(failed, [], 2, 2)).toBe(failed);
  });

  it('says the objective, the burn rates and the budget under the gate table', () => {
    const tracker = sampled([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    const markdown = renderMonitor({
      windowMs: 30_000,
      intervalMs: 10_000,
      delayMs: 0,
      failureThreshold: 2,
      samples: 3,
      gates: [tracker.report()],
    }).join('\n');
    expect(markdown).toContain('| slo-burn-rate | ≤ 5× burn, both windows |');
    expect(markdown).toContain('<details><summary>slo-burn-rate: burn rate per sample</summary>');
    expect(markdown).toContain('| +0:20 | 0.3× | 0.3× over 10m | 0.01% |');
    expect(markdown).toContain(
      '- slo-burn-rate: SLO 99.9% over 30d; burn 0.3× over the short window and 0.3× over 10m at the last sample; this release used 0.01% of the 30-day error budget in 10m',
    );
  });
});

const load = (inputs: Record<string, string>) =>
  loadConfig({ inputs: { 'prometheus-url': 'http://prometheus:9090', ...inputs } });

describe('slo-objective and its keys', () => {
  it('plans the gate after the others with its defaults, and the dry run says it in words', async () => {
    const loaded = await load({ 'slo-objective': '99.9%' });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const plan = buildPlan(loaded.config);
    expect(plan.monitor?.gates.map((gate) => gate.name)).toEqual(['error-rate', 'slo-burn-rate']);
    expect(plan.monitor?.gates[1]).toMatchObject({
      max: 5,
      slo: {
        objectivePercent: 99.9,
        periodMs: 30 * 86_400_000,
        warnBurn: 2,
        shortWindowMs: 300_000,
        errorsQuery: 'sum(increase(http_requests_total{status=~"5.."}[{{range}}]))',
        requestsQuery: 'sum(increase(http_requests_total[{{range}}]))',
        minRequests: 100,
      },
    });
    expect(planLines(plan)).toContain(
      'gate slo-burn-rate (SLO 99.9% over 30d; fails above 5× in both 5m and the window so far, warns above 2×, at least 100 requests in 5m): errors sum(increase(http_requests_total{status=~"5.."}[{{range}}])); requests sum(increase(http_requests_total[{{range}}]))',
    );
  });

  it.each([
    [{ 'slo-objective': '100' }, /^slo-objective: "100": an objective of 100% leaves no error budget/],
    [{ 'slo-objective': '150%' }, /^slo-objective: "150%": is not a percentage above 0 and below 100/],
    [{ 'slo-objective': '99.9', 'max-burn-rate': '0' }, /^max-burn-rate: "0" is not a number above 0/],
    [
      { 'slo-objective': '99.9', 'slo-period': '1h' },
      /^slo-period: "1h" is out of range; use a duration from 1d to 400d/,
    ],
    [{ 'max-burn-rate': '10' }, /^max-burn-rate: belongs to the SLO burn-rate gate, which slo-objective turns on/],
    [
      { 'slo-objective': '99.9', 'slo-errors-query': 'x[{{rnge}}]' },
      /^slo-errors-query: \{\{rnge\}\} is not a placeholder/,
    ],
  ])('rejects %p', async (inputs, message) => {
    const loaded = await load(inputs);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it('needs prometheus-url', async () => {
    const loaded = await loadConfig({
      inputs: { 'slo-objective': '99.9', checks: '/health', 'base-url': 'https://x.example' },
    });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.errors).toContain('slo-objective: the burn-rate gate queries Prometheus: set prometheus-url');
  });
});

describe('gate names', () => {
  it('are unique across the built-in gates, gates and comparisons', async () => {
    const loaded = await load({
      'slo-objective': '99.9',
      gates:
        '- name: error-rate\n  query: q\n  max: 1\n- name: checkout\n  query: q\n  max: 1\n- name: checkout\n  query: q\n  max: 2',
    });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.errors).toEqual(
        expect.arrayContaining([
          'gates[0].name: "error-rate" is already the name of the built-in error-rate gate; give each gate its own name',
          'gates[2].name: "checkout" is already the name of gates[1]; give each gate its own name',
        ]),
      );
  });

  it('leave a built-in name free while that gate is off', async () => {
    const loaded = await load({ 'max-error-rate': 'off', gates: '- name: error-rate\n  query: q\n  max: 1' });
    expect(loaded.ok).toBe(true);
  });
});
