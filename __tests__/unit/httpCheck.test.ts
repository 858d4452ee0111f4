import { runHttpCheck } from '../../src/engine/checks/httpCheck.js';
import type { PlannedHttpCheck } from '../../src/engine/checks/httpPlan.js';
import { checkRig, httpCheck } from '../support/fixtures.js';
import { probeError, response, type Reply } from '../support/fakeProber.js';

/** Runs one check against scripted replies; returns the outcome with the prober and clock that saw it. */
async function run(
  replies: Reply[],
  overrides: Partial<PlannedHttpCheck> = {},
  options: Parameters<typeof checkRig>[1] = {},
) {
  const rig = checkRig(replies, options);
  const outcome = await runHttpCheck(httpCheck(overrides), rig.deps);
  return { outcome, prober: rig.prober, clock: rig.clock };
}

const statuses = (outcome: { attempts: { status?: number }[] }) => outcome.attempts.map((attempt) => attempt.status);

describe('runHttpCheck: passing', () => {
  it('passes on the first 2xx without retrying or sleeping', async () => {
    const { outcome, prober, clock } = await run([response(200, 'ok')]);
    expect(outcome).toMatchObject({
      name: 'GET /health',
      kind: 'http',
      result: 'passed',
      detail: '200',
      required: true,
    });
    expect(prober.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(outcome.response).toBeUndefined();
    expect(outcome.analysis).toBeUndefined();
  });

  it('sends the planned request with the check timeout and redirect setting', async () => {
    const request = {
      method: 'POST',
      url: 'https://shop.example.com/orders',
      headers: { 'content-type': 'application/json' },
      body: '{"dry":true}',
    };
    const { prober } = await run([response(201)], { request, timeoutMs: 2_500, followRedirects: true });
    expect(prober.requests[0]).toMatchObject({ ...request, timeoutMs: 2_500, followRedirects: true });
  });

  it('says how many attempts a late pass took', async () => {
    const { outcome } = await run([response(503), response(200)]);
    expect(outcome).toMatchObject({ result: 'passed', detail: '200 (after 2 attempts)' });
  });
});

describe('runHttpCheck: retries', () => {
  it.each([
    ['connection refused', probeError('refused', 'connect ECONNREFUSED 10.0.0.1:443')],
    ['a timeout', probeError('timeout', 'no answer within 10s')],
    ['a reset', probeError('reset', 'socket hang up')],
    ['a 5xx', response(502)],
  ])('retries %s with exponential backoff until retries run out', async (_, reply) => {
    const { outcome, prober, clock } = await run([reply], { retries: 3 });
    expect(prober.requests).toHaveLength(4);
    expect(clock.sleeps).toEqual([500, 1_000, 2_000]);
    expect(outcome.attempts).toHaveLength(4);
    expect(outcome.result).toBe('failed');
    expect(outcome.detail).toMatch(/ \(after 4 attempts\)$/);
  });

  it('caps the backoff at 8s', async () => {
    const { clock } = await run([response(500)], { retries: 6 });
    expect(clock.sleeps).toEqual([500, 1_000, 2_000, 4_000, 8_000, 8_000]);
  });

  it('stops retrying as soon as an attempt passes', async () => {
    const { outcome, prober, clock } = await run([probeError('refused'), response(503), response(200)], { retries: 5 });
    expect(prober.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([500, 1_000]);
    expect(outcome.attempts).toEqual([
      { at: 0, durationMs: 0, error: 'refused error' },
      { at: 500, durationMs: 0, status: 503 },
      { at: 1_500, durationMs: 0, status: 200 },
    ]);
  });

  it('records attempt times relative to the run start and their durations', async () => {
    const { outcome } = await run([response(503), response(200)], {}, { latencyMs: 40 });
    expect(outcome.attempts).toEqual([
      { at: 0, durationMs: 40, status: 503 },
      { at: 540, durationMs: 40, status: 200 },
    ]);
    expect(outcome.durationMs).toBe(580);
  });

  it.each([404, 400, 401, 409, 429])('never retries a %d that is not in retry-on', async (status) => {
    const { prober, clock } = await run([response(status), response(200)]);
    expect(prober.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('retries a 4xx listed in retry-on', async () => {
    const { outcome, prober } = await run([response(404), response(409), response(200)], { retryOn: [404, 409] });
    expect(prober.requests).toHaveLength(3);
    expect(statuses(outcome)).toEqual([404, 409, 200]);
    expect(outcome.result).toBe('passed');
  });

  it('does not retry a 2xx whose content is wrong', async () => {
    const { outcome, prober } = await run([response(200, 'starting'), response(200, 'ready')], {
      expect: { 'body-contains': 'ready' },
    });
    expect(prober.requests).toHaveLength(1);
    expect(outcome.detail).toBe('body does not contain "ready"');
  });

  it('does not retry a TLS error', async () => {
    const { outcome, prober, clock } = await run([probeError('tls', 'certificate has expired'), response(200)]);
    expect(prober.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(outcome).toMatchObject({ result: 'failed', detail: 'certificate has expired' });
    expect(outcome.analysis?.cause).toMatch(/TLS handshake failed/);
  });

  it('sends once with retries: 0', async () => {
    const { prober } = await run([response(503)], { retries: 0 });
    expect(prober.requests).toHaveLength(1);
  });

  it('treats an unexpected error from the prober as a failed attempt, not a crash, and does not retry it', async () => {
    const rig = checkRig([]);
    rig.prober.send = async () => {
      throw new TypeError('boom');
    };
    const outcome = await runHttpCheck(httpCheck({ retries: 1 }), rig.deps);
    expect(outcome).toMatchObject({ result: 'failed', detail: 'TypeError: boom' });
    expect(outcome.analysis?.cause).toBe('the request failed before any answer');
  });
});

describe('runHttpCheck: the step deadline', () => {
  it('sends nothing once the run signal has aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { outcome, prober } = await run([response(200)], {}, { signal: controller.signal });
    expect(prober.requests).toHaveLength(0);
    expect(outcome).toMatchObject({
      result: 'failed',
      detail: 'stopped: the step was cancelled or reached its time limit',
      attempts: [],
    });
    expect(outcome.analysis?.cause).toBe(
      'the step was cancelled, or reached its time limit, before this check finished',
    );
  });

  it('stops retrying when the deadline passes between attempts', async () => {
    const controller = new AbortController();
    const rig = checkRig([response(503)], { signal: controller.signal });
    const send = rig.prober.send.bind(rig.prober);
    rig.prober.send = async (request) => {
      controller.abort();
      return send(request);
    };
    const outcome = await runHttpCheck(httpCheck({ retries: 5 }), rig.deps);
    expect(rig.prober.requests).toHaveLength(1);
    expect(outcome.detail).toBe('stopped: the step was cancelled or reached its time limit');
  });
});

describe('runHttpCheck: required', () => {
  it('turns a failure of an optional check into a warning', async () => {
    const { outcome } = await run([response(500)], { required: false, retries: 0 });
    expect(outcome).toMatchObject({ result: 'warning', required: false, detail: 'status 500, expected 2xx' });
    expect(outcome.analysis).toBeDefined();
  });

  it('keeps a passing optional check passed', async () => {
    const { outcome } = await run([response(200)], { required: false });
    expect(outcome.result).toBe('passed');
  });
});

describe('runHttpCheck: analysis of a failure', () => {
  const analysisFor = async (reply: Reply, overrides: Partial<PlannedHttpCheck> = {}) =>
    (await run([reply], { retries: 0, ...overrides })).outcome.analysis;
  const at = (path: string) => ({ request: { method: 'GET', url: `https://shop.example.com${path}`, headers: {} } });

  it('says nothing listens when the connection is refused', async () => {
    expect(await analysisFor(probeError('refused'))).toEqual({
      cause: 'nothing is listening at shop.example.com: the service is down or not exposed',
      nextStep: 'check that the pods run and that the Service and Ingress route to them',
      // No Deployment named: no kubectl guessed from the service's name, the request to repeat instead.
      commands: ["curl -sS -i 'https://shop.example.com/health'"],
    });
  });

  it.each(['/health/ready', '/readyz', '/healthz', '/status'])(
    'reads a 503 from the readiness path %s as a dependency that is down',
    async (path) => {
      expect(await analysisFor(response(503, '{"db":"down"}'), at(path))).toEqual({
        cause: 'the readiness endpoint reports unavailable: a dependency is down',
        nextStep: 'read the readiness body below: it names the dependency that is down; then check that one',
        commands: [`curl -sS -i 'https://shop.example.com${path}'`],
        readBody: true,
      });
    },
  );

  it('reads a 503 elsewhere as the service failing', async () => {
    expect((await analysisFor(response(503), at('/api/orders')))?.cause).toBe(
      'the service answered 503: it fails on this request',
    );
  });

  it('reads a 404 as a route that is not served', async () => {
    expect(await analysisFor(response(404), at('/api/v2/status'))).toEqual({
      cause: '/api/v2/status is not served',
      nextStep: 'check that the new release still serves this route and that base-url is right',
      commands: ["curl -sS -i 'https://shop.example.com/api/v2/status'"],
    });
  });

  it.each([401, 403])('reads a %d as refused credentials', async (status) => {
    expect(await analysisFor(response(status))).toEqual({
      cause: `the request was refused (${status})`,
      nextStep: 'check the credentials in the check headers and that the token is still valid',
    });
  });

  it('reads a redirect that was not followed and says where it pointed', async () => {
    expect(await analysisFor(response(302, '', { location: 'https://login.example.com/' }))).toEqual({
      cause: 'redirected to https://login.example.com/',
      nextStep: 'set follow-redirects: true, or check the final URL directly',
      commands: ["curl -sS -i 'https://shop.example.com/health'"],
    });
  });

  it('reads a right status with wrong content as a content mismatch', async () => {
    expect((await analysisFor(response(200, '{}'), { expect: { json: { status: 'ok' } } }))?.cause).toBe(
      'the service answered, but not with the expected content',
    );
  });

  it('reads a 2xx that was not expected as an unexpected status', async () => {
    expect((await analysisFor(response(204), { expect: { status: 200 } }))?.cause).toBe('unexpected status 204');
  });
});

describe('runHttpCheck: what the report shows', () => {
  it('replaces every header value of the request by ***', async () => {
    const headers = { authorization: 'Bearer tok-123456', 'x-tenant': 'acme' };
    const { outcome } = await run([response(200)], {
      request: { method: 'GET', url: 'https://shop.example.com/me', headers },
    });
    expect(outcome.request).toEqual({
      method: 'GET',
      url: 'https://shop.example.com/me',
      headers: { authorization: '***', 'x-tenant': '***' },
    });
  });

  it('masks credentials in the URL but sends them', async () => {
    const url = 'https://deploy:s3cr3t@shop.example.com/health';
    const { outcome, prober } = await run([response(200)], { request: { method: 'GET', url, headers: {} } });
    expect(outcome.request?.url).toBe('https://***:***@shop.example.com/health');
    expect(prober.urls).toEqual([url]);
  });

  it('keeps the last response of a failure, with its content type', async () => {
    const { outcome } = await run(
      [response(503, 'first'), response(503, '{"db":"down"}', { 'Content-Type': 'application/json' })],
      { retries: 1 },
    );
    expect(outcome.response).toEqual({ status: 503, contentType: 'application/json', bodyExcerpt: '{"db":"down"}' });
  });

  it('bounds the body excerpt and says it was trimmed', async () => {
    const { outcome } = await run([response(500, 'x'.repeat(10_000))], { retries: 0 });
    expect(outcome.response?.bodyExcerpt).toBe(`${'x'.repeat(2_000)}\n… (trimmed)`);
  });

  it('says a body the prober cut short was trimmed', async () => {
    const { outcome } = await run([{ ...response(500, 'partial'), bodyTruncated: true }], { retries: 0 });
    expect(outcome.response?.bodyExcerpt).toBe('partial\n… (trimmed)');
  });

  it('masks secrets in the body, the detail and the attempts', async () => {
    const secrets = ['tok-123456'];
    const reply = response(500, 'echo: Bearer tok-123456');
    const { outcome } = await run(
      [probeError('reset', 'reset while sending tok-123456'), reply],
      { retries: 1, expect: { 'body-contains': 'tok-123456' } },
      { secrets },
    );
    expect(outcome.response?.bodyExcerpt).toBe('echo: Bearer ***');
    expect(outcome.attempts[0]?.error).toBe('reset while sending ***');
    expect(JSON.stringify(outcome)).not.toContain('tok-123456');
  });

  it('joins every unmet expectation in the detail', async () => {
    const { outcome } = await run([response(200, 'nope')], { expect: { status: 200, 'body-contains': ['ok', 'up'] } });
    expect(outcome.detail).toBe('body does not contain "ok"; body does not contain "up"');
  });
});
