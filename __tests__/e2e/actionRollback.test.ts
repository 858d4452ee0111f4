import { readFile } from 'node:fs/promises';
import { runAction } from '../support/runAction.js';
import { startFakeKubernetes, type FakeKubernetes, type Scenario } from '../support/fakeKubernetes.js';
import * as scenarios from '../support/kubernetesScenarios.js';
import { json, startTestService, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it: a failing smoke check, then the real kubectl rolling the
// fake API server's Deployment back.

type Json = Record<string, unknown>;

let fake: FakeKubernetes | undefined;
let service: TestService;

beforeEach(async () => {
  service = await startTestService({
    '/health': (_req, res, hits) => json(res, hits === 1 ? 503 : 200, { status: hits === 1 ? 'down' : 'ok' }),
  });
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  await service.close();
});

async function runAgainst(scenario: Scenario, inputs: Record<string, string> = {}) {
  fake = await startFakeKubernetes(scenario);
  const run = await runAction(
    {
      'base-url': service.url,
      checks: '- path: /health\n  retries: 0',
      'kube-deployment': scenarios.deploymentName,
      'kube-namespace': scenarios.namespace,
      'kube-context': 'fake',
      'rollout-timeout': '0',
      'monitor-window': '0',
      'rollback-timeout': '5s',
      ...inputs,
    },
    { env: { KUBECONFIG: fake.kubeconfig, HOME: fake.home } },
  );
  return { run, report: JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8')), server: fake };
}

const imagesNow = (server: FakeKubernetes) =>
  (((server.deployment().spec as Json).template as Json).spec as { containers: { image: string }[] }).containers.map(
    (container) => container.image,
  );

describe('the action rolls back a failed release', () => {
  it('undoes once to the previous revision, confirms it and checks again', async () => {
    const { run, report, server } = await runAgainst(scenarios.revisions());

    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({
      'rolled-back': 'true',
      'rollback-required': 'false',
      'rollback-revision': '2',
      'rollback-command': 'kubectl rollout undo deployment/checkout -n shop --context=fake',
    });
    expect(imagesNow(server)).toEqual(scenarios.revisionImages[2]);
    expect(server.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    expect(report.rollback.rechecks.map((check: { result: string }) => check.result)).toEqual(['passed']);
    expect(run.summary).toContain('## ❌ Failed, rolled back');
    expect(run.outputs.summary).toContain('rolled back to revision 2');
  });

  it('says there is no earlier revision, not ROLLBACK FAILED, and what to do instead, when there is none', async () => {
    const { run, server } = await runAgainst(scenarios.oneRevision());

    expect(run.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-required': 'true' });
    expect(run.summary).toContain('## ❌ Failed — shop-api in production');
    expect(run.summary).not.toContain('ROLLBACK FAILED');
    expect(run.summary).toContain('has no earlier revision to roll back to: nothing was undone');
    expect(run.summary).toContain('kubectl scale deployment/checkout -n shop --context=fake --replicas=0');
    expect(run.summary).not.toContain('rollback completed');
    expect(server.requests.filter((request) => request.method === 'PATCH')).toEqual([]);
  });

  it('with rollback: manual undoes nothing and tells the approval job what to run', async () => {
    const { run, server } = await runAgainst(scenarios.revisions(), { rollback: 'manual' });

    expect(run.outputs).toMatchObject({
      'rolled-back': 'false',
      'rollback-required': 'true',
      'rollback-command': 'kubectl rollout undo deployment/checkout -n shop --context=fake',
    });
    expect(server.requests.filter((request) => request.method === 'PATCH')).toEqual([]);
  });

  it('with command: rollback rolls back now, without checking first', async () => {
    service.route('/health', (_req, res) => json(res, 200, { status: 'ok' }));
    const { run, server } = await runAgainst(scenarios.revisions(), { command: 'rollback' });

    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'passed', 'rolled-back': 'true', 'rollback-revision': '2' });
    expect(imagesNow(server)).toEqual(scenarios.revisionImages[2]);
    expect(service.requests).toHaveLength(1);
  });

  it('in dry-run prints the commands and runs none', async () => {
    const { run, server } = await runAgainst(scenarios.revisions(), { 'dry-run': 'true' });

    expect(run.stdout).toContain('dry-run: would run kubectl rollout undo deployment/checkout -n shop --context=fake');
    expect(server.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(imagesNow(server)).toEqual(scenarios.revisionImages[3]);
  });
});
