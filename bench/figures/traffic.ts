import { json, startTestService, type Route } from '../../__tests__/support/testService.js';
import { expectResult, runBenchAction } from '../actionRun.js';
import type { BenchContext, Measured } from '../context.js';
import { log } from '../log.js';
import { SLOW_MS } from '../loopbackService.js';
import { kbToMB, summarize, type Summary } from '../stats.js';
import { fmt, row, verdict, verdictAtLeast, type Row } from '../table.js';

/** The rates asked of `traffic`, each for RATE_WINDOW_S, in RATE_ROUNDS rounds that alternate them. */
const RATES = [1, 10, 50] as const;
const RATE_WINDOW_S = 60;
const RATE_ROUNDS = 3;
/** The CPU figure is read from the runs at this rate. */
const CPU_RATE = 50;
/** The memory figure: one run of each window at this rate. */
const MEMORY_RATE = 10;
const SHORT_WINDOW_MIN = 5;
const LONG_WINDOW_MIN = 10;
/**
 * Six samples in a 60 s window (three are needed for a verdict). `min-requests: 0` keeps 1/s legal: its 10
 * requests a sample are under the 100 that `auto` asks at the default max-error-rate 0.01.
 */
const INTERVAL = '10s';
/** The targets: at least 95% of the asked rate reaches the service; peak RSS does not grow with the window. */
const MIN_ACHIEVED = 0.95;
const MAX_RSS_GROWTH = 1.1;
/** The header every traffic request carries: the smoke check before the window does not count. */
const MARKER = 'x-post-deploy-check';

/** One run of the action with `traffic`, as the service saw it and as the action reported it. */
export interface TrafficRun {
  rate: number;
  windowS: number;
  /** Traffic requests the service received, spawn to exit. */
  received: number;
  /** received / the window, in requests a second, and that over the rate asked. */
  achievedPerS: number;
  achievedRatio: number;
  /** (received - 1) over the time from the first arrival to the last: the schedule's own pace. */
  pacedPerS: number | undefined;
  /** The latest any request arrived behind its slot (first arrival + n / rate). */
  maxLagMs: number | undefined;
  /** From the action's spawn to the first traffic request's arrival: start-up, the smoke check, the monitor's setup. */
  firstArrivalMs: number | undefined;
  /** The action's own count, from the report's monitor.traffic. */
  reported: { sent: number; ok: number; failed: number; dropped: number; ranMs: number; stoppedBecause: string };
  latencyMs: { p50: number; p95: number; max: number } | undefined;
  wallMs: number;
  cpuSeconds: number | undefined;
  /** cpuSeconds over the wall time, as a percent of one core. */
  cpuPercent: number | undefined;
  rssMB: number | undefined;
}

export interface TrafficFigure {
  byRate: {
    rate: number;
    achievedPerS: Summary;
    achievedRatio: Summary;
    reportedSent: Summary;
    cpuPercent: Summary;
    rssMB: Summary;
  }[];
  cpuPercentAtMax: Summary;
  memory: { short: TrafficRun; long: TrafficRun; growth: number | undefined };
  /** Some run's report counted other than the service: the table then shows both. */
  reportDiffers: boolean;
  runs: TrafficRun[];
  target: string;
  met: boolean;
}

/** The loopback service the traffic hits: /health answers at once, /traffic after SLOW_MS; arrivals are timed. */
async function startTrafficService() {
  let arrivals: number[] = [];
  const answer: Route = (_request, res) => json(res, 200, { status: 'ok' });
  const traffic: Route = (request, res, hits) => {
    if (request.headers[MARKER] === 'traffic') arrivals.push(Date.now());
    setTimeout(() => answer(request, res, hits), SLOW_MS);
  };
  const service = await startTestService({ '/health': answer, '/traffic': traffic });
  return {
    url: service.url,
    /** The arrival times since the last call, and a fresh list from now on. */
    take(): number[] {
      const taken = arrivals;
      arrivals = [];
      return taken;
    },
    close: () => service.close(),
  };
}
type TrafficService = Awaited<ReturnType<typeof startTrafficService>>;

