import { MetricError, type MetricReading } from '../../src/engine/ports.js';
import { createDatadogMetrics, type DatadogMetricsOptions } from '../../src/providers/datadog/datadogMetrics.js';
import { startFakeDatadogApi, type FakeDatadogApi, type FakeReply } from '../support/fakeDatadogApi.js';
import { FakeClock } from '../support/fakeClock.js';
import { rejectionOf } from '../support/rejection.js';
import { SENTINEL } from '../support/secretLeaks.js';

// The Datadog metric source against a loopback QueryMetrics API that checks every request against the
// contract; afterEach expects no violation. The clock is virtual: `to` is its now, and a rate-limit
// wait is recorded instead of slept.

const API_KEY = `${SENTINEL}dd-api-9f8e7d6c5b4a39281706f5e4`;
const APP_KEY = `${SENTINEL}dd-app-0a1b2c3d4e5f60718293a4b5c6d7e8f9`;
const ERROR_RATE =
  'sum:trace.http.request.errors{service:shop-api}.as_count() / sum:trace.http.request.hits{service:shop-api}.as_count()';
const NOW_S = 1_767_268_800;

let fake: FakeDatadogApi;
let clock: FakeClock;
const sources: { close(): Promise<void> }[] = [];

beforeEach(async () => {
  fake = await startFakeDatadogApi({ apiKey: API_KEY, appKey: APP_KEY });
  clock = new FakeClock(NOW_S * 1_000 + 750);
});
afterEach(async () => {
  await Promise.all(sources.splice(0).map((source) => source.close()));
  await fake.close();
  expect(fake.violations).toEqual([]);
});

function source(options: Partial<DatadogMetricsOptions> = {}) {
  const made = createDatadogMetrics({
    site: 'datadoghq.com',
    apiUrl: fake.url,
    apiKey: API_KEY,
    appKey: APP_KEY,
    userAgent: 'post-deploy-check/test',
    clock,
    ...options,
  });
  sources.push(made);
  return made;
}

const read = (options: Partial<DatadogMetricsOptions> = {}, at?: Date, lookbackMs?: number, timeoutMs = 2_000) =>
  source(options).query(ERROR_RATE, { at, lookbackMs, timeoutMs, signal: new AbortController().signal });
const rejection = (promise: Promise<unknown>) => rejectionOf(promise, MetricError);

describe('Datadog metrics: what a query reads', () => {
  it('asks for the last 5 minutes up to now, with both keys, and reads the last non-null point', async () => {
    fake.series = [{ scope: 'service:shop-api', points: [0.01, 0.03, 0.02, null, null] }];
    expect(await read()).toEqual({ kind: 'value', value: 0.02, warnings: [] });
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request?.path).toBe('/api/v1/query');
    expect(request?.params).toEqual({ from: String(NOW_S - 300), to: String(NOW_S), query: ERROR_RATE });
    expect(request?.headers['dd-api-key']).toBe(API_KEY);
    expect(request?.headers['dd-application-key']).toBe(APP_KEY);
    expect(request?.headers['user-agent']).toBe('post-deploy-check/test');
  });

  it('looks back as far as the gate says', async () => {
    fake.series = [{ points: [4] }];
    await read({}, undefined, 10 * 60_000);
    expect(fake.requests[0]?.params).toMatchObject({ from: String(NOW_S - 600), to: String(NOW_S) });
  });

  it('reads a baseline up to `at`', async () => {
    fake.series = [{ points: [0.5] }];
    await read({}, new Date((NOW_S - 86_400) * 1_000), 120_000);
    expect(fake.requests[0]?.params).toMatchObject({ from: String(NOW_S - 86_400 - 120), to: String(NOW_S - 86_400) });
  });

  it('reads zero as a value, not as missing', async () => {
    fake.series = [{ points: [0.2, 0, null] }];
    expect(await read()).toEqual({ kind: 'value', value: 0, warnings: [] });
  });

  it('adds up every non-null point of a count over the stretch asked, for a comparison', async () => {
    fake.series = [{ points: [3, null, 4.5, 0, 2] }];
    const reading = await source().query('sum:trace.http.request.errors{version:canary}.as_count()', {
      lookbackMs: 7 * 60_000,
      total: true,
      timeoutMs: 2_000,
      signal: new AbortController().signal,
    });
    expect(reading).toEqual({ kind: 'value', value: 9.5, warnings: [] });
    expect(fake.requests[0]?.params).toMatchObject({ from: String(NOW_S - 420), to: String(NOW_S) });
  });

  it('takes a base URL copied with the API path', async () => {
    fake.series = [{ points: [1] }];
    expect(await read({ apiUrl: `${fake.url}/api/v1` })).toMatchObject({ kind: 'value', value: 1 });
    expect(fake.requests[0]?.path).toBe('/api/v1/query');
  });
});

