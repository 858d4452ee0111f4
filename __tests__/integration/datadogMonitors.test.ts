import { MetricError } from '../../src/engine/ports.js';
import { createDatadogMonitors, type DatadogMonitorsOptions } from '../../src/providers/datadog/datadogMonitors.js';
import { datadogAppBase } from '../../src/providers/datadog/site.js';
import { startFakeDatadogApi, type FakeDatadogApi, type FakeMonitor } from '../support/fakeDatadogApi.js';
import { FakeClock } from '../support/fakeClock.js';
import { rejectionOf } from '../support/rejection.js';
import { SENTINEL } from '../support/secretLeaks.js';

// The Datadog monitor source against a loopback ListMonitors API that checks every request against the
// contract; afterEach expects no violation.

const API_KEY = `${SENTINEL}dd-api-5e4d3c2b1a0918273645f5e4`;
const APP_KEY = `${SENTINEL}dd-app-f9e8d7c6b5a4938271605f4e3d2c1b0a`;
const TAGS = 'service:shop-api,env:production';
const SHOP = ['service:shop-api', 'env:production', 'team:shop'];

const monitor = (id: number, name: string, overall_state: string, tags = SHOP): FakeMonitor => ({
  id,
  name,
  overall_state,
  tags,
});

let fake: FakeDatadogApi;
let clock: FakeClock;
const sources: { close(): Promise<void> }[] = [];

beforeEach(async () => {
  fake = await startFakeDatadogApi({ apiKey: API_KEY, appKey: APP_KEY });
  clock = new FakeClock();
});
afterEach(async () => {
  await Promise.all(sources.splice(0).map((source) => source.close()));
  await fake.close();
  expect(fake.violations).toEqual([]);
});