/** dist/index.js with a smoke check of /health, then `traffic` at `rate` to /traffic for the window. */
async function runTraffic(
  scratch: string,
  service: TrafficService,
  rate: number,
  windowS: number,
  interval = INTERVAL,
): Promise<TrafficRun> {
  service.take();
  const run = await runBenchAction(
    {
      'base-url': service.url,
      checks: '/health',
      'monitor-window': `${windowS}s`,
      'monitor-interval': interval,
      traffic: `rate: ${rate}\nrequests:\n  - /traffic\nmin-requests: 0\n`,
    },
    { scratch },
  );
  const arrivals = service.take();
  expectResult(run, 'passed', `traffic ${rate}/s for ${windowS} s`);
  const reported = run.report?.monitor?.traffic;
  if (!reported) throw new Error(`traffic ${rate}/s for ${windowS} s: the report has no monitor.traffic`);
  const first = arrivals[0];
  const last = arrivals.at(-1);
  const spacingMs = 1_000 / rate;
  const cpuSeconds = run.cpuSeconds;
  return {
    rate,
    windowS,
    received: arrivals.length,
    achievedPerS: arrivals.length / windowS,
    achievedRatio: arrivals.length / windowS / rate,
    pacedPerS:
      first !== undefined && last !== undefined && last > first
        ? (arrivals.length - 1) / ((last - first) / 1_000)
        : undefined,
    maxLagMs:
      first === undefined ? undefined : Math.max(...arrivals.map((at, index) => at - first - index * spacingMs)),
    firstArrivalMs: first === undefined ? undefined : first - run.startedAt,
    reported: {
      sent: reported.sent,
      ok: reported.ok,
      failed: reported.failed,
      dropped: reported.dropped,
      ranMs: reported.ranMs,
      stoppedBecause: reported.stoppedBecause,
    },
    latencyMs: reported.latencyMs,
    wallMs: run.wallMs,
    cpuSeconds,
    cpuPercent: cpuSeconds === undefined ? undefined : (cpuSeconds / (run.wallMs / 1_000)) * 100,
    rssMB: kbToMB(run.rssKB),
  };
}

const describe = (run: TrafficRun) =>
  `received ${run.received} (${fmt(run.achievedPerS)}/s, ${fmt(run.achievedRatio * 100)}%), report sent ${run.reported.sent}, dropped ${run.reported.dropped}, CPU ${fmt(run.cpuPercent)}%, ${fmt(run.rssMB)} MB, ${Math.round(run.wallMs / 100) / 10} s`;

/**
 * `traffic` measured from outside: how much of the asked rate reaches the service at 1, 10 and 50 requests a
 * second, the CPU the action spends sending 50 a second, and whether its peak RSS grows with the window.
 */
export async function measureTraffic({ scratch }: BenchContext): Promise<Measured<TrafficFigure>> {
  const service = await startTrafficService();
  try {
    log('traffic: warm-up, 10/s for 15 s');
    await runTraffic(scratch, service, 10, 15, '5s');
    const runs: TrafficRun[] = [];
    log(
      `traffic: ${RATE_ROUNDS} rounds of [${RATES.map((rate) => `${rate}/s`).join(', ')}] for ${RATE_WINDOW_S} s each (about ${Math.ceil((RATE_ROUNDS * RATES.length * (RATE_WINDOW_S + 2)) / 60)} min)`,
    );
    for (let round = 0; round < RATE_ROUNDS; round++) {
      for (const rate of RATES) {
        const run = await runTraffic(scratch, service, rate, RATE_WINDOW_S);
        runs.push(run);
        log(`  round ${round + 1}/${RATE_ROUNDS}, ${rate}/s: ${describe(run)}`);
      }
    }
    log(`traffic memory: ${MEMORY_RATE}/s for ${SHORT_WINDOW_MIN} min, then for ${LONG_WINDOW_MIN} min (one run each)`);
    const short = await runTraffic(scratch, service, MEMORY_RATE, SHORT_WINDOW_MIN * 60);
    log(`  ${SHORT_WINDOW_MIN} min: ${describe(short)}`);
    const long = await runTraffic(scratch, service, MEMORY_RATE, LONG_WINDOW_MIN * 60);
    log(`  ${LONG_WINDOW_MIN} min: ${describe(long)}`);
    return trafficFigure(runs, short, long);
  } finally {
    await service.close();
  }
}

