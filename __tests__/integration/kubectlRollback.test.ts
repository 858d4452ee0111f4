import { ClusterError } from '../../src/engine/ports.js';
import { createKubectlInspector } from '../../src/providers/kubernetes/kubectlInspector.js';
import {
  createKubectlRollbacker,
  type KubectlRollbacker,
  type KubectlRollbackerOptions,
} from '../../src/providers/kubernetes/kubectlRollbacker.js';
import { startFakeKubernetes, type FakeKubernetes, type Scenario } from '../support/fakeKubernetes.js';
import type { Json } from '../support/kubernetesObjects.js';
import { comparableTemplate } from '../support/kubernetesQuery.js';
import * as scenarios from '../support/kubernetesScenarios.js';
import { rejectionOf } from '../support/rejection.js';

// The real kubectl 1.32 (behind the gcloud dispatcher, which asks /version first) runs `rollout undo`
// against a fake apiserver that checks its PATCH against kubectl's own rollback code and the Kubernetes API
// reference (a JSON patch replacing the template and the annotations), and then plays the deployment controller.

const { namespace, deploymentName, revisionImages, revisionHashes } = scenarios;
const deploymentPath = `/apis/apps/v1/namespaces/${namespace}/deployments/${deploymentName}`;
const replicaSetsPath = `/apis/apps/v1/namespaces/${namespace}/replicasets`;
let fake: FakeKubernetes | undefined;

async function cluster(scenario: Scenario): Promise<FakeKubernetes> {
  fake = await startFakeKubernetes(scenario);
  return fake;
}

// @actions/exec spawns with the real process environment, not the jest sandbox's; HOME holds kubectl's
// discovery cache. The kubeconfig's current context is refused: only --context=fake finds the fake.
const kubeEnv = () => ({ KUBECONFIG: fake?.kubeconfig ?? '', HOME: fake?.home ?? '' });

const rollbacker = (options: Partial<KubectlRollbackerOptions> = {}): KubectlRollbacker =>
  createKubectlRollbacker({ deployment: deploymentName, namespace, context: 'fake', env: kubeEnv(), ...options });

const inspector = () =>
  createKubectlInspector({ deployment: deploymentName, namespace, context: 'fake', env: kubeEnv() });

const signal = () => new AbortController().signal;

const clusterError = (promise: Promise<unknown>) => rejectionOf(promise, ClusterError);

/** The template of the ReplicaSet that held `revision` when the scenario started. */
function templateOf(scenario: Scenario, revision: number): Json {
  const rs = scenario.replicaSets?.find(
    (item) => (item.metadata as Json).name === `${deploymentName}-${revisionHashes[revision] ?? ''}`,
  );
  if (!rs) throw new Error(`no ReplicaSet for revision ${revision}`);
  return comparableTemplate((rs.spec as Json).template as Json);
}

const templateNow = (server: FakeKubernetes) => comparableTemplate((server.deployment().spec as Json).template as Json);
const annotationsNow = (server: FakeKubernetes) =>
  (server.deployment().metadata as Json).annotations as Record<string, string>;
