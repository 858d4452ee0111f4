import type { GateSample, Result, SampleOutcome } from '../report/model.js';
import type { GateMode } from '../config/trustSchema.js';
import { plural } from '../report/plural.js';

/** Fewer ok-or-breach samples than this, and a gate cannot say the release is fine. */
export const MIN_USABLE_SAMPLES = 3;

export type InconclusiveAction = 'pass' | 'warn' | 'fail';

/** What a gate's samples are judged by: the same rules for every metric source. */
export interface JudgeRules {
  /** Breaching samples in a row that fail the gate. */
  failureThreshold: number;
  /** Errors in a row after which the source is taken as not answering: the gate cannot judge. */
  maxConsecutiveErrors: number;
  onInconclusive: InconclusiveAction;
}

/** Which of a gate's metrics the source holds no series of: what tells "does not exist" from "no requests". */
export interface MetricsFinding {
  missing: string[];
}

export type FailedAt = NonNullable<Streaks['reached']>;

export interface GateJudgement {
  /** Where a run of breaches first reached failure-threshold, when one did. */
  failedAt?: FailedAt;
  result: Result;
  failed: boolean;
  inconclusive: boolean;
  counts: Record<SampleOutcome, number>;
  /** The sentence the summary, the report and the notices show. */
  detail: string;
}

/** What one pass over the samples finds; see `streaksOf`. */
interface Streaks {
  /** The breaching samples of the longest run, and the unusable samples that fell inside it. */
  longestRun: { breaches: number; unusable: number; lastNote?: string };
  mostErrorsInARow: number;
  /** The sample (counted from 1) at which a run first reached `threshold` breaches, with its note. */
  reached?: { sample: number; note?: string };
}

/**
 * A run of breaches is broken only by an ok sample. An error or a no-data sample between two breaches
 * neither breaks the run nor counts toward it: a metric source that fails for a moment must not hide a
 * regression that is there before and after (argo-rollouts counts errors apart from failures the same way).
 */
export function streaksOf(samples: readonly GateSample[], threshold = Number.POSITIVE_INFINITY): Streaks {
  let reached: Streaks['reached'];
  let run = { breaches: 0, unusable: 0, lastNote: undefined as string | undefined };
  let pendingUnusable = 0;
  let longestRun = { ...run };
  let errorsInARow = 0;
  let mostErrorsInARow = 0;
  for (const sample of samples) {
    if (sample.outcome === 'ok') {
      run = { breaches: 0, unusable: 0, lastNote: undefined };
      pendingUnusable = 0;
    } else if (sample.outcome === 'breach') {
      run = { breaches: run.breaches + 1, unusable: run.unusable + pendingUnusable, lastNote: sample.note };
      pendingUnusable = 0;
      if (run.breaches > longestRun.breaches) longestRun = { ...run };
      if (run.breaches === threshold && !reached) reached = { sample: samples.indexOf(sample) + 1, note: sample.note };
    } else if (run.breaches > 0) {
      pendingUnusable++;
    }
    errorsInARow = sample.outcome === 'error' ? errorsInARow + 1 : 0;
    mostErrorsInARow = Math.max(mostErrorsInARow, errorsInARow);
  }
  return { longestRun, mostErrorsInARow, ...(reached ? { reached } : {}) };
}

/**
 * A gate's samples so far, judged: failed, passed, or inconclusive and what that yields. `metrics`, when the
 * source was asked, says whether no data means a metric that does not exist or one with no requests.
 */
