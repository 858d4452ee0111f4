import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { buildPlan } from '../../src/engine/plan.js';
import { DependencyError, type DependencyProbe, type DependencyTarget } from '../../src/engine/ports.js';
import { runChecks } from '../../src/engine/run.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeProber, jsonResponse, response, type Reply } from '../support/fakeProber.js';
import { RecordingLogger } from '../support/fixtures.js';

const BASE = 'https://shop.example.com';
const TOKEN = 'tok-9f8e7d6c5b4a';

class FakeProbe implements DependencyProbe {
  readonly targets: DependencyTarget[] = [];
  constructor(private readonly answer: string | Error) {}
  async check(target: DependencyTarget) {
    this.targets.push(target);
    if (this.answer instanceof Error) throw this.answer;
    return { detail: this.answer };
  }
}

async function run(
  inputs: Partial<Record<ConfigKey, string>>,
  script: Record<string, Reply[]>,
  options: { probes?: Record<string, FakeProbe>; env?: Record<string, string> } = {},
) {
  const loaded = await loadConfig({ inputs: { service: 'shop-api', 'base-url': BASE, ...inputs }, env: options.env });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const clock = new FakeClock();
  const prober = new FakeProber(script, { clock });
  const secrets: string[] = [];
  const logger = new RecordingLogger();
  const report = await runChecks(buildPlan(loaded.config), {
    prober,
    clock,
    logger,
    redact: createRedactor(loaded.secrets),
    context: {},
    tool: { name: 'post-deploy-check', version: '0.1.0' },
    dependencyProbes: options.probes,
    onSecret: (value) => secrets.push(value),
  });
  return { report, prober, secrets, logger };
}

const LOGIN_FLOW = `
- name: login and profile
  steps:
    - name: login
      method: POST
      path: /login
      json: {user: smoke, password: x-secret-pw}
      capture: {token: auth.token, request: "header:X-Request-Id"}
    - name: profile
      path: /me
      headers: {Authorization: "Bearer {{token}}"}
      expect: {json: {user: smoke}}
`;

describe('flows', () => {
  it('captures a token, uses it in the next step, and keeps it out of everything printed', async () => {
    const { report, prober, secrets, logger } = await run(
      { flows: LOGIN_FLOW },
      {
        [`${BASE}/login`]: [
          response(200, JSON.stringify({ auth: { token: TOKEN } }), { 'X-Request-Id': 'req-123456' }),
        ],
        [`${BASE}/me`]: [jsonResponse(200, { user: 'smoke' })],
      },
    );
    expect(report.checks[0]).toMatchObject({
      name: 'login and profile',
      kind: 'flow',
      result: 'passed',
      detail: '2 steps passed',
    });
    expect(prober.requests[1]?.headers.Authorization).toBe(`Bearer ${TOKEN}`);
    expect(secrets).toEqual([TOKEN, 'req-123456']);
    expect(JSON.stringify(report)).not.toContain(TOKEN);
    expect(logger.lines.join('\n')).not.toContain(TOKEN);
  });

  it('stops at the failing step and names it, with the status and a secret-free body', async () => {
    const { report } = await run(
      { flows: LOGIN_FLOW },
      {
        [`${BASE}/login`]: [
          response(200, JSON.stringify({ auth: { token: TOKEN } }), { 'X-Request-Id': 'req-123456' }),
        ],
        [`${BASE}/me`]: [response(401, `{"error":"token expired","token":"${TOKEN}"}`)],
      },
    );
    expect(report.checks[0]).toMatchObject({
      result: 'failed',
      detail: 'step 2 of 2 (profile): status 401, expected 2xx',
    });
    expect(report.checks[0]?.response?.bodyExcerpt).toBe('{"error":"token expired","token":"***"}');
    expect(report.checks[0]?.request?.url).toBe(`${BASE}/me`);
  });

  it('fails a step whose capture is missing from the answer', async () => {
    const { report } = await run({ flows: LOGIN_FLOW }, { [`${BASE}/login`]: [jsonResponse(200, { auth: {} })] });
    expect(report.checks[0]?.detail).toBe(
      'step 1 of 2 (login): nothing to capture for token (auth.token), request (header:X-Request-Id)',
    );
  });
});

