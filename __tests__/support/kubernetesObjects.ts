// Kubernetes objects in the JSON shapes an apiserver v1.32 sends (kubernetes/api v0.32.13 types),
// so that what kubectl prints, and the inspector parses, is what a real cluster would give.

export type Json = Record<string, unknown>;

const created = '2026-11-22T10:00:00Z';
const started = '2026-11-22T10:00:05Z';

export function status(code: number, reason: string, message: string, details: Json = {}): Json {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, details, code };
}

export function list(kind: string, apiVersion: string, resourceVersion: string, items: Json[]): Json {
  // A real list carries kind/apiVersion once, on the list; its items have neither.
  const bare = items.map(({ kind: _kind, apiVersion: _apiVersion, ...rest }) => rest);
  return { kind, apiVersion, metadata: { resourceVersion }, items: bare };
}

export interface DeploymentOptions {
  name: string;
  namespace: string;
  matchLabels: Record<string, string>;
  replicas?: number;
  generation?: number;
  observedGeneration?: number;
  updatedReplicas?: number;
  availableReplicas?: number;
  /** status.replicas: old and new pods together while a rollout is under way. */
  totalReplicas?: number;
  progressDeadlineExceeded?: boolean;
  revision?: number;
  /** The pod template's containers; one `web` on registry.example/shop:1.4.2 by default. */
  containers?: { name: string; image: string }[];
  /** More metadata.annotations beside the revision (e.g. Argo CD's tracking id, kubernetes.io/change-cause). */
  annotations?: Record<string, string>;
  /** More metadata.labels beside matchLabels (e.g. Flux's kustomize.toolkit.fluxcd.io/name). */
  labels?: Record<string, string>;
  paused?: boolean;
}

/** The status part of a Deployment's rollout, as `rollout status` reads it. */
export interface RolloutProgress {
  observedGeneration?: number;
  updatedReplicas?: number;
  availableReplicas?: number;
  totalReplicas?: number;
  progressDeadlineExceeded?: boolean;
}

export function deployment(options: DeploymentOptions): Json {
  const replicas = options.replicas ?? 3;
  const generation = options.generation ?? 2;
  const containers = options.containers ?? [{ name: 'web', image: 'registry.example/shop:1.4.2' }];
  return {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: {
      name: options.name,
      namespace: options.namespace,
      uid: `uid-deployment-${options.name}`,
      resourceVersion: '0',
      generation,
      creationTimestamp: created,
      labels: { ...options.matchLabels, ...options.labels },
      annotations: { 'deployment.kubernetes.io/revision': String(options.revision ?? 2), ...options.annotations },
    },
    spec: {
      replicas,
      selector: { matchLabels: { ...options.matchLabels } },
      template: {
        metadata: { labels: { ...options.matchLabels } },
        spec: { containers: containers.map((container) => ({ ...container, resources: {} })), restartPolicy: 'Always' },
      },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      ...(options.paused ? { paused: true } : {}),
    },
    status: deploymentStatus(options.name, replicas, generation, options),
  };
}

/** The same Deployment at another point of its rollout: its metadata and spec kept, its status replaced. */
export function withProgress(object: Json, progress: RolloutProgress): Json {
  const meta = object.metadata as Json;
  const spec = object.spec as { replicas: number };
  return { ...object, status: deploymentStatus(String(meta.name), spec.replicas, Number(meta.generation), progress) };
}

function deploymentStatus(name: string, replicas: number, generation: number, progress: RolloutProgress): Json {
  const updated = progress.updatedReplicas ?? replicas;
  const available = progress.availableReplicas ?? updated;
  const done = updated === replicas && available === updated;
  const progressing = progress.progressDeadlineExceeded
    ? {
        status: 'False',
        reason: 'ProgressDeadlineExceeded',
        message: `ReplicaSet "${name}-7d9f8b6c5d" has timed out progressing.`,
      }
    : done
      ? {
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          message: `ReplicaSet "${name}-7d9f8b6c5d" has successfully progressed.`,
        }
      : { status: 'True', reason: 'ReplicaSetUpdated', message: `ReplicaSet "${name}-7d9f8b6c5d" is progressing.` };
  return {
    observedGeneration: progress.observedGeneration ?? generation,
    replicas: progress.totalReplicas ?? replicas,
    updatedReplicas: updated,
    readyReplicas: available,
    availableReplicas: available,
    ...(available < replicas ? { unavailableReplicas: replicas - available } : {}),
    conditions: [
      {
        type: 'Available',
        status: available >= replicas - 1 ? 'True' : 'False',
        lastUpdateTime: started,
        lastTransitionTime: started,
        reason: available >= replicas - 1 ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
        message:
          available >= replicas - 1
            ? 'Deployment has minimum availability.'
            : 'Deployment does not have minimum availability.',
      },
      { type: 'Progressing', lastUpdateTime: started, lastTransitionTime: created, ...progressing },
    ],
  };
}

