import type { Clock } from '../ports.js';
import type { CheckOutcome, Result } from '../report/model.js';
import type { Redactor } from '../secrets.js';

export type CheckIdentity = Pick<CheckOutcome, 'name' | 'kind' | 'required'>;

/** What a check found; `passed` maps to a result by whether the check is required. */
export type Finding = ({ passed: boolean } | { result: Result }) &
  Partial<Pick<CheckOutcome, 'attempts' | 'request' | 'response' | 'analysis' | 'setupProblem' | 'wouldHaveFailed'>> & {
    detail: string;
  };

/** The one way a CheckOutcome is made: a failed optional check warns, and the detail is masked. */
export function outcomeOf(check: CheckIdentity, finding: Finding, durationMs: number, redact: Redactor): CheckOutcome {
  const { detail, attempts, request, response, analysis, setupProblem, wouldHaveFailed } = finding;
  const result =
    'result' in finding ? finding.result : finding.passed ? 'passed' : check.required ? 'failed' : 'warning';
  return {
    name: check.name,
    kind: check.kind,
    required: check.required,
    result,
    detail: redact(detail),
    durationMs,
    ...(request ? { request } : {}),
    attempts: attempts ?? [],
    ...(response ? { response } : {}),
    ...(analysis && result !== 'passed' ? { analysis } : {}),
    ...(setupProblem ? { setupProblem } : {}),
    ...(wouldHaveFailed ? { wouldHaveFailed } : {}),
  };
}

/** Starts a check's clock; `finish` makes its outcome with the time taken since. */
export function startCheck(check: CheckIdentity, context: { clock: Clock; redact: Redactor }) {
  const startedAt = context.clock.now();
  return {
    startedAt,
    finish: (finding: Finding): CheckOutcome =>
      outcomeOf(check, finding, context.clock.now() - startedAt, context.redact),
  };
}
