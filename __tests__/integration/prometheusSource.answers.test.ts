import { MetricError } from '../../src/engine/ports.js';
import { createPrometheusSource } from '../../src/providers/prometheus/prometheusSource.js';
import { hang, json, startTestService, text, type Route, type TestService } from '../support/testService.js';
import { rejectionOf } from '../support/rejection.js';

// What a real Prometheus cannot be made to do on demand: proxies, login pages, hangs, huge answers.
// The fake serves under a prefix, as Prometheus does behind a path-routing proxy or as Mimir does.
const API = '/prometheus/api/v1/query';
const TOKEN = 'Bearer s3cret-t0ken';

let fake: TestService;
let source: ReturnType<typeof createPrometheusSource>;

beforeEach(async () => {
  fake = await startTestService();
  source = createPrometheusSource({
    baseUrl: `${fake.url}/prometheus/`,
    headers: { Authorization: TOKEN, 'X-Scope-OrgID': 'team-a' },
    userAgent: 'post-deploy-check/test',
  });
});
afterEach(async () => {
  await source.close();
  await fake.close();
});

const read = (query = 'up', extra: { at?: Date; timeoutMs?: number; signal?: AbortSignal } = {}) =>
  source.query(query, { timeoutMs: 2_000, signal: new AbortController().signal, ...extra });
const answer = (route: Route) => fake.route(API, route);
const vector = (...values: string[]) => ({
  status: 'success',
  data: {
    resultType: 'vector',
    result: values.map((value, index) => ({ metric: { pod: `p${index}` }, value: [1700000000.5, value] })),
  },
});

const rejection = (promise: Promise<unknown>) => rejectionOf(promise, MetricError);

describe('Prometheus source requests', () => {
  it('sends its headers with every query, under the base path, with the timeout and the baseline time', async () => {
    answer((_req, res) => json(res, 200, vector('1')));
    await read('sum(up)');
    await read('sum(up)', { at: new Date(1_700_000_000_250) });
    expect(fake.requests).toHaveLength(2);
    for (const request of fake.requests) {
      expect(request.headers).toMatchObject({
        authorization: TOKEN,
        'x-scope-orgid': 'team-a',
        'user-agent': 'post-deploy-check/test',
        accept: 'application/json',
      });
    }
    const [now, past] = fake.requests.map((request) => new URL(request.url, fake.url));
    expect(now?.pathname).toBe(API);
    expect(Object.fromEntries(now?.searchParams ?? [])).toEqual({ query: 'sum(up)', timeout: '2000ms' });
    expect(Object.fromEntries(past?.searchParams ?? [])).toEqual({
      query: 'sum(up)',
      time: '1700000000.250',
      timeout: '2000ms',
    });
  });

  it('turns URL credentials into a Basic header and accepts a base that already ends in /api/v1', async () => {
    const withCredentials = createPrometheusSource({
      baseUrl: fake.url.replace('http://', 'http://reader:p%40ss@') + '/prometheus/api/v1',
      headers: {},
      userAgent: 'ua',
    });
    answer((_req, res) => json(res, 200, vector('1')));
    await withCredentials.query('up', { timeoutMs: 2_000, signal: new AbortController().signal });
    await withCredentials.close();
    expect(fake.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from('reader:p@ss').toString('base64')}`);
  });

  it('refuses a base URL that does not parse, without repeating it', () => {
    expect(() => createPrometheusSource({ baseUrl: 'prometheus:s3cret@@', headers: {}, userAgent: 'ua' })).toThrow(
      MetricError,
    );
    expect(() => createPrometheusSource({ baseUrl: 'not a url s3cret', headers: {}, userAgent: 'ua' })).toThrow(
      /^prometheus-url is not a valid URL/,
    );
  });
});

describe('Prometheus source answers', () => {
  it("passes Prometheus's warnings through with the value", async () => {
    answer((_req, res) => json(res, 200, { ...vector('0.25'), warnings: ['remote read: partial response'] }));
    expect(await read()).toEqual({ kind: 'value', value: 0.25, warnings: ['remote read: partial response'] });
  });

  it('uses the highest number among several series, skipping NaN', async () => {
    answer((_req, res) => json(res, 200, vector('0.1', 'NaN', '3e-1', '1e-07')));
    expect(await read()).toEqual({ kind: 'value', value: 0.3, warnings: ['4 series; the highest is used'] });
  });

  it('reads a vector whose every series is NaN or -Inf as no data', async () => {
    answer((_req, res) => json(res, 200, vector('-Inf')));
    expect(await read()).toEqual({ kind: 'no-data', reason: '-Inf: the query divided by zero (-x/0)', warnings: [] });
  });

  it('says when a proxy answers with an HTML error page', async () => {
    answer((_req, res) =>
      text(res, 502, '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', 'text/html'),
    );
    const error = await rejection(read());
    expect(error.message).toBe(
      `Prometheus at ${new URL(fake.url).host} answered HTTP 502 with an HTML page ("502 Bad Gateway"), not the API's JSON: a proxy or load balancer in front of Prometheus answered; Prometheus may be down or restarting`,
    );
  });

  it('points at the base URL when the API path serves something else', async () => {
    fake.route('/elsewhere/api/v1/query', (_req, res) => text(res, 404, '404 page not found'));
    const wrong = createPrometheusSource({ baseUrl: `${fake.url}/elsewhere`, headers: {}, userAgent: 'ua' });
    const error = await rejection(wrong.query('up', { timeoutMs: 2_000, signal: new AbortController().signal }));
    await wrong.close();
    expect(error.message).toContain('answered HTTP 404 with a non-JSON body (text/plain): "404 page not found"');
    expect(error.message).toContain('is prometheus-url the base URL the API lives under?');
  });

  it('names refused credentials and never shows a header value, even one the server echoes', async () => {
    answer((req, res) => text(res, 401, `invalid token ${req.headers.authorization}`));
    const error = await rejection(read());
    expect(error.message).toContain('HTTP 401');
    expect(error.message).toContain('check prometheus-headers');
    expect(error.message).not.toContain('s3cret-t0ken');
  });

  it("names Prometheus's own timeout (HTTP 503)", async () => {
    answer((_req, res) =>
      json(res, 503, { status: 'error', errorType: 'timeout', error: 'query timed out in expression evaluation' }),
    );
    expect((await rejection(read())).message).toBe(
      'Prometheus timed out evaluating the query (timeout, HTTP 503): query timed out in expression evaluation',
    );
  });

  it('says when JSON is not the Prometheus envelope', async () => {
    answer((_req, res) => json(res, 200, { result: 0.1 }));
    expect((await rejection(read())).message).toMatch(
      /answered HTTP 200 with JSON that is not a Prometheus API answer \(status: .+\)$/,
    );
  });

  it('refuses an answer over 1 MiB instead of reading it all', async () => {
    answer((_req, res) => json(res, 200, vector(...Array.from({ length: 20_000 }, () => '1'))));
    expect((await rejection(read())).message).toContain('answered more than 1 MiB (HTTP 200)');
  });
});

describe('Prometheus source without an answer', () => {
  it('names a timeout when Prometheus accepts and never answers', async () => {
    answer(hang);
    const error = await rejection(read('up', { timeoutMs: 300 }));
    expect(error.message).toBe(`timed out: no answer from Prometheus at ${new URL(fake.url).host} within 300ms`);
  });

  it('stops when the run is aborted', async () => {
    answer(hang);
    const run = new AbortController();
    const pending = read('up', { signal: run.signal, timeoutMs: 10_000 });
    run.abort();
    expect((await rejection(pending)).message).toBe('stopped: the step was cancelled or reached its time limit');
  });
});