export function judgeGate(samples: readonly GateSample[], rules: JudgeRules, metrics?: MetricsFinding): GateJudgement {
  const counts: Record<SampleOutcome, number> = { ok: 0, breach: 0, 'no-data': 0, error: 0 };
  samples.forEach((sample) => counts[sample.outcome]++);
  const { longestRun, mostErrorsInARow, reached } = streaksOf(samples, rules.failureThreshold);
  const failed = longestRun.breaches >= rules.failureThreshold;
  const usable = counts.ok + counts.breach;
  const sourceDown = mostErrorsInARow >= rules.maxConsecutiveErrors;
  const inconclusive = !failed && (usable < MIN_USABLE_SAMPLES || sourceDown);
  const result: Result = failed ? 'failed' : inconclusive ? INCONCLUSIVE_RESULT[rules.onInconclusive] : 'passed';

  let detail: string;
  if (failed) {
    const between =
      longestRun.unusable > 0
        ? `, with ${plural(longestRun.unusable, 'sample')} without a usable value between them (no data or an error neither breaks nor extends a run)`
        : '';
    detail = `${rules.failureThreshold} breaching samples in a row${between}: ${longestRun.lastNote ?? ''}`;
  } else if (inconclusive) {
    const why = sourceDown
      ? `the metric source kept failing (${mostErrorsInARow} errors in a row: ${lastNote(samples, 'error')})`
      : counts['no-data'] > 0 && counts.error === 0
        ? noDataReason(samples, metrics)
        : `only ${usable} usable ${usable === 1 ? 'sample' : 'samples'} of ${samples.length}${counts.error > 0 ? ` (last error: ${lastNote(samples, 'error')})` : ''}`;
    detail = `inconclusive — ${why}`;
  } else {
    const breaches =
      counts.breach > 0
        ? `; ${plural(counts.breach, 'breaching sample')}, never ${rules.failureThreshold} in a row`
        : '';
    detail = `${counts.ok} of ${samples.length} samples within limits${breaches}`;
  }
  return { result, failed, inconclusive, counts, detail, ...(reached ? { failedAt: reached } : {}) };
}

/**
 * What a gate's judgement may do under its mode: `enforce` all of it; `warn` a warning at most;
 * `observe` nothing. A gate held back from failing says so, with where it would have failed.
 */
export function underMode(judgement: GateJudgement, mode: GateMode): GateJudgement & { wouldHaveFailed?: FailedAt } {
  if (mode === 'enforce' || judgement.result === 'passed') return judgement;
  const result: Result = mode === 'observe' ? 'passed' : 'warning';
  if (!judgement.failed || !judgement.failedAt) return { ...judgement, result };
  const { sample, note } = judgement.failedAt;
  return {
    ...judgement,
    result,
    detail: `${mode}: would have failed at sample ${sample}${note ? ` (${note})` : ''}`,
    wouldHaveFailed: judgement.failedAt,
  };
}

function noDataReason(samples: readonly GateSample[], metrics: MetricsFinding | undefined): string {
  const note = lastNote(samples, 'no-data');
  // A metric that does not exist explains the silence best: its traffic reads 0 too.
  if (metrics && metrics.missing.length > 0) return `no series: ${missingSentence(metrics.missing)}`;
  const quiet = samples.filter((sample) => sample.lowTraffic);
  if (quiet.length > 0) {
    const most = Math.max(...quiet.map((sample) => sample.requests ?? 0));
    return `too little traffic: at most ${plural(most, 'request')} in a sample (last: ${note}); lower min-requests, lengthen the window (monitor-window; a longer monitor-interval also widens {{range}}), or add traffic`;
  }
  if (!metrics) return `no data in the window (${note})`;
  return `no requests in the window (${note})`;
}

/** "the metric `x` does not exist in this Prometheus", or "the metrics `x`, `y` do not …". */
export function missingSentence(missing: readonly string[]): string {
  const listed = missing.map((name) => `\`${name}\``).join(', ');
  return missing.length === 1
    ? `the metric ${listed} does not exist in this Prometheus`
    : `the metrics ${listed} do not exist in this Prometheus`;
}

const INCONCLUSIVE_RESULT: Record<InconclusiveAction, Result> = { pass: 'passed', warn: 'warning', fail: 'failed' };

function lastNote(samples: readonly GateSample[], outcome: SampleOutcome): string {
  return samples.filter((sample) => sample.outcome === outcome).at(-1)?.note ?? outcome;
}
