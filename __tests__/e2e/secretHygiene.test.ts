import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startFakeDatadog, type FakeDatadog } from '../support/fakeDatadog.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../support/fakeGitHubApi.js';
import { startFakeGrafana, type FakeGrafana } from '../support/fakeGrafana.js';
import { startFakeKubernetes, type FakeKubernetes } from '../support/fakeKubernetes.js';
import { startFakeSlack, type FakeSlack } from '../support/fakeSlack.js';
import { CHANNEL_ID, startFakeSlackApi, type FakeSlackApi } from '../support/fakeSlackApi.js';
import * as kube from '../support/kubernetesScenarios.js';
import { startPostgres, type PostgresServer } from '../support/postgres.js';
import { startRedis, type RedisServer } from '../support/redis.js';
import { runAction, type ActionRun } from '../support/runAction.js';
import { runCli } from '../support/runCli.js';
import {
  findLeaks,
  maskProblems,
  readTree,
  requestText,
  SENTINEL,
  startEchoRedis,
  type EchoServer,
  type Party,
  type Secret,
} from '../support/secretLeaks.js';
import {
  json,
  startTestService,
  text,
  type RecordedRequest,
  type Route,
  type TestService,
} from '../support/testService.js';

// The promise of the Secrets section, end to end: dist/index.js (and the CLI) run with a distinct
// sentinel in every input that can carry a secret, through a passing run, a rollback, bad input,
// dry-run, the time limit, and parties that repeat the secrets back; then every byte the run printed,
// wrote or sent is searched for them.

const S = {
  grafanaToken: `${SENTINEL}grafana-token-7f3a`,
  datadogKey: `${SENTINEL}datadog-key-2b9c`,
  datadogAppKey: `${SENTINEL}datadog-app-key-61d0`,
  slackHook: `${SENTINEL}slack-hook-4e8d`,
  // Slack's fake takes a bot token only in its own shape.
  slackBot: `xoxb-${SENTINEL}slack-bot-5f1c`,
  promToken: `${SENTINEL}prom-token-9a1f`,
  promTenant: `${SENTINEL}prom-tenant-2c4a`,
  checkToken: `${SENTINEL}check-token-3c7e`,
  checkApiKey: `${SENTINEL}check-apikey-6d2a`,
  trafficToken: `${SENTINEL}traffic-token-8e5b`,
  // Percent-encoded as a URL must write an "@"; the prober sends it decoded.
  checkPassword: `${SENTINEL}check-pass-5d1e%40x`,
  basePassword: `${SENTINEL}base-pass-8f2b`,
  userToken: `${SENTINEL}user-token-1a6c`,
  pgPassword: `${SENTINEL}pg-pass-0e4d`,
  redisPassword: `${SENTINEL}redis-pass-7b3e`,
  githubToken: `${SENTINEL}github-token-5c2f`,
};
const CHECK_USER = 'smoke';
const BASE_USER = 'deploy';
const checkPasswordDecoded = decodeURIComponent(S.checkPassword);
const base64 = (text: string) => Buffer.from(text).toString('base64');

type Mode = 'healthy' | 'failing' | 'reflecting' | 'hanging';

let postgres: PostgresServer;
let redis: RedisServer;
let mode: Mode;
let flowToken: string;
let service: TestService;
let prometheus: TestService;
let grafana: FakeGrafana;
let datadog: FakeDatadog;
let slack: FakeSlack;
/** Set by the one scenario that posts through Slack's Web API (a bot token excludes the webhook). */
let slackApi: FakeSlackApi | undefined;
let github: FakeGitHubApi;
let echoRedis: EchoServer;
let kubernetes: FakeKubernetes | undefined;
/** Only the traffic's endpoint repeats the credentials back: the checks pass, so the window runs. */
let trafficReflects = false;

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis({ password: S.redisPassword })]);
  // A role may set its own password: the harness's random one becomes a sentinel.
  const client = new pg.Client({ connectionString: postgres.url() });
  await client.connect();
  await client.query(`ALTER ROLE ${postgres.user} PASSWORD '${S.pgPassword}'`);
  await client.end();
});
afterAll(() => Promise.all([postgres?.stop(), redis?.stop()]));

