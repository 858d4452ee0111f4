import { readFile } from 'node:fs/promises';
import { runAction } from '../support/runAction.js';
import { HEALTHY, type Traffic } from '../support/prometheus.js';
import { usePrometheusRig } from '../support/prometheusRig.js';

// Minimum traffic against a real Prometheus scraping every second, with the default queries: {{range}}
// is filled from Prometheus's own configuration, and the default traffic query counts each sample's requests.

/** Half of two requests a scrape fail: a 50% error rate, on a handful of requests. */
const TRICKLE: Traffic = { requestsPerScrape: 2, errorShare: 0.5, latencySeconds: 0.08 };

const rig = usePrometheusRig();
const { trafficBecomes } = rig;

const watch = (inputs: Record<string, string> = {}) =>
  runAction({ 'prometheus-url': rig.url, 'monitor-window': '4s', 'monitor-interval': '1s', ...inputs });

async function reportOf(run: Awaited<ReturnType<typeof watch>>) {
  return JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
}

describe('minimum traffic, with the default queries', () => {
  it('passes a busy release and shows the requests of its last sample against the minimum', async () => {
    await trafficBecomes(HEALTHY);
    const run = await watch();

    expect(run.outputs.result).toBe('passed');
    const report = await reportOf(run);
    const [gate] = report.monitor.gates;
    // {{range}}: four scrapes of the 1s interval read from Prometheus.
    expect(report.monitor.scrapeInterval).toEqual({ ms: 1_000, source: 'prometheus' });
    expect(gate.query).toBe('sum(rate(http_requests_total{status=~"5.."}[4s])) / sum(rate(http_requests_total[4s]))');
    expect(gate).toMatchObject({ result: 'passed', minRequests: 100, counts: { ok: 4 } });
    expect(gate.requests).toBeGreaterThan(1_000);
    expect(run.summary).toContain('| Gate | Limit | Baseline | Last | Requests | Peak | Samples | Outcome |');
    expect(run.summary).toMatch(/\| error-rate \| ≤ 0\.01 \| — \| [\d.]+ \| \d+ \(min 100\) \|/);
  });

  it('turns a 50% error rate on a handful of requests into no data, then an inconclusive gate: never a rollback', async () => {
    await trafficBecomes(TRICKLE);
    const run = await watch();

    expect(run.outputs.result).toBe('warning');
    const report = await reportOf(run);
    const [gate] = report.monitor.gates;
    expect(gate.counts).toEqual({ ok: 0, breach: 0, 'no-data': 4, error: 0 });
    expect(gate.samples.every((sample: { lowTraffic?: boolean }) => sample.lowTraffic)).toBe(true);
    expect(gate.samples[0].note).toMatch(/^\d requests < min-requests 100$/);
    expect(gate.detail).toMatch(
      /^inconclusive — too little traffic: at most \d requests in a sample \(last: \d requests < min-requests 100\); lower min-requests, lengthen the window/,
    );
    expect(run.outputs.summary).toContain('error-rate (inconclusive — too little traffic');
  });

  it('judges the same trickle when min-requests is 0: the errors fail the gate', async () => {
    await trafficBecomes(TRICKLE);
    const run = await watch({ 'min-requests': '0' });

    expect(run.code).toBe(1);
    const [gate] = (await reportOf(run)).monitor.gates;
    expect(gate).toMatchObject({ result: 'failed', minRequests: 0 });
  });

  it('says once that a custom error-rate-query without traffic-query has no traffic check', async () => {
    await trafficBecomes(HEALTHY);
    const run = await watch({
      'error-rate-query':
        'sum(rate(http_requests_total{status="500"}[{{range}}])) / sum(rate(http_requests_total[{{range}}]))',
      'latency-query': 'histogram_quantile(0.9, sum by (le) (rate(http_request_duration_seconds_bucket[{{range}}])))',
      'max-latency': '1',
    });

    expect(run.outputs.result).toBe('passed');
    const report = await reportOf(run);
    expect(report.monitor.trafficUnchecked).toMatch(/^error-rate and latency: no traffic check/);
    expect(run.summary.split('no traffic check')).toHaveLength(2);
    expect(run.summary).not.toContain('| Requests |');
  });
});
