import type { ComparisonFinding, ComparisonRules, SideCounts } from './sequentialTest.js';

// One sentence per comparison, for the summary and the Slack failure. Rates and ratios are shown to two
// significant digits (a third would be noise at these counts); counts in full with thousands separators.
// A lower bound is rounded down and an upper bound up, so the shown bound is still a true bound and never
// appears to cross the limit the decision says it did not.

const count = new Intl.NumberFormat('en-US');
const twoDigits = (roundingMode: 'halfExpand' | 'floor' | 'ceil') =>
  new Intl.NumberFormat('en-US', { minimumSignificantDigits: 2, maximumSignificantDigits: 2, roundingMode });
const nearest = twoDigits('halfExpand');
const down = twoDigits('floor');
const up = twoDigits('ceil');

/** 0 is written "0", not "0.0": no errors is exact. */
const figure = (value: number, format: Intl.NumberFormat) => (value === 0 ? '0' : format.format(value));
const percent = (value: number) => `${figure(value * 100, nearest)}%`;
/** The limit and the confidence are the user's own numbers: shown as given, not rounded. */
const exact = (value: number) => String(Number(value.toPrecision(12)));

function side(name: string, counts: SideCounts): string {
  if (counts.requests === 0)
    return `${name} no requests${counts.errors > 0 ? ` but ${count.format(counts.errors)} errors` : ''}`;
  const rate = percent(counts.errors / counts.requests);
  return `${name} ${rate} (${count.format(counts.errors)} / ${count.format(counts.requests)})`;
}

/**
 * "canary 2.4% (36 / 1,500) vs stable 0.30% (45 / 15,000): 8.0x; with 99% confidence at least 3.4x, over
 * the limit 1.5x", and its variants for within-limit, undecided and too few events.
 */
export function describeComparison(
  finding: ComparisonFinding,
  names: { canary: string; baseline: string },
  rules: ComparisonRules,
): string {
  const sides = `${side(names.canary, finding.canary)} vs ${side(names.baseline, finding.baseline)}`;
  const limit = `the limit ${exact(rules.maxIncrease)}x`;
  if (finding.decision === 'too-few-events') return `${sides}: ${tooFewReason(finding, names, rules)}`;
  const observed =
    finding.ratio === undefined ? `no ratio (${names.baseline} has no errors)` : `${figure(finding.ratio, nearest)}x`;
  const confidence = `with ${exact(rules.confidence * 100)}% confidence`;
  const lower = `${figure(finding.lower, down)}x`;
  const upper = `${figure(finding.upper, up)}x`;
  switch (finding.decision) {
    case 'worse':
      return `${sides}: ${observed}; ${confidence} at least ${lower}, over ${limit}`;
    case 'within-limit':
      return `${sides}: ${observed}; ${confidence} at most ${upper}, within ${limit}`;
    case 'undecided': {
      const bounds =
        finding.upper === Infinity
          ? finding.lower === 0
            ? 'no bound yet'
            : `at least ${lower}`
          : finding.lower === 0
            ? `at most ${upper}`
            : `between ${lower} and ${upper}`;
      return `${sides}: ${observed}; ${confidence} ${bounds}, not yet decided against ${limit}`;
    }
  }
}

/** Why nothing is compared yet; errors without requests are a query problem, not a quiet service, and say so. */
function tooFewReason(
  finding: ComparisonFinding,
  names: { canary: string; baseline: string },
  rules: ComparisonRules,
): string {
  const sides = [
    { name: names.canary, counts: finding.canary },
    { name: names.baseline, counts: finding.baseline },
  ];
  const broken = sides.find(({ counts }) => counts.requests === 0 && counts.errors > 0);
  if (broken) return `errors without requests on ${broken.name}: check its requests query`;
  const silent = sides.filter(({ counts }) => counts.requests === 0).map(({ name }) => name);
  if (silent.length > 0) return `no requests on ${silent.join(' or ')} yet, nothing to compare`;
  const errors = finding.canary.errors + finding.baseline.errors;
  return `${count.format(errors)} ${errors === 1 ? 'error' : 'errors'} on both sides together, fewer than the ${count.format(rules.minEvents)} needed to compare`;
}
