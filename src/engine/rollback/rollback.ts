import { messageOf } from '../errors.js';
import { kubectlTarget } from '../kubernetes/target.js';
import type { ClusterInspector, Logger, Rollbacker } from '../ports.js';
import type { CheckOutcome, RollbackReport } from '../report/model.js';
import type { RollbackPlan } from './rollbackPlan.js';

export interface RollbackDeps {
  rollbacker: Rollbacker;
  cluster: ClusterInspector;
  logger: Logger;
  signal: AbortSignal;
  dryRun: boolean;
  /** The required smoke checks, run again once the rolled-back Deployment is available. */
  recheck: () => Promise<CheckOutcome[]>;
}

type Ending = Pick<RollbackReport, 'outcome' | 'message'> & Partial<RollbackReport>;

/**
 * Rolls back once: read the history, undo, wait until the Deployment is available, check again.
 * Every way this can fall short is reported as such: a rollback that did not happen is never shown as one.
 */
export async function rollBack(plan: RollbackPlan, deps: RollbackDeps): Promise<RollbackReport> {
  const where = kubectlTarget(plan.target);
  // A person must act unless the release was rolled back; `attempted` says whether undo ran at all.
  const end = (ending: Ending): RollbackReport => ({
    mode: plan.mode,
    command: plan.undoCommand,
    manualSteps: manualSteps(plan),
    required: ending.outcome !== 'rolled-back',
    rolledBack: ending.outcome === 'rolled-back',
    attempted: false,
    ...ending,
  });
  if (plan.mode === 'off') return end({ outcome: 'off', message: 'rollback is off: nothing was undone' });
  if (plan.mode === 'manual') {
    return end({
      outcome: 'manual',
      message: 'rollback is manual: approve the rollback job, or run the command below',
    });
  }
  if (deps.dryRun) {
    deps.logger.info(`dry-run: would run ${plan.undoCommand}`);
    deps.logger.info(`dry-run: would run ${plan.statusCommand}`);
    return end({ outcome: 'dry-run', message: `dry run: would run ${plan.undoCommand}, then ${plan.statusCommand}` });
  }

  let preview;
  try {
    preview = await deps.rollbacker.preview(plan.toRevision, deps.signal);
  } catch (error) {
    return end({ outcome: 'failed', message: `could not read the rollout history: ${messageOf(error)}` });
  }
  const known = { from: preview.current, to: preview.target, ...(preview.gitOps ? { gitOps: preview.gitOps } : {}) };
  if (!preview.target) {
    // Not a failed rollback: there was never one to make, and `rollout undo` would fail the same way.
    return end({
      ...known,
      outcome: 'not-rolled-back',
      message: `${where} has no earlier revision to roll back to: nothing was undone; deploy a fixed version, or scale the Deployment down to take it out of service`,
      manualSteps: [
        `kubectl rollout history ${where}`,
        '# no earlier revision: deploy a fixed version, or take the Deployment out of service:',
        `kubectl scale ${where} --replicas=0`,
      ],
    });
  }

  if (deps.signal.aborted) {
    return end({
      ...known,
      outcome: 'not-rolled-back',
      message: 'the step was cancelled before kubectl rollout undo: nothing was undone',
    });
  }
  deps.logger.info(`running ${plan.undoCommand}`);
  let undone;
  try {
    // Once started, the undo is one request: a cancel must not leave it unknown whether it happened,
    // so it finishes (bounded by kubectl's --request-timeout) and only the waiting after it stops.
    undone = await deps.rollbacker.undo(plan.toRevision, new AbortController().signal);
  } catch (error) {
    return end({ ...known, attempted: true, outcome: 'failed', message: messageOf(error) });
  }
  deps.logger.info(undone.message);
  if (!undone.rolledBack)
    return end({ ...known, attempted: true, outcome: 'not-rolled-back', message: undone.message });

  const status = await deps.cluster
    .waitForRollout(plan.timeoutMs, deps.signal)
    .catch((error: unknown) => ({ complete: false, message: messageOf(error) }));
  // The undo happened; only its confirmation was cut short, which is no reason to cry ROLLBACK FAILED.
  if (!status.complete && deps.signal.aborted) {
    return end({
      ...known,
      attempted: true,
      outcome: 'rolled-back',
      message: `${undone.message}; the step was cancelled before the rollout was confirmed: run ${plan.statusCommand}`,
    });
  }
  if (!status.complete) {
    return end({
      ...known,
      attempted: true,
      outcome: 'failed',
      rolledBack: true,
      message: `rolled back, but not available within the rollback timeout: ${status.message}`,
    });
  }
  const rechecks = await deps.recheck();
  return end({
    ...known,
    attempted: true,
    outcome: 'rolled-back',
    message: `${undone.message}; ${status.message}`,
    rechecks,
  });
}

/** What a person runs by hand: undo, watch it, read the new pods' logs. */
function manualSteps(plan: RollbackPlan): string[] {
  return [
    plan.undoCommand,
    plan.statusCommand,
    `kubectl logs ${kubectlTarget(plan.target)} --all-containers --since=15m`,
  ];
}