const patches = (server: FakeKubernetes) => server.requests.filter((request) => request.method === 'PATCH');

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('preview: the rollout history before undoing', () => {
  it('reads the current revision and the previous one, with their images, from the Deployment and the ReplicaSets it controls', async () => {
    const server = await cluster(scenarios.revisions());
    expect(await rollbacker().preview(undefined, signal())).toEqual({
      current: { revision: 3, images: revisionImages[3] },
      target: { revision: 2, images: revisionImages[2] },
    });
    expect(server.calls()).toEqual([`GET ${deploymentPath}`, `GET ${replicaSetsPath}`]);
    // Selected by the Deployment's selector; the orphaned ReplicaSet (revision 9, another uid) it returns too is left out.
    expect(server.requests.find((request) => request.path === replicaSetsPath)?.query).toMatchObject({
      labelSelector: 'app=checkout,tier=web',
      timeout: '30s',
    });
  });

  it('targets the given revision', async () => {
    await cluster(scenarios.revisions());
    expect(await rollbacker().preview(1, signal())).toEqual({
      current: { revision: 3, images: revisionImages[3] },
      target: { revision: 1, images: revisionImages[1] },
    });
  });

  it('has no target for a revision that is not in the history', async () => {
    await cluster(scenarios.revisions());
    expect(await rollbacker().preview(7, signal())).toEqual({ current: { revision: 3, images: revisionImages[3] } });
  });

  it('has no target when there is no earlier revision', async () => {
    await cluster(scenarios.oneRevision());
    expect(await rollbacker().preview(undefined, signal())).toEqual({
      current: { revision: 1, images: revisionImages[1] },
    });
  });

  it.each([
    ['Argo CD’s tracking-id annotation', scenarios.argoCd, 'Argo CD'],
    ['app.kubernetes.io/instance with an Argo CD annotation', scenarios.argoCdByLabel, 'Argo CD'],
    ['Flux’s kustomize-controller labels', () => scenarios.flux('kustomize'), 'Flux'],
    ['Flux’s helm-controller labels', () => scenarios.flux('helm'), 'Flux'],
    ['app.kubernetes.io/instance set by Helm alone', scenarios.helmOnly, undefined],
    ['no GitOps marks', () => scenarios.revisions(), undefined],
  ])('names the GitOps controller from %s', async (_what, scenario, gitOps) => {
    await cluster(scenario());
    const preview = await rollbacker().preview(undefined, signal());
    expect(preview.gitOps).toBe(gitOps);
    expect(preview.target?.revision).toBe(2);
  });
});

