import type { RollbackPlan } from '../plan.js';
import type { ClusterInspector, Logger, Rollbacker } from '../ports.js';
import type { CheckOutcome, RollbackReport } from '../report/model.js';
import { messageOf } from '../errors.js';

export interface RollbackDeps {
  rollbacker: Rollbacker;
  cluster: ClusterInspector;
  logger: Logger;
  signal: AbortSignal;
  dryRun: boolean;
  /** The required smoke checks, run again once the rolled-back Deployment is available. */
  recheck: () => Promise<CheckOutcome[]>;
}

/**
 * Rolls back once: read the history, undo, wait until the Deployment is available, check again.
 * Every way this can fall short is reported as such: a rollback that did not happen is never shown as one.
 */
export async function rollBack(plan: RollbackPlan, deployment: string, deps: RollbackDeps): Promise<RollbackReport> {
  const base = { mode: plan.mode, command: plan.undoCommand, manualSteps: manualSteps(plan) };
  if (plan.mode === 'off')
    return {
      ...base,
      outcome: 'off',
      required: true,
      rolledBack: false,
      message: 'rollback is off: nothing was undone',
    };
  if (plan.mode === 'manual')
    return {
      ...base,
      outcome: 'manual',
      required: true,
      rolledBack: false,
      message: 'rollback is manual: approve the rollback job, or run the command below',
    };
  if (deps.dryRun) {
    deps.logger.info(`dry-run: would run ${plan.undoCommand}`);
    deps.logger.info(`dry-run: would run ${plan.statusCommand}`);
    return {
      ...base,
      outcome: 'dry-run',
      required: true,
      rolledBack: false,
      message: `dry run: would run ${plan.undoCommand}, then ${plan.statusCommand}`,
    };
  }

  let preview;
  try {
    preview = await deps.rollbacker.preview(plan.toRevision, deps.signal);
  } catch (error) {
    return {
      ...base,
      outcome: 'failed',
      required: true,
      rolledBack: false,
      message: `could not read the rollout history: ${messageOf(error)}`,
    };
  }
  const known = { from: preview.current, to: preview.target, ...(preview.gitOps ? { gitOps: preview.gitOps } : {}) };
  if (!preview.target) {
    return {
      ...base,
      ...known,
      outcome: 'failed',
      required: true,
      rolledBack: false,
      message: `no earlier revision of deployment/${deployment} to roll back to: nothing was undone`,
    };
  }

  if (deps.signal.aborted) {
    return {
      ...base,
      ...known,
      outcome: 'not-rolled-back',
      required: true,
      rolledBack: false,
      message: 'the step was cancelled before kubectl rollout undo: nothing was undone',
    };
  }
  deps.logger.info(`running ${plan.undoCommand}`);
  let undone;
  try {
    // Once started, the undo is one request: a cancel must not leave it unknown whether it happened,
    // so it finishes (bounded by kubectl's --request-timeout) and only the waiting after it stops.
    undone = await deps.rollbacker.undo(plan.toRevision, new AbortController().signal);
  } catch (error) {
    return { ...base, ...known, outcome: 'failed', required: true, rolledBack: false, message: messageOf(error) };
  }
  deps.logger.info(undone.message);
  if (!undone.rolledBack)
    return {
      ...base,
      ...known,
      outcome: 'not-rolled-back',
      required: true,
      rolledBack: false,
      message: undone.message,
    };

  const status = await deps.cluster
    .waitForRollout(plan.timeoutMs, deps.signal)
    .catch((error: unknown) => ({ complete: false, message: messageOf(error) }));
  // The undo happened; only its confirmation was cut short, which is no reason to cry ROLLBACK FAILED.
  if (!status.complete && deps.signal.aborted) {
    return {
      ...base,
      ...known,
      outcome: 'rolled-back',
      required: false,
      rolledBack: true,
      message: `${undone.message}; the step was cancelled before the rollout was confirmed: run ${plan.statusCommand}`,
    };
  }
  if (!status.complete) {
    return {
      ...base,
      ...known,
      outcome: 'failed',
      required: true,
      rolledBack: true,
      message: `rolled back, but not available within the rollback timeout: ${status.message}`,
    };
  }
  const rechecks = await deps.recheck();
  return {
    ...base,
    ...known,
    outcome: 'rolled-back',
    required: false,
    rolledBack: true,
    message: `${undone.message}; ${status.message}`,
    rechecks,
  };
}

/** What a person runs by hand: undo, watch it, read the new pods' logs. */
function manualSteps(plan: RollbackPlan): string[] {
  return [plan.undoCommand, plan.statusCommand, `kubectl logs ${plan.target} --all-containers --since=15m`];
}
