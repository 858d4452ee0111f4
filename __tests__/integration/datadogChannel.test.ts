import { ProbeError, type DeployNotice, type NoticeChannel } from '../../src/engine/ports.js';
import {
  createDatadogChannel,
  DATADOG_SITES,
  datadogApiBase,
  fitAggregationKey,
  MAX_TEXT,
  type DatadogChannelOptions,
} from '../../src/providers/datadog/datadogChannel.js';
import { startFakeDatadog, type FakeDatadog } from '../support/fakeDatadog.js';
import { rejectionOf } from '../support/rejection.js';
import { json, startTestService } from '../support/testService.js';

// The Datadog channel against a loopback events intake that checks each request against Datadog's Events
// API reference (POST /api/v1/events). Datadog refuses events older than 18 hours, so the notices are
// dated from now.

const SHA = '4f2a9c1e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39';
const STARTED = Math.floor(Date.now() / 1_000) * 1_000 - 185_000;
const FINISHED = STARTED + 185_000;
const KEY = 'post-deploy-check:acme/shop:run-42:attempt-1';
const TAGS = ['service:shop-api', 'env:production', 'version:1.4.2', 'team:shop'];

const start: DeployNotice = {
  event: 'start',
  service: 'shop-api',
  environment: 'production',
  version: '1.4.2',
  repository: 'acme/shop',
  commitUrl: `https://github.com/acme/shop/commit/${SHA}`,
  runUrl: 'https://github.com/acme/shop/actions/runs/42',
  actor: 'octocat',
  startedAt: STARTED,
  failures: [],
  runbookUrl: 'https://runbooks.example.com/shop-api',
  dashboardUrl: 'https://grafana.example.com/d/shop-overview',
};
const passed: DeployNotice = {
  ...start,
  event: 'success',
  finishedAt: FINISHED,
  summary: 'PASSED shop-api 1.4.2 on production: 3/3 checks passed in 3m 5s',
};
const warning: DeployNotice = {
  ...start,
  event: 'warning',
  finishedAt: FINISHED,
  summary: 'WARNING shop-api: GET /slow took 1.9s',
  failures: [{ name: 'GET /slow', detail: 'took 1.9s (warn above 1.5s)' }],
};
const failed: DeployNotice = {
  ...start,
  event: 'failure',
  finishedAt: FINISHED,
  summary: 'FAILED shop-api: error rate 4.1% > 1%',
  failures: [{ name: 'error rate', detail: '4.1% > 1%' }],
};
const rolledBack: DeployNotice = {
  ...failed,
  rollback: { outcome: 'rolled-back', message: 'rolled back to revision 6', toRevision: 6 },
};

const FACTS = `**shop-api** 1.4.2 → **production**\nCommit: [4f2a9c1](https://github.com/acme/shop/commit/${SHA}) · Actor: octocat · [Workflow run](https://github.com/acme/shop/actions/runs/42)`;

let fake: FakeDatadog;
let channel: NoticeChannel;

const make = (options: Partial<DatadogChannelOptions> = {}) =>
  createDatadogChannel({
    apiKey: fake.apiKey,
    site: 'datadoghq.com',
    apiUrl: fake.url,
    tags: ['team:shop'],
    userAgent: 'post-deploy-check/test',
    timeoutMs: 2_000,
    aggregationKey: KEY,
    ...options,
  });
const signal = () => new AbortController().signal;
const bodyOf = (index: number) => JSON.parse(fake.requests[index]?.body ?? 'null') as Record<string, unknown>;

beforeEach(async () => {
  fake = await startFakeDatadog();
  channel = make();
});
afterEach(() => fake.close());

describe('Datadog API host', () => {
  it.each(DATADOG_SITES.map((site) => [site]))('maps the site %s to api.<site>', (site) => {
    expect(datadogApiBase(site)).toBe(`https://api.${site}`);
  });

  it('knows the nine sites of the issue', () => {
    expect([...DATADOG_SITES].sort()).toEqual([
      'ap1.datadoghq.com',
      'ap2.datadoghq.com',
      'datadoghq.com',
      'datadoghq.eu',
      'ddog-gov.com',
      'uk1.datadoghq.com',
      'us2.ddog-gov.com',
      'us3.datadoghq.com',
      'us5.datadoghq.com',
    ]);
  });

  it('uses the API URL instead when given, without credentials or a copied API path', () => {
    expect(datadogApiBase('datadoghq.eu', 'https://dd-proxy.internal:8443/')).toBe('https://dd-proxy.internal:8443');
    expect(datadogApiBase('datadoghq.com', 'https://proxy.example.com/datadog/api/v1/events')).toBe(
      'https://proxy.example.com/datadog',
    );
    expect(datadogApiBase('datadoghq.com', 'https://user:pa55word@proxy.example.com/api/v1')).toBe(
      'https://proxy.example.com',
    );
  });

  it('refuses a site that is not one of them, naming them', () => {
    expect(() => datadogApiBase('app.datadoghq.com')).toThrow(
      'datadog-site "app.datadoghq.com" is not one of Datadog\'s sites: datadoghq.com, us3.datadoghq.com',
    );
    expect(datadogApiBase(' DatadogHQ.eu ')).toBe('https://api.datadoghq.eu');
  });

  it('previews the event at the site host, API key left out', () => {
    const eu = createDatadogChannel({
      apiKey: 'ddapikey-preview-secret',
      site: 'datadoghq.eu',
      tags: [],
      userAgent: 'ua',
      timeoutMs: 1_000,
      aggregationKey: KEY,
    });
    const preview = eu.preview(start);
    expect(preview).toMatchObject({
      method: 'POST',
      url: 'https://api.datadoghq.eu/api/v1/events',
      body: { alert_type: 'info', aggregation_key: KEY },
    });
    expect(JSON.stringify(preview)).not.toContain('ddapikey-preview-secret');
  });
});