beforeEach(async () => {
  mode = 'healthy';
  flowToken = `${SENTINEL}flow-token-${randomBytes(6).toString('hex')}`;
  [service, prometheus, grafana, datadog, slack, echoRedis, github] = await Promise.all([
    startTestService(serviceRoutes()),
    startTestService({ '/api/v1/query': prometheusAnswer }),
    startFakeGrafana({ token: S.grafanaToken }),
    startFakeDatadog({ apiKey: S.datadogKey }),
    startFakeSlack({ token: S.slackHook }),
    startEchoRedis(),
    startFakeGitHubApi({ token: S.githubToken }),
  ]);
});
afterEach(async () => {
  await Promise.all([
    service.close(),
    prometheus.close(),
    grafana.close(),
    datadog.close(),
    slack.close(),
    echoRedis.close(),
    github.close(),
    kubernetes?.close(),
  ]);
  kubernetes = undefined;
});

/** Each route checks the credential it should get: a passing run proves every secret reached its party. */
function serviceRoutes(): Record<string, Route> {
  const guarded =
    (authorized: (request: RecordedRequest) => boolean, body: unknown = { status: 'ok' }): Route =>
    (request, response) => {
      if (mode === 'hanging') return;
      if (mode === 'failing') return json(response, 503, { status: 'down', database: 'unreachable' });
      if (mode === 'reflecting') return reflect(request, response);
      if (authorized(request)) json(response, 200, body);
      else json(response, 401, { error: 'unauthorized' });
    };
  const traffic = guarded((request) => request.headers.authorization === `Bearer ${S.trafficToken}`);
  return {
    '/health': guarded(
      (request) => request.headers.authorization === `Basic ${base64(`${BASE_USER}:${S.basePassword}`)}`,
    ),
    '/private': guarded(
      (request) =>
        request.headers.authorization === `Bearer ${S.checkToken}` && request.headers['x-api-key'] === S.checkApiKey,
    ),
    '/basic': guarded(
      (request) => request.headers.authorization === `Basic ${base64(`${CHECK_USER}:${checkPasswordDecoded}`)}`,
    ),
    '/token': guarded((request) => request.headers.authorization === `Basic ${base64(`${S.userToken}:`)}`),
    '/traffic': (request, response, hits) =>
      trafficReflects ? reflect(request, response) : traffic(request, response, hits),
    // The login works in every mode: its token must be captured before anything goes wrong with it.
    '/api/login': (_request, response) => json(response, 200, { auth: { token: flowToken, expiresIn: 300 } }),
    '/api/me': guarded((request) => request.headers.authorization === `Bearer ${flowToken}`, { user: 'smoke' }),
  };
}

// A report keeps the first 2,000 characters of a body: the reflected secret is placed across that edge.
const BODY_EXCERPT = 2_000;

/**
 * A 500 that repeats how the request authenticated, as a debugging proxy or a careless error page does:
 * the header, its credentials alone, a Basic header decoded; and once more cut by the excerpt's edge.
 */
function reflect(request: RecordedRequest, response: ServerResponse): void {
  const authorization = String(request.headers.authorization ?? '');
  const credentials = authorization.slice(authorization.indexOf(' ') + 1);
  const decoded = authorization.startsWith('Basic ') ? Buffer.from(credentials, 'base64').toString() : '';
  const secret = decoded ? decoded.slice(decoded.indexOf(':') + 1) || decoded.slice(0, -1) : credentials;
  const said = [
    `rejected ${request.method} ${request.url}`,
    `authorization: ${authorization}`,
    `credentials: ${credentials}`,
    `user:password: ${decoded}`,
    `x-api-key: ${String(request.headers['x-api-key'] ?? '')}`,
    '',
  ].join('\n');
  const cutAt = BODY_EXCERPT - 12;
  text(response, 500, `${said}${'.'.repeat(Math.max(0, cutAt - said.length))}${secret}\n`);
}

