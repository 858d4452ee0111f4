import { formatDuration } from '../config/duration.js';
import type { GateSample } from '../report/model.js';
import { plural } from '../report/plural.js';
import { fmt, type Answer } from './numbers.js';
import { streaksOf, type GateJudgement } from './judge.js';
import type { PlannedSlo } from './plannedGate.js';
import { fillPlaceholders, promqlDuration } from './placeholders.js';

/** Errors and requests over one window, as read: a count, or why there is none. */
export interface WindowCounts {
  errors: Answer;
  requests: Answer;
}

/**
 * The queries of one sample: errors and requests over the short window and over the window so far (the
 * long one, never shorter than the short one), each with `{{range}}` filled with its own length.
 */
export function burnQueries(slo: PlannedSlo, sinceStartMs: number) {
  const longMs = Math.max(slo.shortWindowMs, sinceStartMs);
  const over = (ms: number) => ({
    errors: fillPlaceholders(slo.errorsQuery, { range: promqlDuration(ms) }),
    requests: fillPlaceholders(slo.requestsQuery, { range: promqlDuration(ms) }),
  });
  return { short: over(slo.shortWindowMs), long: over(longMs), longMs };
}

/**
 * One burn-rate sample: the error ratio over each window divided by the budget's (1 - objective). A breach
 * needs both windows above max-burn-rate, so a short spike alone and a long-gone one alone never fail;
 * both above warn-burn-rate marks the sample for a rollback review. Too few requests in the short window
 * is no data: three requests with one error burn a 99.9% budget 333 times over and say nothing.
 */
export function classifyBurn(
  slo: PlannedSlo,
  maxBurn: number,
  short: WindowCounts,
  long: WindowCounts,
  longMs: number,
): Omit<GateSample, 'at'> {
  const failed = [short.errors, short.requests, long.errors, long.requests].find(
    (answer): answer is { error: string } => 'error' in answer,
  );
  if (failed) return { outcome: 'error', note: failed.error };
  const requests = Math.round(count(short.requests));
  if (requests < Math.max(1, slo.minRequests)) {
    const note = `${plural(requests, 'request')} in ${formatDuration(slo.shortWindowMs)} < min-requests ${Math.max(1, slo.minRequests)}`;
    return { outcome: 'no-data', note, requests, lowTraffic: true };
  }
  const budget = 1 - slo.objectivePercent / 100;
  const shortBurn = ratio(short) / budget;
  const longBurn = ratio(long) / budget;
  const budgetUsed = (longBurn * longMs * 100) / slo.periodMs;
  const measured = { value: longBurn, shortBurn, budgetUsed, burnWindowMs: longMs, requests };
  const words = `burn ${fmt(shortBurn)}× over ${formatDuration(slo.shortWindowMs)} and ${fmt(longBurn)}× over ${formatDuration(longMs)}`;
  if (shortBurn > maxBurn && longBurn > maxBurn)
    return { outcome: 'breach', ...measured, note: `${words} > max-burn-rate ${fmt(maxBurn)}` };
  if (shortBurn > slo.warnBurn && longBurn > slo.warnBurn)
    return { outcome: 'ok', ...measured, warnLevel: true, note: `${words} > warn-burn-rate ${fmt(slo.warnBurn)}` };
  return { outcome: 'ok', ...measured };
}

/** A query with no series counts nothing: no 5xx series at all is the common, healthy case. */
function count(answer: Answer): number {
  return 'kind' in answer && answer.kind === 'value' ? Math.max(0, answer.value) : 0;
}

function ratio(counts: WindowCounts): number {
  const requests = count(counts.requests);
  return requests > 0 ? Math.min(1, count(counts.errors) / requests) : 0;
}

/**
 * A passing burn-rate gate whose samples stayed above warn-burn-rate for failure-threshold samples in a row
 * is a warning: fast enough to review a rollback, not to roll back unasked.
 */
export function underWarnBurn(
  judgement: GateJudgement,
  samples: readonly GateSample[],
  failureThreshold: number,
  warnBurn: number,
): GateJudgement {
  if (judgement.result !== 'passed' || judgement.inconclusive) return judgement;
  const marked = samples.map((sample) => (sample.warnLevel ? { ...sample, outcome: 'breach' as const } : sample));
  const reached = streaksOf(marked, failureThreshold).reached;
  if (!reached) return judgement;
  return {
    ...judgement,
    result: 'warning',
    detail: `rollback review: ${failureThreshold} samples in a row above warn-burn-rate ${fmt(warnBurn)}, reached at sample ${reached.sample} (${reached.note ?? ''})`,
  };
}

/** "this release used 0.8% of the 30-day error budget in 10m" */
export function budgetSentence(budgetUsed: number, periodMs: number, sinceStartMs: number): string {
  const days = Math.round(periodMs / 86_400_000);
  return `this release used ${budgetUsed.toFixed(2)}% of the ${days}-day error budget in ${formatDuration(sinceStartMs)}`;
}
