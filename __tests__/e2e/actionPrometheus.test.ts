import { readFile } from 'node:fs/promises';
import { runAction } from '../support/runAction.js';
import {
  ERROR_SPIKE,
  HEALTHY,
  NO_TRAFFIC,
  startMetricsService,
  startPrometheus,
  type MetricsService,
  type PrometheusServer,
  type Traffic,
} from '../support/prometheus.js';

// dist/index.js as the runner starts it, against a real Prometheus scraping a service every second.

const RANGE = '5s';
const SETTLE = 6;
const ERROR_RATE = `sum(rate(http_requests_total{status=~"5.."}[${RANGE}])) / sum(rate(http_requests_total[${RANGE}]))`;

let service: MetricsService;
let prometheus: PrometheusServer;

beforeAll(async () => {
  service = await startMetricsService(HEALTHY);
  prometheus = await startPrometheus(service.target);
});
afterAll(async () => {
  await prometheus?.stop();
  await service?.close();
});

async function trafficBecomes(traffic: Traffic): Promise<void> {
  service.setTraffic(traffic);
  const missing = SETTLE - service.scrapesOfCurrentTraffic();
  if (missing > 0) await prometheus.waitForScrapes(missing);
}

const watch = (inputs: Record<string, string> = {}) =>
  runAction({
    'prometheus-url': prometheus.url,
    'error-rate-query': ERROR_RATE,
    'monitor-window': '4s',
    'monitor-interval': '1s',
    ...inputs,
  });

async function reportOf(run: Awaited<ReturnType<typeof watch>>) {
  return JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
}

describe('the action with prometheus-url', () => {
  it('passes a healthy release after watching the whole window, and outputs the numbers', async () => {
    await trafficBecomes(HEALTHY);
    const run = await watch();

    expect(run.outputs.result).toBe('passed');
    const report = await reportOf(run);
    expect(report.monitor.samples).toBe(4);
    expect(report.monitor.gates[0]).toMatchObject({
      name: 'error-rate',
      result: 'passed',
      counts: { ok: 4, breach: 0 },
    });
    expect(Number(run.outputs['error-rate'])).toBeLessThan(0.01);
    expect(JSON.parse(run.outputs.metrics ?? '')['error-rate']).toMatchObject({
      outcome: 'passed',
      threshold: { max: 0.01 },
      samples: { ok: 4 },
    });
    expect(run.summary).toContain('```mermaid');
  });

  it('ends a healthy window early after success-threshold healthy samples in a row', async () => {
    await trafficBecomes(HEALTHY);
    const run = await watch({ 'monitor-window': '20s', 'success-threshold': '3' });

    expect(run.outputs.result).toBe('passed');
    const report = await reportOf(run);
    expect(report.monitor.samples).toBe(3);
    expect(report.monitor.endedEarly).toBe('ended early after 3 healthy samples in a row (success-threshold 3)');
    expect(run.summary).toContain('ended early after 3 healthy samples in a row (success-threshold 3)');
  });

  it('lets an observed gate watch an error spike to the end of the window without failing the release', async () => {
    await trafficBecomes(ERROR_SPIKE);
    const run = await watch({ 'error-rate-mode': 'observe' });

    expect(run.outputs.result).toBe('passed');
    const report = await reportOf(run);
    expect(report.monitor.samples).toBe(4);
    expect(report.monitor.gates[0]).toMatchObject({ mode: 'observe', result: 'passed' });
    expect(report.monitor.gates[0].detail).toMatch(/^observe: would have failed at sample 2 \(/);
  });

  it('fails fast on an error spike: at failure-threshold samples, not at the end of the window', async () => {
    await trafficBecomes(ERROR_SPIKE);
    const run = await watch({ 'monitor-window': '30s', 'failure-threshold': '2' });

    expect(run.code).toBe(1);
    const report = await reportOf(run);
    expect(report.monitor.samples).toBe(2);
    expect(report.monitor.stoppedEarly).toBe('error-rate failed at sample 2 of 30');
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual(['error-rate']);
    expect(Number(run.outputs['error-rate'])).toBeGreaterThan(0.1);
    expect(run.stdout).toMatch(
      /::error title=post-deploy-check%3A error-rate::2 breaching samples in a row: 0\.\d+ > max 0\.01/,
    );
  });

  it('warns, not passes, when there is no traffic to judge', async () => {
    await trafficBecomes(NO_TRAFFIC);
    const run = await watch();

    expect(run.outputs.result).toBe('warning');
    expect(run.outputs.summary).toContain('error-rate (inconclusive — no requests in the window');
    expect(JSON.parse(run.outputs.metrics ?? '')['error-rate'].outcome).toBe('inconclusive');
  });

  it('names a metric that does not exist, apart from no requests', async () => {
    const run = await watch({ 'error-rate-query': `sum(rate(nobody_exports_this_total[${RANGE}]))` });

    expect(run.outputs.result).toBe('warning');
    expect(run.outputs.summary).toContain(
      'error-rate (inconclusive — no series: the metric `nobody_exports_this_total` does not exist in this Prometheus',
    );
  });

  it("fails on malformed PromQL before the window begins, with Prometheus's own message", async () => {
    await trafficBecomes(HEALTHY);
    const run = await watch({ 'error-rate-query': 'sum(rate(http_requests_total[5m]' });

    expect(run.outputs.result).toBe('failed');
    const report = await reportOf(run);
    expect(report.monitor.samples).toBe(0);
    expect(report.monitor.gates[0].detail).toMatch(
      /^the query was rejected before the window began: Prometheus rejected the query \(bad_data\): .*parse error/,
    );
  });
});
