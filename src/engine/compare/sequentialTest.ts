// Canary versus baseline: is the canary's error rate more than `maxIncrease` times the baseline's?
//
// The monitor looks every interval and may act on any look, so a fixed-sample test (valid for one look
// decided in advance) would fail healthy releases far more often than its level. This is an anytime-valid
// sequential test instead: an e-process, a nonnegative supermartingale under the null, so by Ville's
// inequality (Ville 1939) P(it ever reaches 1/α) ≤ α however many looks are taken and whenever the
// monitor stops. It follows Lindon, Ham, Tingley and Bojinov, "Anytime-valid inference for multinomial
// count data" (NeurIPS 2022) and Lindon and Malek et al., "Rapid regression detection in software
// deployments through sequential testing" (KDD 2022), with a discrete mixture over alternatives in the
// spirit of Robbins' mixture martingales (Robbins 1970, "Statistical methods related to the law of the
// iterated logarithm").
//
// Model: errors on each side are Poisson with a rate proportional to its requests. Between two looks, given
// the number of errors on both sides together (n), the canary's share is Binomial(n, p(ρ)) with
// p(ρ) = ρ·Nc / (ρ·Nc + Nb), where Nc and Nb are the requests of the increment and ρ is the canary's error
// rate over the baseline's. Only the error counts and the request counts are needed, nothing else.
//
// For H0: ρ ≤ ρ0 each alternative ρ0·c (c > 1) gives a likelihood ratio per increment; its product over the
// increments has expectation 1 at ρ = ρ0 and at most 1 below (a smaller ρ puts less of n on the canary, and
// the ratio grows with the canary's share). A mixture of such products with weights summing to 1 keeps
// that property, so it is an e-process for the whole composite null.

/** Counts cumulative since the window started, for one side. */
export interface SideCounts {
  errors: number;
  requests: number;
}

/** What one look saw on both sides. */
export interface ComparisonLook {
  canary: SideCounts;
  baseline: SideCounts;
}

export interface ComparisonRules {
  /** The canary may be at most this many times worse than the baseline (> 1 in practice; must be > 0). */
  maxIncrease: number;
  /** 1 − the largest probability of failing a canary that is within the limit, over the whole window. */
  confidence: number;
  /** Errors on both sides together below which nothing is decided. */
  minEvents: number;
}

export interface ComparisonFinding {
  /**
   * worse: the e-value reached 1/α at some look (fail now); within-limit: the upper bound went under
   * maxIncrease at some look (an early pass may end the window); undecided: keep looking; too-few-events:
   * fewer than minEvents errors on both sides together, or a side with no requests.
   */
  decision: 'worse' | 'within-limit' | 'undecided' | 'too-few-events';
  /** The counts the test used: each side's highest whole-number count so far (the last look's, unless one went down). */
  canary: SideCounts;
  baseline: SideCounts;
  /** (canary errors / requests) / (baseline errors / requests); undefined without requests or baseline errors. */
  ratio?: number;
  /** Anytime-valid lower bound on the rate ratio at `confidence`: 0 when none. */
  lower: number;
  /** Anytime-valid upper bound on the rate ratio at `confidence`: Infinity when none. */
  upper: number;
  /** The largest value, over the looks so far, of the evidence against ratio ≤ maxIncrease (may be Infinity). */
  eValue: number;
  /** For worse and within-limit: the index of the first look at which the decision held. */
  decidedAt?: number;
}

// Bound once: simulations call these millions of times, and inside a vm context (jest runs tests in one)
// every `Math.` is a slow global lookup: judging 2,000 windows took 18 times as long.
const { exp, log, log1p, max } = Math;

/**
 * The alternatives, as multiples of the null ratio: dense near it, where small excesses need many errors
 * to tell apart, then roughly doubling up to 32 times. Equal weights cost a factor of 12 in evidence
 * (ln 12 ≈ 2.5) against knowing the true ratio in advance, and no alternative is favoured. Because they
 * scale with the null, the evidence falls as the null ratio rises (each factor of a likelihood ratio does),
 * which makes the confidence bounds a clean bisection.
 */
const ALTERNATIVES = [1.1, 1.25, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32];
const LOG_ALTERNATIVES = ALTERNATIVES.map(log);
const LOG_WEIGHT = -log(ALTERNATIVES.length);

/** The range the confidence bounds are searched in; a bound past it is reported as its end (or 0 / Infinity). */
const SMALLEST_RATIO = 1 / 1000;
const LARGEST_RATIO = 1000;
/** Bisection stops when the bracket is this narrow in log ratio: far finer than the two digits shown. */
const LOG_TOLERANCE = 1e-6;

