import { readFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_ERROR_RATE_QUERY } from '../../src/engine/config/monitorSchema.js';
import { runAction } from '../support/runAction.js';
import { ERROR_SPIKE, HEALTHY, NO_TRAFFIC } from '../support/prometheus.js';
import { usePrometheusRig } from '../support/prometheusRig.js';

// dist/index.js as the runner starts it, against a real Prometheus scraping a service every second.

const RANGE = '5s';
const ERROR_RATE = `sum(rate(http_requests_total{status=~"5.."}[${RANGE}])) / sum(rate(http_requests_total[${RANGE}]))`;

const rig = usePrometheusRig();
const { trafficBecomes } = rig;

const watch = (inputs: Record<string, string> = {}) =>
  runAction({
    'prometheus-url': rig.url,
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

  it("fills {{range}} from the scrape interval in Prometheus's own configuration", async () => {
    await trafficBecomes(HEALTHY);
    const run = await watch({ 'error-rate-query': DEFAULT_ERROR_RATE_QUERY });

    expect(run.outputs.result).toBe('passed');
    const report = await reportOf(run);
    // The test Prometheus scrapes every second: four scrapes, longer than the 1s monitor-interval.
    expect(report.monitor.scrapeInterval).toEqual({ ms: 1_000, source: 'prometheus' });
    expect(report.monitor.gates[0].query).toBe(DEFAULT_ERROR_RATE_QUERY.replaceAll('{{range}}', '4s'));
    expect(report.monitor.gates[0].counts.ok).toBe(4);
    expect(report.monitor.gates[0].samples[0].beforeDeploy).toBe(true);
    expect(run.summary).toContain('Scrape interval 1s, read from Prometheus&#39;s configuration.');
  });

  it('refuses a range shorter than two scrapes before the window, without a rollback', async () => {
    await trafficBecomes(HEALTHY);
    const run = await watch({ 'scrape-interval': '1m', 'error-rate-query': 'sum(rate(http_requests_total[30s]))' });

    expect(run.outputs.result).toBe('failed');
    expect(run.outputs['rolled-back']).toBe('false');
    const report = await reportOf(run);
    expect(report.monitor.samples).toBe(0);
    expect(report.monitor.scrapeInterval).toEqual({ ms: 60_000, source: 'input' });
    expect(report.monitor.gates[0]).toMatchObject({
      name: 'error-rate',
      result: 'failed',
      rejected: true,
      samples: [],
    });
    expect(report.monitor.gates[0].detail).toContain('range [30s] is shorter than two scrapes');
    expect(report.monitor.gates[0].detail).toContain('use [2m] or more, or {{range}}');
    // A configuration the release cannot fix: a setup problem, which never rolls back.
    expect(report.checks.find((check: { name: string }) => check.name === 'error-rate').setupProblem).toBe(true);
    expect(report.rollbackNeeded).toBe(false);
  });

  it("assumes Prometheus's 1m default where its configuration is refused, and still watches the window", async () => {
    await trafficBecomes(HEALTHY);
    const gateway = await refusingStatusConfig(rig.url);
    try {
      // Observed: a 4m range still sees the minutes before the window, an earlier test's spike among them,
      // and this test is about the interval, not the verdict.
      const run = await watch({
        'prometheus-url': gateway.url,
        'error-rate-query': DEFAULT_ERROR_RATE_QUERY,
        'error-rate-mode': 'observe',
      });

      expect(run.outputs.result).toBe('passed');
      expect(gateway.refused).toBe(1);
      const report = await reportOf(run);
      expect(report.monitor.scrapeInterval).toEqual({
        ms: 60_000,
        source: 'default',
        note: 'GET /api/v1/status/config answered HTTP 404',
      });
      expect(report.monitor.gates[0].query).toBe(DEFAULT_ERROR_RATE_QUERY.replaceAll('{{range}}', '240s'));
      expect(report.monitor.samples).toBe(4);
      expect(run.summary).toContain(
        'Scrape interval 1m, Prometheus&#39;s default, assumed: GET /api/v1/status/config answered HTTP 404.',
      );
      // A 4m range over a 4s window: every sample still measures the minutes before it.
      expect(run.summary).toContain('error-rate: samples 1-4 still include traffic from before the deploy');
      // Only an assumed interval: sampling faster than it is a warning, not a failure.
      expect(run.stdout).toContain('monitor-interval 1s is shorter than the scrape interval 1m');
    } finally {
      await gateway.close();
    }
  });
});

/**
 * Prometheus behind a gateway that answers its API but not its configuration, as Thanos, Mimir and
 * managed services do: 404 for /api/v1/status/config, everything else passed through.
 */
async function refusingStatusConfig(
  upstream: string,
): Promise<{ url: string; refused: number; close(): Promise<void> }> {
  const gateway = { url: '', refused: 0, close: () => closeServer(server) };
  const server: Server = createServer((req, res) => {
    if ((req.url ?? '').startsWith('/api/v1/status/config')) {
      gateway.refused++;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found\n');
      return;
    }
    const forwarded = request(
      new URL(req.url ?? '/', upstream),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.writeHead(502).end());
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  gateway.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return gateway;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
