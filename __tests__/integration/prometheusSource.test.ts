import { MetricError, type MetricReading } from '../../src/engine/ports.js';
import { createPrometheusSource } from '../../src/providers/prometheus/prometheusSource.js';
import {
  ERROR_SPIKE,
  HEALTHY,
  LATENCY_SPIKE,
  NO_TRAFFIC,
  startMetricsService,
  startPrometheus,
  type MetricsService,
  type PrometheusServer,
  type Traffic,
} from '../support/prometheus.js';
import { rejectionOf } from '../support/rejection.js';

// Short enough that a traffic change fills the range after a few 1s scrapes; rate() needs two samples in it.
const RANGE = '5s';
// Scrapes of one traffic until every increase inside the range is of that traffic (one spare).
const SETTLE = 6;
const errorRate = (range: string) =>
  `sum(rate(http_requests_total{status=~"5.."}[${range}])) / sum(rate(http_requests_total[${range}]))`;
const DEFAULT_ERROR_RATE = errorRate('5m');
const P99 = `histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket[${RANGE}])) by (le))`;
// All requests of a phase land in one bucket; histogram_quantile interpolates linearly inside it.
const P99_AT_80MS = 0.05 + (0.1 - 0.05) * 0.99;
const P99_AT_800MS = 0.5 + (1 - 0.5) * 0.99;

let service: MetricsService;
let prometheus: PrometheusServer;
let source: ReturnType<typeof createPrometheusSource>;

beforeAll(async () => {
  service = await startMetricsService(HEALTHY);
  prometheus = await startPrometheus(service.target);
  source = createPrometheusSource({ baseUrl: prometheus.url, headers: {}, userAgent: 'post-deploy-check/test' });
});
afterAll(async () => {
  await source?.close();
  await prometheus?.stop();
  await service?.close();
});

const read = (query: string, at?: Date) =>
  source.query(query, { at, timeoutMs: 5_000, signal: new AbortController().signal });

/** Each block sets its own traffic, and waits only as long as the range still holds another. */
async function trafficBecomes(traffic: Traffic): Promise<void> {
  service.setTraffic(traffic);
  const missing = SETTLE - service.scrapesOfCurrentTraffic();
  if (missing > 0) await prometheus.waitForScrapes(missing);
}

function valueOf(reading: MetricReading): number {
  if (reading.kind !== 'value') throw new Error(`expected a value, got no-data: ${reading.reason}`);
  return reading.value;
}

const rejection = (promise: Promise<unknown>) => rejectionOf(promise, MetricError);

describe('Prometheus source against a real Prometheus, healthy traffic', () => {
  beforeAll(() => trafficBecomes(HEALTHY));

  it('reads the default error-rate query as the small error share the service has', async () => {
    expect(await read(DEFAULT_ERROR_RATE)).toEqual({
      kind: 'value',
      value: expect.closeTo(HEALTHY.errorShare, 6),
      warnings: [],
    });
  });

  it('reads the same share over a short range', async () => {
    expect(valueOf(await read(errorRate(RANGE)))).toBeCloseTo(HEALTHY.errorShare, 6);
  });

  it('reads a latency quantile from the histogram', async () => {
    expect(valueOf(await read(P99))).toBeCloseTo(P99_AT_80MS, 6);
  });

  it('uses the highest of several series and says so', async () => {
    // One evaluation time for all three queries, far enough back that no scrape before it is still being stored.
    const at = new Date(Date.now() - 2_000);
    const reading = await read(`rate(http_requests_total[${RANGE}])`, at);
    expect(reading.warnings).toEqual(['2 series; the highest is used']);
    expect(valueOf(reading)).toBe(valueOf(await read(`max(rate(http_requests_total[${RANGE}]))`, at)));
    expect(valueOf(reading)).toBeGreaterThan(valueOf(await read(`min(rate(http_requests_total[${RANGE}]))`, at)));
  });

  it('reads a scalar', async () => {
    expect(await read('2 * 0.25')).toEqual({ kind: 'value', value: 0.5, warnings: [] });
  });

  it('reads an empty vector as no data', async () => {
    expect(await read(`sum(rate(nobody_exports_this_total[${RANGE}]))`)).toEqual({
      kind: 'no-data',
      reason: 'no series (no traffic, or the metric is absent)',
      warnings: [],
    });
  });

  it('reads +Inf as no data', async () => {
    expect(await read('1 / 0')).toEqual({
      kind: 'no-data',
      reason: '+Inf: the query divided by zero (x/0)',
      warnings: [],
    });
  });

  it("shows Prometheus's own message for malformed PromQL (HTTP 400)", async () => {
    const error = await rejection(read('sum(rate(http_requests_total[5m])'));
    expect(error.message).toMatch(
      /^Prometheus rejected the query \(bad_data\): .*parse error: unclosed left parenthesis$/,
    );
  });

  it('names an expression Prometheus cannot execute (HTTP 422)', async () => {
    const error = await rejection(read('http_requests_total * on() http_requests_total'));
    expect(error.message).toMatch(/^Prometheus could not execute the query \(execution, HTTP 422\): .*matching/);
  });

  it('refuses a range vector, which is not one number', async () => {
    const error = await rejection(read(`http_requests_total[${RANGE}]`));
    expect(error.message).toContain('range vector (matrix)');
  });
});