function source(options: Partial<DatadogMonitorsOptions> = {}) {
  const made = createDatadogMonitors({
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

const list = (tags = TAGS, options: Partial<DatadogMonitorsOptions> = {}, timeoutMs = 2_000) =>
  source(options).list(tags, { timeoutMs, signal: new AbortController().signal });
const rejection = (promise: Promise<unknown>) => rejectionOf(promise, MetricError);

describe('Datadog monitors: the list', () => {
  it('lists the monitors with all the tags, with their overall state, in one page of 101', async () => {
    fake.monitors = [
      monitor(101, 'checkout p99 latency', 'Alert'),
      monitor(102, 'shop-api error rate', 'OK'),
      monitor(103, 'shop-api error rate', 'OK', ['service:shop-api', 'env:staging']),
      monitor(104, 'cart apdex', 'No Data'),
      monitor(105, 'payments queue depth', 'Warn', ['service:payments', 'env:production']),
    ];
    expect(await list()).toEqual([
      { id: 101, name: 'checkout p99 latency', state: 'Alert' },
      { id: 102, name: 'shop-api error rate', state: 'OK' },
      { id: 104, name: 'cart apdex', state: 'No Data' },
    ]);
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request?.path).toBe('/api/v1/monitor');
    expect(request?.params).toEqual({ monitor_tags: TAGS, page: '0', page_size: '101' });
    expect(request?.headers['dd-api-key']).toBe(API_KEY);
    expect(request?.headers['dd-application-key']).toBe(APP_KEY);
  });

  it('is empty when no monitor has the tags', async () => {
    fake.monitors = [monitor(1, 'other', 'Alert', ['service:other'])];
    expect(await list()).toEqual([]);
  });

  it('takes tags written with spaces', async () => {
    fake.monitors = [monitor(7, 'checkout p99 latency', 'Warn')];
    expect(await list(' service:shop-api , env:production ,')).toEqual([
      { id: 7, name: 'checkout p99 latency', state: 'Warn' },
    ]);
    expect(fake.requests[0]?.params.monitor_tags).toBe(TAGS);
  });

  it('judges exactly 100 monitors', async () => {
    fake.monitors = Array.from({ length: 100 }, (_, at) => monitor(at + 1, `monitor ${at}`, 'OK'));
    expect(await list()).toHaveLength(100);
  });

  it('refuses more than 100 as a setup problem, telling to narrow the tags', async () => {
    fake.monitors = Array.from({ length: 150 }, (_, at) => monitor(at + 1, `monitor ${at}`, 'OK'));
    const error = await rejection(list());
    expect(error.message).toBe(
      `more than 100 Datadog monitors have the tags ${TAGS}: narrow datadog-monitor-tags, e.g. add env: or service:`,
    );
    expect(error.queryRejected).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('refuses tags that name none, without asking Datadog for every monitor', async () => {
    const error = await rejection(list(' , '));
    expect(error.message).toBe('datadog-monitor-tags names no tag');
    expect(error.queryRejected).toBe(true);
    expect(fake.requests).toEqual([]);
  });

  it('names a monitor without a name by its id, and one without a state Unknown', async () => {
    fake.reply({ json: [{ id: 9, type: 'query alert', query: 'avg(last_5m):avg:x{*} > 1' }] });
    expect(await list()).toEqual([{ id: 9, name: 'monitor 9', state: 'Unknown' }]);
  });

  it('says where an answer that is no monitor list departs', async () => {
    fake.reply({ json: { monitors: [] } });
    expect((await rejection(list())).message).toMatch(
      /answered HTTP 200 with JSON that is not the answer to the monitor list \(.*expected array, received object\)$/,
    );
  });
});

describe('Datadog monitors: links', () => {
  it.each([
    ['datadoghq.com', 'https://app.datadoghq.com'],
    ['datadoghq.eu', 'https://app.datadoghq.eu'],
    ['ddog-gov.com', 'https://app.ddog-gov.com'],
    ['us3.datadoghq.com', 'https://us3.datadoghq.com'],
    ['us5.datadoghq.com', 'https://us5.datadoghq.com'],
    ['ap1.datadoghq.com', 'https://ap1.datadoghq.com'],
    ['us2.ddog-gov.com', 'https://us2.ddog-gov.com'],
  ])('opens a monitor of %s at %s', (site, app) => {
    expect(datadogAppBase(site)).toBe(app);
  });

  it("links from datadog-api-url only when it is the site's own API", () => {
    expect(datadogAppBase('datadoghq.eu', 'https://api.datadoghq.eu/api/v1')).toBe('https://app.datadoghq.eu');
    expect(datadogAppBase('datadoghq.eu', 'https://dd-proxy.internal:8443')).toBeUndefined();
    expect(datadogAppBase('datadoghq.com', 'https://api.datadoghq.eu')).toBeUndefined();
  });

  it('gives no link for monitors read through another host', async () => {
    fake.monitors = [monitor(3, 'checkout p99 latency', 'Alert')];
    expect((await list())[0]).not.toHaveProperty('url');
  });
});

describe('Datadog monitors: failures', () => {
  it('names both keys and the monitors_read permission when Datadog refuses them', async () => {
    const error = await rejection(list(TAGS, { apiKey: `${SENTINEL}wrong-api-key-0000000` }));
    expect(error.message).toBe(
      `Datadog refused the monitor list (HTTP 403: Forbidden): datadog-api-key must be an API key and datadog-app-key an application key of the same organisation at ${new URL(fake.url).host}, and the application key needs the monitors_read permission`,
    );
    expect(error.message).not.toContain(SENTINEL);
  });

  it("shows Datadog's errors for a refused search", async () => {
    fake.reply({ status: 400, errors: ['Invalid monitor_tags filter.'] });
    const error = await rejection(list());
    expect(error.message).toBe('Datadog rejected the monitor list: Invalid monitor_tags filter.');
    expect(error.queryRejected).toBe(true);
  });

  it('waits out a rate limit once when allowed', async () => {
    fake.reply({ status: 429, errors: ['Too many requests'], rateLimit: { reset: 4 } });
    fake.monitors = [monitor(5, 'cart apdex', 'OK')];
    expect(await list(TAGS, { maxRateLimitWaitMs: 15_000 })).toEqual([{ id: 5, name: 'cart apdex', state: 'OK' }]);
    expect(clock.sleeps).toEqual([4_000]);
    expect(fake.requests).toHaveLength(2);
  });

  it('is rate-limited when the reset is too far off', async () => {
    fake.reply({ status: 429, errors: ['Too many requests'], rateLimit: { reset: 40 } });
    const error = await rejection(list(TAGS, { maxRateLimitWaitMs: 15_000 }));
    expect(error.rateLimited).toBe(true);
    expect(error.message).toMatch(
      /^Datadog rate-limited the monitor list \(HTTP 429, 100 requests per 60s: Too many requests\) for 40s/,
    );
  });

  it('cuts a Datadog that never answers at the timeout', async () => {
    fake.reply('hang');
    expect((await rejection(list(TAGS, {}, 200))).message).toBe(
      `timed out: no answer from Datadog at ${new URL(fake.url).host} within 200ms`,
    );
  });

  it('stops when the run is stopped', async () => {
    fake.reply('hang');
    const controller = new AbortController();
    const pending = source().list(TAGS, { timeoutMs: 30_000, signal: controller.signal });
    while (fake.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    expect((await rejection(pending)).message).toBe('stopped: the step was cancelled or reached its time limit');
  });

  it('keeps both keys out of what Datadog echoes', async () => {
    const echo = `keys ${API_KEY} / ${APP_KEY}`;
    for (const reply of [
      { status: 403, errors: [echo] },
      { status: 400, errors: [echo] },
      { status: 429, errors: [echo], rateLimit: { reset: 99 } },
      { status: 503, contentType: 'text/html', body: `<title>${echo}</title>` },
    ]) {
      fake.reply(reply);
      const error = await rejection(list());
      expect(error.message).toContain('***');
      expect(error.message).not.toContain(SENTINEL);
    }
  });
});
