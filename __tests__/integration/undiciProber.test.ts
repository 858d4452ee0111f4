import { createServer as createTcpServer, type Server } from 'node:net';
import { ProbeError, type HttpRequest } from '../../src/engine/ports.js';
import { createUndiciProber } from '../../src/providers/http/undiciProber.js';
import { hang, json, startTestService, type TestService } from '../support/testService.js';
import { rejectionOf } from '../support/rejection.js';

let service: TestService;
const prober = createUndiciProber({ userAgent: 'post-deploy-check/test', maxBodyBytes: 64 * 1024 });

beforeEach(async () => {
  service = await startTestService({
    '/ok': (_req, res) => json(res, 200, { ok: true }),
    '/moved': (_req, res) => {
      res.writeHead(302, { location: '/ok' });
      res.end();
    },
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent < 50) res.once('drain', pump);
        else res.end();
      };
      pump();
    },
    '/hang': hang,
  });
});
afterEach(() => service.close());
afterAll(() => prober.close());

const send = (url: string, extra: Partial<HttpRequest> = {}) =>
  prober.send({
    method: 'GET',
    url,
    headers: {},
    timeoutMs: 2_000,
    followRedirects: false,
    signal: new AbortController().signal,
    ...extra,
  });

const failure = (promise: Promise<unknown>) => rejectionOf(promise, ProbeError);

describe('undici prober against real sockets', () => {
  it('returns the status, lower-cased headers and body, and sends its user agent', async () => {
    const response = await send(`${service.url}/ok`);
    expect(response).toMatchObject({ status: 200, body: '{"ok":true}', bodyTruncated: false });
    expect(response.headers['content-type']).toBe('application/json');
    expect(service.requests[0]?.headers['user-agent']).toBe('post-deploy-check/test');
  });

  it('follows a redirect only when asked to', async () => {
    expect((await send(`${service.url}/moved`)).status).toBe(302);
    expect((await send(`${service.url}/moved`, { followRedirects: true })).status).toBe(200);
    expect(service.requests.map((request) => request.url)).toEqual(['/moved', '/moved', '/ok']);
  });

  it('sends none of the check headers on a redirect to another origin', async () => {
    const port = new URL(service.url).port;
    service.route('/elsewhere', (_req, res) => {
      res.writeHead(302, { location: `http://localhost:${port}/ok` });
      res.end();
    });
    await send(`${service.url}/elsewhere`, {
      followRedirects: true,
      headers: { 'x-api-key': 'k-123456', authorization: 'Bearer t0ken' },
    });
    const [first, second] = service.requests;
    expect(first?.headers['x-api-key']).toBe('k-123456');
    expect(second?.headers.host).toBe(`localhost:${port}`);
    expect(second?.headers['x-api-key']).toBeUndefined();
    expect(second?.headers.authorization).toBeUndefined();
  });

  it('turns URL credentials into a Basic header, unless the check sets Authorization itself', async () => {
    await send(service.url.replace('http://', 'http://deployer:s%40cret@') + '/ok');
    await send(service.url.replace('http://', 'http://deployer:s%40cret@') + '/ok', {
      headers: { Authorization: 'Bearer t0ken' },
    });
    expect(service.requests.map((request) => request.headers.authorization)).toEqual([
      `Basic ${Buffer.from('deployer:s@cret').toString('base64')}`,
      'Bearer t0ken',
    ]);
  });

  it('keeps a bounded prefix of a 50 MB body and says it was cut', async () => {
    const response = await send(`${service.url}/huge`);
    expect(response.bodyTruncated).toBe(true);
    expect(response.body.length).toBe(64 * 1024);
  });

  it('names a timeout when the server accepts and never answers', async () => {
    const error = await failure(send(`${service.url}/hang`, { timeoutMs: 300 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('no complete answer within 300ms');
  });

  it('names a refused connection', async () => {
    const closed = await startTestService();
    const url = closed.url;
    await closed.close();
    const error = await failure(send(`${url}/ok`));
    expect(error.kind).toBe('refused');
    expect(error.message).toBe(`connection refused by ${new URL(url).host}`);
  });

  it('names a host that does not resolve', async () => {
    const error = await failure(send('http://post-deploy-check.invalid/ok'));
    expect(error.kind).toBe('dns');
    expect(error.message).toMatch(/^DNS lookup failed for post-deploy-check\.invalid \(E[A-Z_]+\)$/);
  });

  it('names a connection the server closes without answering', async () => {
    const rude: Server = createTcpServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => rude.listen(0, '127.0.0.1', resolve));
    const { port } = rude.address() as { port: number };
    const error = await failure(send(`http://127.0.0.1:${port}/`));
    rude.close();
    expect(error.kind).toBe('reset');
  });

  it('stops when the run is aborted', async () => {
    const run = new AbortController();
    const pending = send(`${service.url}/hang`, { signal: run.signal, timeoutMs: 10_000 });
    run.abort();
    expect((await failure(pending)).kind).toBe('aborted');
  });
});
