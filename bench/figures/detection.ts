import { setTimeout as sleep } from 'node:timers/promises';
import { ERROR_SPIKE } from '../../__tests__/support/prometheus.js';
import { expectResult, runBenchAction } from '../actionRun.js';
import type { BenchContext, Measured } from '../context.js';
import { log } from '../log.js';
import { summarize, type Summary } from '../stats.js';
import { row, verdict } from '../table.js';
import { ERROR_RATE, INTERVAL_S, MAX_ERROR_RATE, NO_ERRORS, THRESHOLD, type PrometheusRig } from './prometheusRig.js';

const RUNS = 5;
/** The target: the verdict within THRESHOLD intervals of the first breaching sample, plus a second of slack. */
const LIMIT_MS = THRESHOLD * INTERVAL_S * 1000 + 1000;

interface DetectionRun {
  fromBreachMs: number;
  fromJumpMs: number;
  jumpToFirstBreachMs: number;
  verdictToExitMs: number;
  samples: number | undefined;
  stoppedEarly: string | undefined;
  queryBefore: number;
  queryAfter: number;
  confirmed: boolean;
  gate: string | undefined;
}

export interface DetectionFigure {
  fromBreachMs: Summary;
  fromJumpMs: Summary;
  runs: DetectionRun[];
  config: { query: string; interval: string; failureThreshold: number; maxErrorRate: number; scrapeInterval: string };
  target: string;
  allConfirmedByPrometheus: boolean;
  met: boolean;
}

/** One watched release whose error rate jumps from 0 to 20 % `jumpAfterMs` after the action started. */
async function detectOnce({ scratch }: BenchContext, rig: PrometheusRig, jumpAfterMs: number): Promise<DetectionRun> {
  rig.metrics.setTraffic(NO_ERRORS);
  await rig.settle(5); // the [3s] range holds only error-free scrapes again
  const running = runBenchAction(rig.watchInputs, { scratch });
  await sleep(jumpAfterMs);
  const jumpAt = Date.now();
  rig.metrics.setTraffic(ERROR_SPIKE);
  const run = await running;
  expectResult(run, 'failed', 'error spike');
  const firstBad = rig.scrapes.find((scrape) => scrape.at >= jumpAt && scrape.errorShare > 0);
  if (!firstBad) throw new Error('error spike: the service served no scrape with errors before the verdict');
  const verdictAt = Date.parse(run.report?.timeline.failureDetected ?? '');
  // Prometheus itself confirms: under the threshold just before the jump, over it just after the first bad scrape.
  const queryBefore = await rig.prometheus.value(ERROR_RATE, jumpAt - 50);
  const queryAfter = await rig.prometheus.value(ERROR_RATE, firstBad.at + 100);
  return {
    fromBreachMs: verdictAt - firstBad.at,
    fromJumpMs: verdictAt - jumpAt,
    jumpToFirstBreachMs: firstBad.at - jumpAt,
    verdictToExitMs: run.startedAt + run.wallMs - verdictAt,
    samples: run.report?.monitor?.samples,
    stoppedEarly: run.report?.monitor?.stoppedEarly,
    queryBefore,
    queryAfter,
    confirmed: queryBefore <= MAX_ERROR_RATE && queryAfter > MAX_ERROR_RATE,
    gate: run.report?.monitor?.gates.find((gate) => gate.name === 'error-rate')?.result,
  };
}

/** The error rate jumps while the action watches: how long from the first breaching scrape to the verdict. */
export async function measureDetection(context: BenchContext, rig: PrometheusRig): Promise<Measured<DetectionFigure>> {
  log(`detection: ${RUNS} runs (the monitor run above was the warm-up)`);
  const runs: DetectionRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Let the action start and take a few healthy samples; the spread moves the jump across the scrape and sample phases.
    const run = await detectOnce(context, rig, 2_000 + (i * 1_000) / RUNS);
    runs.push(run);
    log(
      `  run ${i + 1}/${RUNS}: first breaching sample -> verdict ${run.fromBreachMs} ms, jump -> verdict ${run.fromJumpMs} ms`,
    );
  }
  rig.metrics.setTraffic(NO_ERRORS);
  const fromBreachMs = summarize(runs.map((run) => run.fromBreachMs));
  const figure: DetectionFigure = {
    fromBreachMs,
    fromJumpMs: summarize(runs.map((run) => run.fromJumpMs)),
    runs,
    config: {
      query: ERROR_RATE,
      interval: `${INTERVAL_S}s`,
      failureThreshold: THRESHOLD,
      maxErrorRate: MAX_ERROR_RATE,
      scrapeInterval: '1s',
    },
    target: `first breaching sample -> verdict <= ${LIMIT_MS} ms`,
    allConfirmedByPrometheus: runs.every((run) => run.confirmed),
    met: fromBreachMs.median <= LIMIT_MS,
  };
  return {
    figure,
    rows: [
      row(
        'detect: first breach -> verdict (ms)',
        fromBreachMs,
        `<= ${LIMIT_MS}`,
        verdict(fromBreachMs.median, LIMIT_MS),
      ),
      row('detect: error jump -> verdict (ms)', figure.fromJumpMs),
    ],
  };
}