// Prometheus's own excerpt of a body it cannot read is 200 characters.
const PROMETHEUS_EXCERPT = 200;
let prometheusEchoes = false;

function prometheusAnswer(request: RecordedRequest, response: ServerResponse): void {
  const query = new URL(request.url, 'http://prometheus').searchParams.get('query') ?? '';
  if (!prometheusEchoes)
    return json(response, 200, {
      status: 'success',
      data: { resultType: 'vector', result: [{ metric: {}, value: [Date.now() / 1_000, '0.001'] }] },
    });
  const sent = `Authorization: ${String(request.headers.authorization)}, X-Scope-OrgID: ${String(request.headers['x-scope-orgid'])}`;
  if (query.includes('rejected_metric')) {
    return json(response, 400, {
      status: 'error',
      errorType: 'bad_data',
      error: `1:1: parse error: unauthorized (${sent}; token ${S.promToken})`,
    });
  }
  const lead = `proxy refused ${sent}; token `;
  text(response, 502, `${lead}${'.'.repeat(PROMETHEUS_EXCERPT - 10 - lead.length)}${S.promToken}`);
}

const CHECKS = () => `
- name: health
  path: /health
  retries: 0
- name: private api
  path: /private
  headers:
    authorization: Bearer ${S.checkToken}
    x-api-key: ${S.checkApiKey}
  retries: 0
- name: basic auth
  url: http://${CHECK_USER}:${S.checkPassword}@${new URL(service.url).host}/basic
  retries: 0
- GET http://${S.userToken}@${new URL(service.url).host}/token
`;

// The action's own requests through the window, each with its credential: 4 a second makes 4 a sample.
const TRAFFIC = `
rate: 4
min-requests: 2
requests:
  - path: /traffic
    headers:
      authorization: Bearer ${S.trafficToken}
`;

const FLOWS = `
- name: login and profile
  steps:
    - name: log in
      method: POST
      path: /api/login
      json: {user: smoke}
      capture: {token: auth.token}
    - name: profile
      path: /api/me
      headers: {Authorization: "Bearer {{token}}"}
      expect: {json: {user: smoke}}
`;

const DEPENDENCIES = () => `
- {name: orders database, type: postgres, url: "${postgres.url().replace(`:${postgres.password}@`, `:${S.pgPassword}@`)}"}
- {name: session cache, type: redis, url-env: REDIS_URL}
`;

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'base-url': `http://${BASE_USER}:${S.basePassword}@${new URL(service.url).host}`,
    checks: CHECKS(),
    flows: FLOWS,
    traffic: TRAFFIC,
    dependencies: DEPENDENCIES(),
    'prometheus-url': prometheus.url,
    'prometheus-headers': `Authorization: Bearer ${S.promToken}\nX-Scope-OrgID: ${S.promTenant}`,
    'monitor-window': '2s',
    'monitor-interval': '1s',
    'on-inconclusive': 'pass',
    'grafana-url': grafana.url,
    'grafana-token': S.grafanaToken,
    'datadog-api-key': S.datadogKey,
    'datadog-app-key': S.datadogAppKey,
    'datadog-api-url': datadog.url,
    // A gate that reads Datadog sends the application key too (the events fake answers its reads with 404).
    gates: '- {name: datadog-latency, source: datadog, query: "avg:trace.http.request.duration{service:shop}", max: 5}',
    ...(slackApi
      ? { 'slack-bot-token': S.slackBot, 'slack-channel': CHANNEL_ID, 'slack-api-url': slackApi.apiUrl }
      : { 'slack-webhook-url': slack.webhookUrl }),
    'github-token': S.githubToken,
    'github-deployment': 'create',
    // The comment carries failure details to GitHub: every scenario's is scanned with the other requests.
    'pr-comment': 'always',
    'pr-number': '42',
    ...extra,
  };
}