/**
 * An increment with errors in it, seen from one side: `ownShare` errors of `errors` fell on that side, and
 * `requestRatio` is its requests over the other side's. Increments without errors carry no evidence.
 */
interface Increment {
  errors: number;
  ownShare: number;
  requestRatio: number;
}

/** The increments as the test sees them, from the canary's side and mirrored (from the baseline's). */
interface Evidence {
  canary: Increment[];
  baseline: Increment[];
  /** For each look, how many increments (with errors) had arrived by then. */
  countByLook: number[];
  /** For each look, the errors on both sides together so far, or -1 while a side has had no requests. */
  errorsByLook: number[];
  totals: ComparisonLook;
}

/**
 * Counts arrive cumulative and, from Prometheus' increase(), fractional and occasionally lower than at the
 * previous look (extrapolation, or a reset it did not see). Each count is rounded to a whole number and only
 * a rise above its highest value so far counts, so a dip followed by a recovery is not counted twice.
 * An increment in which a side had no requests says nothing about the ratio on its own; it is carried into
 * the next one instead of being dropped, so the errors it saw are not lost.
 */
function evidenceOf(looks: readonly ComparisonLook[]): Evidence {
  const high = { ce: 0, cr: 0, be: 0, br: 0 };
  const pending = { ce: 0, cr: 0, be: 0, br: 0 };
  const canary: Increment[] = [];
  const baseline: Increment[] = [];
  const countByLook: number[] = [];
  const errorsByLook: number[] = [];
  const rise = (key: keyof typeof high, count: number) => {
    const whole = Math.round(count);
    if (whole > high[key]) {
      pending[key] += whole - high[key];
      high[key] = whole;
    }
  };
  for (const look of looks) {
    rise('ce', look.canary.errors);
    rise('cr', look.canary.requests);
    rise('be', look.baseline.errors);
    rise('br', look.baseline.requests);
    if (pending.cr > 0 && pending.br > 0) {
      const errors = pending.ce + pending.be;
      if (errors > 0) {
        canary.push({ errors, ownShare: pending.ce, requestRatio: pending.cr / pending.br });
        baseline.push({ errors, ownShare: pending.be, requestRatio: pending.br / pending.cr });
      }
      Object.assign(pending, { ce: 0, cr: 0, be: 0, br: 0 });
    }
    countByLook.push(canary.length);
    errorsByLook.push(high.cr > 0 && high.br > 0 ? high.ce + high.be : -1);
  }
  const totals = {
    canary: { errors: high.ce, requests: high.cr },
    baseline: { errors: high.be, requests: high.br },
  };
  return { canary, baseline, countByLook, errorsByLook, totals };
}

/**
 * One increment's log likelihood ratio of the alternative c·ρ0 against ρ0, with r the request ratio:
 * x·log(p1/p0) + (n−x)·log((1−p1)/(1−p0)) simplifies to x·log c − n·log((1 + c·ρ0·r) / (1 + ρ0·r)).
 */
const logRatio = (increment: Increment, logC: number, c: number, nullRatio: number) =>
  increment.ownShare * logC -
  increment.errors * (log1p(c * nullRatio * increment.requestRatio) - log1p(nullRatio * increment.requestRatio));

/** log Σ exp(values), shifted by the largest so that large evidence stays finite. */
function logSumExp(values: number[]): number {
  const top = max(...values);
  if (top === -Infinity || top === Infinity) return top;
  return top + log(values.reduce((sum, value) => sum + exp(value - top), 0));
}

/** The log e-value against "ratio ≤ nullRatio" from the first `count` increments. */
function logEvidence(increments: readonly Increment[], count: number, nullRatio: number): number {
  const sums = ALTERNATIVES.map((c, j) => {
    let sum = LOG_WEIGHT;
    for (let i = 0; i < count; i++) sum += logRatio(increments[i]!, LOG_ALTERNATIVES[j]!, c, nullRatio);
    return sum;
  });
  return logSumExp(sums);
}

/** The log e-value against "ratio ≤ nullRatio" after each look, built up one increment at a time. */
function logEvidenceByLook(increments: readonly Increment[], countByLook: readonly number[], nullRatio: number) {
  const sums = ALTERNATIVES.map(() => LOG_WEIGHT);
  let used = 0;
  return countByLook.map((count) => {
    for (; used < count; used++)
      ALTERNATIVES.forEach((c, j) => (sums[j]! += logRatio(increments[used]!, LOG_ALTERNATIVES[j]!, c, nullRatio)));
    return logSumExp(sums);
  });
}

