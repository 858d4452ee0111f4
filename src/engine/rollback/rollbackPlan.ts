import type { Config } from '../config/schema.js';
import { rollbackMethod, type RollbackMethod } from '../config/rollbackSchema.js';
import { kubectlTarget, type KubernetesTarget } from '../kubernetes/target.js';

/** A Helm release: what `helm rollback` undoes, in the namespace and context of the run. */
export interface HelmTarget {
  release: string;
  namespace: string;
  context?: string;
  /** helm --kube-insecure-skip-tls-verify: kubernetes is named in insecure-skip-tls-verify. */
  insecureSkipTlsVerify: boolean;
}

export interface RollbackPlan {
  mode: 'auto' | 'manual' | 'off';
  method: RollbackMethod;
  toRevision?: number;
  timeoutMs: number;
  /** kubectl: the Deployment rolled back. */
  target?: KubernetesTarget;
  helm?: HelmTarget;
  /** command: what runs, as written. */
  command?: string;
  /** What the run rolls back, in a message: "deployment/shop -n prod", "Helm release shop in prod". */
  subject: string;
  /** The exact command a person would run to roll back; the rollback-command output. */
  undoCommand: string;
  /** What confirms it, when a command does (kubectl rollout status, helm status). */
  statusCommand?: string;
  /** What to run by hand when the rollback failed or is manual. */
  manualSteps: string[];
  /** What a person can do when there is no earlier revision to go back to. */
  noEarlierSteps: string[];
}

/** Absent without a way to roll back: no kube-deployment, helm-release or rollback-command. */
export function planRollback(config: Config, target: KubernetesTarget | undefined): RollbackPlan | undefined {
  const method = rollbackMethod(config);
  if (!method) return undefined;
  const common = {
    mode: config.rollback ?? 'auto',
    method,
    timeoutMs: config['rollback-timeout'],
    ...(config['rollback-to-revision'] !== undefined ? { toRevision: config['rollback-to-revision'] } : {}),
  };
  const release = config['helm-release'];
  if (method === 'helm' && release !== undefined)
    return {
      ...common,
      ...helmCommands(
        {
          release,
          namespace: config['kube-namespace'],
          context: config['kube-context'],
          insecureSkipTlsVerify: config['insecure-skip-tls-verify'].has('kubernetes'),
        },
        common,
      ),
    };
  const command = config['rollback-command'];
  if (method === 'command' && command !== undefined)
    return {
      ...common,
      command,
      subject: 'the release',
      undoCommand: command,
      manualSteps: [command],
      noEarlierSteps: [],
    };
  if (!target) return undefined;
  return { ...common, target, ...kubectlCommands(target, common) };
}

function kubectlCommands(
  target: KubernetesTarget,
  { toRevision, timeoutMs }: { toRevision?: number; timeoutMs: number },
) {
  const where = kubectlTarget(target);
  const undoCommand = `kubectl rollout undo ${where}${toRevision ? ` --to-revision=${toRevision}` : ''}`;
  const statusCommand = `kubectl rollout status ${where} --timeout=${Math.ceil(timeoutMs / 1000)}s`;
  return {
    subject: where,
    undoCommand,
    statusCommand,
    manualSteps: [undoCommand, statusCommand, `kubectl logs ${where} --all-containers --since=15m`],
    noEarlierSteps: [
      `kubectl rollout history ${where}`,
      '# no earlier revision: deploy a fixed version, or take the Deployment out of service:',
      `kubectl scale ${where} --replicas=0`,
    ],
  };
}

/** `helm rollback RELEASE [REVISION] --wait --timeout Ns -n NS [--kube-context C]`, as a person would type it. */
function helmCommands(helm: HelmTarget, { toRevision, timeoutMs }: { toRevision?: number; timeoutMs: number }) {
  const scope = `--namespace ${helm.namespace}${helm.context ? ` --kube-context ${helm.context}` : ''}`;
  const undoCommand = `helm rollback ${helm.release}${toRevision ? ` ${toRevision}` : ''} --wait --timeout ${Math.ceil(timeoutMs / 1000)}s ${scope}`;
  const statusCommand = `helm status ${helm.release} ${scope}`;
  return {
    helm,
    subject: `Helm release ${helm.release} in ${helm.namespace}`,
    undoCommand,
    statusCommand,
    manualSteps: [
      `helm history ${helm.release} ${scope}`,
      // Without a revision helm restores the current one minus 1, even an upgrade that failed.
      ...(toRevision
        ? []
        : ['# add the revision to restore: the newest deployed or superseded one before the current']),
      undoCommand,
      statusCommand,
    ],
    noEarlierSteps: [
      `helm history ${helm.release} ${scope}`,
      '# no earlier revision: deploy a fixed version, or uninstall the release to take it out of service',
    ],
  };
}
