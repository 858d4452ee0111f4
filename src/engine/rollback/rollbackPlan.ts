import type { Config } from '../config/schema.js';
import { kubectlTarget, type KubernetesTarget } from '../kubernetes/target.js';

export interface RollbackPlan {
  mode: 'auto' | 'manual' | 'off';
  toRevision?: number;
  timeoutMs: number;
  /** The Deployment rolled back: a rollback plan exists only with one. */
  target: KubernetesTarget;
  /** The exact commands a person would run: undo, then status. */
  undoCommand: string;
  statusCommand: string;
}

/** Absent without a Deployment: there is nothing the action could roll back. */
export function planRollback(config: Config, target: KubernetesTarget | undefined): RollbackPlan | undefined {
  if (!target) return undefined;
  const where = kubectlTarget(target);
  const toRevision = config['rollback-to-revision'];
  return {
    mode: config.rollback ?? 'auto',
    target,
    toRevision,
    timeoutMs: config['rollback-timeout'],
    undoCommand: `kubectl rollout undo ${where}${toRevision ? ` --to-revision=${toRevision}` : ''}`,
    statusCommand: `kubectl rollout status ${where} --timeout=${Math.ceil(config['rollback-timeout'] / 1000)}s`,
  };
}