describe('undo: kubectl rollout undo', () => {
  it('makes exactly the contract’s calls and restores the previous revision’s template', async () => {
    const scenario = scenarios.revisions();
    const server = await cluster(scenario);
    expect(await rollbacker().undo(undefined, signal())).toEqual({
      rolledBack: true,
      message: `deployment.apps/${deploymentName} rolled back`,
    });

    expect(server.calls()).toEqual([
      `GET ${deploymentPath}`,
      `GET ${deploymentPath}`,
      `GET ${replicaSetsPath}`,
      `PATCH ${deploymentPath}`,
    ]);
    expect(server.requests.find((request) => request.path === replicaSetsPath)?.query.labelSelector).toBe(
      'app=checkout,tier=web',
    );
    const [patch] = patches(server);
    expect(patch?.contentType).toBe('application/json-patch+json');
    const body = JSON.parse(patch?.body ?? '[]') as Json[];
    expect(body.map((op) => [op.op, op.path])).toEqual([
      ['replace', '/spec/template'],
      ['replace', '/metadata/annotations'],
    ]);
    expect(comparableTemplate(body[0]?.value as Json)).toEqual(templateOf(scenario, 2));

    expect(templateNow(server)).toEqual(templateOf(scenario, 2));
    expect(templateNow(server)).not.toEqual(templateOf(scenario, 3));
    // The controller adopts revision 2's ReplicaSet as revision 4; the change cause is revision 2's, the
    // last-applied configuration the Deployment's own.
    expect(annotationsNow(server)).toMatchObject({
      'deployment.kubernetes.io/revision': '4',
      'kubernetes.io/change-cause': 'deploy shop 1.4.2',
    });
    expect(annotationsNow(server)['kubectl.kubernetes.io/last-applied-configuration']).toContain('shop:1.4.3');
    expect((server.deployment().metadata as Json).generation).toBe(4);
  });

  it('shows the restored revision as current afterwards', async () => {
    await cluster(scenarios.revisions());
    const kube = rollbacker();
    await kube.undo(undefined, signal());
    expect(await kube.preview(undefined, signal())).toEqual({
      current: { revision: 4, images: revisionImages[2] },
      target: { revision: 3, images: revisionImages[3] },
    });
  });

  it('restores the given revision with --to-revision', async () => {
    const scenario = scenarios.revisions();
    const server = await cluster(scenario);
    expect(await rollbacker().undo(1, signal())).toEqual({
      rolledBack: true,
      message: `deployment.apps/${deploymentName} rolled back`,
    });
    expect(templateNow(server)).toEqual(templateOf(scenario, 1));
    expect(annotationsNow(server)['kubernetes.io/change-cause']).toBe('deploy shop 1.4.1');
  });

  it('fails with kubectl’s message, and sends no PATCH, when there is no earlier revision', async () => {
    const scenario = scenarios.oneRevision();
    const server = await cluster(scenario);
    const error = await clusterError(rollbacker().undo(undefined, signal()));
    expect(error.message).toBe(
      `kubectl rollout undo failed: error: no rollout history found for deployment "${deploymentName}"`,
    );
    expect(patches(server)).toEqual([]);
    expect(templateNow(server)).toEqual(templateOf(scenario, 1));
  });

  it('fails with kubectl’s message for a revision that is not in the history', async () => {
    const server = await cluster(scenarios.revisions());
    const error = await clusterError(rollbacker().undo(7, signal()));
    expect(error.message).toBe('kubectl rollout undo failed: error: unable to find specified revision 7 in history');
    expect(patches(server)).toEqual([]);
  });

  it('fails with "failed restoring revision" when the apiserver fails the PATCH, and the template stays', async () => {
    const scenario = scenarios.patchFails();
    const server = await cluster(scenario);
    const error = await clusterError(rollbacker().undo(undefined, signal()));
    // kubectl names the revision it was asked for: 0, its "previous".
    expect(error.message).toBe(
      'kubectl rollout undo failed: error: failed restoring revision 0: Internal error occurred: etcdserver: request timed out',
    );
    expect(patches(server)).toHaveLength(1);
    expect(templateNow(server)).toEqual(templateOf(scenario, 3));
  });

  it('reports a skipped rollback as not rolled back, without a PATCH', async () => {
    const server = await cluster(scenarios.alreadyMatches());
    // kubectl 1.32 prints the revision it was asked for (0 by default), not the one it compared.
    expect(await rollbacker().undo(undefined, signal())).toEqual({
      rolledBack: false,
      message: `deployment.apps/${deploymentName} skipped rollback (current template already matches revision 0)`,
    });
    expect(patches(server)).toEqual([]);
  });

  it('fails with kubectl’s message for a paused Deployment', async () => {
    const server = await cluster(scenarios.paused());
    const error = await clusterError(rollbacker().undo(undefined, signal()));
    expect(error.message).toBe(
      "kubectl rollout undo failed: error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again",
    );
    expect(patches(server)).toEqual([]);
  });

  it('fails with the apiserver’s NotFound for a Deployment that does not exist', async () => {
    await cluster(scenarios.revisions());
    const error = await clusterError(rollbacker({ deployment: 'cart' }).undo(undefined, signal()));
    expect(error.message).toBe(
      'kubectl rollout undo failed: Error from server (NotFound): deployments.apps "cart" not found',
    );
  });

  it('rolls back a Deployment Argo CD manages all the same', async () => {
    const scenario = scenarios.argoCd();
    const server = await cluster(scenario);
    expect((await rollbacker().undo(undefined, signal())).rolledBack).toBe(true);
    expect(templateNow(server)).toEqual(templateOf(scenario, 2));
    expect(annotationsNow(server)['argocd.argoproj.io/tracking-id']).toBe(
      `shop:apps/Deployment:${namespace}/${deploymentName}`,
    );
  });

  it.each([
    [
      'a name with shell characters',
      { deployment: 'api;rm -rf /' },
      '"api;rm -rf /" is not a valid Deployment name (a DNS-1123 subdomain)',
    ],
    ['a name that reads as a flag', { deployment: '-o' }, '"-o" is not a valid Deployment name (a DNS-1123 subdomain)'],
    [
      'a namespace with a slash',
      { namespace: 'shop/prod' },
      '"shop/prod" is not a valid namespace name (a DNS-1123 label)',
    ],
    [
      'a context that reads as a flag',
      { context: '--kubeconfig=/tmp/x' },
      '"--kubeconfig=/tmp/x" is not a usable kubectl context',
    ],
  ])('refuses %s before kubectl runs', async (_what, options, message) => {
    const server = await cluster(scenarios.revisions());
    expect((await clusterError(rollbacker(options).undo(undefined, signal()))).message).toBe(message);
    expect((await clusterError(rollbacker(options).preview(undefined, signal()))).message).toBe(message);
    expect(server.requests).toEqual([]);
  });
});

