import { expectResult, runBenchAction, type BenchActionRun } from '../actionRun.js';
import type { BenchContext, Measured } from '../context.js';
import { log } from '../log.js';
import { kbToMB, summarize, type Summary } from '../stats.js';
import { fmt, row, verdict, type Row } from '../table.js';
import { withPrometheusRig } from './prometheusRig.js';

/** Issue 21: the window's length must not grow memory. A long window at 1 s samples against short ones. */
const SHORT_MIN = 5;
const LONG_MIN = 30;
const INTERVAL = '1s';
/** The short window runs again and again while the long one runs, up to this many times: its spread is the noise. */
const SHORT_RUNS = 5;
const TRAFFIC_RATE = 10;
/** The target: the long window's peak RSS within 10% of the short one's (median). */
const MAX_GROWTH = 1.1;
/** The step's default limit (15m) is under the long window: the step must outlive it. */
const STEP_TIMEOUT = `${LONG_MIN + 5}m`;

/** One kind of watch at both lengths: what was run, and the memory it took. */
export interface WindowPair {
  kind: string;
  shortRssMB: Summary;
  longRssMB: number | undefined;
  /** The long window's samples, from its report: proof that it sampled every second throughout. */
  longSamples: number | undefined;
  /** The long run's peak over the short runs' median. */
  growth: number | undefined;
  met: boolean;
}

export interface WindowFigure {
  pairs: WindowPair[];
  target: string;
  met: boolean;
}

type Watch = (windowMin: number) => Promise<BenchActionRun>;

/** The long window once and, meanwhile, the short one back to back: both load the machine the same way. */
async function shortWhileLong(kind: string, watch: Watch): Promise<WindowPair> {
  let longDone = false;
  const longRun = watch(LONG_MIN).finally(() => (longDone = true));
  const shorts: BenchActionRun[] = [];
  while (!longDone && shorts.length < SHORT_RUNS) {
    shorts.push(await watch(SHORT_MIN));
    log(`  ${kind}: ${SHORT_MIN} min run ${shorts.length}: ${fmt(kbToMB(shorts.at(-1)!.rssKB))} MB`);
  }
  const long = await longRun;
  const shortRssMB = summarize(shorts.map((run) => kbToMB(run.rssKB)));
  const longRssMB = kbToMB(long.rssKB);
  const growth = longRssMB === undefined ? undefined : longRssMB / shortRssMB.median;
  log(`  ${kind}: ${LONG_MIN} min run: ${fmt(longRssMB)} MB, ${long.report?.monitor?.samples ?? '?'} samples`);
  return {
    kind,
    shortRssMB,
    longRssMB,
    longSamples: long.report?.monitor?.samples,
    growth,
    met: growth !== undefined && growth <= MAX_GROWTH,
  };
}

/**
 * Peak RSS of a SHORT_MIN and a LONG_MIN window at 1 s samples: a healthy Prometheus watch, and the action's
 * own traffic at TRAFFIC_RATE/s. The two kinds run at the same time: only memory is compared, not time.
 */
export async function measureWindow(context: BenchContext): Promise<Measured<WindowFigure>> {
  const { scratch, service } = context;
  log(
    `window: ${LONG_MIN} min and, meanwhile, up to ${SHORT_RUNS} x ${SHORT_MIN} min, at ${INTERVAL} samples; Prometheus and traffic ${TRAFFIC_RATE}/s side by side (about ${LONG_MIN + 1} min)`,
  );
  let pairs: WindowPair[] = [];
  await withPrometheusRig(async (rig) => {
    const prometheus: Watch = async (windowMin) => {
      const run = await runBenchAction(
        {
          ...rig.watchInputs,
          'monitor-window': `${windowMin * 60}s`,
          'monitor-interval': INTERVAL,
          timeout: STEP_TIMEOUT,
        },
        { scratch },
      );
      expectResult(run, 'passed', `Prometheus watch, ${windowMin} min`);
      return run;
    };
    const traffic: Watch = async (windowMin) => {
      const run = await runBenchAction(
        {
          'base-url': service.url,
          checks: '/fast',
          'monitor-window': `${windowMin * 60}s`,
          'monitor-interval': INTERVAL,
          timeout: STEP_TIMEOUT,
          // 10 requests a sample are under what `min-requests: auto` asks: 0 asks for one.
          traffic: `rate: ${TRAFFIC_RATE}\nrequests:\n  - /slow/0\nmin-requests: 0\n`,
        },
        { scratch },
      );
      expectResult(run, 'passed', `traffic ${TRAFFIC_RATE}/s, ${windowMin} min`);
      return run;
    };
    pairs = await Promise.all([
      shortWhileLong('Prometheus watch', prometheus),
      shortWhileLong(`traffic ${TRAFFIC_RATE}/s`, traffic),
    ]);
  });
  const figure: WindowFigure = {
    pairs,
    target: `peak RSS, ${LONG_MIN} min window <= ${MAX_GROWTH}x the ${SHORT_MIN} min one (median), at ${INTERVAL} samples`,
    met: pairs.every((pair) => pair.met),
  };
  const rows: Row[] = [];
  for (const pair of pairs) {
    rows.push(
      row(`peak RSS, ${pair.kind}, ${SHORT_MIN} min @${INTERVAL} (MB)`, pair.shortRssMB),
      row(
        `peak RSS, ${pair.kind}, ${LONG_MIN} min @${INTERVAL}, ${pair.longSamples ?? '?'} samples (MB)`,
        summarize([pair.longRssMB]),
      ),
      row(
        `${pair.kind}: ${LONG_MIN} min / ${SHORT_MIN} min peak RSS (x)`,
        summarize([pair.growth]),
        `<= ${MAX_GROWTH}x`,
        verdict(pair.growth, MAX_GROWTH) + ` (1 long run, ${pair.shortRssMB.runs} short)`,
      ),
    );
  }
  return { figure, rows };
}
