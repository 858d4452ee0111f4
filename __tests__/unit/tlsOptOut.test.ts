import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { buildPlan, unverifiedTlsParties } from '../../src/engine/plan.js';
import { runChecks } from '../../src/engine/run.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeProber, jsonResponse, response } from '../support/fakeProber.js';
import { RecordingLogger } from '../support/fixtures.js';

// insecure-skip-tls-verify from the config to the plan and on to each request the prober is given:
// per check and flow step, and per provider; off unless asked for.

const BASE = 'https://shop.example.com';

async function configOf(inputs: Partial<Record<ConfigKey, string>>) {
  const loaded = await loadConfig({ inputs: { 'base-url': BASE, ...inputs } });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.config;
}

const EVERY_PARTY: Partial<Record<ConfigKey, string>> = {
  'prometheus-url': 'https://prometheus.example.com',
  'kube-deployment': 'shop-api',
  'grafana-url': 'https://grafana.example.com',
  'grafana-token': 'glsa_token_123',
  'datadog-api-key': 'dd-key-123',
  'slack-webhook-url': 'https://hooks.slack.com/services/T0/B0/XYZ',
};

const CHECKS = [
  '- name: staging api',
  '  path: /a',
  '  insecure-skip-tls-verify: true',
  '- name: public api',
  '  path: /b',
].join('\n');
const FLOWS = [
  '- name: login',
  '  steps:',
  '    - name: sign in',
  '      path: /login',
  '      insecure-skip-tls-verify: "true"',
  '    - name: profile',
  '      path: /me',
].join('\n');

describe('insecure-skip-tls-verify', () => {
  it('is off for every check and provider unless asked for', async () => {
    const plan = buildPlan(
      await configOf({ checks: '/health', flows: FLOWS.replace(/ {6}insecure.*\n/, ''), ...EVERY_PARTY }),
    );

    expect(plan.httpChecks[0]?.insecureSkipTlsVerify).toBe(false);
    expect(plan.flows[0]?.steps.map((step) => step.insecureSkipTlsVerify)).toEqual([false, false]);
    expect(
      [
        plan.monitor?.prometheus,
        plan.kubernetes,
        plan.notices?.grafana,
        plan.notices?.datadog,
        plan.notices?.slack,
      ].map((party) => party?.insecureSkipTlsVerify),
    ).toEqual([false, false, false, false, false]);
    expect(unverifiedTlsParties(plan)).toEqual([]);
  });

  it('turns off for the checks and flow steps that set it, and names each of them', async () => {
    const plan = buildPlan(await configOf({ checks: CHECKS, flows: FLOWS }));

    expect(plan.httpChecks.map((check) => [check.name, check.insecureSkipTlsVerify])).toEqual([
      ['staging api', true],
      ['public api', false],
    ]);
    expect(plan.flows[0]?.steps.map((step) => step.insecureSkipTlsVerify)).toEqual([true, false]);
    expect(unverifiedTlsParties(plan)).toEqual(['check "staging api"', 'flow "login", step "sign in"']);
  });

  it('turns off for the providers listed, as text or a YAML list, and names each', async () => {
    const plan = buildPlan(
      await configOf({
        checks: '/health',
        ...EVERY_PARTY,
        'insecure-skip-tls-verify': 'prometheus,\nkubernetes, slack',
      }),
    );

    expect(plan.monitor?.prometheus?.insecureSkipTlsVerify).toBe(true);
    expect(plan.kubernetes?.insecureSkipTlsVerify).toBe(true);
    expect(plan.notices?.slack?.insecureSkipTlsVerify).toBe(true);
    expect([plan.notices?.grafana?.insecureSkipTlsVerify, plan.notices?.datadog?.insecureSkipTlsVerify]).toEqual([
      false,
      false,
    ]);
    expect(unverifiedTlsParties(plan)).toEqual(['prometheus', 'kubernetes (kubectl)', 'slack']);

    const fromFile = await loadConfig({
      file: { path: 'pdc.yml', text: 'insecure-skip-tls-verify: [grafana, datadog]' },
      inputs: { checks: '/health', 'base-url': BASE, ...EVERY_PARTY },
    });
    expect(fromFile.ok && unverifiedTlsParties(buildPlan(fromFile.config))).toEqual(['grafana', 'datadog']);
  });

  it('names no provider that is not configured: there is nothing to verify', async () => {
    expect(
      unverifiedTlsParties(
        buildPlan(await configOf({ checks: '/health', 'insecure-skip-tls-verify': 'prometheus, grafana' })),
      ),
    ).toEqual([]);
  });

  it('rejects a name that is no provider, with the accepted ones', async () => {
    const loaded = await loadConfig({
      inputs: { checks: '/health', 'base-url': BASE, 'insecure-skip-tls-verify': 'http' },
    });
    expect(loaded.ok ? [] : loaded.errors).toEqual([
      'insecure-skip-tls-verify[0]: "http" is not one of version, prometheus, kubernetes, grafana, datadog, slack',
    ]);
  });

  it('hands the choice to the prober with each request of a check, a burst and a flow step', async () => {
    const checks = `${CHECKS}\n- name: burst\n  path: /c\n  burst: 2\n  insecure-skip-tls-verify: true`;
    const clock = new FakeClock();
    const prober = new FakeProber([response(200, 'ok'), jsonResponse(200, {})], { clock });
    await runChecks(buildPlan(await configOf({ checks, flows: FLOWS })), {
      prober,
      clock,
      logger: new RecordingLogger(),
      redact: createRedactor([]),
      context: {},
      tool: { name: 'post-deploy-check', version: '0.1.0' },
    });

    const sent = prober.requests
      .map((request) => [new URL(request.url).pathname, request.insecureSkipTlsVerify])
      .sort();
    expect(sent).toEqual([
      ['/a', true],
      ['/b', false],
      ['/c', true],
      ['/c', true],
      ['/login', true],
      ['/me', false],
    ]);
  });

  it('turns it off for the version check when the list names version, and for nothing else', async () => {
    const clock = new FakeClock();
    const prober = new FakeProber([jsonResponse(200, { commit: 'abc1234' })], { clock });
    const plan = buildPlan(
      await configOf({
        checks: '/health',
        'version-url': '/version',
        version: 'abc1234',
        'insecure-skip-tls-verify': 'version',
      }),
    );
    expect(unverifiedTlsParties(plan)).toEqual(['the version check']);
    await runChecks(plan, {
      prober,
      clock,
      logger: new RecordingLogger(),
      redact: createRedactor([]),
      context: {},
      tool: { name: 'post-deploy-check', version: '0.1.0' },
    });

    const sent = new Set(
      prober.requests.map((request) => `${new URL(request.url).pathname} ${request.insecureSkipTlsVerify}`),
    );
    expect(sent).toEqual(new Set(['/version true', '/health false']));
  });
});
