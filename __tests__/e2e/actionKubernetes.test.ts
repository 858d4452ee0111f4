import { readFile } from 'node:fs/promises';
import { runAction } from '../support/runAction.js';
import { startFakeKubernetes, type FakeKubernetes } from '../support/fakeKubernetes.js';
import * as scenarios from '../support/kubernetesScenarios.js';

// dist/index.js as the runner starts it, with the real kubectl against the fake API server.

let fake: FakeKubernetes | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function runAgainst(scenario: ReturnType<typeof scenarios.allReady>, inputs: Record<string, string> = {}) {
  fake = await startFakeKubernetes(scenario);
  return runAction(
    {
      'kube-deployment': scenarios.deploymentName,
      'kube-namespace': scenarios.namespace,
      'kube-context': 'fake',
      'monitor-window': '3s',
      'monitor-interval': '1s',
      ...inputs,
    },
    { env: { KUBECONFIG: fake.kubeconfig, HOME: fake.home } },
  );
}

describe('the action with kube-deployment', () => {
  it('waits for the rollout, watches healthy pods and passes', async () => {
    const run = await runAgainst(scenarios.allReady());

    expect(run.outputs.result).toBe('passed');
    const report = JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
    expect(report.checks.map((check: { name: string; result: string }) => [check.name, check.result])).toEqual([
      ['rollout', 'passed'],
      ['pods', 'passed'],
    ]);
    expect(report.monitor.pods).toMatchObject({ samples: 3, restarts: 0 });
    expect(run.stdout).toContain('::group::Monitor: 3s window, a sample every 1s');
  });

  it('fails at once on CrashLoopBackOff and names the pod, container and OOMKilled', async () => {
    const run = await runAgainst(scenarios.oomKilled(), { 'rollout-timeout': '0' });

    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual(['pods']);
    expect(run.summary).toMatch(
      /\| checkout-7d9f8b6c5d-\w+ \| \w+ \| CrashLoopBackOff \(last terminated: OOMKilled\) \|/,
    );
    expect(run.outputs.summary).toContain('pods (');
  });

  it("fails a rollout that never completes with kubectl's own message", async () => {
    const run = await runAgainst(scenarios.rolloutStuck(), { 'rollout-timeout': '2s' });

    expect(run.outputs.result).toBe('failed');
    expect(run.outputs.summary).toContain('rollout (');
    expect(run.summary).toContain('timed out waiting for the condition');
    expect(run.summary).not.toContain('### Monitor');
  });

  it('rejects a Deployment name that would reach kubectl as a flag or a command, before kubectl runs', async () => {
    fake = await startFakeKubernetes(scenarios.allReady());
    for (const name of ['api;rm -rf /', '--kubeconfig=/etc/x']) {
      const run = await runAction(
        { 'kube-deployment': name },
        { env: { KUBECONFIG: fake.kubeconfig, HOME: fake.home } },
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`kube-deployment: ${JSON.stringify(name)} is not a Kubernetes name`);
    }
    expect(fake.requests).toEqual([]);
  });
});