describe('Prometheus source against a real Prometheus, a spike after a healthy baseline', () => {
  let baselineAt: Date;

  beforeAll(async () => {
    await trafficBecomes(HEALTHY);
    baselineAt = new Date();
    await trafficBecomes({ ...ERROR_SPIKE, latencySeconds: LATENCY_SPIKE.latencySeconds });
  });

  it('reads the error spike above the default 0.01 limit', async () => {
    const value = valueOf(await read(errorRate(RANGE)));
    expect(value).toBeGreaterThan(0.01);
    expect(value).toBeCloseTo(ERROR_SPIKE.errorShare, 6);
  });

  it('reads the latency spike', async () => {
    expect(valueOf(await read(P99))).toBeCloseTo(P99_AT_800MS, 6);
  });

  it('reads the value of a past moment when asked for a baseline', async () => {
    expect(valueOf(await read(errorRate(RANGE), baselineAt))).toBeCloseTo(HEALTHY.errorShare, 6);
    expect(valueOf(await read(P99, baselineAt))).toBeCloseTo(P99_AT_80MS, 6);
  });
});

describe('Prometheus source against a real Prometheus, no traffic', () => {
  beforeAll(() => trafficBecomes(NO_TRAFFIC));

  it('reads the error rate as no data: 0/0 is NaN', async () => {
    expect(await read(errorRate(RANGE))).toEqual({
      kind: 'no-data',
      reason: 'NaN: no traffic in the window (0/0)',
      warnings: [],
    });
  });

  it('reads the latency quantile of no observations as no data', async () => {
    expect(await read(P99)).toMatchObject({ kind: 'no-data', reason: 'NaN: no traffic in the window (0/0)' });
  });
});

describe('Prometheus source against a real Prometheus, which metrics exist', () => {
  const missing = (names: string[]) =>
    source.missingMetrics?.(names, { timeoutMs: 5_000, signal: new AbortController().signal });

  it('names only the metrics it holds no series of, in the order asked', async () => {
    await prometheus.waitForScrapes(1);
    expect(
      await missing([
        'nobody_exports_this_total',
        'http_requests_total',
        'http_request_duration_seconds_bucket',
        'job:nobody:rate5m',
      ]),
    ).toEqual(['nobody_exports_this_total', 'job:nobody:rate5m']);
  });

  it('finds a metric that exists with no traffic: no requests is not no series', async () => {
    await trafficBecomes(NO_TRAFFIC);
    expect(await missing(['http_requests_total'])).toEqual([]);
  });

  it('asks nothing for no names', async () => {
    expect(await missing([])).toEqual([]);
  });
});

describe('Prometheus source when Prometheus is not there', () => {
  it('names a refused connection to a stopped Prometheus', async () => {
    const stopped = await startPrometheus(service.target);
    await stopped.stop();
    const gone = createPrometheusSource({ baseUrl: stopped.url, headers: {}, userAgent: 'post-deploy-check/test' });
    const error = await rejection(gone.query('up', { timeoutMs: 2_000, signal: new AbortController().signal }));
    await gone.close();
    expect(error.message).toBe(`Prometheus query failed: connection refused by ${new URL(stopped.url).host}`);
  });

  it('names a host that does not resolve', async () => {
    const nowhere = createPrometheusSource({
      baseUrl: 'http://prometheus.post-deploy-check.invalid',
      headers: {},
      userAgent: 'post-deploy-check/test',
    });
    const error = await rejection(nowhere.query('up', { timeoutMs: 5_000, signal: new AbortController().signal }));
    await nowhere.close();
    expect(error.message).toMatch(
      /^Prometheus query failed: DNS lookup failed for prometheus\.post-deploy-check\.invalid \(E[A-Z_]+\)$/,
    );
  });
});