describe('Datadog channel: the events', () => {
  it('posts an info event at the start with DD-API-KEY; the API answers 202', async () => {
    expect(channel.name).toBe('datadog');
    expect(await channel.send(start, signal())).toEqual({ status: 202, detail: 'event 7300000000000000001' });
    const [request] = fake.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/api/v1/events');
    expect(request?.headers).toMatchObject({
      'dd-api-key': fake.apiKey,
      'content-type': 'application/json',
      'user-agent': 'post-deploy-check/test',
    });
    expect(request?.headers.authorization).toBeUndefined();
    expect(bodyOf(0)).toEqual({
      title: 'Deploy check started: shop-api 1.4.2 on production',
      text: `%%% \n${FACTS}\n\n[Dashboard](https://grafana.example.com/d/shop-overview)\n %%%`,
      alert_type: 'info',
      aggregation_key: KEY,
      tags: TAGS,
      source_type_name: 'my_apps',
      priority: 'normal',
      date_happened: STARTED / 1_000,
    });
    expect(channel.preview(start).body).toEqual(bodyOf(0));
  });

  it.each([
    ['passed', passed, 'success', 'Deploy check passed: shop-api 1.4.2 on production'],
    ['warning', warning, 'warning', 'Deploy check passed with warnings: shop-api 1.4.2 on production'],
    ['failed', failed, 'error', 'Deploy check failed: shop-api 1.4.2 on production'],
    ['rolled-back', rolledBack, 'error', 'Deploy check failed, rolled back: shop-api 1.4.2 on production'],
  ])("posts a %s end as %s under the start event's aggregation key", async (_name, end, alertType, title) => {
    await channel.send(start, signal());
    expect((await channel.send(end, signal())).status).toBe(202);
    expect(fake.events).toHaveLength(2);
    const [first, second] = [bodyOf(0), bodyOf(1)];
    expect(second).toMatchObject({
      title,
      alert_type: alertType,
      aggregation_key: KEY,
      tags: TAGS,
      date_happened: FINISHED / 1_000,
    });
    expect(second.aggregation_key).toBe(first.aggregation_key);
  });

  it('keeps text from the network literal: no link, image or emphasis in the event', async () => {
    await channel.send(
      {
        ...rolledBack,
        failures: [
          { name: 'readiness', detail: '![x](https://evil.example/p.png) [Click to fix](https://evil.example) *now*' },
        ],
      },
      signal(),
    );
    expect(bodyOf(0).text).toContain(
      '- **readiness**: \\!\\[x\\]\\(https://evil.example/p.png\\) \\[Click to fix\\]\\(https://evil.example\\) \\*now\\*',
    );
  });

  it('says what failed, the rollback and the runbook in a failure', async () => {
    await channel.send({ ...rolledBack, rollback: { ...rolledBack.rollback!, gitOps: 'Argo CD' } }, signal());
    expect(bodyOf(0).text).toBe(
      `%%% \n${FACTS}\n\nResult: FAILED shop-api: error rate 4.1% > 1%\n\nFailing:\n- **error rate**: 4.1% > 1%\n\n` +
        'Rollback: rolled-back (revision 6): rolled back to revision 6\nManaged from Git by Argo CD\n\n' +
        '[Runbook](https://runbooks.example.com/shop-api) · [Dashboard](https://grafana.example.com/d/shop-overview)\n %%%',
    );
  });

  it('keeps the text within 4000 characters, markers included, naming how many failures were left out', async () => {
    const failures = Array.from({ length: 200 }, (_, index) => ({
      name: `GET /items/${index}`,
      detail: `status 503, expected 200 ${'x'.repeat(40)}`,
    }));
    expect((await channel.send({ ...failed, failures }, signal())).status).toBe(202);
    const text = String(bodyOf(0).text);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(text.length).toBeGreaterThan(MAX_TEXT - 100);
    expect(text).toMatch(/\n- … and \d+ more\n\n\[Runbook\]/);
    expect(text.endsWith('\n %%%')).toBe(true);
    const shown = text.match(/- \*\*GET \/items\/\d+\*\*/g)?.length ?? 0;
    expect(text).toContain(`… and ${200 - shown} more`);
  });

  it('cuts an overlong summary with an ellipsis, never half a character', async () => {
    expect((await channel.send({ ...failed, summary: '😀'.repeat(3_000) }, signal())).status).toBe(202);
    const text = String(bodyOf(0).text);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(text.endsWith('…\n %%%')).toBe(true);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('fits an aggregation key over 100 characters, keeping two long keys apart', async () => {
    const long = `run:${'a'.repeat(150)}`;
    const fitted = fitAggregationKey(long);
    expect(fitted).toHaveLength(100);
    expect(fitted.startsWith('run:aaa')).toBe(true);
    expect(fitAggregationKey(`${long}b`)).not.toBe(fitted);
    expect(fitAggregationKey(KEY)).toBe(KEY);
    expect((await make({ aggregationKey: long }).send(start, signal())).status).toBe(202);
    expect(bodyOf(0).aggregation_key).toBe(fitted);
  });

  it('sends the base tags without a version it does not know, and no repeated tag', async () => {
    await make({ tags: [' env:production ', 'team:shop', ''] }).send({ ...start, version: undefined }, signal());
    expect(bodyOf(0).tags).toEqual(['service:shop-api', 'env:production', 'team:shop']);
    expect(bodyOf(0).title).toBe('Deploy check started: shop-api on production');
  });
});

describe('Datadog channel: refusals', () => {
  it("gives a 403 with Datadog's errors for a wrong API key, never the key", async () => {
    const wrong = make({ apiKey: 'ddwrongkey-0000111122223333' });
    const answer = await wrong.send(start, signal());
    expect(answer).toEqual({ status: 403, detail: 'Forbidden' });
    expect(JSON.stringify(answer)).not.toContain('ddwrongkey');
  });

  it("gives a 400 with Datadog's errors", async () => {
    fake.trouble({ status: 400, errors: ['Event too old', 'Bad tag'] });
    expect(await channel.send(start, signal())).toEqual({ status: 400, detail: 'Event too old; Bad tag' });
  });

  it('masks the API key even when a proxy quotes it back', async () => {
    const echo = await startTestService({
      '/api/v1/events': (req, res) => json(res, 401, { errors: [`bad key ${String(req.headers['dd-api-key'])}`] }),
    });
    const echoed = createDatadogChannel({
      apiKey: 'ddechoedkey-123456',
      site: 'datadoghq.com',
      apiUrl: echo.url,
      tags: [],
      userAgent: 'ua',
      timeoutMs: 2_000,
      aggregationKey: KEY,
    });
    const answer = await echoed.send(start, signal());
    await echo.close();
    expect(answer).toEqual({ status: 401, detail: 'bad key ***' });
  });

  it('gives the status of a 500', async () => {
    fake.trouble({ status: 500 });
    expect(await channel.send(start, signal())).toEqual({ status: 500, detail: 'Internal Server Error' });
  });

  it('reads Retry-After on a 429 in seconds and as an HTTP date, and falls back to X-RateLimit-Reset', async () => {
    fake.trouble(
      { status: 429, retryAfter: '3' },
      { status: 429, retryAfter: new Date(Date.now() + 3_600_000).toUTCString() },
      { status: 429, rateLimitReset: '12' },
      { status: 429 },
    );
    expect(await channel.send(start, signal())).toEqual({
      status: 429,
      detail: 'Too many requests',
      retryAfterMs: 3_000,
    });
    const dated = await channel.send(start, signal());
    expect(dated.retryAfterMs).toBeGreaterThan(3_000_000);
    expect(dated.retryAfterMs).toBeLessThanOrEqual(3_600_000);
    expect(await channel.send(start, signal())).toEqual({
      status: 429,
      detail: 'Too many requests',
      retryAfterMs: 12_000,
    });
    expect(await channel.send(start, signal())).toEqual({ status: 429, detail: 'Too many requests' });
  });

  it('checks the contract itself: the intake refuses text over 4000 characters and a quoted date', async () => {
    const response = await fetch(`${fake.url}/api/v1/events`, {
      method: 'POST',
      headers: { 'dd-api-key': fake.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 't', text: 'x'.repeat(4_001), date_happened: String(STARTED / 1_000) }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: ['text is limited to 4000 characters', 'date_happened must be an integer (no quotes)'],
    });
  });
});

describe('Datadog channel without an answer', () => {
  it('rejects with a timeout when Datadog accepts and never answers', async () => {
    fake.trouble('hang');
    const error = await rejectionOf(make({ timeoutMs: 300 }).send(start, signal()), ProbeError);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`timed out: no answer from Datadog at ${new URL(fake.url).host} within 300ms`);
  });

  it('rejects with reset when the connection closes', async () => {
    fake.trouble('close');
    expect((await rejectionOf(channel.send(start, signal()), ProbeError)).kind).toBe('reset');
  });

  it('rejects with refused when nothing listens, the key nowhere in the message', async () => {
    const gone = make();
    await fake.close();
    const error = await rejectionOf(gone.send(start, signal()), ProbeError);
    expect(error.kind).toBe('refused');
    expect(error.message).toBe(`Datadog: connection refused by ${new URL(fake.url).host}`);
    expect(error.message).not.toContain(fake.apiKey);
  });
});
