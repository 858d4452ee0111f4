import { loadConfig } from '../../src/engine/config/load.js';
import { DEFAULT_ERROR_RATE_QUERY } from '../../src/engine/config/monitorSchema.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { buildPlan } from '../../src/engine/plan.js';
import { renderMarkdown } from '../../src/engine/report/markdown.js';
import { planLines } from '../../src/engine/report/planLines.js';
import { runChecks } from '../../src/engine/run.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeCluster, FakeMetrics, FakeRollbacker, pod, type ScriptedReading } from '../support/fakeMonitor.js';
import { FakeProber, response } from '../support/fakeProber.js';
import { RecordingLogger } from '../support/fixtures.js';

// The order a person reads the summary in, and what the approval job and a missing metric say.

const BASE = 'https://shop.example.com';
const KUBERNETES = { 'kube-deployment': 'shop-api', 'kube-namespace': 'shop', 'kube-context': 'prod' };

async function run(
  inputs: Partial<Record<ConfigKey, string>>,
  options: { readings?: Record<string, ScriptedReading[]>; missing?: string[]; actor?: string } = {},
) {
  const loaded = await loadConfig({
    inputs: { service: 'shop-api', 'base-url': BASE, checks: '/health', 'rollout-timeout': '0', ...inputs },
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const clock = new FakeClock();
  const metrics = new FakeMetrics(options.readings ?? {}, clock);
  metrics.missing = options.missing ?? [];
  const plan = buildPlan(loaded.config);
  const report = await runChecks(plan, {
    prober: new FakeProber({ [`${BASE}/health`]: [response(200)] }, { clock }),
    metrics,
    cluster: new FakeCluster([[pod('shop-1')]], { complete: true, message: 'successfully rolled out' }),
    rollbacker: new FakeRollbacker(),
    clock,
    logger: new RecordingLogger(),
    redact: createRedactor(loaded.secrets),
    context: { actor: options.actor, runUrl: 'https://github.com/acme/shop/actions/runs/7' },
    tool: { name: 'post-deploy-check', version: '0.1.0' },
  });
  return { plan, report, summary: renderMarkdown(report) };
}

const MONITOR = { 'prometheus-url': 'http://prometheus:9090', 'monitor-window': '1m', 'monitor-interval': '10s' };

describe('the order of the summary', () => {
  it('puts the headline, the failure, the rollback, the tables and the charts in that order', async () => {
    const { summary } = await run(
      { ...KUBERNETES, ...MONITOR },
      { readings: { [DEFAULT_ERROR_RATE_QUERY]: [0.001, 0.2, 0.3] } },
    );
    const order = [
      '## ❌ Failed, rolled back',
      '### What went wrong',
      '### Rollback',
      '### Checks',
      '### Monitor',
      '### Charts',
    ];
    const positions = order.map((heading) => summary.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The next step of the gate, with the real Deployment, before any table.
    expect(
      summary.indexOf('kubectl logs deployment/shop-api -n shop --context=prod --all-containers --since=15m'),
    ).toBeLessThan(summary.indexOf('### Rollback'));
    // The breached gate's chart is shown, not folded.
    expect(summary).not.toContain('<details><summary>Charts of the');
  });
});

describe('the approval job (command: rollback)', () => {
  it('headlines what the rollback did, says who approved, and shows no checks table and no version', async () => {
    const { summary, report } = await run(
      { ...KUBERNETES, command: 'rollback', version: 'f'.repeat(40) },
      { actor: 'octocat' },
    );
    expect(report.verdict.result).toBe('passed');
    expect(summary.split('\n').slice(0, 3)).toEqual([
      '## ↩️ Rolled back by approval — shop-api in production',
      '',
      'approved by @octocat · 0ms · [run](https://github.com/acme/shop/actions/runs/7)',
    ]);
    expect(summary).toContain('From revision 3 (<code>shop:bad</code>) to revision 2 (<code>shop:good</code>).');
    expect(summary).not.toContain('### Checks');
    expect(summary).not.toContain('ffffff');
  });

  it('plans only what it will do: no rollout wait, no checks first, no monitor', async () => {
    const { plan } = await run({ ...KUBERNETES, ...MONITOR, command: 'rollback' });
    expect(planLines(plan)).toEqual([
      'shop-api in production: roll back by approval',
      'kubectl rollout undo deployment/shop-api -n shop --context=prod',
      'kubectl rollout status deployment/shop-api -n shop --context=prod --timeout=60s',
      'then the required check again',
      'time limit 15m',
    ]);
  });
});

describe('a gate whose metric does not exist', () => {
  it('says so in its cause and next step, not "no traffic"', async () => {
    const { report } = await run(MONITOR, {
      readings: { [DEFAULT_ERROR_RATE_QUERY]: ['no-data'] },
      missing: ['http_requests_total'],
    });
    const gate = report.checks.find((check) => check.name === 'error-rate');
    expect(gate?.analysis?.cause).toBe(
      'the query reads a metric this Prometheus does not have: it can never judge the release',
    );
    expect(report.monitor?.gates[0]?.missingMetrics).toEqual(['http_requests_total']);
  });
});
