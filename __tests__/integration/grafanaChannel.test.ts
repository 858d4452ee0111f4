import { ProbeError, type DeployNotice, type NoticeChannel } from '../../src/engine/ports.js';
import { createGrafanaChannel, type GrafanaChannelOptions } from '../../src/providers/grafana/grafanaChannel.js';
import { parseRetryAfter } from '../../src/providers/shared/noticeRequest.js';
import { startFakeGrafana, type FakeGrafana } from '../support/fakeGrafana.js';
import { rejectionOf } from '../support/rejection.js';
import { json, startTestService } from '../support/testService.js';

// The Grafana channel against a loopback Grafana that checks each request against Grafana's annotations
// HTTP API reference and keeps the annotations as Grafana would.

const SHA = '4f2a9c1e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39';
const STARTED = 1_760_000_000_000;
const FINISHED = STARTED + 185_000;
const BASE_TAGS = ['deploy', 'service:shop-api', 'env:production', 'version:1.4.2', 'team:shop', 'tier:web'];

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
};
const START_TEXT =
  'Deploy of <b>shop-api</b> 1.4.2 to <b>production</b><br>' +
  `commit <a href="https://github.com/acme/shop/commit/${SHA}">4f2a9c1</a> · by octocat · <a href="https://github.com/acme/shop/actions/runs/42">workflow run</a>`;

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
  summary: 'WARNING shop-api: GET /slow took 1.9s (warn above 1.5s)',
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

let fake: FakeGrafana;
let channel: NoticeChannel;

const make = (options: Partial<GrafanaChannelOptions> = {}) =>
  createGrafanaChannel({
    url: fake.url,
    token: fake.token,
    dashboardUid: 'shop-overview',
    tags: ['team:shop', 'tier:web'],
    userAgent: 'post-deploy-check/test',
    timeoutMs: 2_000,
    ...options,
  });
const signal = () => new AbortController().signal;
const bodyOf = (index: number): unknown => JSON.parse(fake.requests[index]?.body ?? 'null');

beforeEach(async () => {
  fake = await startFakeGrafana();
  channel = make();
});
afterEach(() => fake.close());

