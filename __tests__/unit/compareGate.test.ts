import { classifyLook, judgeComparisonWindow } from '../../src/engine/compare/comparisonJudge.js';
import { lookOf, lookQueries } from '../../src/engine/compare/comparisonLook.js';
import type { ComparisonLook } from '../../src/engine/compare/sequentialTest.js';
import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { GateTracker } from '../../src/engine/monitor/gate.js';
import type { PlannedComparison, PlannedGate } from '../../src/engine/monitor/plannedGate.js';
import { buildPlan } from '../../src/engine/plan.js';
import type { GateSample, MonitorReport } from '../../src/engine/report/model.js';
import { renderCharts, renderMonitor } from '../../src/engine/report/monitorMarkdown.js';
import { planLines } from '../../src/engine/report/planLines.js';

// Canary versus baseline as a gate, from hand-built looks: the config, the plan, each look and the window's judgement.

const COMPARE: PlannedComparison = {
  errorsQuery: 'errors{track="{{side}}"}[{{range}}]',
  requestsQuery: 'requests{track="{{side}}"}[{{range}}]',
  canary: 'canary',
  baseline: { side: 'stable' },
  maxIncrease: 1.5,
  confidence: 0.99,
  minEvents: 10,
};
const GATE: PlannedGate = {
  name: 'errors vs stable',
  query: 'errors{track="canary"}[{{range}}]',
  onInconclusive: 'warn',
  compare: COMPARE,
};
/** Each look adds these to both sides' cumulative counts. */
const looks = (count: number, step: { canary: [number, number]; baseline: [number, number] }): ComparisonLook[] =>
  Array.from({ length: count }, (_, index) => ({
    canary: { errors: step.canary[0] * (index + 1), requests: step.canary[1] * (index + 1) },
    baseline: { errors: step.baseline[0] * (index + 1), requests: step.baseline[1] * (index + 1) },
  }));
const WORSE = { canary: [20, 100], baseline: [1, 100] } as { canary: [number, number]; baseline: [number, number] };
const EQUAL = { canary: [5, 100], baseline: [5, 100] } as typeof WORSE;
const QUIET = { canary: [1, 1_000], baseline: [1, 1_000] } as typeof WORSE;

/** The samples the monitor would record, each look judged with those before it. */
function sampled(all: readonly (ComparisonLook | 'error')[]): GateSample[] {
  const samples: GateSample[] = [];
  all.forEach((look, index) => {
    const sample =
      look === 'error'
        ? { outcome: 'error' as const, note: 'connection refused' }
        : classifyLook(COMPARE, samples, look);
    samples.push({ at: (index + 1) * 1_000, ...sample });
  });
  return samples;
}

function tracker(samples: readonly GateSample[], gate: PlannedGate = GATE): GateTracker {
  const tracked = new GateTracker(gate, undefined, 2, 4);
  samples.forEach((sample) => tracked.record(sample));
  return tracked;
}

const RULES = { maxConsecutiveErrors: 4, onInconclusive: 'warn' as const };

describe('one look', () => {
  it('reads both sides since the window started: {{side}} per side, {{range}} the time so far, at least 1s', () => {
    expect(lookQueries(COMPARE, 42_500, 0)).toEqual({
      canary: { errors: 'errors{track="canary"}[43s]', requests: 'requests{track="canary"}[43s]' },
      baseline: { errors: 'errors{track="stable"}[43s]', requests: 'requests{track="stable"}[43s]' },
    });
    expect(lookQueries(COMPARE, 0, 0).canary.errors).toBe('errors{track="canary"}[1s]');
  });

  it("with baseline: before, reads the canary's own queries over as long a stretch, baseline-offset before the run", () => {
    const runStartedAt = Date.UTC(2025, 0, 1, 12);
    const before = { ...COMPARE, baseline: { beforeMs: 600_000 } };
    expect(lookQueries(before, 30_000, runStartedAt).baseline).toEqual({
      errors: 'errors{track="canary"}[30s]',
      requests: 'requests{track="canary"}[30s]',
      at: new Date(runStartedAt - 600_000),
    });
  });

  it('counts a query with no series as nothing, and names the query that failed', () => {
    const value = (n: number) => ({ kind: 'value' as const, value: n, warnings: [] });
    const none = { kind: 'no-data' as const, reason: 'empty', warnings: [] };
    expect(
      lookOf({ canary: { errors: none, requests: value(100) }, baseline: { errors: value(2), requests: value(90) } }),
    ).toEqual({ canary: { errors: 0, requests: 100 }, baseline: { errors: 2, requests: 90 } });
    expect(
      lookOf({
        canary: { errors: none, requests: value(100) },
        baseline: { errors: { error: 'timeout' }, requests: value(90) },
      }),
    ).toEqual({ error: 'baseline errors-query: timeout' });
  });

  it("is a breach once worse, no data while too few errors, otherwise ok; its value is the canary's error rate", () => {
    expect(sampled(looks(1, WORSE))[0]).toMatchObject({ outcome: 'breach', value: 0.2, canary: { errors: 20 } });
    expect(sampled(looks(1, QUIET))[0]).toMatchObject({
      outcome: 'no-data',
      note: expect.stringContaining('2 errors on both sides together, fewer than the 10 needed'),
    });
    expect(sampled(looks(1, EQUAL))[0]).toMatchObject({ outcome: 'ok', value: 0.05 });
  });
});

