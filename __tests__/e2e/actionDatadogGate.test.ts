import { readFile } from 'node:fs/promises';
import { startFakeDatadogApi, type FakeDatadogApi } from '../support/fakeDatadogApi.js';
import { startFakeKubernetes, type FakeKubernetes } from '../support/fakeKubernetes.js';
import * as scenarios from '../support/kubernetesScenarios.js';
import { runAction, type ActionRun } from '../support/runAction.js';
import { json, startTestService, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it, the built-in error-rate gate reading Datadog's metrics API (a fake held
// to the vendor's contract): no Prometheus at all.

let datadog: FakeDatadogApi;
let service: TestService;
let kubernetes: FakeKubernetes | undefined;

beforeEach(async () => {
  datadog = await startFakeDatadogApi();
  service = await startTestService({ '/health': (_, res) => json(res, 200, { status: 'ok' }) });
});
afterEach(async () => {
  await Promise.all([datadog.close(), service.close(), kubernetes?.close()]);
  kubernetes = undefined;
  // Every read the action sent kept to the contract: path, parameters, both keys. (The API key also turns
  // Datadog events on; they go to the same host, and the events fake of the notice tests checks them.)
  expect(datadog.violations.filter((violation) => !violation.startsWith('POST /api/v1/events'))).toEqual([]);
});

const reportOf = async (run: ActionRun) => JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
const ERRORS =
  'sum:trace.http.request.errors{service:shop-api}.as_count() / sum:trace.http.request.hits{service:shop-api}.as_count()';
const inputs = () => ({
  'base-url': service.url,
  checks: '/health',
  'datadog-error-rate-query': ERRORS,
  'datadog-api-key': datadog.apiKey,
  'datadog-app-key': datadog.appKey,
  'datadog-api-url': datadog.url,
  'monitor-interval': '1s',
});
const errorRate = (rate: number) => [{ scope: 'service:shop-api', points: [rate * 0.9, null, rate] }];

describe('a Datadog error-rate gate', () => {
  it('passes on a low error rate, reading the last non-null point of each answer', async () => {
    datadog.series = errorRate(0.002);
    const run = await runAction({ ...inputs(), 'monitor-window': '3s' }, { killAfterMs: 30_000 });

    expect(run.outputs.result).toBe('passed');
    const [gate] = (await reportOf(run)).monitor.gates;
    expect(gate).toMatchObject({
      name: 'error-rate',
      source: 'datadog',
      result: 'passed',
      counts: { ok: 3 },
      last: 0.002,
    });
    expect(run.outputs['error-rate']).toBe('0.002');
    // One read before the window (is the query valid?), then one a sample; each over the 5m lookback.
    const reads = datadog.requests.filter((request) => request.path === '/api/v1/query');
    expect(reads).toHaveLength(4);
    expect(reads.map((read) => Number(read.params.to) - Number(read.params.from))).toEqual([300, 300, 300, 300]);
    expect(reads.every((read) => read.params.query === ERRORS)).toBe(true);
    expect(run.summary).toContain('| error-rate · datadog | ≤ 0.01 |');
    // A scrape interval is Prometheus's: with no PromQL gate there is none to read, assume or warn about.
    expect(run.stdout).not.toMatch(/scrape interval/i);
  });

  it('fails at the second breaching sample and rolls the Deployment back', async () => {
    // The check before the window and samples 1-2 read 0.2%; from sample 3 on, 8%.
    datadog.seriesByRead = [errorRate(0.002), errorRate(0.002), errorRate(0.002), errorRate(0.08)];
    kubernetes = await startFakeKubernetes(scenarios.revisions());
    const run = await runAction(
      {
        ...inputs(),
        'monitor-window': '10s',
        'kube-deployment': scenarios.deploymentName,
        'kube-namespace': scenarios.namespace,
        'kube-context': 'fake',
        'rollout-timeout': '0',
        'rollback-timeout': '5s',
      },
      { env: { KUBECONFIG: kubernetes.kubeconfig, HOME: kubernetes.home }, killAfterMs: 30_000 },
    );

    expect(run.code).toBe(1);
    const report = await reportOf(run);
    expect(report.monitor.stoppedEarly).toBe('error-rate failed at sample 4 of 10');
    expect(report.monitor.gates[0].detail).toBe('2 breaching samples in a row: 0.08 > max 0.01');
    expect(run.outputs['rolled-back']).toBe('true');
  });
});
