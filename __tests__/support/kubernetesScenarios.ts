import type { LogLine, Scenario } from './fakeKubernetes.js';
import { deployment, pod, replicaSet, type ContainerOptions, type Json } from './kubernetesObjects.js';

export const namespace = 'shop';
export const deploymentName = 'checkout';
export const matchLabels = { app: 'checkout', tier: 'web' };

const shopPod = (suffix: string, containers?: ContainerOptions[], labels: Record<string, string> = matchLabels) =>
  pod({ name: `${deploymentName}-7d9f8b6c5d-${suffix}`, namespace, labels, containers });

const done = deployment({ name: deploymentName, namespace, matchLabels });

function scenario(pods: (listCall: number) => Json[], extra: Partial<Scenario> = {}): Scenario {
  return {
    namespace,
    deploymentName,
    rollout: [done],
    pods,
    replicaSets: [replicaSet(done, 1, '5c8b7a6d4f'), replicaSet(done, 2, '7d9f8b6c5d')],
    ...extra,
  };
}

export const allReady = () => scenario(() => [shopPod('a1b2c'), shopPod('d3e4f'), shopPod('g5h6i')]);

export const crashLoop = () =>
  scenario(() => [
    shopPod('a1b2c'),
    shopPod('d3e4f', [{ state: { kind: 'waiting', reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container=web' }, restartCount: 3, lastTermination: 'Error' }]),
  ]);

export const imagePull = () =>
  scenario(() => [
    shopPod('a1b2c', [{ state: { kind: 'waiting', reason: 'ImagePullBackOff', message: 'Back-off pulling image "registry.example/shop:1.4.3"' } }]),
  ]);

/** Each pod list sees one more restart of the same container than the one before. */
export const growingRestarts = () => scenario((listCall) => [shopPod('a1b2c'), shopPod('d3e4f', [{ restartCount: listCall, lastTermination: 'Error' }])]);

/** Running, but its readiness probe fails: the container is not ready, so neither is the pod. */
export const notReady = () => scenario(() => [shopPod('a1b2c'), shopPod('d3e4f', [{ ready: false }])]);

export const oomKilled = () =>
  scenario(() => [
    shopPod('a1b2c', [
      { name: 'web', state: { kind: 'waiting', reason: 'CrashLoopBackOff' }, restartCount: 5, lastTermination: 'OOMKilled' },
      { name: 'proxy', restartCount: 0 },
    ]),
  ]);

/** A second set of pods under a narrower label (a canary) that only an explicit selector picks. */
export const withCanary = () =>
  scenario(() => [shopPod('a1b2c'), shopPod('canary1', undefined, { ...matchLabels, track: 'canary' })]);

/** New pods come up one by one: three watch events after the first state, the last one complete. */
export const rolloutCompletes = () =>
  scenario(() => [], {
    rollout: [
      deployment({ name: deploymentName, namespace, matchLabels, generation: 3, observedGeneration: 2 }),
      deployment({ name: deploymentName, namespace, matchLabels, generation: 3, updatedReplicas: 1, availableReplicas: 0, totalReplicas: 4 }),
      deployment({ name: deploymentName, namespace, matchLabels, generation: 3, updatedReplicas: 3, availableReplicas: 2, totalReplicas: 3 }),
      deployment({ name: deploymentName, namespace, matchLabels, generation: 3 }),
    ],
  });

/** Stuck at one of three updated replicas and no event ever comes. */
export const rolloutStuck = () =>
  scenario(() => [], {
    rollout: [deployment({ name: deploymentName, namespace, matchLabels, generation: 3, updatedReplicas: 1, availableReplicas: 0, totalReplicas: 4 })],
  });

export const progressDeadline = () =>
  scenario(() => [], {
    rollout: [deployment({ name: deploymentName, namespace, matchLabels, generation: 3, updatedReplicas: 1, availableReplicas: 0, totalReplicas: 4, progressDeadlineExceeded: true })],
  });

export function withLogs(logs: Record<string, LogLine[]>) {
  return scenario(
    () => [
      shopPod('a1b2c', [{ name: 'web' }, { name: 'proxy' }]),
      shopPod('d3e4f', [{ name: 'web' }, { name: 'proxy' }]),
    ],
    { logs },
  );
}

export const podName = (suffix: string) => `${deploymentName}-7d9f8b6c5d-${suffix}`;

export const sampleLogs = () =>
  withLogs({
    [`${podName('a1b2c')}/web`]: [
      { time: '2026-11-22T10:00:10Z', text: 'booting' },
      { time: '2026-11-22T10:05:00Z', text: 'GET /cart 200' },
      { time: '2026-11-22T10:05:01Z', text: 'ERROR payment gateway timeout' },
    ],
    [`${podName('a1b2c')}/proxy`]: [{ time: '2026-11-22T10:05:02Z', text: 'upstream 503' }],
    [`${podName('d3e4f')}/web`]: [{ time: '2026-11-22T10:04:59Z', text: 'before the window' }],
  });