describe('Grafana channel: the annotation', () => {
  it('posts a point annotation at the start, with the token as Bearer, and returns its id', async () => {
    expect(channel.name).toBe('grafana');
    expect(await channel.send(start, signal())).toEqual({ status: 200, detail: 'Annotation added', reference: '1' });
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/api/annotations');
    expect(request?.headers).toMatchObject({
      authorization: `Bearer ${fake.token}`,
      'content-type': 'application/json',
      'user-agent': 'post-deploy-check/test',
    });
    expect(bodyOf(0)).toEqual({ time: STARTED, tags: BASE_TAGS, text: START_TEXT, dashboardUID: 'shop-overview' });
    expect(fake.annotations.get(1)).toEqual({
      id: 1,
      time: STARTED,
      timeEnd: STARTED,
      tags: BASE_TAGS,
      text: START_TEXT,
      dashboardUID: 'shop-overview',
    });
  });

  it('turns it into a region at a passed end: timeEnd, the whole tag list with "passed", the result appended', async () => {
    await channel.send(start, signal());
    expect(await channel.send(passed, signal())).toEqual({ status: 200, detail: 'Annotation patched', reference: '1' });
    const patch = fake.requests[1];
    expect(patch?.method).toBe('PATCH');
    expect(patch?.path).toBe('/api/annotations/1');
    expect(patch?.headers.authorization).toBe(`Bearer ${fake.token}`);
    const text = `${START_TEXT}<br><b>Passed</b>: PASSED shop-api 1.4.2 on production: 3/3 checks passed in 3m 5s`;
    expect(bodyOf(1)).toEqual({ time: STARTED, timeEnd: FINISHED, tags: [...BASE_TAGS, 'passed'], text });
    expect(fake.annotations.get(1)).toEqual({
      id: 1,
      time: STARTED,
      timeEnd: FINISHED,
      tags: [...BASE_TAGS, 'passed'],
      text,
      dashboardUID: 'shop-overview',
    });
  });

  it.each([
    [
      'warning',
      warning,
      ['warning'],
      '<b>Passed with warnings</b>: WARNING shop-api: GET /slow took 1.9s (warn above 1.5s)',
    ],
    [
      'failed',
      failed,
      ['failed'],
      '<b>Failed</b>: FAILED shop-api: error rate 4.1% &gt; 1% · <a href="https://runbooks.example.com/shop-api">runbook</a>',
    ],
    [
      'rolled-back',
      rolledBack,
      ['failed', 'rolled-back'],
      '<b>Failed</b>: FAILED shop-api: error rate 4.1% &gt; 1% · rolled back to revision 6 · <a href="https://runbooks.example.com/shop-api">runbook</a>',
    ],
  ])('patches a %s end with its outcome tags after the base tags', async (_name, end, outcome, line) => {
    await channel.send(start, signal());
    expect((await channel.send(end, signal())).status).toBe(200);
    expect(bodyOf(1)).toEqual({
      time: STARTED,
      timeEnd: FINISHED,
      tags: [...BASE_TAGS, ...outcome],
      text: `${START_TEXT}<br>${line}`,
    });
    expect(fake.annotations.get(1)?.tags).toEqual([...BASE_TAGS, ...outcome]);
  });

  it('posts the region whole when the start never got an id, and patches it if the end is sent again', async () => {
    fake.trouble({ status: 500 });
    expect((await channel.send(start, signal())).status).toBe(500);
    expect(await channel.send(failed, signal())).toMatchObject({ status: 200, reference: '1' });
    expect(fake.requests[1]?.method).toBe('POST');
    expect(bodyOf(1)).toMatchObject({
      time: STARTED,
      timeEnd: FINISHED,
      tags: [...BASE_TAGS, 'failed'],
      dashboardUID: 'shop-overview',
    });
    expect(fake.annotations.get(1)).toMatchObject({ time: STARTED, timeEnd: FINISHED });
    await channel.send(failed, signal());
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /api/annotations',
      'POST /api/annotations',
      'PATCH /api/annotations/1',
    ]);
  });

  it('lets an end that overtakes the start wait for its id instead of posting a second annotation', async () => {
    const started = channel.send(start, signal());
    const ended = channel.send(passed, signal());
    expect((await started).reference).toBe('1');
    expect((await ended).reference).toBe('1');
    expect(fake.requests.map((request) => request.method)).toEqual(['POST', 'PATCH']);
    expect(fake.annotations.size).toBe(1);
  });

  it('annotates the whole organization without a dashboard UID, and sends no extra tags when none are set', async () => {
    const orgWide = make({ dashboardUid: undefined, tags: [] });
    await orgWide.send(
      { ...start, version: undefined, commitUrl: undefined, runUrl: undefined, actor: undefined },
      signal(),
    );
    expect(bodyOf(0)).toEqual({
      time: STARTED,
      tags: ['deploy', 'service:shop-api', 'env:production'],
      text: 'Deploy of <b>shop-api</b> to <b>production</b>',
    });
  });

  it('escapes what it quotes, since Grafana renders the text as HTML, and repeats no tag', async () => {
    const odd = make({ tags: [' deploy ', 'env:production', '', 'team:"shop"'] });
    await odd.send({ ...start, service: 'shop<api>', actor: 'mallory"&', commitUrl: 'javascript:alert(1)' }, signal());
    const body = bodyOf(0) as { tags: string[]; text: string };
    expect(body.tags).toEqual(['deploy', 'service:shop<api>', 'env:production', 'version:1.4.2', 'team:"shop"']);
    expect(body.text).toBe(
      'Deploy of <b>shop&lt;api&gt;</b> 1.4.2 to <b>production</b><br>commit commit · by mallory&quot;&amp; · <a href="https://github.com/acme/shop/actions/runs/42">workflow run</a>',
    );
  });

  it('previews the request it would make, token left out, without sending it', async () => {
    const preview = channel.preview(start);
    expect(preview).toEqual({
      method: 'POST',
      url: `${fake.url}/api/annotations`,
      body: { time: STARTED, tags: BASE_TAGS, text: START_TEXT, dashboardUID: 'shop-overview' },
    });
    expect(channel.preview(rolledBack)).toMatchObject({
      method: 'POST',
      url: `${fake.url}/api/annotations`,
      body: { timeEnd: FINISHED, tags: [...BASE_TAGS, 'failed', 'rolled-back'] },
    });
    expect(fake.requests).toHaveLength(0);
    await channel.send(start, signal());
    expect(channel.preview(passed)).toMatchObject({ method: 'PATCH', url: `${fake.url}/api/annotations/1` });
    expect(JSON.stringify([preview, channel.preview(passed)])).not.toContain(fake.token);
  });

  it('drops credentials written into the URL and accepts a base that ends in /api', async () => {
    const withCredentials = make({ url: `${fake.url.replace('http://', 'http://admin:hunter22@')}/api/` });
    expect((await withCredentials.send(start, signal())).status).toBe(200);
    expect(fake.requests[0]?.path).toBe('/api/annotations');
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${fake.token}`);
    expect(JSON.stringify(withCredentials.preview(start))).not.toContain('hunter22');
  });
});

describe('Grafana channel: refusals', () => {
  it("gives a 401 with Grafana's message, never the token", async () => {
    const wrong = make({ token: 'glsa_wrongToken_0000' });
    const answer = await wrong.send(start, signal());
    expect(answer).toEqual({ status: 401, detail: 'Invalid API key' });
    expect(JSON.stringify(answer)).not.toContain('glsa_wrongToken_0000');
  });

  it("gives a 400 with Grafana's message", async () => {
    fake.trouble({ status: 400, message: 'Tags length exceeds the maximum allowed.' });
    expect(await channel.send(start, signal())).toEqual({
      status: 400,
      detail: 'Tags length exceeds the maximum allowed.',
    });
  });

  it('masks the token even when the server quotes it back', async () => {
    const echo = await startTestService({
      '/api/annotations': (req, res) =>
        json(res, 403, { message: `${String(req.headers.authorization)} lacks annotations:create` }),
    });
    const echoed = createGrafanaChannel({
      url: echo.url,
      token: 'glsa_echoedToken_1234',
      tags: [],
      userAgent: 'ua',
      timeoutMs: 2_000,
    });
    const answer = await echoed.send(start, signal());
    await echo.close();
    expect(answer).toEqual({ status: 403, detail: 'Bearer *** lacks annotations:create' });
  });

  it('gives the status of a 500 and a 404 for a vanished annotation', async () => {
    fake.trouble({ status: 500 });
    expect(await channel.send(start, signal())).toEqual({ status: 500, detail: 'Internal Server Error' });
    await channel.send(start, signal());
    fake.annotations.clear();
    expect(await channel.send(passed, signal())).toEqual({ status: 404, detail: 'Annotation not found' });
  });

  it('reads Retry-After on a 429 in seconds and as an HTTP date', async () => {
    fake.trouble(
      { status: 429, retryAfter: '7' },
      { status: 429, retryAfter: new Date(Date.now() + 3_600_000).toUTCString() },
      { status: 429 },
    );
    expect(await channel.send(start, signal())).toEqual({
      status: 429,
      detail: 'Too Many Requests',
      retryAfterMs: 7_000,
    });
    const dated = await channel.send(start, signal());
    expect(dated.status).toBe(429);
    expect(dated.retryAfterMs).toBeGreaterThan(3_000_000);
    expect(dated.retryAfterMs).toBeLessThanOrEqual(3_600_000);
    expect(await channel.send(start, signal())).toEqual({ status: 429, detail: 'Too Many Requests' });
  });

  it('checks the contract itself: Grafana answers 400 to an annotation without a time', async () => {
    const response = await fetch(`${fake.url}/api/annotations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'deploy', tags: ['deploy'] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ message: 'Failed to save annotation' });
  });
});

