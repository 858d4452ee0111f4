import { describeComparison } from '../../src/engine/compare/comparisonText.js';
import {
  eValuesByLook,
  judgeComparison,
  type ComparisonLook,
  type ComparisonRules,
} from '../../src/engine/compare/sequentialTest.js';
import { poisson, seededRandom } from '../support/seededRandom.js';

const RULES: ComparisonRules = { maxIncrease: 1.5, confidence: 0.99, minEvents: 10 };
const NAMES = { canary: 'canary', baseline: 'stable' };
/** The alternatives of the method as documented, in multiples of the null ratio, equally weighted. */
const GRID = [1.1, 1.25, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32];

const look = (ce: number, cr: number, be: number, br: number): ComparisonLook => ({
  canary: { errors: ce, requests: cr },
  baseline: { errors: be, requests: br },
});
const swapped = (looks: ComparisonLook[]) =>
  looks.map(({ canary, baseline }) => ({ canary: baseline, baseline: canary }));
const last = (values: number[]) => values.at(-1)!;

/**
 * The reference: the mixture written out with plain products of binomial likelihood ratios, increment by
 * increment, no logs; fine for the small counts used here. An increment is [ce, cr, be, br].
 */
function referenceEValue(increments: [number, number, number, number][], nullRatio: number): number {
  const components = GRID.map((c) => {
    let product = 1;
    for (const [ce, cr, be, br] of increments) {
      const p0 = (nullRatio * cr) / (nullRatio * cr + br);
      const p1 = (c * nullRatio * cr) / (c * nullRatio * cr + br);
      for (let i = 0; i < ce; i++) product *= p1 / p0;
      for (let i = 0; i < be; i++) product *= (1 - p1) / (1 - p0);
    }
    return product;
  });
  return components.reduce((sum, value) => sum + value, 0) / GRID.length;
}

describe('the e-value against known values', () => {
  it('one increment: 6 canary and 2 baseline errors in 100 requests each, against 1.5x', () => {
    // By hand for the alternative 2 x 1.5 = 3: p0 = 1.5 / 2.5 = 0.6, p1 = 3 / 4 = 0.75, and the likelihood
    // ratio is (0.75 / 0.6)^6 x (0.25 / 0.4)^2 = 1.25^6 x 0.390625 = 1.4901. The eleven others, averaged with
    // it, give 0.78569 (worked out separately in a Python one-liner): under 1, since 6 of 8 is no more
    // than a 1.5x canary would often show.
    expect(referenceEValue([[6, 100, 2, 100]], 1.5)).toBeGreaterThan(1.4901 / GRID.length);
    const eValue = judgeComparison([look(6, 100, 2, 100)], RULES).eValue;
    expect(eValue).toBeCloseTo(referenceEValue([[6, 100, 2, 100]], 1.5), 10);
    expect(eValue).toBeCloseTo(0.78569, 5);
  });

  it('several increments with different traffic on each side multiply, look by look', () => {
    const increments: [number, number, number, number][] = [
      [3, 120, 1, 400],
      [0, 80, 2, 350],
      [5, 100, 0, 500],
      [0, 90, 0, 410],
      [4, 130, 2, 380],
    ];
    const looks: ComparisonLook[] = [];
    let [ce, cr, be, br] = [0, 0, 0, 0];
    for (const [dce, dcr, dbe, dbr] of increments) {
      [ce, cr, be, br] = [ce + dce, cr + dcr, be + dbe, br + dbr];
      looks.push(look(ce, cr, be, br));
    }
    const byLook = eValuesByLook(looks, 1.5);
    increments.forEach((_, i) => {
      const reference = referenceEValue(increments.slice(0, i + 1), 1.5);
      expect(byLook[i]! / reference).toBeCloseTo(1, 10);
    });
    // Merging the increments would give another (also valid) number: the test uses the looks as they came.
    expect(referenceEValue([[ce, cr, be, br]], 1.5)).not.toBeCloseTo(last(byLook), 3);
  });

  it('stays finite in logs where the plain products would overflow', () => {
    const finding = judgeComparison([look(50_000, 1_000_000, 10_000, 1_000_000)], RULES);
    expect(finding.eValue).toBe(Infinity);
    expect(finding.decision).toBe('worse');
    expect(finding.lower).toBeGreaterThan(4.5);
    expect(finding.upper).toBeLessThan(5.5);
    expect(Number.isFinite(finding.upper)).toBe(true);
  });
});

