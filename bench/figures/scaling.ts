import type { Measured } from '../context.js';
import { SLOW_MS } from '../loopbackService.js';
import { kbToMB, pairRatios, summarize, type Summary } from '../stats.js';
import { row, verdict } from '../table.js';
import type { BenchActionRun } from '../actionRun.js';
import type { CheckRounds } from './checkRounds.js';

/** The targets: ten times the checks within ten times the time, and 2000 checks at most 150 MB at their peak (issue 21). */
const MAX_RATIO = 10;
const MAX_RSS_MB = 150;
/** The action's default: how many checks run at once. */
const CONCURRENCY = 8;

interface AtSize {
  ms: Summary;
  rssMB: Summary;
}

export interface ScalingFigure {
  20: AtSize;
  200: AtSize;
  2000: AtSize;
  ratio2000to200: number;
  roundRatios: Summary;
  ideal: { note: string; 20: number; 200: number; 2000: number };
  target: string;
  met: boolean;
}

const atSize = (runs: BenchActionRun[]): AtSize => ({
  ms: summarize(runs.map((run) => run.wallMs)),
  rssMB: summarize(runs.map((run) => kbToMB(run.rssKB))),
});

/** Waves of CONCURRENCY checks, SLOW_MS each: the time the checks alone would take. */
const idealMs = (checks: number) => Math.ceil(checks / CONCURRENCY) * SLOW_MS;

/** 20, 200 and 2000 checks from the same rounds: time and memory as the number of checks grows. */
export function scalingFigure(rounds: CheckRounds): Measured<ScalingFigure> {
  const at20 = atSize(rounds.checks20);
  const at200 = atSize(rounds.checks200);
  const at2000 = atSize(rounds.checks2000);
  const ratio2000to200 = at2000.ms.median / at200.ms.median;
  const figure: ScalingFigure = {
    20: at20,
    200: at200,
    2000: at2000,
    ratio2000to200,
    roundRatios: pairRatios(
      rounds.checks2000.map((run) => run.wallMs),
      rounds.checks200.map((run) => run.wallMs),
    ),
    ideal: {
      note: `checks / concurrency x ${SLOW_MS} ms, start-up excluded`,
      20: idealMs(20),
      200: idealMs(200),
      2000: idealMs(2000),
    },
    target: `2000 checks <= ${MAX_RATIO}x the 200-check time; peak RSS <= ${MAX_RSS_MB} MB at 2000`,
    met: ratio2000to200 <= MAX_RATIO && at2000.rssMB.max <= MAX_RSS_MB,
  };
  return {
    figure,
    rows: [
      row('20 checks @50ms (ms)', at20.ms),
      row('2000 checks @50ms (ms)', at2000.ms),
      row(
        '2000 / 200 checks time (x)',
        { ...figure.roundRatios, median: ratio2000to200 },
        `<= ${MAX_RATIO}x`,
        verdict(ratio2000to200, MAX_RATIO),
      ),
      row('peak RSS, 20 checks (MB)', at20.rssMB),
      row('peak RSS, 2000 checks (MB)', at2000.rssMB, `<= ${MAX_RSS_MB}`, verdict(at2000.rssMB.max, MAX_RSS_MB, 'max')),
    ],
  };
}
