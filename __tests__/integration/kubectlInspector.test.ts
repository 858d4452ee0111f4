import { readFile } from 'node:fs/promises';
import { ClusterError, type ClusterInspector } from '../../src/engine/ports.js';
import {
  createKubectlInspector,
  type KubectlInspectorOptions,
} from '../../src/providers/kubernetes/kubectlInspector.js';
import { startFakeKubernetes, type FakeKubernetes, type Scenario } from '../support/fakeKubernetes.js';
import * as scenarios from '../support/kubernetesScenarios.js';
import { rejectionOf } from '../support/rejection.js';

// The real kubectl (the gcloud dispatcher on this machine asks /version first, then runs kubectl 1.32)
// against a fake apiserver: what the inspector parses is what kubectl really prints.

const { namespace, deploymentName, podName } = scenarios;
const deploymentPath = `/apis/apps/v1/namespaces/${namespace}/deployments`;
const podsPath = `/api/v1/namespaces/${namespace}/pods`;
let fake: FakeKubernetes | undefined;

async function cluster(
  scenario: Scenario,
  options: Parameters<typeof startFakeKubernetes>[1] = {},
): Promise<FakeKubernetes> {
  fake = await startFakeKubernetes(scenario, options);
  return fake;
}

// The kubeconfig's current context is refused: only a --context=fake that reaches kubectl finds the fake.
const inspector = (options: Partial<KubectlInspectorOptions> = {}): ClusterInspector =>
  createKubectlInspector({ deployment: deploymentName, namespace, context: 'fake', env: kubeEnv(), ...options });

// @actions/exec spawns with the real process environment, which a jest sandbox's process.env is not.
// HOME too: kubectl caches discovery under ~/.kube/cache.
const kubeEnv = () => ({ KUBECONFIG: fake?.kubeconfig ?? '', HOME: fake?.home ?? '' });

const signal = () => new AbortController().signal;

const clusterError = (promise: Promise<unknown>) => rejectionOf(promise, ClusterError);

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('pod health through kubectl get pods', () => {
  it('reads all-Ready pods, selecting them by the Deployment matchLabels read once', async () => {
    const server = await cluster(scenarios.allReady());
    const kube = inspector();
    const pods = await kube.listPods(signal());
    await kube.listPods(signal());
    expect(pods).toEqual(
      ['a1b2c', 'd3e4f', 'g5h6i'].map((suffix) => ({
        name: podName(suffix),
        phase: 'Running',
        ready: true,
        containers: [{ name: 'web', ready: true, restartCount: 0 }],
      })),
    );
    // --namespace wins over the kubeconfig context's own namespace.
    expect(server.calls()).toEqual([`GET ${deploymentPath}/${deploymentName}`, `GET ${podsPath}`, `GET ${podsPath}`]);
    const podList = server.requests.find((request) => request.path === podsPath);
    expect(podList?.query).toMatchObject({ labelSelector: 'app=checkout,tier=web', limit: '500', timeout: '30s' });
  });

  it('uses the given selector and never reads the Deployment', async () => {
    const server = await cluster(scenarios.withCanary());
    const pods = await inspector({ selector: 'app=checkout,track=canary' }).listPods(signal());
    expect(pods.map((pod) => pod.name)).toEqual([podName('canary1')]);
    expect(server.calls()).toEqual([`GET ${podsPath}`]);
  });

  it('names CrashLoopBackOff, the restarts and the last termination', async () => {
    await cluster(scenarios.crashLoop());
    const [healthy, crashing] = await inspector().listPods(signal());
    expect(healthy?.ready).toBe(true);
    expect(crashing).toEqual({
      name: podName('d3e4f'),
      phase: 'Running',
      ready: false,
      containers: [
        {
          name: 'web',
          ready: false,
          restartCount: 3,
          waitingReason: 'CrashLoopBackOff',
          lastTerminationReason: 'Error',
        },
      ],
    });
  });

  it('names ImagePullBackOff', async () => {
    await cluster(scenarios.imagePull());
    const [pod] = await inspector().listPods(signal());
    expect(pod?.containers).toEqual([
      { name: 'web', ready: false, restartCount: 0, waitingReason: 'ImagePullBackOff' },
    ]);
  });

  it('sees restarts grow from one call to the next', async () => {
    await cluster(scenarios.growingRestarts());
    const kube = inspector();
    const restarts: number[] = [];
    for (let call = 0; call < 3; call++)
      restarts.push((await kube.listPods(signal()))[1]?.containers[0]?.restartCount ?? -1);
    expect(restarts).toEqual([1, 2, 3]);
  });

  it('reports a running pod whose readiness fails as not Ready', async () => {
    await cluster(scenarios.notReady());
    const [, pod] = await inspector().listPods(signal());
    expect(pod).toMatchObject({
      phase: 'Running',
      ready: false,
      containers: [{ name: 'web', ready: false, restartCount: 0 }],
    });
    expect(pod?.containers[0]?.waitingReason).toBeUndefined();
  });

  it('keeps OOMKilled as the last termination of the container that hit its limit', async () => {
    await cluster(scenarios.oomKilled());
    const [pod] = await inspector().listPods(signal());
    expect(pod?.containers).toEqual([
      {
        name: 'web',
        ready: false,
        restartCount: 5,
        waitingReason: 'CrashLoopBackOff',
        lastTerminationReason: 'OOMKilled',
      },
      { name: 'proxy', ready: true, restartCount: 0 },
    ]);
  });

  it('passes a selector the apiserver rejects back as its message', async () => {
    await cluster(scenarios.allReady());
    const error = await clusterError(inspector({ selector: 'app=checkout,tier=we b' }).listPods(signal()));
    expect(error.message).toMatch(/^kubectl get pods failed: .*unable to parse requirement/);
  });
});