const KUBE_INPUTS = {
  'kube-deployment': kube.deploymentName,
  'kube-namespace': kube.namespace,
  'kube-context': 'fake',
  'rollout-timeout': '0',
  'rollback-timeout': '5s',
};

function secrets(): Secret[] {
  const secret = (label: string, value: string, owner?: Party): Secret => ({ label, value, owner, masked: true });
  return [
    secret('grafana-token', S.grafanaToken, 'grafana'),
    secret('datadog-api-key', S.datadogKey, 'datadog'),
    secret('datadog-app-key', S.datadogAppKey, 'datadog'),
    ...(slackApi
      ? [secret('slack-bot-token', S.slackBot, 'slack')]
      : [
          secret('slack-webhook-url', slack.webhookUrl, 'slack'),
          secret('slack-webhook-url path', slack.secretPath, 'slack'),
        ]),
    secret('prometheus-headers Authorization', `Bearer ${S.promToken}`, 'prometheus'),
    secret('prometheus-headers bearer token', S.promToken, 'prometheus'),
    secret('prometheus-headers X-Scope-OrgID', S.promTenant, 'prometheus'),
    secret('check header authorization', `Bearer ${S.checkToken}`, 'service'),
    secret('check header bearer token', S.checkToken, 'service'),
    secret('check header x-api-key', S.checkApiKey, 'service'),
    secret('traffic header authorization', `Bearer ${S.trafficToken}`, 'service'),
    secret('traffic header bearer token', S.trafficToken, 'service'),
    secret('check URL password as written', S.checkPassword, 'service'),
    secret('check URL password decoded', checkPasswordDecoded, 'service'),
    secret('check URL Basic credentials', base64(`${CHECK_USER}:${checkPasswordDecoded}`), 'service'),
    secret('base-url password', S.basePassword, 'service'),
    secret('base-url Basic credentials', base64(`${BASE_USER}:${S.basePassword}`), 'service'),
    secret('token-as-user URL token', S.userToken, 'service'),
    secret('token-as-user Basic credentials', base64(`${S.userToken}:`), 'service'),
    secret('postgres password', S.pgPassword),
    secret('redis password (url-env)', S.redisPassword),
    secret('captured flow token', flowToken, 'service'),
    secret('github-token', S.githubToken, 'github'),
  ];
}

function requestsByParty(): Partial<Record<Party, string[]>> {
  return {
    service: service.requests.map(requestText),
    prometheus: prometheus.requests.map(requestText),
    grafana: grafana.requests.map(requestText),
    datadog: datadog.requests.map(requestText),
    slack: [
      ...slack.posts.map((post) => requestText(post.request)),
      ...(slackApi?.calls ?? []).map((call) => requestText(call.request)),
    ],
    ...(kubernetes ? { kubernetes: kubernetes.requests.map(requestText) } : {}),
    github: github.calls.map((call) => requestText({ ...call, body: JSON.stringify(call.body ?? '') })),
  };
}

interface Outcome {
  run: ActionRun;
  files: Record<string, string>;
  report:
    | { verdict: { result: string }; timedOut: boolean; notices?: { sent: boolean }[]; rollback?: { outcome: string } }
    | undefined;
}

async function act(
  extra: Record<string, string> = {},
  options: { kubernetes?: boolean; redisUrl?: string } = {},
): Promise<Outcome> {
  if (options.kubernetes) kubernetes = await startFakeKubernetes(kube.revisions());
  const env = {
    REDIS_URL: options.redisUrl ?? redis.url({ password: S.redisPassword }),
    GITHUB_API_URL: github.url,
    ...(kubernetes ? { KUBECONFIG: kubernetes.kubeconfig, HOME: kubernetes.home } : {}),
  };
  const run = await runAction(inputs({ ...(options.kubernetes ? KUBE_INPUTS : {}), ...extra }), { env });
  const files = await readTree(run.workDir);
  const reportPath = run.outputs['report-path'];
  return { run, files, report: reportPath ? JSON.parse(await readFile(reportPath, 'utf8')) : undefined };
}

