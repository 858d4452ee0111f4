import { runAction } from '../support/runAction.js';
import { startTestProxy, type TestProxy } from '../support/proxyServer.js';
import { startTestService, text, type Route, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it, with HTTP_PROXY / HTTPS_PROXY / NO_PROXY in the step's
// environment (the agents read them when the action starts). undici proxies loopback addresses like
// any other unless NO_PROXY lists them, so a service on 127.0.0.1 shows whether the proxy was used.

const WEBHOOK_PATH = '/services/T000/B000/XXXX';
const ok: Route = (_, res) => text(res, 200, 'ok');
const routes = { '/health': ok, [WEBHOOK_PATH]: ok };

let plain: TestService;
let secure: TestService;
let proxy: TestProxy;
beforeAll(async () => {
  [plain, secure] = await Promise.all([startTestService(routes), startTestService(routes, { tls: true })]);
});
afterAll(() => Promise.all([plain.close(), secure.close()]));
beforeEach(async () => {
  proxy = await startTestProxy();
});
afterEach(() => proxy.close());

const portOf = (url: string) => new URL(url).port;

describe('the action behind a proxy', () => {
  it('sends plain HTTP through HTTP_PROXY: the check and the Slack notice', async () => {
    const run = await runAction(
      {
        checks: `${plain.url}/health`,
        'slack-webhook-url': `${plain.url}${WEBHOOK_PATH}`,
        'slack-notify-on': 'success',
      },
      { env: { HTTP_PROXY: proxy.url } },
    );

    expect(run.outputs.result).toBe('passed');
    expect(proxy.forwarded).toEqual(expect.arrayContaining([`${plain.url}/health`, `${plain.url}${WEBHOOK_PATH}`]));
    expect(proxy.tunnels).toEqual([]);
  });

  it("tunnels HTTPS through HTTPS_PROXY, and still applies the check's own TLS choice at the far end", async () => {
    const checks = [
      `- url: ${secure.url}/health`,
      '  insecure-skip-tls-verify: true',
      `- url: ${secure.url}/health`,
      '  name: verified',
      '  retries: 0',
    ].join('\n');
    const run = await runAction({ checks }, { env: { HTTPS_PROXY: proxy.url } });

    expect(proxy.tunnels).toContain(`127.0.0.1:${portOf(secure.url)}`);
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual(['verified']);
  });

  it('goes around the proxy for a host NO_PROXY lists', async () => {
    const run = await runAction(
      { checks: `${plain.url}/health\n${secure.url}/health` },
      { env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } },
    );

    expect(proxy.forwarded).toEqual([]);
    expect(proxy.tunnels).toEqual([]);
    // The HTTPS check still reached the service directly, and failed there on its certificate.
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual([`GET ${secure.url}/health`]);
    expect(plain.requests.length).toBeGreaterThan(0);
  });
});