describe('rollout status', () => {
  it('completes after the watch brings the rollout to its end', async () => {
    const server = await cluster(scenarios.rolloutCompletes());
    expect(await inspector().waitForRollout(20_000, signal())).toEqual({
      complete: true,
      message: `deployment "${deploymentName}" successfully rolled out`,
    });
    expect(server.calls().slice(0, 3)).toEqual([
      `GET ${deploymentPath}/${deploymentName}`,
      `GET ${deploymentPath}`,
      `GET ${deploymentPath}`,
    ]);
    const watch = server.requests.find((request) => request.query.watch === 'true');
    expect(watch?.query).toMatchObject({
      fieldSelector: `metadata.name=${deploymentName}`,
      resourceVersion: '1000',
      allowWatchBookmarks: 'true',
    });
  });

  it('returns kubectl’s own timeout message when the rollout never completes', async () => {
    await cluster(scenarios.rolloutStuck());
    expect(await inspector().waitForRollout(2_000, signal())).toEqual({
      complete: false,
      message: `error: timed out waiting for the condition (last status: Waiting for deployment "${deploymentName}" rollout to finish: 1 out of 3 new replicas have been updated...)`,
    });
  });

  it('returns the progress deadline as not complete', async () => {
    await cluster(scenarios.progressDeadline());
    const result = await inspector().waitForRollout(20_000, signal());
    expect(result).toEqual({
      complete: false,
      message: `error: deployment "${deploymentName}" exceeded its progress deadline`,
    });
  });

  it('fails with the apiserver’s NotFound for a Deployment that does not exist', async () => {
    await cluster(scenarios.allReady());
    const error = await clusterError(inspector({ deployment: 'cart' }).waitForRollout(5_000, signal()));
    expect(error.message).toBe(
      'kubectl rollout status failed: Error from server (NotFound): deployments.apps "cart" not found',
    );
  });
});