describe('Datadog metrics: no data', () => {
  const noData = (reading: MetricReading) =>
    reading.kind === 'no-data' ? reading.reason : `a value: ${reading.value}`;

  it('no series', async () => {
    expect(noData(await read())).toBe(
      'no series in the last 5m (no traffic, the metric is absent, or Datadog has not ingested it yet)',
    );
  });

  it('a series of nulls only', async () => {
    fake.series = [{ points: [null, null, null] }];
    expect(noData(await read({}, undefined, 120_000))).toBe("none of the series' 3 points in the last 2m has a value");
  });

  it('a series without points', async () => {
    fake.series = [{ points: [] }];
    expect(noData(await read())).toBe('the series has no point in the last 5m');
  });
});

describe('Datadog metrics: errors', () => {
  it('refuses several series, naming them and the fix', async () => {
    fake.series = [
      { scope: 'host:a', points: [1] },
      { scope: 'host:b', points: [2] },
      { scope: 'host:c', points: [3] },
      { scope: 'host:d', points: [4] },
    ];
    const error = await rejection(read());
    expect(error.message).toBe(
      'the query returns 4 series (host:a, host:b, host:c, … 1 more), and a gate needs one number: aggregate with sum: or avg:, or narrow the scope',
    );
    expect(error.queryRejected).toBe(false);
  });

  it("shows Datadog's errors for a malformed query, as a rejected query", async () => {
    fake.reply({
      status: 400,
      errors: ["Error parsing query: unable to parse sum:trace.http.request.errors{: Rule 'scope_expr' didn't match"],
    });
    const error = await rejection(read());
    expect(error.message).toBe(
      "Datadog rejected the query: Error parsing query: unable to parse sum:trace.http.request.errors{: Rule 'scope_expr' didn't match",
    );
    expect(error.queryRejected).toBe(true);
    expect(error.rateLimited).toBe(false);
  });

  it('names both keys and the timeseries_query permission when Datadog refuses them', async () => {
    const error = await rejection(read({ appKey: `${SENTINEL}wrong-app-key-00000000` }));
    expect(fake.requests[0]?.answer).toBe(403);
    expect(error.message).toBe(
      `Datadog refused the query (HTTP 403: Forbidden): datadog-api-key must be an API key and datadog-app-key an application key of the same organisation at ${new URL(fake.url).host}, and the application key needs the timeseries_query permission`,
    );
    expect(error.queryRejected).toBe(false);
  });

  it('says Datadog failed a query it accepted (status error under 200)', async () => {
    fake.reply({ json: { status: 'error', error: 'Query timed out', series: [] } });
    expect((await rejection(read())).message).toBe('Datadog could not run the query (status error): Query timed out');
  });

  it('names an HTML page in the way, with its title and what to check', async () => {
    fake.reply({
      status: 502,
      contentType: 'text/html',
      body: '<html><head><title>502 Bad Gateway</title></head></html>',
    });
    expect((await rejection(read())).message).toBe(
      `Datadog at ${new URL(fake.url).host} answered HTTP 502 with an HTML page ("502 Bad Gateway"), not the API's JSON: a proxy or load balancer in front of Datadog answered; Datadog or the proxy may be unavailable`,
    );
  });

  it('names a plain-text 200 and where the API was looked for', async () => {
    fake.reply({ status: 200, contentType: 'text/plain', body: 'OK' });
    expect((await rejection(read())).message).toBe(
      `Datadog at ${new URL(fake.url).host} answered HTTP 200 with a non-JSON body ("OK"), not the API's JSON: is datadog-api-url the base URL the API lives under? (/api/v1/query was asked)`,
    );
  });

  it('names a 404 JSON answer', async () => {
    fake.reply({ status: 404, errors: ['Not found'] });
    expect((await rejection(read())).message).toBe(
      `Datadog at ${new URL(fake.url).host} answered HTTP 404 (Not found): nothing at /api/v1/query: is datadog-api-url the base URL the API lives under?`,
    );
  });

  it('says where JSON of the wrong shape departs', async () => {
    fake.reply({ json: { status: 'ok', series: [{ pointlist: [[1, 'high']] }] } });
    expect((await rejection(read())).message).toMatch(
      /answered HTTP 200 with JSON that is not the answer to the query \(series\.0\.pointlist\.0\.1: .*number/,
    );
  });

  it('stops reading an answer over 1 MiB', async () => {
    fake.reply({
      json: { status: 'ok', series: [{ pointlist: Array.from({ length: 120_000 }, (_, at) => [at, at]) }] },
    });
    expect((await rejection(read())).message).toBe(
      `Datadog at ${new URL(fake.url).host} answered more than 1024 KiB (HTTP 200): a gate needs one number, so aggregate the query with sum: or avg:, or narrow the scope`,
    );
  });
});

describe('Datadog metrics: rate limits', () => {
  const limited = (reset: number): FakeReply => ({
    status: 429,
    errors: ['Too many requests'],
    rateLimit: { reset, limit: 100, period: 60, name: 'metrics_query' },
  });

  it('waits for the reset when it comes within the allowed wait, then asks once more', async () => {
    fake.reply(limited(3));
    fake.series = [{ points: [0.01] }];
    expect(await read({ maxRateLimitWaitMs: 10_000 })).toMatchObject({ kind: 'value', value: 0.01 });
    expect(clock.sleeps).toEqual([3_000]);
    expect(fake.requests.map((request) => request.answer)).toEqual([429, 200]);
  });

  it('is a rate-limited error at once when the reset is further off than the wait allowed', async () => {
    fake.reply(limited(30));
    const error = await rejection(read({ maxRateLimitWaitMs: 10_000 }));
    expect(error.rateLimited).toBe(true);
    expect(error.queryRejected).toBe(false);
    expect(error.message).toBe(
      'Datadog rate-limited the query (HTTP 429, 100 requests per 60s (metrics_query): Too many requests) for 30s, longer than the 10s a read may wait; fewer Datadog gates or a longer monitor-interval send fewer requests',
    );
    expect(clock.sleeps).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('never waits by default', async () => {
    fake.reply(limited(1));
    expect((await rejection(read())).rateLimited).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('retries only once', async () => {
    fake.reply(limited(2), limited(2));
    const error = await rejection(read({ maxRateLimitWaitMs: 10_000 }));
    expect(error.rateLimited).toBe(true);
    expect(error.message).toMatch(/\) again after waiting 2s for the reset; /);
    expect(fake.requests).toHaveLength(2);
  });

  it('does not guess a wait Datadog did not give', async () => {
    fake.reply({ status: 429, errors: ['Too many requests'] });
    const error = await rejection(read({ maxRateLimitWaitMs: 10_000 }));
    expect(error.rateLimited).toBe(true);
    expect(error.message).toMatch(
      /^Datadog rate-limited the query \(HTTP 429: Too many requests\) without saying when it resets;/,
    );
  });

  it('stops waiting when the run is stopped', async () => {
    const controller = new AbortController();
    fake.reply(limited(5));
    const stopping = { now: () => clock.now(), sleep: async () => controller.abort() };
    const error = await rejection(
      source({ clock: stopping, maxRateLimitWaitMs: 10_000 }).query(ERROR_RATE, {
        timeoutMs: 2_000,
        signal: controller.signal,
      }),
    );
    expect(error.message).toBe('stopped: the step was cancelled or reached its time limit');
    expect(fake.requests).toHaveLength(1);
  });
});

describe('Datadog metrics: no answer', () => {
  it('cuts a Datadog that never answers at the timeout', async () => {
    fake.reply('hang');
    const error = await rejection(read({}, undefined, undefined, 200));
    expect(error.message).toBe(`timed out: no answer from Datadog at ${new URL(fake.url).host} within 200ms`);
    expect(error.rateLimited).toBe(false);
  });

  it('stops when the run is stopped mid-request', async () => {
    fake.reply('hang');
    const controller = new AbortController();
    const pending = source().query(ERROR_RATE, { timeoutMs: 30_000, signal: controller.signal });
    await waitFor(() => fake.requests.length === 1);
    controller.abort();
    expect((await rejection(pending)).message).toBe('stopped: the step was cancelled or reached its time limit');
  });

  it('sends nothing when the run is already stopped', async () => {
    const controller = new AbortController();
    controller.abort();
    await rejection(source().query(ERROR_RATE, { timeoutMs: 2_000, signal: controller.signal }));
    expect(fake.requests).toEqual([]);
  });

  it('names a connection closed without an answer', async () => {
    fake.reply('close');
    expect((await rejection(read())).message).toMatch(
      /^Datadog read of the query failed: connection to .* closed before an answer/,
    );
  });

  it('names a refused connection', async () => {
    const closed = await startFakeDatadogApi();
    await closed.close();
    expect((await rejection(read({ apiUrl: closed.url }))).message).toBe(
      `Datadog read of the query failed: connection refused by ${new URL(closed.url).host}`,
    );
  });
});

describe('Datadog metrics: the keys stay secret', () => {
  const echo = `api key ${API_KEY} with application key ${APP_KEY}`;
  const answers: [string, FakeReply][] = [
    ['400', { status: 400, errors: [echo] }],
    ['403', { status: 403, errors: [echo] }],
    ['429', { status: 429, errors: [echo], rateLimit: { reset: 60 } }],
    ['500', { status: 500, errors: [echo] }],
    ['an HTML page', { status: 502, contentType: 'text/html', body: `<title>${echo}</title>` }],
    ['plain text', { status: 200, contentType: 'text/plain', body: echo }],
    ['status error', { json: { status: 'error', error: echo } }],
    [
      'several series',
      {
        json: {
          status: 'ok',
          series: [
            { scope: echo, pointlist: [] },
            { scope: echo, pointlist: [] },
          ],
        },
      },
    ],
  ];

  it.each(answers)('in the error for %s', async (_, reply) => {
    fake.reply(reply);
    const error = await rejection(read());
    expect(error.message).toContain('***');
    expect(error.message).not.toContain(SENTINEL);
  });

  it('in a no-data reason', async () => {
    fake.series = [{ scope: API_KEY, points: [null] }];
    expect(JSON.stringify(await read())).not.toContain(SENTINEL);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('the fake Datadog holds requests to the contract', () => {
  it('records each departure', async () => {
    const keys = { 'dd-api-key': API_KEY };
    await fetch(`${fake.url}/api/v1/query?from=1.5&to=100&query=x&api_key=k&from=2`, { headers: keys });
    await fetch(`${fake.url}/api/v1/query?from=200&to=100`, { headers: keys });
    await fetch(`${fake.url}/api/v1/monitor?page_size=1001`, { headers: keys });
    await fetch(`${fake.url}/api/v2/query/scalar`, { method: 'POST', headers: keys });
    // Checked here, then cleared so afterEach holds the source's own requests to none.
    expect(fake.violations.splice(0)).toEqual([
      'GET /api/v1/query: no DD-APPLICATION-KEY header',
      'GET /api/v1/query: from is given more than once',
      'GET /api/v1/query: api_key is not a parameter of the operation',
      'GET /api/v1/query: no DD-APPLICATION-KEY header',
      'GET /api/v1/query: query is required',
      'GET /api/v1/query: from is not before to',
      'GET /api/v1/monitor: no DD-APPLICATION-KEY header',
      'GET /api/v1/monitor: page_size is at most 1000',
      'GET /api/v1/monitor: page_size without page',
      'POST /api/v2/query/scalar: not a GET',
      'POST /api/v2/query/scalar: no such operation in the contract',
    ]);
  });
});
