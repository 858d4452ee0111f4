import type { LogLine, Scenario } from './fakeKubernetes.js';
import {
  deployment,
  pod,
  replicaSet,
  status,
  withProgress,
  type ContainerOptions,
  type Json,
} from './kubernetesObjects.js';

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
    shopPod('d3e4f', [
      {
        state: { kind: 'waiting', reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container=web' },
        restartCount: 3,
        lastTermination: 'Error',
      },
    ]),
  ]);

export const imagePull = () =>
  scenario(() => [
    shopPod('a1b2c', [
      {
        state: {
          kind: 'waiting',
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "registry.example/shop:1.4.3"',
        },
      },
    ]),
  ]);

/** Each pod list sees one more restart of the same container than the one before. */
export const growingRestarts = () =>
  scenario((listCall) => [shopPod('a1b2c'), shopPod('d3e4f', [{ restartCount: listCall, lastTermination: 'Error' }])]);

/** Running, but its readiness probe fails: the container is not ready, so neither is the pod. */
export const notReady = () => scenario(() => [shopPod('a1b2c'), shopPod('d3e4f', [{ ready: false }])]);

export const oomKilled = () =>
  scenario(() => [
    shopPod('a1b2c', [
      {
        name: 'web',
        state: { kind: 'waiting', reason: 'CrashLoopBackOff' },
        restartCount: 5,
        lastTermination: 'OOMKilled',
      },
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
      deployment({
        name: deploymentName,
        namespace,
        matchLabels,
        generation: 3,
        updatedReplicas: 1,
        availableReplicas: 0,
        totalReplicas: 4,
      }),
      deployment({
        name: deploymentName,
        namespace,
        matchLabels,
        generation: 3,
        updatedReplicas: 3,
        availableReplicas: 2,
        totalReplicas: 3,
      }),
      deployment({ name: deploymentName, namespace, matchLabels, generation: 3 }),
    ],
  });

/** Stuck at one of three updated replicas and no event ever comes. */
export const rolloutStuck = () =>
  scenario(() => [], {
    rollout: [
      deployment({
        name: deploymentName,
        namespace,
        matchLabels,
        generation: 3,
        updatedReplicas: 1,
        availableReplicas: 0,
        totalReplicas: 4,
      }),
    ],
  });

export const progressDeadline = () =>
  scenario(() => [], {
    rollout: [
      deployment({
        name: deploymentName,
        namespace,
        matchLabels,
        generation: 3,
        updatedReplicas: 1,
        availableReplicas: 0,
        totalReplicas: 4,
        progressDeadlineExceeded: true,
      }),
    ],
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

// Rollback: a Deployment with three revisions, each a ReplicaSet it controls. Revision 3 is current and
// ships a bad image; revision 2 is what `rollout undo` restores by default.

/** The images of each revision's pod template: the app, then its proxy sidecar. */
export const revisionImages: Record<number, string[]> = {
  1: ['registry.example/shop:1.4.1', 'envoyproxy/envoy:v1.30.4'],
  2: ['registry.example/shop:1.4.2', 'envoyproxy/envoy:v1.31.2'],
  3: ['registry.example/shop:1.4.3', 'envoyproxy/envoy:v1.31.2'],
};

export const revisionHashes: Record<number, string> = { 1: '5c8b7a6d4f', 2: '7d9f8b6c5d', 3: '6f4d9c8b7a' };

export interface RevisionOptions {
  /** metadata.annotations / labels of the Deployment at every revision (GitOps markers). */
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
  /** The current revision (the Deployment's own); 3 by default. */
  current?: number;
  /** After a rollback PATCH: the new pods come up ('available', default) or never become available. */
  afterRollback?: 'available' | 'never';
  paused?: boolean;
}

/** The Deployment as it was at `revision`: that revision's images, change cause and last-applied configuration. */
export function atRevision(revision: number, options: RevisionOptions = {}): Json {
  const [web = '', proxy = ''] = revisionImages[revision] ?? [];
  return deployment({
    name: deploymentName,
    namespace,
    matchLabels,
    revision,
    generation: revision,
    containers: [
      { name: 'web', image: web },
      { name: 'proxy', image: proxy },
    ],
    annotations: {
      'kubernetes.io/change-cause': `deploy shop ${web.split(':')[1] ?? ''}`,
      'kubectl.kubernetes.io/last-applied-configuration': `{"kind":"Deployment","metadata":{"name":"${deploymentName}"},"spec":{"template":{"spec":{"containers":[{"image":"${web}"}]}}}}`,
      ...options.annotations,
    },
    labels: options.labels,
    paused: options.paused,
  });
}

/** The revision-th ReplicaSet: scaled up when it is the current one. */
const revisionSet = (revision: number, current: number, options: RevisionOptions) =>
  replicaSet(atRevision(revision, options), revision, revisionHashes[revision] ?? '', {
    replicas: revision === current ? 3 : 0,
  });

// A ReplicaSet under the same labels that another (deleted and re-created) Deployment controlled: kubectl
// and the rollbacker must leave it out, or its revision 9 would count as the latest.
const orphan = () =>
  replicaSet(atRevision(1), 9, '9a8b7c6d5e', { replicas: 0, ownerUid: 'uid-deployment-checkout-before-recreate' });

/** Once the rolled-back template is observed, the new pods come up one by one and the rollout completes. */
export const rollsOut = (patched: Json): Json[] => {
  const generation = Number((patched.metadata as Json).generation);
  return [
    withProgress(patched, { observedGeneration: generation - 1 }),
    withProgress(patched, { updatedReplicas: 1, availableReplicas: 0, totalReplicas: 4 }),
    withProgress(patched, { updatedReplicas: 3, availableReplicas: 2, totalReplicas: 3 }),
    withProgress(patched, {}),
  ];
};

/** The rolled-back pods are all updated but never become available (they fail their readiness too). */
export const neverAvailable = (patched: Json): Json[] => {
  const generation = Number((patched.metadata as Json).generation);
  return [
    withProgress(patched, { observedGeneration: generation - 1 }),
    withProgress(patched, { updatedReplicas: 3, availableReplicas: 0, totalReplicas: 3 }),
  ];
};

/** Revisions 1..3, the third current with a bad image. */
export function revisions(options: RevisionOptions = {}): Scenario {
  const current = options.current ?? 3;
  const revisionsHeld = [1, 2, 3].filter((revision) => revision <= current);
  return {
    namespace,
    deploymentName,
    rollout: [atRevision(current, options)],
    pods: () => [],
    replicaSets: [...revisionsHeld.map((revision) => revisionSet(revision, current, options)), orphan()],
    afterRollback: options.afterRollback === 'never' ? neverAvailable : rollsOut,
  };
}

/** A first deploy: one revision, nothing to go back to. */
export const oneRevision = () => revisions({ current: 1 });

/** The apiserver fails the PATCH (etcd timing out) after kubectl sent it. */
export const patchFails = (): Scenario => ({
  ...revisions(),
  patchError: status(500, 'InternalError', 'Internal error occurred: etcdserver: request timed out', {
    causes: [{ message: 'etcdserver: request timed out' }],
  }),
});

/** Synced by Argo CD: its tracking-id annotation (annotation tracking, Argo CD 2.x+). */
export const argoCd = () =>
  revisions({
    annotations: { 'argocd.argoproj.io/tracking-id': `shop:apps/Deployment:${namespace}/${deploymentName}` },
  });

/** Synced by Argo CD through the older label tracking: app.kubernetes.io/instance and an Argo CD annotation. */
export const argoCdByLabel = () =>
  revisions({
    labels: { 'app.kubernetes.io/instance': 'shop' },
    annotations: { 'argocd.argoproj.io/sync-options': 'Prune=false' },
  });

/** Applied by Flux: its kustomize-controller's labels, or its helm-controller's. */
export const flux = (controller: 'kustomize' | 'helm' = 'kustomize') =>
  revisions({
    labels: {
      [`${controller}.toolkit.fluxcd.io/name`]: 'shop',
      [`${controller}.toolkit.fluxcd.io/namespace`]: 'flux-system',
    },
  });

/** Labelled app.kubernetes.io/instance by Helm alone: not managed from Git. */
export const helmOnly = () =>
  revisions({ labels: { 'app.kubernetes.io/instance': 'shop', 'app.kubernetes.io/managed-by': 'Helm' } });

/**
 * Someone already put revision 2's template back (kubectl set image) and the controller has not caught up:
 * the Deployment still says revision 3, but undo's target matches its template, so kubectl skips.
 */
export function alreadyMatches(): Scenario {
  const base = revisions();
  const back = atRevision(2);
  const current = atRevision(3) as { metadata: Json; spec: Json };
  const edited = {
    ...current,
    metadata: { ...current.metadata, generation: 4 },
    spec: { ...current.spec, template: (back.spec as Json).template },
  };
  return { ...base, rollout: [withProgress(edited, { observedGeneration: 3 })] };
}

/** `kubectl rollout pause` was run: kubectl refuses to roll back. */
export const paused = () => revisions({ paused: true });