/**
 * Annotations the deployment controller never copies from a Deployment to its ReplicaSets, and that
 * `kubectl rollout undo` keeps from the Deployment (kubectl pkg/polymorphichelpers/rollback.go).
 */
export const rollbackSkippedAnnotations = [
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
];

/**
 * The ReplicaSet a Deployment owns for one revision (what `rollout undo` will read): the owner's template
 * with the pod-template-hash label, the owner's annotations as the controller copies them, and the
 * controller's own revision / desired-replicas / max-replicas. Old revisions are scaled to 0.
 */
export function replicaSet(
  owner: Json,
  revision: number,
  hash: string,
  options: { replicas?: number; ownerUid?: string } = {},
): Json {
  const meta = owner.metadata as Json;
  const spec = owner.spec as { replicas: number; selector: { matchLabels: Record<string, string> }; template: Json };
  const labels = { ...spec.selector.matchLabels, 'pod-template-hash': hash };
  const replicas = options.replicas ?? spec.replicas;
  const copied = Object.entries((meta.annotations ?? {}) as Record<string, string>).filter(
    ([key]) => !rollbackSkippedAnnotations.includes(key),
  );
  const template = spec.template as { metadata: Json };
  return {
    kind: 'ReplicaSet',
    apiVersion: 'apps/v1',
    metadata: {
      name: `${String(meta.name)}-${hash}`,
      namespace: meta.namespace,
      uid: `uid-rs-${hash}`,
      resourceVersion: '0',
      generation: 1,
      creationTimestamp: created,
      labels,
      annotations: {
        ...Object.fromEntries(copied),
        'deployment.kubernetes.io/revision': String(revision),
        'deployment.kubernetes.io/desired-replicas': String(spec.replicas),
        'deployment.kubernetes.io/max-replicas': String(spec.replicas + Math.ceil(spec.replicas / 4)),
      },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: meta.name,
          uid: options.ownerUid ?? meta.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: { ...spec.template, metadata: { ...template.metadata, labels } },
    },
    status: {
      replicas,
      fullyLabeledReplicas: replicas,
      readyReplicas: replicas,
      availableReplicas: replicas,
      observedGeneration: 1,
    },
  };
}

export type ContainerCondition =
  { kind: 'running' } | { kind: 'waiting'; reason: string; message?: string } | { kind: 'starting' };

export interface ContainerOptions {
  name?: string;
  state?: ContainerCondition;
  restartCount?: number;
  /** lastState.terminated.reason, e.g. OOMKilled (exit 137) or Error (exit 1) */
  lastTermination?: 'OOMKilled' | 'Error' | 'Completed';
  ready?: boolean;
}

function containerStatus(podName: string, options: ContainerOptions): Json {
  const name = options.name ?? 'web';
  const state = options.state ?? { kind: 'running' };
  const running = state.kind === 'running';
  const ready = options.ready ?? running;
  const exitCode = { OOMKilled: 137, Error: 1, Completed: 0 };
  return {
    name,
    state:
      state.kind === 'waiting'
        ? { waiting: { reason: state.reason, ...(state.message ? { message: state.message } : {}) } }
        : { running: { startedAt: started } },
    lastState: options.lastTermination
      ? {
          terminated: {
            exitCode: exitCode[options.lastTermination],
            reason: options.lastTermination,
            startedAt: created,
            finishedAt: started,
            containerID: `containerd://${podName}-${name}-previous`,
          },
        }
      : {},
    ready,
    restartCount: options.restartCount ?? 0,
    image: 'registry.example/shop:1.4.2',
    imageID: 'registry.example/shop@sha256:4f2c1d0e9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e',
    ...(state.kind === 'waiting' && !options.lastTermination ? {} : { containerID: `containerd://${podName}-${name}` }),
    started: running,
  };
}

