import { ClusterError, type Revision, type RollbackPreview, type Undone } from '../../engine/ports.js';
import { invalidKubernetesNames } from '../shared/kubernetesNames.js';
import { checkedRevision } from '../shared/rollbackRequest.js';
import { clusterArgs, failure, lastLine, parseOutput, runKubectl } from './kubectl.js';
import {
  replicaSetListSchema,
  rolloutDeploymentSchema,
  type LabelSelector,
  type PodTemplate,
  type ReplicaSetItem,
  type RolloutDeployment,
} from './rolloutSchema.js';

export interface KubectlRollbackerOptions {
  deployment: string;
  namespace: string;
  context?: string;
  /** Path or name of the kubectl binary; "kubectl" on PATH by default. */
  kubectl?: string;
  /** Variables set for kubectl over the inherited environment (KUBECONFIG, HOME). */
  env?: Record<string, string>;
  /** kubectl --insecure-skip-tls-verify=true: the user named kubernetes in insecure-skip-tls-verify. */
  insecureSkipTlsVerify?: boolean;
}

const revisionAnnotation = 'deployment.kubernetes.io/revision';

/** The Rollbacker steps kubectl has of its own; confirming is the cluster inspector's rollout wait. */
export interface KubectlRollbacker {
  preview(toRevision: number | undefined, signal: AbortSignal): Promise<RollbackPreview>;
  undo(toRevision: number | undefined, signal: AbortSignal): Promise<Undone>;
}

/** `kubectl rollout undo` of one Deployment, with the history read first through `kubectl get`. */
export function createKubectlRollbacker(options: KubectlRollbackerOptions): KubectlRollbacker {
  const tool = options.kubectl ?? 'kubectl';
  const name = options.deployment;
  const invalid = invalidKubernetesNames({
    object: { name: options.deployment, kind: 'Deployment name (a DNS-1123 subdomain)' },
    namespace: options.namespace,
    context: { name: options.context, kind: 'kubectl context' },
  });
  const kubectl = (args: string[], signal: AbortSignal) =>
    runKubectl(tool, [...args, ...clusterArgs(options)], signal, options.env);

  async function readDeployment(signal: AbortSignal): Promise<RolloutDeployment> {
    const what = `get deployment ${name}`;
    const result = await kubectl(['get', 'deployment', name, '-o', 'json'], signal);
    if (result.exitCode !== 0) throw failure(what, result);
    return parseOutput(rolloutDeploymentSchema, result, what);
  }

  // The ReplicaSets `rollout undo` chooses from: those the Deployment's selector finds and that it controls.
  async function readReplicaSets(deployment: RolloutDeployment, signal: AbortSignal): Promise<ReplicaSetItem[]> {
    const selector = selectorString(deployment.spec.selector);
    const result = await kubectl(['get', 'replicasets', ...(selector ? ['-l', selector] : []), '-o', 'json'], signal);
    if (result.exitCode !== 0) throw failure('get replicasets', result);
    const { items } = parseOutput(replicaSetListSchema, result, 'get replicasets');
    return items.filter((rs) =>
      rs.metadata.ownerReferences?.some((owner) => owner.controller === true && owner.uid === deployment.metadata.uid),
    );
  }

  return {
    async preview(toRevision, signal): Promise<RollbackPreview> {
      const wanted = checkedRevision(invalid, toRevision);
      const deployment = await readDeployment(signal);
      const replicaSets = await readReplicaSets(deployment, signal);
      const currentRevision = deploymentRevision(deployment);
      const chosen = chooseRevision(replicaSets, wanted);
      const gitOps = gitOpsManager(deployment.metadata.labels ?? {}, deployment.metadata.annotations ?? {});
      const current: Revision | undefined =
        currentRevision === undefined
          ? undefined
          : { revision: currentRevision, images: imagesOf(deployment.spec.template) };
      const target: Revision | undefined = chosen && {
        revision: chosen.revision,
        images: imagesOf(chosen.replicaSet.spec.template),
      };
      return { ...(current ? { current } : {}), ...(target ? { target } : {}), ...(gitOps ? { gitOps } : {}) };
    },

    async undo(toRevision, signal) {
      const wanted = checkedRevision(invalid, toRevision);
      const args = [
        'rollout',
        'undo',
        `deployment/${name}`,
        ...(wanted === undefined ? [] : [`--to-revision=${wanted}`]),
      ];
      const result = await kubectl(args, signal);
      if (result.exitCode !== 0) throw failure('rollout undo', result);
      const message = lastLine(result.stdout) ?? '';
      // kubectl's NamePrinter: "deployment.apps/NAME rolled back" or "... skipped rollback (current template already matches revision N)".
      if (/ skipped rollback\b/.test(message)) return { rolledBack: false, message };
      if (/ rolled back$/.test(message)) return { rolledBack: true, message };
      throw new ClusterError(
        `kubectl rollout undo exited 0 but printed neither "rolled back" nor "skipped rollback": ${message || '(nothing)'}`,
      );
    },
  };
}

