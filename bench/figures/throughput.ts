import type { Measured } from '../context.js';
import { kbToMB, pairRatios, summarize, type Summary } from '../stats.js';
import { row, verdict, verdictAtLeast } from '../table.js';
import { CURL } from '../tools.js';
import type { CheckRounds } from './checkRounds.js';

/**
 * The targets: 200 checks of 50 ms within 1.5 s plus the start-up (issue 21: the one-check run of the same
 * rounds), 8 times the curl loop's speed, and a peak RSS of at most 100 MB in every run (issue 21).
 */
const MAX_MS = 1500;
const MIN_SPEEDUP = 8;
const MAX_RSS_MB = 100;

export interface ThroughputFigure {
  checksMs: Summary;
  /** One check of /fast in the same rounds: what the 200 checks may take on top of MAX_MS. */
  startupMs: Summary;
  limitMs: number;
  target: string;
  rssMB: Summary;
  met: boolean;
  curlMs?: Summary;
  speedup?: number;
  roundSpeedups?: Summary;
  speedupMet?: boolean;
  /** Why there is no comparison. */
  curl?: string;
}

/** 200 checks against the same 200 URLs fetched by a curl loop, and the memory those 200 checks take. */
export function throughputFigure(rounds: CheckRounds): Measured<ThroughputFigure> {
  const checksMs = summarize(rounds.checks200.map((run) => run.wallMs));
  const startupMs = summarize(rounds.startup.map((run) => run.wallMs));
  const limitMs = MAX_MS + startupMs.median;
  const rssMB = summarize(rounds.checks200.map((run) => kbToMB(run.rssKB)));
  const figure: ThroughputFigure = {
    checksMs,
    startupMs,
    limitMs,
    target: `median <= ${MAX_MS} ms + start-up (one check, median) = ${Math.round(limitMs)} ms; peak RSS <= ${MAX_RSS_MB} MB`,
    rssMB,
    met: checksMs.median <= limitMs && rssMB.max <= MAX_RSS_MB,
  };
  const rows = [
    row('start-up: one check of /fast, same rounds (ms)', startupMs),
    row(
      '200 checks @50ms (ms)',
      checksMs,
      `<= ${MAX_MS} + start-up = ${Math.round(limitMs)}`,
      verdict(checksMs.median, limitMs),
    ),
  ];
  if (CURL) {
    const curlMs = summarize(rounds.curl.map((run) => run.ms));
    const speedup = curlMs.median / checksMs.median;
    const roundSpeedups = pairRatios(
      rounds.curl.map((run) => run.ms),
      rounds.checks200.map((run) => run.wallMs),
    );
    Object.assign(figure, { curlMs, speedup, roundSpeedups, speedupMet: speedup >= MIN_SPEEDUP });
    rows.push(
      row('200 x curl -sf, one by one (ms)', curlMs),
      row(
        'speed-up over curl loop (x)',
        { ...roundSpeedups, median: speedup },
        `>= ${MIN_SPEEDUP}x`,
        verdictAtLeast(speedup, MIN_SPEEDUP),
      ),
    );
  } else {
    figure.curl = 'curl not found on PATH: comparison skipped';
    rows.push(row('speed-up over curl loop', { median: NaN }, `>= ${MIN_SPEEDUP}x`, 'skipped: no curl'));
  }
  rows.push(row('peak RSS, 200 checks (MB)', rssMB, `<= ${MAX_RSS_MB}`, verdict(rssMB.max, MAX_RSS_MB, 'max')));
  return { figure, rows };
}