describe('the window', () => {
  it('fails at the first decisive look: no failure-threshold, one breach is enough', () => {
    const samples = sampled(looks(1, WORSE));
    const { judgement, report } = judgeComparisonWindow(samples, COMPARE, RULES);
    expect(judgement).toMatchObject({ result: 'failed', failed: true, failedAt: { sample: 1 } });
    expect(judgement.detail).toBe(
      'canary 20% (20 / 100) vs stable 1.0% (1 / 100): 20x; with 99% confidence at least 1.9x, over the limit 1.5x',
    );
    expect(report).toMatchObject({ decision: 'worse', decidedAt: 1, lower: expect.any(Number), maxIncrease: 1.5 });
    const tracked = tracker(samples);
    expect([tracked.failed, tracked.stopsWindow]).toEqual([true, true]);
  });

  it('counts a decision at its sample, past errors that read nothing', () => {
    const samples = sampled(['error', ...looks(1, WORSE)]);
    expect(judgeComparisonWindow(samples, COMPARE, RULES).judgement.failedAt?.sample).toBe(2);
  });

  it('is inconclusive with too few errors at the end, and yields on-inconclusive', () => {
    const samples = sampled(looks(4, QUIET));
    const warned = judgeComparisonWindow(samples, COMPARE, RULES).judgement;
    expect(warned).toMatchObject({ result: 'warning', inconclusive: true });
    expect(warned.detail).toMatch(/^inconclusive — canary .* fewer than the 10 needed to compare$/);
    expect(judgeComparisonWindow(samples, COMPARE, { ...RULES, onInconclusive: 'fail' }).judgement.result).toBe(
      'failed',
    );
  });

  it('is inconclusive when the metric source kept failing', () => {
    const samples = sampled([...looks(2, EQUAL), 'error', 'error', 'error', 'error']);
    expect(judgeComparisonWindow(samples, COMPARE, RULES).judgement.detail).toBe(
      'inconclusive — the metric source kept failing (4 errors in a row: connection refused)',
    );
  });

  it('passes equal rates that are not yet shown within the limit, and never counts them toward an early pass', () => {
    const samples = sampled(looks(3, EQUAL));
    const { judgement, report } = judgeComparisonWindow(samples, COMPARE, RULES);
    expect(judgement).toMatchObject({ result: 'passed', failed: false, inconclusive: false });
    expect(report.decision).toBe('undecided');
    expect(tracker(samples).healthyNow).toBe(false);
  });

  it('counts a look toward an early pass once the canary is shown within the limit', () => {
    const samples = sampled(looks(5, { canary: [500, 10_000], baseline: [500, 10_000] }));
    expect(judgeComparisonWindow(samples, COMPARE, RULES).report).toMatchObject({ decision: 'within-limit' });
    expect(tracker(samples).healthyNow).toBe(true);
  });

  it('leaves an unbounded upper bound out of the report rather than write null', () => {
    const { report } = judgeComparisonWindow(sampled(looks(1, WORSE)), COMPARE, RULES);
    expect(report.upper).toBeUndefined();
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it.each([
    ['observe', 'passed'],
    ['warn', 'warning'],
  ] as const)(
    'in %s mode holds a failure back, says where it would have failed, and never stops the window',
    (mode, result) => {
      const tracked = tracker(sampled(looks(2, WORSE)), { ...GATE, mode });
      expect(tracked.stopsWindow).toBe(false);
      const report = tracked.report();
      expect(report).toMatchObject({ result, mode, wouldHaveFailed: { sample: 1 } });
      expect(report.detail).toMatch(
        new RegExp(`^${mode}: would have failed at sample 1 \\(canary 20% .* over the limit 1\\.5x\\)$`),
      );
    },
  );
});

describe('the summary', () => {
  const report = tracker(sampled(looks(3, WORSE))).report();
  const monitor: MonitorReport = {
    windowMs: 60_000,
    intervalMs: 10_000,
    delayMs: 0,
    failureThreshold: 2,
    samples: 3,
    gates: [report],
  };

  it("shows the limit with its confidence, the baseline's error rate, and the sentence under the table", () => {
    const text = renderMonitor(monitor).join('\n');
    expect(text).toContain(
      '| errors vs stable | ≤ 1.5× baseline (99%) | 0.01 | 0.2 | 0.2 | 0 ok · 3 breach | ❌ failed: see above |',
    );
    expect(text).toContain(`- errors vs stable: ${report.comparison?.sentence}; decided at sample 1`);
  });

  it("charts both sides' error rates, the canary in blue and the baseline in grey", () => {
    const text = renderCharts(monitor).join('\n');
    expect(text).toContain('    line [0.2, 0.2, 0.2]\n    line [0.01, 0.01, 0.01]');
    expect(text).toContain(
      'errors vs stable: blue, canary&#39;s error rate since the window started · grey, stable&#39;s',
    );
  });
});

describe('config and plan', () => {
  const entry = (...more: string[]) =>
    [
      '- name: errors vs stable',
      '  errors-query: errors{track="{{side}}",service="{{service}}"}[{{range}}]',
      '  requests-query: requests{track="{{side}}"}[{{range}}]',
      '  canary: canary',
      ...more,
    ].join('\n');
  const load = (inputs: Partial<Record<ConfigKey, string>>) =>
    loadConfig({
      inputs: {
        service: 'shop',
        'prometheus-url': 'https://prometheus.example.com',
        'max-error-rate': 'off',
        ...inputs,
      },
    });
  const errorsOf = async (inputs: Partial<Record<ConfigKey, string>>) => {
    const loaded = await load(inputs);
    return loaded.ok ? [] : loaded.errors;
  };

  it.each([
    ['confidence: 1.2', 'compare[0].confidence: "1.2" is not a probability below 1'],
    ['confidence: 0', 'compare[0].confidence: "0" is not a number above 0'],
    ['max-increase: 0.9', 'compare[0].max-increase: "0.9" is below 1'],
    ['min-events: 0', 'compare[0].min-events: "0" is not a whole number from 1'],
    ['mode: obsrve', 'compare[0].mode: "obsrve" is not one of observe, warn, enforce; did you mean "observe"?'],
  ])('rejects %s', async (line, says) => {
    const [error] = await errorsOf({ compare: entry('  baseline: stable', `  ${line}`) });
    expect(error).toContain(says);
  });

  it('requires a baseline, and {{side}} in both queries unless the baseline is before', async () => {
    expect(await errorsOf({ compare: entry() })).toEqual([
      'compare[0].baseline: required: the value of {{side}} for the old version (e.g. stable), or before to compare with the same queries over a stretch before the run',
    ]);
    const sideless = [
      '- name: e',
      '  errors-query: errors[{{range}}]',
      '  requests-query: requests{track="{{side}}"}[{{range}}]',
      '  canary: canary',
    ].join('\n');
    expect(await errorsOf({ compare: `${sideless}\n  baseline: stable` })).toEqual([
      expect.stringMatching(
        /^compare\[0\]\.errors-query: has no \{\{side\}\}: canary and baseline would run the same query/,
      ),
    ]);
    expect(await errorsOf({ compare: `${sideless}\n  baseline: before` })).toEqual([]);
  });

  it('allows {{side}} only in compare queries, and needs prometheus-url or another source', async () => {
    expect(await errorsOf({ gates: '- name: q\n  query: up{track="{{side}}"}\n  max: 1' })).toEqual([
      'gates[0].query: {{side}} is the canary or the baseline of a comparison: it has a value only in the queries of a compare entry',
    ]);
    const loaded = await loadConfig({
      inputs: {
        service: 'shop',
        checks: '/health',
        'base-url': 'https://shop.example.com',
        compare: entry('  baseline: stable'),
      },
    });
    expect(loaded.ok ? [] : loaded.errors).toEqual([
      'compare[0].source: is needed without prometheus-url: set source: datadog, or prometheus-url for a PromQL comparison',
    ]);
  });

  describe('from Datadog', () => {
    const datadogEntry = (errors: string, requests: string, ...more: string[]) =>
      [
        '- name: errors vs stable',
        '  source: datadog',
        `  errors-query: ${errors}`,
        `  requests-query: ${requests}`,
        '  canary: canary',
        '  baseline: stable',
        ...more,
      ].join('\n');
    const ERRORS = 'sum:trace.http.request.errors{service:{{service}},version:{{side}}}.as_count()';
    const REQUESTS = 'sum:trace.http.request.hits{service:{{service}},version:{{side}}}.rollup(sum, 60)';
    const keys = { 'datadog-api-key': 'k', 'datadog-app-key': 'a' };

    it('plans a comparison that reads Datadog, with no prometheus-url', async () => {
      const loaded = await loadConfig({
        inputs: { service: 'shop', 'max-error-rate': 'off', ...keys, compare: datadogEntry(ERRORS, REQUESTS) },
      });
      if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
      const plan = buildPlan(loaded.config);
      expect(plan.monitor?.gates.map((gate) => [gate.name, gate.source, gate.compare?.errorsQuery])).toEqual([
        ['errors vs stable', 'datadog', 'sum:trace.http.request.errors{service:shop,version:{{side}}}.as_count()'],
      ]);
      expect(plan.monitor?.datadog).toMatchObject({ apiKey: 'k', appKey: 'a' });
    });

    it.each([
      [
        'a web source, which has no two sides to count',
        datadogEntry(ERRORS, REQUESTS).replace('source: datadog', 'source: web'),
        'compare[0].source: "web" cannot be compared: a comparison counts errors and requests on two sides',
      ],
      [
        'a query that is not a count',
        datadogEntry('avg:trace.http.request.errors{version:{{side}}}', REQUESTS),
        "compare[0].errors-query: is not a count: a Datadog comparison adds up the query's points since the window started",
      ],
      [
        'a PromQL range in a Datadog query',
        datadogEntry(ERRORS, 'sum:hits{version:{{side}}}.as_count()[{{range}}]'),
        'compare[0].requests-query: has {{range}}, a PromQL range',
      ],
    ])('refuses %s', async (_, compare, says) => {
      const loaded = await loadConfig({ inputs: { service: 'shop', 'max-error-rate': 'off', ...keys, compare } });
      expect(loaded.ok ? [] : loaded.errors).toEqual([expect.stringContaining(says)]);
    });

    it('needs both Datadog keys', async () => {
      const loaded = await loadConfig({
        inputs: { service: 'shop', 'max-error-rate': 'off', compare: datadogEntry(ERRORS, REQUESTS) },
      });
      expect(loaded.ok ? [] : loaded.errors).toEqual([
        expect.stringMatching(/^datadog-api-key: is required to read Datadog metrics: a gate or a comparison reads/),
        expect.stringMatching(/^datadog-app-key: is required to read Datadog metrics/),
      ]);
    });
  });

  it('plans each comparison as a gate with the defaults, its static placeholders filled and the canary errors query shown', async () => {
    const loaded = await load({ compare: entry('  baseline: before'), 'baseline-offset': '15m' });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const plan = buildPlan(loaded.config);
    expect(plan.monitor?.gates).toEqual([
      {
        name: 'errors vs stable',
        query: 'errors{track="canary",service="shop"}[{{range}}]',
        onInconclusive: 'warn',
        mode: 'enforce',
        compare: {
          errorsQuery: 'errors{track="{{side}}",service="shop"}[{{range}}]',
          requestsQuery: 'requests{track="{{side}}"}[{{range}}]',
          canary: 'canary',
          baseline: { beforeMs: 900_000 },
          maxIncrease: 1.5,
          confidence: 0.99,
          minEvents: 10,
        },
      },
    ]);
    expect(planLines(plan)).toContain(
      'compare errors vs stable (canary vs the same queries 15m before (baseline: before); fails when canary\'s error rate is shown above 1.5× the baseline\'s with 99% confidence, from 10 errors on both sides together): errors errors{track="{{side}}",service="shop"}[{{range}}]; requests requests{track="{{side}}"}[{{range}}]',
    );
  });
});
