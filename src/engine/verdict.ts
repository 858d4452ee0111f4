import type { CheckOutcome, RollbackReport, Verdict } from './report/model.js';

export interface StopReason {
  /** The runner cancelled the step (SIGINT/SIGTERM). */
  cancelled: boolean;
  /** The step's own `timeout` ran out. */
  timedOut: boolean;
  timeoutText: string;
}

/**
 * Cancelled when the runner stopped the run: what ran until then is no verdict on the release.
 * Otherwise failed when a required check failed; warning when only optional ones did; passed only when something was checked.
 */
export function decideVerdict(checks: readonly CheckOutcome[], stop: StopReason): Verdict {
  const reasons: string[] = [];
  if (stop.cancelled) reasons.push('the step was cancelled before every check finished: the release was not judged');
  else if (stop.timedOut)
    reasons.push(`the step reached its time limit (timeout ${stop.timeoutText}) before every check finished`);
  for (const check of checks) {
    if (check.result !== 'passed') reasons.push(`${check.name}: ${check.detail}${check.required ? '' : ' (optional)'}`);
  }
  if (stop.cancelled) return { result: 'cancelled', reasons };
  if (checks.length === 0) reasons.push('no check ran: there is no data to pass on');
  const failed = stop.timedOut || checks.length === 0 || checks.some((check) => check.result === 'failed');
  const warned = checks.some((check) => check.result === 'warning');
  return { result: failed ? 'failed' : warned ? 'warning' : 'passed', reasons };
}

/**
 * Only a failed verdict of a finished check rolls back: not a warning, not a run that ran out of time
 * or was cancelled, not a failure of the configuration or the tooling rather than of the release.
 * The approval job (`command: rollback`) wants one unless it was cancelled.
 */
export function rollbackWanted(
  command: 'check' | 'rollback',
  checks: readonly CheckOutcome[],
  verdict: Verdict,
  stop: Pick<StopReason, 'cancelled' | 'timedOut'>,
): boolean {
  if (command === 'rollback') return !stop.cancelled;
  const releaseFailed = checks.some((check) => check.result === 'failed' && !check.setupProblem);
  return verdict.result === 'failed' && releaseFailed && !stop.timedOut;
}

/** The run's verdict: the checks' with what the rollback did, or, for the approval job, the rollback's alone. */
export function finalVerdict(
  command: 'check' | 'rollback',
  checkVerdict: Verdict,
  rollback: RollbackReport | undefined,
  cancelled: boolean,
): Verdict {
  if (command === 'check') return withRollback(checkVerdict, rollback);
  if (cancelled) {
    return { result: 'cancelled', reasons: ['the step was cancelled before the rollback started: nothing was undone'] };
  }
  return rollbackVerdict(rollback);
}

/** A check's verdict, with what its rollback did: a failed rollback is one more reason, never a pass. */
function withRollback(verdict: Verdict, rollback: RollbackReport | undefined): Verdict {
  if (!rollback || rollback.outcome === 'rolled-back') return verdict;
  return { ...verdict, reasons: [...verdict.reasons, `rollback ${rollback.outcome}: ${rollback.message}`] };
}

/** `command: rollback` passes only when the Deployment was rolled back and became available. */
function rollbackVerdict(rollback: RollbackReport | undefined): Verdict {
  if (!rollback)
    return { result: 'failed', reasons: ['nothing to roll back with: kube-deployment and kubectl are needed'] };
  return rollback.outcome === 'rolled-back'
    ? { result: 'passed', reasons: [] }
    : { result: 'failed', reasons: [`rollback ${rollback.outcome}: ${rollback.message}`] };
}
