import { runMonitor } from '../../src/engine/monitor/monitor.js';
import type { MonitorPlan } from '../../src/engine/monitor/monitorPlan.js';
import { renderMonitor } from '../../src/engine/report/monitorMarkdown.js';
import { createRedactor } from '../../src/engine/secrets.js';
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
