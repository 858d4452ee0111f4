import type { CheckOutcome, RollbackReport, Verdict } from './report/model.js';

interface StopReason {
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

/** A check's verdict, with what its rollback did: a failed rollback is one more reason, never a pass. */
export function withRollback(verdict: Verdict, rollback: RollbackReport | undefined): Verdict {
  if (!rollback || rollback.outcome === 'rolled-back') return verdict;
  return { ...verdict, reasons: [...verdict.reasons, `rollback ${rollback.outcome}: ${rollback.message}`] };
}

/** `command: rollback` passes only when the Deployment was rolled back and became available. */
export function rollbackVerdict(rollback: RollbackReport | undefined): Verdict {
  if (!rollback)
    return { result: 'failed', reasons: ['nothing to roll back with: kube-deployment and kubectl are needed'] };
  return rollback.outcome === 'rolled-back'
    ? { result: 'passed', reasons: [] }
    : { result: 'failed', reasons: [`rollback ${rollback.outcome}: ${rollback.message}`] };
}
