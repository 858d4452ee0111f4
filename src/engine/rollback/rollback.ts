import { messageOf } from '../errors.js';
import { RollbackError, type Logger, type RollbackContext, type RollbackPreview, type Rollbacker } from '../ports.js';
import type { CheckOutcome, RollbackReport } from '../report/model.js';
import type { RollbackPlan } from './rollbackPlan.js';
import type { Redactor } from '../secrets.js';

export interface RollbackDeps {
  rollbacker: Rollbacker;
  logger: Logger;
  /** A rollback command is the user's own text: a token written into it is masked like any other. */
  redact: Redactor;
  signal: AbortSignal;
  dryRun: boolean;
  /** What the run knows so far, for a command's PDC_* variables. */
  context: Omit<RollbackContext, 'timeoutMs'>;
  /** The required smoke checks, run again once the rolled-back release is available. */
  recheck: () => Promise<CheckOutcome[]>;
}

type Ending = Pick<RollbackReport, 'outcome' | 'message'> & Partial<RollbackReport>;

/** The words for the undo in a message: what ran, or would have. */
const UNDO_NAMES = { kubectl: 'kubectl rollout undo', helm: 'helm rollback', command: 'the rollback command' };

/**
 * Rolls back once: read the history, undo, wait until the release is available, check again. Every way this
 * can fall short is reported as such: a rollback that did not happen, or that left the service failing, is
 * never shown as one.
 */
export async function rollBack(plan: RollbackPlan, deps: RollbackDeps): Promise<RollbackReport> {
  // A person must act unless the release was rolled back; `attempted` says whether the undo ran at all.
  const end = (ending: Ending): RollbackReport => ({
    mode: plan.mode,
    method: plan.method,
    command: plan.undoCommand,
    manualSteps: plan.manualSteps,
    required: ending.outcome !== 'rolled-back',
    rolledBack: ending.outcome === 'rolled-back',
    attempted: false,
    ...ending,
  });
  const undoName = UNDO_NAMES[plan.method];
  if (plan.mode === 'off') return end({ outcome: 'off', message: 'rollback is off: nothing was undone' });
  if (plan.mode === 'manual') {
    return end({
      outcome: 'manual',
      message: 'rollback is manual: approve the rollback job, or run the command below',
    });
  }
  if (deps.dryRun) {
    const commands = [plan.undoCommand, ...(plan.statusCommand ? [plan.statusCommand] : [])];
    commands.forEach((command) => deps.logger.info(deps.redact(`dry-run: would run ${command}`)));
    return end({ outcome: 'dry-run', message: `dry run: would run ${commands.join(', then ')}` });
  }

  let preview: RollbackPreview | undefined;
  if (deps.rollbacker.preview) {
    try {
      preview = await deps.rollbacker.preview(plan.toRevision, deps.signal);
    } catch (error) {
      return end({ outcome: 'failed', message: `could not read the history of ${plan.subject}: ${messageOf(error)}` });
    }
  }
  const known = {
    ...(preview?.current ? { from: preview.current } : {}),
    ...(preview?.target ? { to: preview.target } : {}),
    ...(preview?.gitOps ? { gitOps: preview.gitOps } : {}),
  };
  if (preview && !preview.target) {
    // Not a failed rollback: there was never one to make, and the undo would fail the same way.
    return end({
      ...known,
      outcome: 'not-rolled-back',
      message: `${plan.subject} has no earlier revision to roll back to: nothing was undone; deploy a fixed version, or take it out of service`,
      manualSteps: plan.noEarlierSteps,
    });
  }

  if (deps.signal.aborted) {
    return end({
      ...known,
      outcome: 'not-rolled-back',
      message: `the step was cancelled before ${undoName}: nothing was undone`,
    });
  }
  deps.logger.info(deps.redact(`running ${plan.undoCommand}`));
  let undone;
  try {
    // Once started, the undo runs to its end (bounded by rollback-timeout): a cancel must not leave it unknown
    // whether it happened, so only the waiting after it stops.
    undone = await deps.rollbacker.undo(plan.toRevision, new AbortController().signal, {
      ...deps.context,
      timeoutMs: plan.timeoutMs,
    });
  } catch (error) {
    const output = error instanceof RollbackError && error.output ? { output: error.output } : {};
    return end({ ...known, ...output, attempted: true, outcome: 'failed', message: messageOf(error) });
  }
  deps.logger.info(deps.redact(undone.message));
  const ran = {
    ...known,
    ...(undone.restored ? { to: undone.restored } : {}),
    ...(undone.output ? { output: undone.output } : {}),
    attempted: true,
  };
  if (!undone.rolledBack) return end({ ...ran, outcome: 'not-rolled-back', message: undone.message });

  const status = deps.rollbacker.confirm
    ? await deps.rollbacker
        .confirm(plan.timeoutMs, deps.signal, preview)
        .catch((error: unknown) => ({ complete: false, message: messageOf(error) }))
    : undefined;
  // The undo happened; only its confirmation was cut short, which is no reason to cry ROLLBACK FAILED.
  if (status && !status.complete && deps.signal.aborted) {
    const check = plan.statusCommand ? `: run ${plan.statusCommand}` : '';
    return end({
      ...ran,
      outcome: 'rolled-back',
      message: `${undone.message}; the step was cancelled before the rollback was confirmed${check}`,
    });
  }
  if (status && !status.complete) {
    return end({
      ...ran,
      outcome: 'failed',
      rolledBack: true,
      message: `rolled back, but not available within the rollback timeout: ${status.message}`,
    });
  }
  const rechecks = await deps.recheck();
  const stillFailing = rechecks.filter((check) => check.result === 'failed');
  const confirmed = status ? `${undone.message}; ${status.message}` : undone.message;
  if (stillFailing.length > 0) {
    const done = plan.method === 'command' ? 'the command succeeded' : 'rolled back';
    return end({
      ...ran,
      outcome: 'failed',
      rolledBack: true,
      rechecks,
      message: `${done} but the service still fails ${stillFailing.map((check) => `${check.name} (${check.detail})`).join(', ')}`,
    });
  }
  return end({ ...ran, outcome: 'rolled-back', message: confirmed, rechecks });
}
