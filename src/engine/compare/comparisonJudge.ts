import { formatDuration } from '../config/duration.js';
import { streaksOf, type GateJudgement, type JudgeRules } from '../monitor/judge.js';
import type { PlannedComparison } from '../monitor/plannedGate.js';
import type { ComparisonReport, GateSample, Result, SampleOutcome } from '../report/model.js';
import { describeComparison } from './comparisonText.js';
import { judgeComparison, type ComparisonFinding, type ComparisonLook } from './sequentialTest.js';

// A comparison judged as a gate. Unlike a threshold gate it needs no failure-threshold: the sequential test
// already weighs every look together and accounts for looking at each one, so the first look at which the
// evidence is there fails it (docs/compare.md, "The test").

const INCONCLUSIVE_RESULT: Record<JudgeRules['onInconclusive'], Result> = {
  pass: 'passed',
  warn: 'warning',
  fail: 'failed',
};

/** How the two sides are named in a sentence: their {{side}} values, or how long before the run the baseline was read. */
export function sideNames(compare: PlannedComparison): { canary: string; baseline: string } {
  const baseline =
    'side' in compare.baseline ? compare.baseline.side : `${formatDuration(compare.baseline.beforeMs)} before`;
  return { canary: compare.canary, baseline };
}

/** The looks the test reads (samples that read all four counts), and the sample number of each. */
function looksOf(samples: readonly GateSample[]): { looks: ComparisonLook[]; sampleNumbers: number[] } {
  const looks: ComparisonLook[] = [];
  const sampleNumbers: number[] = [];
  samples.forEach((sample, index) => {
    if (!sample.canary || !sample.baseline) return;
    looks.push({ canary: sample.canary, baseline: sample.baseline });
    sampleNumbers.push(index + 1);
  });
  return { looks, sampleNumbers };
}

/**
 * One look, judged with every look before it: a breach once the canary is shown worse (the decision stands
 * from then on), no data while there are too few errors to compare, otherwise ok. `value` is the canary's
 * error rate since the window started: defined whenever it had requests, unlike the ratio.
 */
export function classifyLook(
  compare: PlannedComparison,
  earlier: readonly GateSample[],
  look: ComparisonLook,
): Omit<GateSample, 'at'> {
  const finding = judgeComparison([...looksOf(earlier).looks, look], compare);
  const rate = look.canary.requests > 0 ? { value: Math.min(1, look.canary.errors / look.canary.requests) } : {};
  const counted = { ...rate, canary: look.canary, baseline: look.baseline };
  const note = describeComparison(finding, sideNames(compare), compare);
  if (finding.decision === 'worse') return { outcome: 'breach', ...counted, note };
  if (finding.decision === 'too-few-events') return { outcome: 'no-data', ...counted, note };
  return { outcome: 'ok', ...counted };
}

/**
 * The comparison over the samples so far, as a gate's judgement: failed as soon as the canary is shown worse;
 * otherwise inconclusive with too few errors (or requests) or a metric source that kept failing; otherwise
 * passed, whether the test showed the canary within the limit or could not yet tell: it was not shown worse.
 */
export function judgeComparisonWindow(
  samples: readonly GateSample[],
  compare: PlannedComparison,
  rules: Pick<JudgeRules, 'maxConsecutiveErrors' | 'onInconclusive'>,
): { judgement: GateJudgement; finding: ComparisonFinding; report: ComparisonReport } {
  const counts: Record<SampleOutcome, number> = { ok: 0, breach: 0, 'no-data': 0, error: 0 };
  samples.forEach((sample) => counts[sample.outcome]++);
  const { looks, sampleNumbers } = looksOf(samples);
  const finding = judgeComparison(looks, compare);
  const sentence = describeComparison(finding, sideNames(compare), compare);
  const { mostErrorsInARow } = streaksOf(samples);
  const failed = finding.decision === 'worse';
  const sourceDown = mostErrorsInARow >= rules.maxConsecutiveErrors;
  const inconclusive = !failed && (finding.decision === 'too-few-events' || sourceDown);
  const result: Result = failed ? 'failed' : inconclusive ? INCONCLUSIVE_RESULT[rules.onInconclusive] : 'passed';
  const lastError = samples.findLast((sample) => sample.outcome === 'error')?.note ?? 'error';
  const detail = !inconclusive
    ? sentence
    : sourceDown
      ? `inconclusive — the metric source kept failing (${mostErrorsInARow} errors in a row: ${lastError})`
      : `inconclusive — ${sentence}`;
  const decidedAt = finding.decidedAt === undefined ? undefined : sampleNumbers[finding.decidedAt];
  const judgement: GateJudgement = {
    result,
    failed,
    inconclusive,
    counts,
    detail,
    ...(failed && decidedAt !== undefined ? { failedAt: { sample: decidedAt, note: sentence } } : {}),
  };
  return { judgement, finding, report: comparisonReport(finding, compare, sentence, decidedAt) };
}

/** JSON has no Infinity: an unbounded upper bound, or evidence past a double, is left out rather than turned into null. */
function comparisonReport(
  finding: ComparisonFinding,
  compare: PlannedComparison,
  sentence: string,
  decidedAt: number | undefined,
): ComparisonReport {
  const names = sideNames(compare);
  return {
    canary: { name: names.canary, ...finding.canary },
    baseline: { name: names.baseline, ...finding.baseline },
    decision: finding.decision,
    ...(finding.ratio !== undefined ? { ratio: finding.ratio } : {}),
    lower: finding.lower,
    ...(Number.isFinite(finding.upper) ? { upper: finding.upper } : {}),
    ...(Number.isFinite(finding.eValue) ? { eValue: finding.eValue } : {}),
    maxIncrease: compare.maxIncrease,
    confidence: compare.confidence,
    minEvents: compare.minEvents,
    ...(decidedAt !== undefined ? { decidedAt } : {}),
    sentence,
  };
}