describe('the confidence bounds', () => {
  const threshold = 1 / (1 - RULES.confidence);

  it('are the boundaries where the test starts and stops rejecting', () => {
    const looks = [look(36, 1_500, 45, 15_000)];
    const { lower, upper } = judgeComparison(looks, RULES);
    expect(last(eValuesByLook(looks, lower * 0.999))).toBeGreaterThanOrEqual(threshold);
    expect(last(eValuesByLook(looks, lower * 1.001))).toBeLessThan(threshold);
    // The upper bound is the lower bound of the inverse ratio, from the baseline's side.
    expect(last(eValuesByLook(swapped(looks), 1 / (upper * 1.001)))).toBeGreaterThanOrEqual(threshold);
    expect(last(eValuesByLook(swapped(looks), 1 / (upper * 0.999)))).toBeLessThan(threshold);
    expect(lower).toBeLessThan(8);
    expect(upper).toBeGreaterThan(8);
  });

  it('mirror each other when the sides swap', () => {
    const looks = [look(14, 2_000, 30, 5_000), look(30, 4_000, 61, 10_000)];
    const straight = judgeComparison(looks, RULES);
    const mirrored = judgeComparison(swapped(looks), { ...RULES, maxIncrease: 1 / RULES.maxIncrease });
    expect(mirrored.lower * straight.upper).toBeCloseTo(1, 4);
    expect(mirrored.upper * straight.lower).toBeCloseTo(1, 4);
  });

  it('move up with the canary errors, and the e-value falls as the limit rises', () => {
    const findings = [0, 5, 10, 20, 40, 80].map((errors) => judgeComparison([look(errors, 2_000, 20, 2_000)], RULES));
    for (let i = 1; i < findings.length; i++) {
      expect(findings[i]!.lower).toBeGreaterThanOrEqual(findings[i - 1]!.lower);
      expect(findings[i]!.upper).toBeGreaterThan(findings[i - 1]!.upper);
      expect(findings[i]!.eValue).toBeGreaterThan(findings[i - 1]!.eValue);
    }
    const byLimit = [0.5, 1, 1.5, 2, 3, 5].map((limit) => last(eValuesByLook([look(40, 2_000, 20, 2_000)], limit)));
    for (let i = 1; i < byLimit.length; i++) expect(byLimit[i]).toBeLessThan(byLimit[i - 1]!);
  });

  it('are 0 and Infinity when the counts bound nothing, and stop at the ends of the search range', () => {
    const none = judgeComparison([look(0, 100, 1, 100)], { ...RULES, minEvents: 0 });
    expect(none.lower).toBe(0);
    expect(none.upper).toBe(Infinity);
    const extreme = judgeComparison([look(5_000, 5_000, 0, 1_000_000)], RULES);
    expect(extreme.lower).toBe(1000);
    expect(extreme.upper).toBe(Infinity);
  });

  it('agree with the decision: worse means a lower bound at or over the limit, within-limit an upper bound at or under', () => {
    const random = seededRandom(16);
    let worse = 0;
    let within = 0;
    for (let i = 0; i < 300; i++) {
      const traffic = 20 + Math.floor(random() * 400);
      const ratio = 0.2 + random() * 4;
      const looks: ComparisonLook[] = [];
      let [ce, be] = [0, 0];
      for (let t = 1; t <= 8; t++) {
        ce += poisson(random, traffic * 0.02 * ratio);
        be += poisson(random, traffic * 0.02);
        looks.push(look(ce, traffic * t, be, traffic * t));
      }
      const finding = judgeComparison(looks, RULES);
      const crossed = Math.max(...eValuesByLook(looks, RULES.maxIncrease)) >= 1 / (1 - RULES.confidence);
      expect(finding.decision === 'worse').toBe(crossed && finding.canary.errors + finding.baseline.errors >= 10);
      if (finding.decision === 'worse') {
        worse++;
        expect(finding.lower).toBeGreaterThanOrEqual(RULES.maxIncrease);
      }
      if (finding.decision === 'within-limit') {
        within++;
        expect(finding.upper).toBeLessThanOrEqual(RULES.maxIncrease);
      }
      // From one look alone the other way round holds too: a bound past the limit is a rejection.
      const single = judgeComparison([looks.at(-1)!], { ...RULES, minEvents: 0 });
      if (single.lower > RULES.maxIncrease) expect(single.eValue).toBeGreaterThanOrEqual(1 / (1 - RULES.confidence));
    }
    expect(worse).toBeGreaterThan(50);
    expect(within).toBeGreaterThan(10);
  });
});