/** `unmasked` names the secrets a scenario cannot have masked, such as a token nothing captured. */
function expectHygiene({ run, files }: Outcome, unmasked: string[] = []): void {
  const all = secrets().map((secret) => (unmasked.includes(secret.label) ? { ...secret, masked: false } : secret));
  expect(
    findLeaks(all, { stdout: run.stdout, stderr: run.stderr, files, requests: requestsByParty(), maskCommands: true }),
  ).toEqual([]);
  // Secrets from the configuration are masked before the first line is printed; a captured one when it is captured.
  expect(
    maskProblems(run.stdout, all, { beforeAnyOutput: all.filter((secret) => secret.label !== 'captured flow token') }),
  ).toEqual([]);
}

describe('secret hygiene: no secret is printed, written or sent where it does not belong', () => {
  it('a passing run that used every secret', async () => {
    const outcome = await act();

    expect(outcome.report?.verdict.result).toBe('passed');
    expect(prometheus.requests.length).toBeGreaterThan(0);
    expect(grafana.requests.map((request) => request.answer)).toEqual([200, 200]);
    expect(slack.posts).toHaveLength(2);
    expect(github.deployments[0]?.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
    expect(github.comments).toEqual([expect.objectContaining({ issue: 42 })]);
    expect(github.violations).toEqual([]);
    // The traffic went out with its credential, and the service took it.
    const traffic = service.requests.filter((request) => request.url === '/traffic');
    expect(traffic.length).toBeGreaterThan(0);
    expect(traffic.every((request) => request.headers.authorization === `Bearer ${S.trafficToken}`)).toBe(true);
    expectHygiene(outcome);
  });

  it('a failing run that rolls back with kubectl', async () => {
    mode = 'failing';
    const outcome = await act({}, { kubernetes: true });

    expect(outcome.run.outputs['rolled-back']).toBe('true');
    expectHygiene(outcome);
  });

  it.each([
    ['concurrency', () => 'lots'],
    ['base-url', () => `http://${BASE_USER}:${S.basePassword}@${new URL(service.url).host}/?tenant=1`],
  ])('an invalid configuration (%s wrong, every other input carrying its secret)', async (input, value) => {
    const outcome = await act({ [input]: value() });

    expect(outcome.run.code).toBe(1);
    expect(outcome.run.stdout).toContain('Invalid configuration, nothing was checked');
    expect(Object.values(requestsByParty()).flat()).toEqual([]);
    // Nothing ran: no token was captured, and a url-env is read only from a valid configuration (the runner masks a secrets.X it holds).
    expectHygiene(outcome, ['captured flow token', 'redis password (url-env)']);
  });

  it('dry-run of a failing release: payloads and rollback commands printed, not sent', async () => {
    mode = 'failing';
    const outcome = await act({ 'dry-run': 'true' }, { kubernetes: true });

    expect(outcome.report?.rollback?.outcome).toBe('dry-run');
    expect(outcome.run.stdout).toMatch(/dry-run: slack would POST /);
    expect([...grafana.requests, ...datadog.requests, ...slack.posts]).toEqual([]);
    expectHygiene(outcome);
  });

  it('a run that reaches its time limit on a hanging service', async () => {
    mode = 'hanging';
    const outcome = await act({ timeout: '2s', 'monitor-window': '1s' });

    expect(outcome.report?.timedOut).toBe(true);
    expectHygiene(outcome);
  });

  it('a failing run whose service and Redis echo the credentials back', async () => {
    mode = 'reflecting';
    const outcome = await act({}, { redisUrl: echoRedis.url(S.redisPassword) });

    expect(outcome.report?.verdict.result).toBe('failed');
    // The echoes reached the summary: it is the masking that keeps them out.
    expect(outcome.run.summary).toContain('credentials: ***');
    expect(outcome.run.summary).toContain('cannot run AUTH ***');
    expectHygiene(outcome);
  });

  it("a failing traffic gate whose endpoint echoes the traffic's credential back", async () => {
    trafficReflects = true;
    try {
      const outcome = await act();

      expect(outcome.report?.verdict.result).toBe('failed');
      expect(service.requests.filter((request) => request.url === '/traffic').length).toBeGreaterThan(0);
      // The echo reached the traffic's failures in the summary: it is the masking that keeps it out.
      expect(outcome.run.summary).toContain('Traffic failures, each once');
      expect(outcome.run.summary).toContain('credentials: ***');
      expectHygiene(outcome);
    } finally {
      trafficReflects = false;
    }
  });

  it('notices and Prometheus failing with the vendor echoing the credential', async () => {
    prometheusEchoes = true;
    try {
      grafana.trouble(
        ...[1, 2].map(() => ({
          status: 401,
          message: `Invalid API key ${S.grafanaToken} (sent as Authorization: Bearer ${S.grafanaToken})`,
        })),
      );
      datadog.trouble(
        ...[1, 2].map(() => ({
          status: 403,
          errors: [`Forbidden: DD-API-KEY ${S.datadogKey} is not a valid API key`],
        })),
      );
      slack.answer({ status: 404, body: `no_service: nothing at ${slack.webhookUrl} (${slack.secretPath})` });
      github.failing['create-deployment'] = { status: 401, message: `Bad credentials: ${S.githubToken}` };
      const outcome = await act({ gates: '- {name: saturation, query: rejected_metric, max: 1}' });

      expect(outcome.report?.notices?.length).toBeGreaterThan(0);
      expect(outcome.report?.notices?.filter((notice) => notice.sent)).toEqual([]);
      expect(outcome.run.stdout).toContain('GitHub deployment: not created: HTTP 401: Bad credentials: ***');
      expect(outcome.run.summary).toContain('the query was rejected before the window began');
      expectHygiene(outcome);
    } finally {
      prometheusEchoes = false;
    }
  });

  it('the Slack bot token: a failing run that rolls back, with Slack echoing the token in its errors', async () => {
    slackApi = await startFakeSlackApi({ token: S.slackBot });
    try {
      mode = 'failing';
      slackApi.answer('chat.postMessage', { error: `invalid_auth for ${S.slackBot}` }, 'once');
      const outcome = await act({}, { kubernetes: true });

      expect(outcome.run.outputs['rolled-back']).toBe('true');
      // The start was refused with the token in the error; the end posted anew, its rollback in the thread.
      expect(slackApi.calls.map((call) => call.method)).toEqual([
        'chat.postMessage',
        'chat.postMessage',
        'chat.postMessage',
      ]);
      expect(slackApi.messages.map((message) => message.threadTs)).toEqual([undefined, slackApi.messages[0]?.ts]);
      expect(outcome.run.stdout).toContain('slack start notice not sent: chat.postMessage: invalid_auth for ***');
      expect(outcome.run.outputs['slack-message-ts']).toBe(slackApi.messages[0]?.ts);
      expectHygiene(outcome);
    } finally {
      await slackApi.close();
      slackApi = undefined;
    }
  });

  it('the CLI, which has no masking command, prints and writes no secret', async () => {
    mode = 'reflecting';
    const dir = await mkdtemp(join(tmpdir(), 'pdc-hygiene-'));
    const reportPath = join(dir, 'report.json');
    const flags = Object.entries(inputs()).map(([name, value]) => `--${name}=${value}`);
    const run = await runCli([...flags, `--report=${reportPath}`], {
      cwd: dir,
      env: { REDIS_URL: echoRedis.url(S.redisPassword) },
    });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('credentials: ***');
    expect(
      findLeaks(secrets(), {
        stdout: run.stdout,
        stderr: run.stderr,
        files: await readTree(dir),
        requests: requestsByParty(),
        maskCommands: false,
      }),
    ).toEqual([]);
  });
});