/**
 * The largest null ratio the test rejects on these increments: the boundary of the rejected set, which is
 * an interval from 0 because the evidence falls as the null ratio rises. `rejected` is a ratio already known
 * to be rejected (the decision's own), so that the bound agrees with the decision exactly. 0 when even
 * the bottom of the range stands; the top of the range when that is rejected too.
 */
function rejectedUpTo(increments: readonly Increment[], logThreshold: number, rejected: number | undefined): number {
  const count = increments.length;
  const rejects = (logNull: number) => logEvidence(increments, count, exp(logNull)) >= logThreshold;
  let low = log(rejected ?? SMALLEST_RATIO);
  if (rejected === undefined && !rejects(low)) return 0;
  let high = log(LARGEST_RATIO);
  if (low >= high || rejects(high)) return max(LARGEST_RATIO, rejected ?? 0);
  while (high - low > LOG_TOLERANCE) {
    const middle = (low + high) / 2;
    if (rejects(middle)) low = middle;
    else high = middle;
  }
  return exp(low);
}

/** The e-value against "ratio ≤ maxIncrease" after each look, for a chart or a log; the test uses its running maximum. */
export function eValuesByLook(looks: readonly ComparisonLook[], maxIncrease: number): number[] {
  const evidence = evidenceOf(looks);
  return logEvidenceByLook(evidence.canary, evidence.countByLook, maxIncrease).map(exp);
}

/** The first look whose log e-value reached the threshold, and the largest log e-value seen. */
function firstCrossing(logValues: readonly number[], logThreshold: number) {
  const at = logValues.findIndex((value) => value >= logThreshold);
  return { at: at < 0 ? undefined : at, top: max(-Infinity, ...logValues) };
}

/**
 * Judges the whole sequence of looks so far (pure: the caller keeps the looks). A decision reached at one
 * look stands at later ones: the guarantee covers the first time the evidence crosses, whenever that is.
 * The bounds are those of the last look, tightened by the decision when one was reached earlier: each
 * look's interval holds the true ratio at all looks at once with the stated confidence, so combining
 * two of them keeps it. Each bound is one-sided at `confidence`; the two together hold with 2·confidence − 1.
 */
export function judgeComparison(looks: readonly ComparisonLook[], rules: ComparisonRules): ComparisonFinding {
  const evidence = evidenceOf(looks);
  const { canary, baseline } = evidence.totals;
  const logThreshold = -log(1 - rules.confidence);
  // H0: ratio ≤ maxIncrease on the canary's side; H0': ratio ≥ maxIncrease is the same test from the
  // baseline's side, whose ratio is the inverse.
  const worse = firstCrossing(
    logEvidenceByLook(evidence.canary, evidence.countByLook, rules.maxIncrease),
    logThreshold,
  );
  const within = firstCrossing(
    logEvidenceByLook(evidence.baseline, evidence.countByLook, 1 / rules.maxIncrease),
    logThreshold,
  );
  const lower = rejectedUpTo(evidence.canary, logThreshold, worse.at === undefined ? undefined : rules.maxIncrease);
  const inverseLower = rejectedUpTo(
    evidence.baseline,
    logThreshold,
    within.at === undefined ? undefined : 1 / rules.maxIncrease,
  );
  // Nothing is decided before the first look with enough errors and requests on both sides; from then on
  // a crossing at any earlier look counts, since the running maximum is what Ville's inequality bounds.
  const enoughAt = evidence.errorsByLook.findIndex((errors) => errors >= 0 && errors >= rules.minEvents);
  const decidedAt = (crossing: number | undefined) =>
    crossing === undefined || enoughAt < 0 ? undefined : max(crossing, enoughAt);
  const worseAt = decidedAt(worse.at);
  const withinAt = decidedAt(within.at);
  const decision =
    enoughAt < 0
      ? 'too-few-events'
      : worseAt !== undefined
        ? 'worse'
        : withinAt !== undefined
          ? 'within-limit'
          : 'undecided';
  return {
    decision,
    canary,
    baseline,
    ratio: observedRatio(canary, baseline),
    lower,
    upper: inverseLower > 0 ? 1 / inverseLower : Infinity,
    eValue: exp(worse.top),
    ...(decision === 'worse' ? { decidedAt: worseAt } : decision === 'within-limit' ? { decidedAt: withinAt } : {}),
  };
}

function observedRatio(canary: SideCounts, baseline: SideCounts): number | undefined {
  if (canary.requests === 0 || baseline.requests === 0 || baseline.errors === 0) return undefined;
  return canary.errors / canary.requests / (baseline.errors / baseline.requests);
}
