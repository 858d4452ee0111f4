import type { CheckOutcome, Verdict } from './report/model.js';

/** Failed when a required check failed; warning when only optional ones did; passed only when something was checked. */
export function decideVerdict(checks: readonly CheckOutcome[], timedOut: boolean, timeoutText: string): Verdict {
  const reasons: string[] = [];
  if (timedOut) reasons.push(`the step reached its time limit (timeout ${timeoutText}) before every check finished`);
  for (const check of checks) {
    if (check.result !== 'passed') reasons.push(`${check.name}: ${check.detail}${check.required ? '' : ' (optional)'}`);
  }
  if (checks.length === 0) reasons.push('no check ran: there is no data to pass on');
  const failed = timedOut || checks.length === 0 || checks.some((check) => check.result === 'failed');
  const warned = checks.some((check) => check.result === 'warning');
  return { result: failed ? 'failed' : warned ? 'warning' : 'passed', reasons };
}