describe('pod logs', () => {
  it('returns prefixed lines of every container since the given time', async () => {
    const server = await cluster(scenarios.sampleLogs());
    const lines = await inspector().podLogs(new Date('2026-11-22T10:05:00Z'), signal());
    // kubectl fetches containers concurrently: their lines interleave in any order, each container's in its own.
    expect([...lines].sort()).toEqual([
      `[pod/${podName('a1b2c')}/proxy] upstream 503`,
      `[pod/${podName('a1b2c')}/web] ERROR payment gateway timeout`,
      `[pod/${podName('a1b2c')}/web] GET /cart 200`,
    ]);
    expect(lines.filter((line) => line.includes('/web]'))).toEqual([
      `[pod/${podName('a1b2c')}/web] GET /cart 200`,
      `[pod/${podName('a1b2c')}/web] ERROR payment gateway timeout`,
    ]);
    const logRequests = server.requests.filter((request) => request.path.endsWith('/log'));
    expect(
      logRequests.map((request) => [request.path, request.query.container, request.query.sinceTime]).sort(),
    ).toEqual([
      [`${podsPath}/${podName('a1b2c')}/log`, 'proxy', '2026-11-22T10:05:00Z'],
      [`${podsPath}/${podName('a1b2c')}/log`, 'web', '2026-11-22T10:05:00Z'],
      [`${podsPath}/${podName('d3e4f')}/log`, 'proxy', '2026-11-22T10:05:00Z'],
      [`${podsPath}/${podName('d3e4f')}/log`, 'web', '2026-11-22T10:05:00Z'],
    ]);
    expect(logRequests.every((request) => request.query.tailLines === undefined)).toBe(true);
  });

  it('fails with kubectl’s message when a container never started', async () => {
    await cluster(scenarios.imagePull());
    const error = await clusterError(inspector().podLogs(new Date('2026-11-22T10:05:00Z'), signal()));
    expect(error.message).toContain(
      `container "web" in pod "${podName('a1b2c')}" is waiting to start: trying and failing to pull image`,
    );
  });
});

describe('when kubectl cannot do its work', () => {
  it('says kubectl is missing', async () => {
    await cluster(scenarios.allReady());
    const error = await clusterError(inspector({ kubectl: '/nonexistent/kubectl' }).listPods(signal()));
    expect(error.message).toBe('kubectl is not installed or not on PATH: /nonexistent/kubectl was not found');
  });

  it('names the refused connection of an unreachable cluster', async () => {
    const server = await cluster(scenarios.allReady());
    const error = await clusterError(
      inspector({ context: server.unreachableContext, selector: 'app=checkout' }).listPods(signal()),
    );
    expect(error.message).toContain(
      `The connection to the server ${server.unreachableHost} was refused - did you specify the right host or port?`,
    );
    expect(error.message).not.toMatch(/\n|at .*\.ts:\d+/);
    expect(server.requests).toEqual([]);
  });

  it('uses the kubeconfig’s current context when none is given', async () => {
    const server = await cluster(scenarios.allReady(), { currentContext: 'fake' });
    expect(await inspector({ context: undefined }).listPods(signal())).toHaveLength(3);
    expect(server.calls()).toContain(`GET ${podsPath}`);
  });

  it('stops at once on an aborted run', async () => {
    await cluster(scenarios.rolloutStuck());
    const run = new AbortController();
    const pending = inspector().waitForRollout(3_000, run.signal);
    run.abort();
    expect((await clusterError(pending)).message).toBe('stopped: the step was cancelled or reached its time limit');
  });
});

describe('TLS to the API server', () => {
  const tls = async () => ({
    cert: await readFile(new URL('../fixtures/tls/cert.pem', import.meta.url), 'utf8'),
    key: await readFile(new URL('../fixtures/tls/key.pem', import.meta.url), 'utf8'),
  });

  it('verifies the certificate: kubectl refuses one no CA vouches for', async () => {
    await cluster(scenarios.allReady(), { tls: await tls() });
    const error = await clusterError(inspector().listPods(signal()));
    expect(error.message).toMatch(/x509|certificate/);
  });

  it('trusts any certificate only when insecure-skip-tls-verify names kubernetes', async () => {
    await cluster(scenarios.allReady(), { tls: await tls() });
    const pods = await inspector({ insecureSkipTlsVerify: true }).listPods(signal());
    expect(pods.map((pod) => pod.name)).toEqual([podName('a1b2c'), podName('d3e4f'), podName('g5h6i')]);
  });
});
