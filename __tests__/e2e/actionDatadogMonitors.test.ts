import { readFile } from 'node:fs/promises';
import { startFakeDatadogApi, type FakeDatadogApi, type FakeMonitor } from '../support/fakeDatadogApi.js';
import { runAction, type ActionRun } from '../support/runAction.js';
import { json, startTestService, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it, the datadog-monitors gate reading Datadog's monitor list (a fake held
// to the vendor's contract): no Prometheus at all.

let datadog: FakeDatadogApi;
let service: TestService;

beforeEach(async () => {
  datadog = await startFakeDatadogApi();
  service = await startTestService({ '/health': (_, res) => json(res, 200, { status: 'ok' }) });
});
afterEach(async () => {
  await Promise.all([datadog.close(), service.close()]);
  // Every list the action sent kept to the contract. (The API key also turns Datadog events on; they go to the
  // same host, and the events fake of the notice tests checks them.)
  expect(datadog.violations.filter((violation) => !violation.startsWith('POST /api/v1/events'))).toEqual([]);
});

const TAGS = 'service:shop-api,env:production';
const reportOf = async (run: ActionRun) => JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
const inputs = () => ({
  'base-url': service.url,
  checks: '/health',
  'datadog-monitor-tags': TAGS,
  'datadog-api-key': datadog.apiKey,
  'datadog-app-key': datadog.appKey,
  'datadog-api-url': datadog.url,
  'monitor-interval': '1s',
});
const checkout = (state: string): FakeMonitor => ({
  id: 123,
  name: 'checkout p99 latency',
  overall_state: state,
  tags: ['service:shop-api', 'env:production', 'team:checkout'],
});
// Same service, another environment: the tags must keep it out.
const staging: FakeMonitor = {
  id: 456,
  name: 'checkout p99 latency (staging)',
  overall_state: 'Alert',
  tags: ['service:shop-api', 'env:staging'],
};
const lists = () => datadog.requests.filter((request) => request.path === '/api/v1/monitor');

describe('the datadog-monitors gate', () => {
  it('passes while its monitors are OK, listing them once before the window and once a sample', async () => {
    datadog.monitors = [checkout('OK'), staging];
    const run = await runAction({ ...inputs(), 'monitor-window': '3s' }, { killAfterMs: 30_000 });

    expect(run.outputs.result).toBe('passed');
    const [gate] = (await reportOf(run)).monitor.gates;
    expect(gate).toMatchObject({ name: 'datadog-monitors', source: 'datadog', result: 'passed', counts: { ok: 3 } });
    expect(lists()).toHaveLength(4);
    expect(lists().every((list) => list.params.monitor_tags === TAGS)).toBe(true);
    // A monitors gate sends no metric query.
    expect(datadog.requests.filter((request) => request.path === '/api/v1/query')).toEqual([]);
  });

  it('fails at failure-threshold samples in a row with a monitor in Alert, naming it', async () => {
    // The list before the window and samples 1-2 see OK; from sample 3 on, Alert.
    datadog.monitorsByRead = [[checkout('OK')], [checkout('OK')], [checkout('OK')], [checkout('Alert')]];
    const run = await runAction({ ...inputs(), 'monitor-window': '10s' }, { killAfterMs: 30_000 });

    expect(run.code).toBe(1);
    const report = await reportOf(run);
    expect(report.monitor.stoppedEarly).toBe('datadog-monitors failed at sample 4 of 10');
    // Reached through datadog-api-url, not the site's own API: no link it could vouch for.
    expect(report.monitor.gates[0].detail).toBe('2 breaching samples in a row: checkout p99 latency: Alert');
  });

  it('fails before the window, with no sample, when no monitor has the tags', async () => {
    datadog.monitors = [staging];
    const run = await runAction({ ...inputs(), 'monitor-window': '10s' }, { killAfterMs: 30_000 });

    expect(run.code).toBe(1);
    const report = await reportOf(run);
    expect(report.monitor.samples).toBe(0);
    expect(report.monitor.gates[0]).toMatchObject({
      name: 'datadog-monitors',
      result: 'failed',
      rejected: true,
      detail: `no Datadog monitor has the tags ${TAGS}`,
    });
    expect(lists()).toHaveLength(1);
  });
});