export interface PodOptions {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
  containers?: ContainerOptions[];
}

export function pod(options: PodOptions): Json {
  const containers = (options.containers ?? [{}]).map((container) => containerStatus(options.name, container));
  const allReady = containers.every((container) => container.ready === true);
  const condition = (type: string, ok: boolean, reason?: string) => ({
    type,
    status: ok ? 'True' : 'False',
    lastProbeTime: null,
    lastTransitionTime: started,
    ...(ok || !reason
      ? {}
      : {
          reason,
          message: `containers with unready status: [${containers
            .filter((c) => c.ready !== true)
            .map((c) => String(c.name))
            .join(' ')}]`,
        }),
  });
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: {
      name: options.name,
      generateName: options.name.replace(/[^-]+$/, ''),
      namespace: options.namespace,
      uid: `uid-pod-${options.name}`,
      resourceVersion: '0',
      creationTimestamp: created,
      labels: { ...options.labels, 'pod-template-hash': '7d9f8b6c5d' },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: `${options.name.split('-')[0]}-7d9f8b6c5d`,
          uid: 'uid-rs-7d9f8b6c5d',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      containers: containers.map((container) => ({ name: container.name, image: container.image, resources: {} })),
      restartPolicy: 'Always',
      nodeName: 'node-a',
    },
    status: {
      phase: options.phase ?? 'Running',
      conditions: [
        condition('PodReadyToStartContainers', true),
        condition('Initialized', true),
        condition('Ready', allReady, 'ContainersNotReady'),
        condition('ContainersReady', allReady, 'ContainersNotReady'),
        condition('PodScheduled', true),
      ],
      hostIP: '10.0.0.4',
      podIP: '10.244.1.17',
      startTime: started,
      containerStatuses: containers,
      qosClass: 'BestEffort',
    },
  };
}

const revisionKey = 'deployment.kubernetes.io/revision';

/**
 * A rollback PATCH applied (template and annotations replaced, generation bumped), then what the
 * deployment controller does next: it finds the ReplicaSet with that template, gives it the next revision
 * (noting its old one in revision-history), scales it up and the others down, and sets the Deployment's
 * revision annotation to match.
 */
export function applyRollbackPatch(
  deployment: Json,
  replicaSets: Json[],
  patch: { template: Json; annotations: Record<string, string>; target: Json },
): { patched: Json; adopted: Json; replicaSets: Json[] } {
  const meta = deployment.metadata as Json;
  const spec = deployment.spec as Json;
  const patched = {
    ...deployment,
    metadata: { ...meta, generation: Number(meta.generation) + 1, annotations: patch.annotations },
    spec: { ...spec, template: patch.template },
  };
  const owned = (rs: Json) =>
    ((rs.metadata as Json).ownerReferences as Json[] | undefined)?.some(
      (ref) => ref.controller === true && ref.uid === meta.uid,
    ) ?? false;
  const revisionOf = (rs: Json) =>
    Number((((rs.metadata as Json).annotations ?? {}) as Record<string, string>)[revisionKey] ?? 0);
  const next = Math.max(0, ...replicaSets.filter(owned).map(revisionOf)) + 1;
  const targetName = (patch.target.metadata as Json).name;
  const updated = replicaSets.map((rs) => {
    if (!owned(rs)) return rs;
    const rsMeta = rs.metadata as Json;
    if (rsMeta.name !== targetName) return { ...rs, spec: { ...(rs.spec as Json), replicas: 0 } };
    const annotations = (rsMeta.annotations ?? {}) as Record<string, string>;
    const history = [annotations['deployment.kubernetes.io/revision-history'], annotations[revisionKey]]
      .filter((part) => part !== undefined && part !== '')
      .join(',');
    return {
      ...rs,
      metadata: {
        ...rsMeta,
        annotations: {
          ...annotations,
          [revisionKey]: String(next),
          'deployment.kubernetes.io/revision-history': history,
        },
      },
      spec: { ...(rs.spec as Json), replicas: spec.replicas },
    };
  });
  const adopted = {
    ...patched,
    metadata: { ...patched.metadata, annotations: { ...patch.annotations, [revisionKey]: String(next) } },
  };
  return { patched, adopted, replicaSets: updated };
}