describe('the decision at the edges', () => {
  it('needs minEvents errors on both sides together', () => {
    expect(judgeComparison([look(9, 100, 0, 1_000)], RULES).decision).toBe('too-few-events');
    const ten = judgeComparison([look(10, 100, 0, 1_000)], RULES);
    expect(ten.decision).toBe('worse');
    expect(ten.decidedAt).toBe(0);
  });

  it('decides at the first look with enough errors when the evidence crossed before', () => {
    const looks = [look(8, 100, 0, 1_000), look(9, 110, 0, 1_100), look(10, 120, 0, 1_200)];
    expect(eValuesByLook(looks, RULES.maxIncrease)[0]).toBeGreaterThan(100);
    expect(judgeComparison(looks, RULES)).toMatchObject({ decision: 'worse', decidedAt: 2 });
  });

  it('is too-few-events while a side has no requests, errors or not', () => {
    expect(judgeComparison([look(20, 1_000, 0, 0)], RULES).decision).toBe('too-few-events');
    expect(judgeComparison([look(20, 0, 30, 1_000)], RULES).decision).toBe('too-few-events');
  });

  it('keeps an increment in which a side had no requests for the next one, instead of losing its errors', () => {
    const held = eValuesByLook([look(0, 0, 6, 500), look(30, 500, 12, 1_000)], 1.5);
    expect(held[0]).toBe(1);
    expect(held[1]).toBeCloseTo(last(eValuesByLook([look(30, 500, 12, 1_000)], 1.5)), 10);
  });

  it('rounds fractional counts and counts a dip and its recovery once (increase() extrapolation, a reset)', () => {
    const dipped = [look(10.4, 1_000.2, 5, 1_000), look(8.9, 990, 4.6, 1_000), look(20, 2_000, 10, 2_000)];
    const steady = [look(10, 1_000, 5, 1_000), look(10, 1_000, 5, 1_000), look(20, 2_000, 10, 2_000)];
    expect(judgeComparison(dipped, RULES)).toEqual(judgeComparison(steady, RULES));
    expect(judgeComparison(dipped, RULES).canary).toEqual({ errors: 20, requests: 2_000 });
  });

  it('keeps a decision once reached, though later looks dilute the evidence', () => {
    const looks = [look(40, 1_000, 5, 1_000)];
    for (let t = 2; t <= 40; t++) looks.push(look(40 + 10 * (t - 1), 1_000 * t, 5 + 10 * (t - 1), 1_000 * t));
    const byLook = eValuesByLook(looks, RULES.maxIncrease);
    expect(byLook[0]).toBeGreaterThan(100);
    expect(last(byLook)).toBeLessThan(1);
    const finding = judgeComparison(looks, RULES);
    expect(finding).toMatchObject({ decision: 'worse', decidedAt: 0 });
    expect(finding.eValue).toBe(Math.max(...byLook));
    expect(finding.lower).toBeGreaterThanOrEqual(RULES.maxIncrease);
  });

  it('passes early only when the upper bound is under the limit', () => {
    const equal = Array.from({ length: 30 }, (_, i) =>
      look(10 * (i + 1), 1_000 * (i + 1), 10 * (i + 1), 1_000 * (i + 1)),
    );
    const finding = judgeComparison(equal, RULES);
    expect(finding.decision).toBe('within-limit');
    expect(finding.upper).toBeLessThan(1.5);
    expect(judgeComparison(equal.slice(0, finding.decidedAt), RULES).decision).toBe('undecided');
  });

  it('reports the observed ratio only when it is defined', () => {
    expect(judgeComparison([look(36, 1_500, 45, 15_000)], RULES).ratio).toBeCloseTo(8, 10);
    expect(judgeComparison([look(12, 1_200, 0, 1_200)], RULES).ratio).toBeUndefined();
    expect(judgeComparison([look(0, 1_200, 12, 1_200)], RULES).ratio).toBe(0);
    expect(judgeComparison([], RULES)).toMatchObject({ decision: 'too-few-events', ratio: undefined, eValue: 0 });
  });
});

