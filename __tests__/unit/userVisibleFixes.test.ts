import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { buildPlan } from '../../src/engine/plan.js';
import { renderMarkdown } from '../../src/engine/report/markdown.js';
import { runChecks } from '../../src/engine/run.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeMetrics, type ScriptedReading } from '../support/fakeMonitor.js';
import { FakeProber, response } from '../support/fakeProber.js';
import { RecordingLogger } from '../support/fixtures.js';

// Three things a new user saw wrong; each test here failed before its fix. The third (no earlier
// revision is not ROLLBACK FAILED) is in rollback.test.ts beside the other rollback outcomes.

const BASE = 'https://shop.example.com';
const RUNBOOK = 'https://wiki.example.com/runbooks/shop-api (deploys)';

async function run(
  inputs: Partial<Record<ConfigKey, string>>,
  options: {
    healthStatus?: number;
    readings?: Record<string, ScriptedReading[]>;
    baselines?: Record<string, ScriptedReading>;
    warnings?: Record<string, string[]>;
  } = {},
) {
  const loaded = await loadConfig({ inputs: { service: 'shop-api', 'base-url': BASE, checks: '/health', ...inputs } });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const clock = new FakeClock();
  const report = await runChecks(buildPlan(loaded.config), {
    prober: new FakeProber({ [`${BASE}/health`]: [response(options.healthStatus ?? 200)] }, { clock }),
    metrics: new FakeMetrics(options.readings ?? {}, clock, options.baselines, [], options.warnings),
    clock,
    logger: new RecordingLogger(),
    redact: createRedactor(loaded.secrets),
    context: {},
    tool: { name: 'post-deploy-check', version: '0.1.0' },
  });
  return { report, summary: renderMarkdown(report) };
}

describe('runbook-url in the job summary', () => {
  it('links the runbook near the top of the summary of a failed run, even with no notice channel', async () => {
    const { report, summary } = await run({ 'runbook-url': RUNBOOK }, { healthStatus: 503 });
    expect(report.verdict.result).toBe('failed');
    expect(report.runbookUrl).toBe(RUNBOOK);
    const link = '**[runbook](https://wiki.example.com/runbooks/shop-api%20%28deploys%29)**';
    // On the first screen: in the line under the headline.
    expect(summary.split('\n')[2]).toContain(link);
  });

  it('stays out of the way of a passing run', async () => {
    const { summary } = await run({ 'runbook-url': RUNBOOK });
    expect(summary).not.toContain('runbook');
  });
});

describe("Prometheus's warnings", () => {
  const QUERY = 'sum(rate(errors[5m]))';
  const gates = `- name: errors\n  query: ${QUERY}\n  max: 1\n  max-ratio: 3`;

  it('reach the report and the summary, from the samples and from the baseline', async () => {
    const { report, summary } = await run(
      { 'prometheus-url': 'http://prometheus:9090', gates, 'monitor-window': '30s', 'monitor-interval': '10s' },
      {
        readings: {
          [QUERY]: [0.1],
          'sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))': [0],
        },
        baselines: { [QUERY]: 0.1 },
        warnings: { [QUERY]: ['remote read: partial response'] },
      },
    );
    const gate = report.monitor?.gates.find((candidate) => candidate.name === 'errors');
    expect(gate?.warnings).toEqual(['baseline: remote read: partial response', 'remote read: partial response']);
    expect(summary).toContain('The metric source warned about the data these gates judged');
    expect(summary).toContain('- errors: remote read: partial response');
    expect(summary).toContain('- errors: baseline: remote read: partial response');
  });

  it('leave the summary alone when there are none', async () => {
    const { summary } = await run(
      { 'prometheus-url': 'http://prometheus:9090', 'monitor-window': '30s', 'monitor-interval': '10s' },
      { readings: { 'sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))': [0] } },
    );
    expect(summary).toContain('### Monitor');
    expect(summary).not.toContain('The metric source warned');
  });
});