describe('dependencies', () => {
  it('checks each dependency with its own probe and default timeout, and an optional one only warns', async () => {
    const postgres = new FakeProbe('SELECT 1 -> 1 row');
    const redis = new FakeProbe(new DependencyError('connection refused by 127.0.0.1:6379'));
    const { report } = await run(
      {
        dependencies:
          '- {name: orders db, type: postgres, url-env: DB_URL}\n- {name: Redis cache, type: redis, url: "redis://:r3dis-pass@cache:6379", required: false}',
      },
      {},
      { probes: { postgres, redis }, env: { DB_URL: 'postgres://app:pg-pass-123@db:5432/orders' } },
    );
    expect(postgres.targets).toEqual([
      { type: 'postgres', url: 'postgres://app:pg-pass-123@db:5432/orders', timeoutMs: 5_000 },
    ]);
    expect(redis.targets[0]?.timeoutMs).toBe(3_000);
    expect(report.checks.map((check) => [check.name, check.result, check.detail])).toEqual([
      ['orders db', 'passed', 'SELECT 1 -> 1 row'],
      ['Redis cache', 'warning', 'unavailable (optional dependency): connection refused by 127.0.0.1:6379'],
    ]);
    expect(report.verdict.result).toBe('warning');
    expect(JSON.stringify(report)).not.toMatch(/pg-pass-123|r3dis-pass/);
  });
});

describe('rate-limit check (burst)', () => {
  it('passes when a burst meets a 429, and fails saying how many went through when none does', async () => {
    const limited = await run(
      { checks: '- {path: /api, burst: 5}' },
      { [`${BASE}/api`]: [response(200), response(200), response(429)] },
    );
    expect(limited.prober.requests).toHaveLength(5);
    expect(limited.report.checks[0]).toMatchObject({
      result: 'passed',
      detail: 'rate limiter on: 3 of 5 answered 429',
    });

    const open = await run({ checks: '- {path: /api, burst: 4}' }, { [`${BASE}/api`]: [response(200)] });
    expect(open.report.checks[0]).toMatchObject({
      result: 'failed',
      detail: 'all 4 of 4 requests went through: no 429 and no rate-limit headers',
    });
  });

  it('passes on rate-limit headers alone', async () => {
    const { report } = await run(
      { checks: '- {path: /api, burst: 3}' },
      { [`${BASE}/api`]: [response(200, '', { 'RateLimit-Policy': '100;w=60' })] },
    );
    expect(report.checks[0]).toMatchObject({
      result: 'passed',
      detail: 'rate limiter on: 0 of 3 answered 429; headers ratelimit-policy',
    });
  });
});

describe('bad dependency and flow input, before anything runs', () => {
  const errors = async (inputs: Partial<Record<ConfigKey, string>>, env: Record<string, string> = {}) => {
    const result = await loadConfig({ inputs: { 'base-url': BASE, ...inputs }, env });
    if (result.ok) throw new Error('expected errors');
    return result.errors;
  };

  it.each([
    [
      { dependencies: '- {name: db, type: mysql, url: "mysql://x"}' },
      'dependencies[0].type: "mysql" is not one of postgres, redis, tcp',
    ],
    [
      { dependencies: '- {name: db, type: postgres, url: "redis://cache:6379"}' },
      'dependencies[0].url: a postgres URL starts with postgres:// or postgresql://',
    ],
    [
      { dependencies: '- {name: db, type: postgres, url-env: DB_URL}' },
      'dependencies[0].url-env: "DB_URL" is not set in the environment; set it from a secret, e.g. env: DB_URL: ${{ secrets.DB_URL }}',
    ],
    [
      { flows: '- name: f\n  steps:\n    - {path: /me, headers: {Authorization: "Bearer {{token}}"}}' },
      'flows[0].steps[0]: {{token}} is used before a step captures it',
    ],
  ])('%#', async (inputs, message) => {
    expect(await errors(inputs as Partial<Record<ConfigKey, string>>)).toEqual([message]);
  });
});
