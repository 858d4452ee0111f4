import { poisson, seededRandom } from '../../__tests__/support/seededRandom.js';
import { judgeComparison, type ComparisonLook, type ComparisonRules } from '../../src/engine/compare/sequentialTest.js';
import type { Measured } from '../context.js';
import { log } from '../log.js';
import { row } from '../table.js';

// Canary versus baseline on simulated traffic (seeded): how many looks until a 5x worse canary fails, and
// how often a healthy one does, for the sequential comparison and for a fixed threshold gate on the same
// counts. Simulation, not wall time: a look here is one monitor sample, 10 s apart in a real window.

const INTERVAL_S = 10;
/** A 30-minute window: long enough for the slowest traffic to be caught in most windows. */
const LOOKS = 180;
const WINDOWS = 500;
const BASELINE_ERROR_RATE = 0.01;
const REGRESSION = 5;
const RULES: ComparisonRules = { maxIncrease: 1.5, confidence: 0.99, minEvents: 10 };
/** The threshold gate: the canary's error rate over the last look above 2 % (twice the baseline's), twice in a row. */
const GATE_MAX_ERROR_RATE = 0.02;
const GATE_BREACHES = 2;
const REQUESTS_PER_SECOND = [1, 10, 100];

interface Side {
  /** The look (from 1) at which each window failed, or undefined when it ran to its end. */
  failedAtLook: (number | undefined)[];
}

interface AtTraffic {
  requestsPerSecond: number;
  regression: { sequential: Side; gate: Side };
  healthy: { sequential: Side; gate: Side };
}

/** One window: the canary's and the baseline's requests and errors per look, and both judges' first failing look. */
function runWindow(random: () => number, requestsPerLook: number, ratio: number) {
  const looks: ComparisonLook[] = [];
  let [ce, cr, be, br] = [0, 0, 0, 0];
  let breaches = 0;
  let gateFailedAt: number | undefined;
  for (let t = 1; t <= LOOKS; t++) {
    const canaryRequests = poisson(random, requestsPerLook);
    const baselineRequests = poisson(random, requestsPerLook);
    const canaryErrors = poisson(random, canaryRequests * BASELINE_ERROR_RATE * ratio);
    [ce, cr] = [ce + canaryErrors, cr + canaryRequests];
    [be, br] = [be + poisson(random, baselineRequests * BASELINE_ERROR_RATE), br + baselineRequests];
    looks.push({ canary: { errors: ce, requests: cr }, baseline: { errors: be, requests: br } });
    breaches = canaryRequests > 0 && canaryErrors / canaryRequests > GATE_MAX_ERROR_RATE ? breaches + 1 : 0;
    if (gateFailedAt === undefined && breaches >= GATE_BREACHES) gateFailedAt = t;
  }
  // A decision stands once reached: one judgement of the whole window gives the look a monitor judging at
  // every look would have failed at.
  const finding = judgeComparison(looks, RULES);
  return { sequential: finding.decision === 'worse' ? finding.decidedAt! + 1 : undefined, gate: gateFailedAt };
}

function simulate(seed: number, requestsPerSecond: number, ratio: number) {
  const random = seededRandom(seed);
  const sequential: Side = { failedAtLook: [] };
  const gate: Side = { failedAtLook: [] };
  for (let w = 0; w < WINDOWS; w++) {
    const window = runWindow(random, requestsPerSecond * INTERVAL_S, ratio);
    sequential.failedAtLook.push(window.sequential);
    gate.failedAtLook.push(window.gate);
  }
  return { sequential, gate };
}

/** The median look to fail, a window that never failed counting as later than any: undefined when half never did. */
function medianLook(side: Side): number | undefined {
  const sorted = side.failedAtLook.map((look) => look ?? Infinity).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return Number.isFinite(median) ? median : undefined;
}

const failedShare = (side: Side) => side.failedAtLook.filter((look) => look !== undefined).length / WINDOWS;

export interface ComparisonDelayFigure {
  config: {
    intervalSeconds: number;
    looks: number;
    windows: number;
    baselineErrorRate: number;
    regression: number;
    rules: ComparisonRules;
    gate: string;
  };
  byTraffic: (AtTraffic & {
    medianLooks: { sequential?: number; gate?: number };
    caught: { sequential: number; gate: number };
    falseFailures: { sequential: number; gate: number };
  })[];
}

/** Detection delay and false failures of the comparison and of a threshold gate at 1, 10 and 100 requests per second. */
export function measureComparisonDelay(): Measured<ComparisonDelayFigure> {
  const byTraffic = REQUESTS_PER_SECOND.map((requestsPerSecond, i) => {
    log(`comparison: ${WINDOWS} windows of ${LOOKS} looks at ${requestsPerSecond} req/s per side, 5x and healthy`);
    const regression = simulate(100 + i, requestsPerSecond, REGRESSION);
    const healthy = simulate(200 + i, requestsPerSecond, 1);
    return {
      requestsPerSecond,
      regression,
      healthy,
      medianLooks: { sequential: medianLook(regression.sequential), gate: medianLook(regression.gate) },
      caught: { sequential: failedShare(regression.sequential), gate: failedShare(regression.gate) },
      falseFailures: { sequential: failedShare(healthy.sequential), gate: failedShare(healthy.gate) },
    };
  });
  const figure: ComparisonDelayFigure = {
    config: {
      intervalSeconds: INTERVAL_S,
      looks: LOOKS,
      windows: WINDOWS,
      baselineErrorRate: BASELINE_ERROR_RATE,
      regression: REGRESSION,
      rules: RULES,
      gate: `canary error rate over the last look > ${GATE_MAX_ERROR_RATE}, ${GATE_BREACHES} looks in a row`,
    },
    byTraffic,
  };
  const rows = byTraffic.flatMap(({ requestsPerSecond, regression, medianLooks, caught, falseFailures }) => {
    const at = `${requestsPerSecond} req/s per side`;
    /** The spread is over the windows that failed; the median counts the others as later than any. */
    const looks = (side: Side, median: number | undefined) => {
      const failed = side.failedAtLook.filter((look) => look !== undefined);
      return { median: median ?? NaN, min: Math.min(...failed), max: Math.max(...failed), runs: WINDOWS };
    };
    const share = (value: number) => ({ median: value * 100, runs: WINDOWS });
    return [
      row(`compare 5x, ${at}: looks to fail, sequential`, looks(regression.sequential, medianLooks.sequential)),
      row(`compare 5x, ${at}: looks to fail, threshold gate`, looks(regression.gate, medianLooks.gate)),
      row(`compare 5x, ${at}: % caught in ${LOOKS} looks, sequential`, share(caught.sequential)),
      row(`compare 5x, ${at}: % caught in ${LOOKS} looks, threshold gate`, share(caught.gate)),
      row(`compare healthy, ${at}: % failed, sequential`, share(falseFailures.sequential)),
      row(`compare healthy, ${at}: % failed, threshold gate`, share(falseFailures.gate)),
    ];
  });
  return { figure, rows };
}
