import { runMonitor } from '../../src/engine/monitor/monitor.js';
import type { MonitorPlan } from '../../src/engine/monitor/monitorPlan.js';
import { renderMonitor } from '../../src/engine/report/monitorMarkdown.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { loadConfig } from '../../src/engine/config/load.js';
import { buildPlan } from '../../src/engine/plan.js';
import { planLines } from '../../src/engine/report/planLines.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeMetrics } from '../support/fakeMonitor.js';
import { RecordingLogger } from '../support/fixtures.js';

// Gates read the source they name: Prometheus by default, Datadog's metrics with source: datadog.

const PLAN: MonitorPlan = {
  windowMs: 40_000,
  intervalMs: 10_000,
  delayMs: 0,
  failureThreshold: 2,
  baselineOffsetMs: 600_000,
  gates: [
    { name: 'p99', query: 'p99:latency{*}', max: 1, onInconclusive: 'warn', source: 'datadog', lookbackMs: 300_000 },
    { name: 'errors', query: 'errors', max: 0.01, onInconclusive: 'warn' },
  ],
};

async function watch(datadogScript: (number | 'rate-limited')[]) {
  const clock = new FakeClock();
  const prometheus = new FakeMetrics({ errors: [0.001] }, clock);
  const datadog = new FakeMetrics({ 'p99:latency{*}': datadogScript }, clock);
  const logger = new RecordingLogger();
  const report = await runMonitor(PLAN, {
    metrics: prometheus,
    datadogMetrics: datadog,
    clock,
    logger,
    redact: createRedactor([]),
    signal: new AbortController().signal,
    runStartedAt: clock.now(),
  });
  return { report, prometheus, datadog, logger };
}

describe('a source per gate', () => {
  it('sends each gate to its own source', async () => {
    const { report, prometheus, datadog } = await watch([0.4]);
    expect(new Set(datadog.calls.map((call) => call.query))).toEqual(new Set(['p99:latency{*}']));
    expect(new Set(prometheus.calls.map((call) => call.query))).toEqual(new Set(['errors']));
    expect(report.gates.map((gate) => [gate.name, gate.source, gate.result])).toEqual([
      ['p99', 'datadog', 'passed'],
      ['errors', undefined, 'passed'],
    ]);
  });

  it('counts the samples a source refused for its rate limit, and the summary says so', async () => {
    const { report } = await watch([0.4, 'rate-limited', 0.5, 'rate-limited']);
    const [gate] = report.gates;
    expect(gate).toMatchObject({ rateLimited: 2, counts: { ok: 2, error: 2 } });
    expect(gate?.samples[1]).toMatchObject({ outcome: 'error', rateLimited: true });
    const markdown = renderMonitor(report).join('\n');
    expect(markdown).toContain('- ⚠️ p99: 2 samples rate-limited by the metric source, each counted as an error');
    expect(markdown).toContain('| p99 · datadog | ≤ 1 |');
  });
});

describe('a comparison counting in Datadog', () => {
  const COMPARED: MonitorPlan = {
    ...PLAN,
    gates: [
      {
        name: 'errors vs stable',
        query: 'errors{version:canary}.as_count()',
        onInconclusive: 'warn',
        source: 'datadog',
        compare: {
          errorsQuery: 'errors{version:{{side}}}.as_count()',
          requestsQuery: 'hits{version:{{side}}}.as_count()',
          canary: 'canary',
          baseline: { side: 'stable' },
          maxIncrease: 1.5,
          confidence: 0.99,
          minEvents: 10,
        },
      },
    ],
  };

  it("sends its four counts to Datadog, each the total from the window's start to the look", async () => {
    const clock = new FakeClock();
    const prometheus = new FakeMetrics({}, clock);
    const datadog = new FakeMetrics({}, clock);
    await runMonitor(COMPARED, {
      metrics: prometheus,
      datadogMetrics: datadog,
      clock,
      logger: new RecordingLogger(),
      redact: createRedactor([]),
      signal: new AbortController().signal,
      runStartedAt: clock.now(),
    });
    expect(prometheus.calls).toEqual([]);
    const looks = datadog.calls.filter((call) => call.total);
    // Four looks, 10s apart from the window's start: each reads its four counts over the time since then, at
    // least a second.
    expect(looks.map((call) => call.lookbackMs)).toEqual(
      [1_000, 10_000, 20_000, 30_000].flatMap((ms) => Array(4).fill(ms)),
    );
    expect(new Set(looks.map((call) => call.query))).toEqual(
      new Set([
        'errors{version:canary}.as_count()',
        'hits{version:canary}.as_count()',
        'errors{version:stable}.as_count()',
        'hits{version:stable}.as_count()',
      ]),
    );
  });

  it('names its source in the dry-run plan, as a Datadog gate does with its lookback', async () => {
    const loaded = await loadConfig({
      inputs: {
        'max-error-rate': 'off',
        'datadog-api-key': 'k',
        'datadog-app-key': 'a',
        gates: ['- name: p99', '  source: datadog', '  query: p99:latency{*}', '  max: 1', '  lookback: 10m'].join(
          '\n',
        ),
        compare: [
          '- name: errors vs stable',
          '  source: datadog',
          '  errors-query: sum:errors{version:{{side}}}.as_count()',
          '  requests-query: sum:hits{version:{{side}}}.as_count()',
          '  canary: canary',
          '  baseline: stable',
        ].join('\n'),
      },
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const lines = planLines(buildPlan(loaded.config));
    expect(lines).toContain('gate p99 (datadog, lookback 10m): p99:latency{*}');
    expect(lines).toContainEqual(
      expect.stringMatching(/^compare errors vs stable \(datadog; canary vs stable; fails when/),
    );
  });
});