function trafficFigure(runs: TrafficRun[], short: TrafficRun, long: TrafficRun): Measured<TrafficFigure> {
  const byRate = RATES.map((rate) => {
    const at = runs.filter((run) => run.rate === rate);
    return {
      rate,
      achievedPerS: summarize(at.map((run) => run.achievedPerS)),
      achievedRatio: summarize(at.map((run) => run.achievedRatio)),
      reportedSent: summarize(at.map((run) => run.reported.sent)),
      cpuPercent: summarize(at.map((run) => run.cpuPercent)),
      rssMB: summarize(at.map((run) => run.rssMB)),
    };
  });
  const reportDiffers = [...runs, short, long].some((run) => run.reported.sent !== run.received);
  const cpuPercentAtMax = byRate.find((entry) => entry.rate === CPU_RATE)?.cpuPercent ?? summarize([]);
  const growth = long.rssMB !== undefined && short.rssMB !== undefined ? long.rssMB / short.rssMB : undefined;
  const ratesMet = byRate.every((entry) => entry.achievedRatio.min >= MIN_ACHIEVED);
  const figure: TrafficFigure = {
    byRate,
    cpuPercentAtMax,
    memory: { short, long, growth },
    reportDiffers,
    runs,
    target: `achieved / asked >= ${MIN_ACHIEVED} at every rate (every run); peak RSS ${LONG_WINDOW_MIN} min / ${SHORT_WINDOW_MIN} min <= ${MAX_RSS_GROWTH}x`,
    met: ratesMet && growth !== undefined && growth <= MAX_RSS_GROWTH,
  };
  const rows: Row[] = [];
  for (const entry of byRate) {
    rows.push(
      row(`traffic ${entry.rate}/s, ${RATE_WINDOW_S} s: received / ${RATE_WINDOW_S} s (req/s)`, entry.achievedPerS),
    );
    if (reportDiffers)
      rows.push(row(`traffic ${entry.rate}/s, ${RATE_WINDOW_S} s: sent per the report (requests)`, entry.reportedSent));
    rows.push(
      row(
        `traffic ${entry.rate}/s: achieved / asked`,
        entry.achievedRatio,
        `>= ${MIN_ACHIEVED}`,
        `${verdictAtLeast(entry.achievedRatio.min, MIN_ACHIEVED)} (min)`,
      ),
    );
  }
  for (const entry of byRate)
    rows.push(
      row(
        `CPU of the action, ${entry.rate}/s for ${RATE_WINDOW_S} s (% of one core)`,
        entry.cpuPercent,
        entry.rate === CPU_RATE ? 'reported' : '',
      ),
    );
  for (const entry of byRate)
    rows.push(row(`peak RSS, traffic ${entry.rate}/s for ${RATE_WINDOW_S} s (MB)`, entry.rssMB));
  rows.push(
    row(`peak RSS, traffic ${MEMORY_RATE}/s for ${SHORT_WINDOW_MIN} min (MB)`, summarize([short.rssMB])),
    row(`peak RSS, traffic ${MEMORY_RATE}/s for ${LONG_WINDOW_MIN} min (MB)`, summarize([long.rssMB])),
    row(
      `peak RSS ${LONG_WINDOW_MIN} min / ${SHORT_WINDOW_MIN} min (x)`,
      summarize([growth]),
      `<= ${MAX_RSS_GROWTH}x`,
      verdict(growth, MAX_RSS_GROWTH) + ' (1 run each)',
    ),
  );
  return { figure, rows };
}