describe('Grafana channel without an answer', () => {
  it('rejects with a timeout when Grafana accepts and never answers', async () => {
    fake.trouble('hang');
    const error = await rejectionOf(make({ timeoutMs: 300 }).send(start, signal()), ProbeError);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`timed out: no answer from Grafana at ${new URL(fake.url).host} within 300ms`);
  });

  it('rejects with reset when Grafana closes the connection', async () => {
    fake.trouble('close');
    const error = await rejectionOf(channel.send(start, signal()), ProbeError);
    expect(error.kind).toBe('reset');
    expect(error.message).not.toContain(fake.token);
  });

  it('rejects with refused when nothing listens', async () => {
    const gone = make();
    await fake.close();
    const error = await rejectionOf(gone.send(start, signal()), ProbeError);
    expect(error.kind).toBe('refused');
    expect(error.message).toBe(`Grafana: connection refused by ${new URL(fake.url).host}`);
    expect(error.message).not.toContain(fake.token);
  });

  it('stops when the run is aborted', async () => {
    fake.trouble('hang');
    const run = new AbortController();
    const pending = make({ timeoutMs: 10_000 }).send(start, run.signal);
    run.abort();
    expect((await rejectionOf(pending, ProbeError)).kind).toBe('aborted');
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2025-10-21T07:28:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Tue, 21 Oct 2025 07:28:30 GMT', 30_000],
    ['Tuesday, 21-Oct-25 07:29:00 GMT', 60_000],
    ['Tue Oct 21 07:28:10 2025', 10_000],
    ['Tue, 21 Oct 2025 07:00:00 GMT', 0],
  ])('reads %j as %d ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it.each([undefined, '', '-5', '1.5', 'soon', '2025-10-21'])('reads %j as no advice', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});
