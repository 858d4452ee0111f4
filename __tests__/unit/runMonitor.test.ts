import { DEFAULT_ERROR_RATE_QUERY } from '../../src/engine/config/monitorSchema.js';
import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { buildPlan } from '../../src/engine/plan.js';
import { renderMarkdown } from '../../src/engine/report/markdown.js';
import { runChecks } from '../../src/engine/run.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeProber, response } from '../support/fakeProber.js';
import { RecordingLogger } from '../support/fixtures.js';
import { FakeCluster, FakeMetrics, pod, type ScriptedReading } from '../support/fakeMonitor.js';

const BASE = 'https://shop.example.com';
const DEFAULT_QUERY = DEFAULT_ERROR_RATE_QUERY;

/** The whole run: rollout wait, verify, monitor window, verdict — against fakes, in virtual time. */
async function run(
  inputs: Partial<Record<ConfigKey, string>>,
  options: { readings?: Record<string, ScriptedReading[]>; cluster?: FakeCluster; healthStatus?: number } = {},
) {
  const loaded = await loadConfig({
    inputs: { service: 'shop-api', 'base-url': BASE, 'monitor-window': '1m', 'monitor-interval': '10s', ...inputs },
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const clock = new FakeClock();
  const metrics = new FakeMetrics(options.readings ?? {}, clock);
  const logger = new RecordingLogger();
  const report = await runChecks(buildPlan(loaded.config), {
    prober: new FakeProber({ [`${BASE}/health`]: [response(options.healthStatus ?? 200)] }, { clock }),
    metrics,
    cluster: options.cluster,
    clock,
    logger,
    redact: createRedactor(loaded.secrets),
    context: {},
    tool: { name: 'post-deploy-check', version: '0.1.0' },
  });
  return { report, metrics, logger };
}

describe('runChecks with a monitor window', () => {
  it('runs rollout wait, verify and monitor in that order, each in its own group', async () => {
    const { report, logger } = await run(
      { checks: '/health', 'prometheus-url': 'http://prometheus:9090', 'kube-deployment': 'shop-api' },
      { readings: { [DEFAULT_QUERY]: [0.001] }, cluster: new FakeCluster([[pod('shop-1')]]) },
    );
    expect(logger.groups).toEqual([
      'Plan',
      'Rollout',
      'Verify: 1 check, 8 at a time',
      'Monitor: 1m window, a sample every 10s',
    ]);
    expect(report.checks.map((check) => [check.name, check.kind, check.result])).toEqual([
      ['rollout', 'rollout', 'passed'],
      ['GET /health', 'http', 'passed'],
      ['error-rate', 'gate', 'passed'],
      ['pods', 'pods', 'passed'],
    ]);
    expect(report.verdict.result).toBe('passed');
  });

  it('fails the verdict on a failed gate and names it with its numbers', async () => {
    const { report } = await run(
      { 'prometheus-url': 'http://prometheus:9090' },
      { readings: { [DEFAULT_QUERY]: [0.2] } },
    );
    expect(report.verdict).toEqual({
      result: 'failed',
      reasons: ['error-rate: 2 breaching samples in a row: 0.2 > max 0.01'],
    });
    expect(report.monitor?.stoppedEarly).toBe('error-rate failed at sample 2 of 6');
  });

  it('warns for an inconclusive gate under on-inconclusive: warn, and says so', async () => {
    const { report } = await run(
      { 'prometheus-url': 'http://prometheus:9090' },
      { readings: { [DEFAULT_QUERY]: ['no-data'] } },
    );
    expect(report.verdict.result).toBe('warning');
    expect(report.verdict.reasons[0]).toMatch(/^error-rate: inconclusive — no requests in the window/);
    expect(report.summary).toContain('1 check inconclusive: error-rate (inconclusive — no requests in the window');
  });

  it('leaves a gate of a 2-sample window inconclusive however healthy, as the window warning says', async () => {
    const { report } = await run(
      { 'prometheus-url': 'http://prometheus:9090', 'monitor-window': '20s', 'monitor-interval': '10s' },
      { readings: { [DEFAULT_QUERY]: [0.001] } },
    );
    expect(report.monitor?.samples).toBe(2);
    expect(report.verdict.result).toBe('warning');
    expect(report.verdict.reasons[0]).toMatch(/^error-rate: inconclusive — only 2 usable samples of 2/);
  });

  it('does not watch a release whose checks already failed', async () => {
    const { report, metrics } = await run(
      { checks: '- path: /health\n  retries: 0', 'prometheus-url': 'http://prometheus:9090' },
      { healthStatus: 503 },
    );
    expect(report.monitor).toBeUndefined();
    expect(metrics.calls).toEqual([]);
  });

  it("fails on a rollout that does not complete, with kubectl's message, and does not monitor", async () => {
    const cluster = new FakeCluster([[pod('shop-1')]], {
      complete: false,
      message: 'error: timed out waiting for the condition',
    });
    const { report } = await run({ 'kube-deployment': 'shop-api', 'kube-namespace': 'shop' }, { cluster });
    expect(report.checks[0]).toMatchObject({
      name: 'rollout',
      result: 'failed',
      detail: 'error: timed out waiting for the condition',
    });
    expect(report.checks[0]?.analysis?.commands).toContain('kubectl rollout status deployment/shop-api -n shop');
    expect(report.monitor).toBeUndefined();
  });

  it('shows each gate in the summary: table, chart against the limit, and the query', async () => {
    const { report } = await run(
      { 'prometheus-url': 'http://prometheus:9090' },
      { readings: { [DEFAULT_QUERY]: [0.001, 0.002, 0.003] } },
    );
    const markdown = renderMarkdown(report);
    // The last sample's requests beside the least a sample must cover: ceil(1 / 0.01) at the default max-error-rate.
    expect(markdown).toContain(
      '| error-rate | ≤ 0.01 | — | 0.003 | 1000 (min 100) | 0.003 | 6 ok | ✅ 6 of 6 samples within limits |',
    );
    // A gate within its limits gets its chart folded, the measured series in blue and the limit in grey.
    expect(markdown).toContain('<details><summary>Charts of the 1 gate within limits</summary>');
    expect(markdown).toContain(
      [
        '```mermaid',
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#0969da, #6e7781"}}}}%%',
        'xychart-beta',
        '    title "error-rate"',
        '    x-axis ["+0:00", "+0:10", "+0:20", "+0:30", "+0:40", "+0:50"]',
        '    line [0.001, 0.002, 0.003, 0.003, 0.003, 0.003]',
        '    line [0.01, 0.01, 0.01, 0.01, 0.01, 0.01]',
        '```',
      ].join('\n'),
    );
    // The query once, folded, as Prometheus takes it: a code block renders it as written.
    // {{range}} filled: four times the 1m Prometheus default, this source telling no scrape interval of its own.
    const sent = DEFAULT_QUERY.replaceAll('{{range}}', '240s');
    expect(report.monitor?.gates[0]?.query).toBe(sent);
    expect(markdown.split(sent)).toHaveLength(2);
    expect(markdown).toContain(`error-rate:\n\n\`\`\`promql\n${sent}\n\`\`\``);
  });

  it('lists unhealthy pods in the summary', async () => {
    const cluster = new FakeCluster([[pod('shop-7c9f-x2', { ready: false, waiting: 'ImagePullBackOff' })]]);
    const { report } = await run({ 'kube-deployment': 'shop-api', 'rollout-timeout': '0' }, { cluster });
    expect(renderMarkdown(report)).toContain('| shop-7c9f-x2 | app | ImagePullBackOff |');
  });
});