describe('the rolled-back Deployment through rollout status', () => {
  it('completes once the restored pods are available', async () => {
    const server = await cluster(scenarios.revisions());
    await rollbacker().undo(undefined, signal());
    const before = server.calls().length;
    expect(await inspector().waitForRollout(20_000, signal())).toEqual({
      complete: true,
      message: `deployment "${deploymentName}" successfully rolled out`,
    });
    const watch = server.requests.slice(before).find((request) => request.query.watch === 'true');
    expect(watch?.query).toMatchObject({ fieldSelector: `metadata.name=${deploymentName}`, resourceVersion: '1001' });
  });

  it('returns kubectl’s timeout when the restored pods never become available', async () => {
    await cluster(scenarios.revisions({ afterRollback: 'never' }));
    await rollbacker().undo(undefined, signal());
    expect(await inspector().waitForRollout(2_000, signal())).toEqual({
      complete: false,
      message: `error: timed out waiting for the condition (last status: Waiting for deployment "${deploymentName}" rollout to finish: 0 of 3 updated replicas are available...)`,
    });
  });
});

describe('the fake apiserver holds kubectl to the contract', () => {
  const send = (server: FakeKubernetes, contentType: string, body: unknown) =>
    fetch(`${server.url}${deploymentPath}`, {
      method: 'PATCH',
      headers: { 'content-type': contentType },
      body: JSON.stringify(body),
    }).then(async (response) => ({
      status: response.status,
      message: ((await response.json()) as { message: string }).message,
    }));

  function undoPatch(scenario: Scenario, revision: number, annotations: Record<string, string>): Json[] {
    const rs = scenario.replicaSets?.find(
      (item) => (item.metadata as Json).name === `${deploymentName}-${revisionHashes[revision] ?? ''}`,
    );
    return [
      { op: 'replace', path: '/spec/template', value: (rs?.spec as Json).template },
      { op: 'replace', path: '/metadata/annotations', value: annotations },
    ];
  }

  it('refuses another content type, a template with pod-template-hash, and annotations not built by kubectl’s rule', async () => {
    const scenario = scenarios.revisions();
    const server = await cluster(scenario);
    const merge = await send(server, 'application/merge-patch+json', { spec: {} });
    expect(merge.status).toBe(415);
    const withHash = await send(server, 'application/json-patch+json', undoPatch(scenario, 2, {}));
    expect(withHash).toEqual({
      status: 400,
      message: expect.stringContaining('still carries the pod-template-hash label') as unknown,
    });
    const body = undoPatch(scenario, 2, { 'kubernetes.io/change-cause': 'deploy shop 1.4.2' });
    delete (((body[0]?.value as Json).metadata as Json).labels as Record<string, string>)['pod-template-hash'];
    const noRevision = await send(server, 'application/json-patch+json', body);
    expect(noRevision).toEqual({ status: 400, message: expect.stringContaining('expected annotations') as unknown });
    expect(templateNow(server)).toEqual(templateOf(scenario, 3));
  });
});
