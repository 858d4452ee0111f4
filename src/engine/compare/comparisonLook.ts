import type { PlannedComparison } from '../monitor/plannedGate.js';
import type { Answer } from '../monitor/numbers.js';
import { fillPlaceholders, promqlDuration } from '../monitor/placeholders.js';
import type { ComparisonLook, SideCounts } from './sequentialTest.js';

/** One side's two queries, and the moment they are evaluated at (absent: now). */
export interface SideQueries {
  errors: string;
  requests: string;
  at?: Date;
}

/**
 * The four queries of one look. `{{range}}` is the time since the window started, so every count is
 * cumulative from there; `baseline: before` reads the canary's own queries over an equally long stretch
 * that ends baseline-offset before the run started.
 */
export function lookQueries(
  compare: PlannedComparison,
  sinceStartMs: number,
  runStartedAt: number,
): { canary: SideQueries; baseline: SideQueries } {
  const side = (value: string) => sideQueries(compare, value, sinceStartMs);
  const baseline =
    'side' in compare.baseline
      ? side(compare.baseline.side)
      : { ...side(compare.canary), at: new Date(runStartedAt - compare.baseline.beforeMs) };
  return { canary: side(compare.canary), baseline };
}

/** One side's errors and requests queries, `{{side}}` filled with `side` and `{{range}}` with the time since the window started. */
export function sideQueries(compare: PlannedComparison, side: string, sinceStartMs: number): SideQueries {
  const range = promqlDuration(sinceStartMs);
  return {
    errors: fillPlaceholders(compare.errorsQuery, { side, range }),
    requests: fillPlaceholders(compare.requestsQuery, { side, range }),
  };
}

/** The four answers as counts; the first that failed, if one did. A query with no series counted nothing. */
export function lookOf(answers: {
  canary: { errors: Answer; requests: Answer };
  baseline: { errors: Answer; requests: Answer };
}): ComparisonLook | { error: string } {
  const { canary, baseline } = answers;
  const named: [string, Answer][] = [
    ['canary errors-query', canary.errors],
    ['canary requests-query', canary.requests],
    ['baseline errors-query', baseline.errors],
    ['baseline requests-query', baseline.requests],
  ];
  const failed = named.find(([, answer]) => 'error' in answer);
  if (failed && 'error' in failed[1]) return { error: `${failed[0]}: ${failed[1].error}` };
  const counts = (errors: Answer, requests: Answer): SideCounts => ({
    errors: count(errors),
    requests: count(requests),
  });
  return { canary: counts(canary.errors, canary.requests), baseline: counts(baseline.errors, baseline.requests) };
}

function count(answer: Answer): number {
  return 'kind' in answer && answer.kind === 'value' ? Math.max(0, answer.value) : 0;
}
