import {
  MetricError,
  ProbeError,
  type DeployNotice,
  type HttpRequest,
  type NoticeChannel,
} from '../../src/engine/ports.js';
import { createDatadogChannel } from '../../src/providers/datadog/datadogChannel.js';
import { createGrafanaChannel } from '../../src/providers/grafana/grafanaChannel.js';
import { createUndiciProber } from '../../src/providers/http/undiciProber.js';
import { createPrometheusSource } from '../../src/providers/prometheus/prometheusSource.js';
import { createSlackChannel } from '../../src/providers/slack/slackChannel.js';
import { rejectionOf } from '../support/rejection.js';
import { json, startTestService, text, type TestService } from '../support/testService.js';

// Every HTTP provider against one HTTPS server on loopback whose certificate is self-signed: what an
// internal endpoint with a private CA looks like to a runner that was never told about that CA.

// Node 24 puts its own hint (--use-system-ca) after its message; ours follows.
const UNTRUSTED =
  /self-signed certificate\b.* — the certificate is not trusted; add its CA to NODE_EXTRA_CA_CERTS in the step's env, or set insecure-skip-tls-verify \(DEPTH_ZERO_SELF_SIGNED_CERT\)$/;
const WEBHOOK_PATH = '/services/T000/B000/XXXX';

let server: TestService;
beforeAll(async () => {
  server = await startTestService(
    {
      '/health': (_, res) => text(res, 200, 'ok'),
      '/api/v1/query': (_, res) =>
        json(res, 200, {
          status: 'success',
          data: { resultType: 'vector', result: [{ metric: {}, value: [0, '0.002'] }] },
        }),
      '/api/annotations': (_, res) => json(res, 200, { id: 7, message: 'Annotation added' }),
      '/api/v1/events': (_, res) => json(res, 202, { status: 'ok' }),
      [WEBHOOK_PATH]: (_, res) => text(res, 200, 'ok'),
    },
    { tls: true },
  );
});
afterAll(() => server.close());

const signal = () => new AbortController().signal;

describe('the HTTP prober', () => {
  const prober = createUndiciProber({ userAgent: 'post-deploy-check/test' });
  afterAll(() => prober.close());
  const health = (overrides: Partial<HttpRequest> = {}): HttpRequest => ({
    method: 'GET',
    url: `${server.url}/health`,
    headers: {},
    timeoutMs: 5_000,
    followRedirects: false,
    signal: signal(),
    ...overrides,
  });

  it('verifies certificates by default: a self-signed one fails, saying it is not trusted and what to do', async () => {
    const error = await rejectionOf(prober.send(health()), ProbeError);

    expect(error.kind).toBe('tls');
    expect(error.message).toMatch(new RegExp(`^TLS error with 127\\.0\\.0\\.1:\\d+: ${UNTRUSTED.source}`));
  });

  it('skips verification for a request that asks, with or without redirects', async () => {
    expect(await prober.send(health({ insecureSkipTlsVerify: true }))).toMatchObject({ status: 200, body: 'ok' });
    expect(await prober.send(health({ insecureSkipTlsVerify: true, followRedirects: true }))).toMatchObject({
      status: 200,
    });
  });

  it('keeps verifying every other request to the same server, before, between and after', async () => {
    const answers = await Promise.allSettled([
      prober.send(health()),
      prober.send(health({ insecureSkipTlsVerify: true })),
      prober.send(health({ followRedirects: true })),
      prober.send(health({ insecureSkipTlsVerify: true })),
      prober.send(health()),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
    ]);
    expect((await rejectionOf(prober.send(health()), ProbeError)).kind).toBe('tls');
  });
});

describe('providers with insecureSkipTlsVerify', () => {
  const notice: DeployNotice = {
    event: 'start',
    service: 'shop',
    environment: 'staging',
    version: 'v1',
    startedAt: Date.UTC(2026, 0, 1),
    failures: [],
  };
  const channels: Record<string, (insecureSkipTlsVerify: boolean) => NoticeChannel> = {
    grafana: (insecureSkipTlsVerify) =>
      createGrafanaChannel({
        url: server.url,
        token: 'glsa_test_token',
        tags: [],
        userAgent: 'ua',
        timeoutMs: 5_000,
        insecureSkipTlsVerify,
      }),
    datadog: (insecureSkipTlsVerify) =>
      createDatadogChannel({
        apiKey: 'dd-test-key',
        site: 'datadoghq.com',
        apiUrl: server.url,
        tags: [],
        userAgent: 'ua',
        timeoutMs: 5_000,
        aggregationKey: 'k',
        insecureSkipTlsVerify,
      }),
    slack: (insecureSkipTlsVerify) =>
      createSlackChannel({
        webhookUrl: `${server.url}${WEBHOOK_PATH}`,
        timeoutMs: 5_000,
        insecureSkipTlsVerify,
      }),
  };

  it.each(Object.keys(channels))('%s: refuses the self-signed certificate unless told, then sends', async (name) => {
    const make = channels[name] as (insecureSkipTlsVerify: boolean) => NoticeChannel;

    const error = await rejectionOf(make(false).send(notice, signal()), ProbeError);
    expect(error.kind).toBe('tls');
    expect(error.message).toMatch(UNTRUSTED);
    expect((await make(true).send(notice, signal())).status).toBeLessThan(300);
  });

  it('prometheus: refuses the self-signed certificate unless told, then reads the value', async () => {
    const query = async (insecureSkipTlsVerify: boolean) => {
      const source = createPrometheusSource({
        baseUrl: server.url,
        headers: {},
        userAgent: 'ua',
        insecureSkipTlsVerify,
      });
      try {
        return await source.query('up', { timeoutMs: 5_000, signal: signal() });
      } finally {
        await source.close();
      }
    };

    expect((await rejectionOf(query(false), MetricError)).message).toMatch(UNTRUSTED);
    expect(await query(true)).toMatchObject({ kind: 'value', value: 0.002 });
  });
});