/** The Deployment's own revision annotation; absent before the controller has set one. */
function deploymentRevision(deployment: RolloutDeployment): number | undefined {
  const value = deployment.metadata.annotations?.[revisionAnnotation];
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** As kubectl reads it (pkg/util/deployment Revision): missing is 0, unparsable leaves the ReplicaSet out. */
function replicaSetRevision(rs: ReplicaSetItem): number | undefined {
  const value = rs.metadata.annotations?.[revisionAnnotation];
  if (value === undefined) return 0;
  return /^-?\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * The ReplicaSet `rollout undo` restores, chosen as kubectl 1.32 does (pkg/polymorphichelpers/rollback.go
 * deploymentRevision): the one with `toRevision`, or else the second-highest revision; none when there is none.
 */
function chooseRevision(
  replicaSets: ReplicaSetItem[],
  toRevision: number | undefined,
): { revision: number; replicaSet: ReplicaSetItem } | undefined {
  let latest: { revision: number; replicaSet: ReplicaSetItem } | undefined;
  let previous: { revision: number; replicaSet: ReplicaSetItem } | undefined;
  for (const replicaSet of replicaSets) {
    const revision = replicaSetRevision(replicaSet);
    if (revision === undefined) continue;
    if (toRevision !== undefined) {
      if (revision === toRevision) return { revision, replicaSet };
    } else if (!latest || latest.revision < revision) {
      previous = latest;
      latest = { revision, replicaSet };
    } else if (!previous || previous.revision < revision) {
      previous = { revision, replicaSet };
    }
  }
  return toRevision === undefined ? previous : undefined;
}

/** Every image of a pod template: its containers', then its init containers'. */
function imagesOf(template: PodTemplate | undefined): string[] {
  if (!template) return [];
  return [...template.spec.containers, ...(template.spec.initContainers ?? [])].flatMap((container) =>
    container.image ? [container.image] : [],
  );
}

/** The label selector as `-l` takes it (what metav1.LabelSelectorAsSelector prints). */
function selectorString(selector: LabelSelector): string {
  const labels = Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`);
  const expressions = (selector.matchExpressions ?? []).map(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return `${key} in (${values.join(',')})`;
      case 'NotIn':
        return `${key} notin (${values.join(',')})`;
      case 'Exists':
        return key;
      case 'DoesNotExist':
        return `!${key}`;
    }
  });
  return [...labels, ...expressions].join(',');
}

/**
 * Argo CD marks what it syncs with its tracking-id annotation (annotation tracking), or with a tracking label
 * (argocd.argoproj.io/instance, or app.kubernetes.io/instance, which Helm sets too, so only together with an
 * Argo CD annotation); Flux's kustomize- and helm-controllers label what they apply.
 */
function gitOpsManager(labels: Record<string, string>, annotations: Record<string, string>): string | undefined {
  const argoAnnotation = Object.keys(annotations).some((key) => key.startsWith('argocd.argoproj.io/'));
  if (
    'argocd.argoproj.io/tracking-id' in annotations ||
    'argocd.argoproj.io/instance' in labels ||
    ('app.kubernetes.io/instance' in labels && argoAnnotation)
  ) {
    return 'Argo CD';
  }
  if ('kustomize.toolkit.fluxcd.io/name' in labels || 'helm.toolkit.fluxcd.io/name' in labels) return 'Flux';
  return undefined;
}