describe('the sentence', () => {
  const sentence = (looks: ComparisonLook[], rules = RULES) =>
    describeComparison(judgeComparison(looks, rules), NAMES, rules);

  it('says how much worse, the bound that decided and the limit', () => {
    expect(sentence([look(36, 1_500, 45, 15_000)])).toBe(
      'canary 2.4% (36 / 1,500) vs stable 0.30% (45 / 15,000): 8.0x; with 99% confidence at least 3.4x, over the limit 1.5x',
    );
    expect(sentence([look(12, 1_200, 0, 1_200)])).toBe(
      'canary 1.0% (12 / 1,200) vs stable 0% (0 / 1,200): no ratio (stable has no errors); with 99% confidence at least 1.6x, over the limit 1.5x',
    );
  });

  it('says within the limit with the upper bound, rounded up so that it stays a bound', () => {
    expect(sentence([look(300, 30_000, 300, 30_000)])).toBe(
      'canary 1.0% (300 / 30,000) vs stable 1.0% (300 / 30,000): 1.0x; with 99% confidence at most 1.4x, within the limit 1.5x',
    );
  });

  it('gives the bounds so far while undecided, with the confidence and limit as configured', () => {
    expect(sentence([look(12, 1_200, 6, 1_200)])).toBe(
      'canary 1.0% (12 / 1,200) vs stable 0.50% (6 / 1,200): 2.0x; with 99% confidence between 0.38x and 15x, not yet decided against the limit 1.5x',
    );
    expect(sentence([look(12, 1_200, 6, 1_200)], { ...RULES, maxIncrease: 1.25, confidence: 0.995 })).toMatch(
      /with 99\.5% confidence .*, not yet decided against the limit 1\.25x$/,
    );
    expect(sentence([look(1, 1_200, 9, 1_200)], { ...RULES, maxIncrease: 1.25 })).toBe(
      'canary 0.083% (1 / 1,200) vs stable 0.75% (9 / 1,200): 0.11x; with 99% confidence at most 1.5x, not yet decided against the limit 1.25x',
    );
  });

  it('says why nothing is compared yet', () => {
    expect(sentence([look(0, 300, 2, 300)])).toBe(
      'canary 0% (0 / 300) vs stable 0.67% (2 / 300): 2 errors on both sides together, fewer than the 10 needed to compare',
    );
    expect(sentence([look(0, 0, 2, 300)])).toBe(
      'canary no requests vs stable 0.67% (2 / 300): no requests on canary yet, nothing to compare',
    );
    expect(sentence([look(3, 0, 2, 300)])).toBe(
      'canary no requests but 3 errors vs stable 0.67% (2 / 300): errors without requests on canary: check its requests query',
    );
  });
});
