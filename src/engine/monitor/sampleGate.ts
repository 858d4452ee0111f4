import { classifyLook } from '../compare/comparisonJudge.js';
import { lookOf, lookQueries } from '../compare/comparisonLook.js';
import { messageOf } from '../errors.js';
import { MetricError, type HttpProber, type MetricSource } from '../ports.js';
import type { GateSample } from '../report/model.js';
import type { Redactor } from '../secrets.js';
import { burnQueries, classifyBurn } from './burnRate.js';
import { classifySample, type Baseline, type GateTracker } from './gate.js';
import { metricSourceOf, type MetricSources } from './metricSources.js';
import { classifyMonitorStates } from './monitorStates.js';
import type { Answer } from './numbers.js';
import type { PlannedComparison, PlannedGate, PlannedSlo, PlannedWebRead } from './plannedGate.js';
import { reachBackMs } from './ranges.js';
import { readWebValue } from './webReading.js';
import type { TrafficRun } from '../traffic/trafficRun.js';
import { classifyTraffic } from '../traffic/trafficSample.js';

/** What one sample reads through: the metric sources, the prober for web gates, the monitor list for Datadog's. */
export interface SampleDeps extends MetricSources {
  /** Sends a web gate's request. */
  prober?: HttpProber;
  redact: Redactor;
  signal: AbortSignal;
  runStartedAt: number;
  /** The action's own requests, for the traffic gate: each sample takes what finished since the last. */
  traffic?: { run: TrafficRun; ratePerSecond: number; maxInFlight: number };
}

/** One gate's sample, read the way its kind reads: a query (and its traffic), two windows, two sides, a request, monitors. */
export async function takeSample(
  tracker: GateTracker,
  deps: SampleDeps,
  { timeoutMs, sinceStartMs }: { timeoutMs: number; sinceStartMs: number },
): Promise<Sampled> {
  const { gate } = tracker;
  const source = metricSourceOf(gate, deps);
  const read = (query: string) =>
    readMetric(source, query, {
      ...(gate.lookbackMs !== undefined ? { lookbackMs: gate.lookbackMs } : {}),
      timeoutMs,
      signal: deps.signal,
    });
  // A comparison's counts run from the window's start (at least a second, as its {{range}}): a range-reading
  // source adds up that stretch's points.
  const count = (query: string, at?: Date) =>
    readMetric(source, query, {
      ...(at ? { at } : {}),
      lookbackMs: Math.max(1_000, sinceStartMs),
      total: true,
      timeoutMs,
      signal: deps.signal,
    });
  if (gate.web) return sampleWeb(gate, gate.web, deps, timeoutMs);
  if (gate.synthetic) {
    if (!deps.traffic) return { sample: { outcome: 'error', note: 'no traffic was sent' }, warnings: [] };
    return {
      sample: classifyTraffic(gate, gate.synthetic, deps.traffic.run.takeInterval(), deps.traffic),
      warnings: [],
    };
  }
  if (gate.monitorTags !== undefined) return sampleMonitors(gate.monitorTags, deps, timeoutMs);
  if (gate.slo) return sampleBurn(gate.slo, gate.max ?? 0, read, sinceStartMs);
  if (gate.compare) return sampleComparison(gate.compare, tracker.samples, count, sinceStartMs, deps.runStartedAt);
  return sampleGate(gate, tracker.baseline, read, sinceStartMs);
}

/** One sample of a web gate: its request, the number at its value path, judged against its limits. */
async function sampleWeb(
  gate: PlannedGate,
  web: PlannedWebRead,
  deps: SampleDeps,
  timeoutMs: number,
): Promise<Sampled> {
  const answer = await readWebValue(web, deps.prober, { timeoutMs, signal: deps.signal });
  // The answer's own text may quote what the request carried.
  const reading = 'error' in answer ? { error: deps.redact(answer.error) } : answer;
  return { sample: classifySample(gate, reading, undefined), warnings: [] };
}

type Sampled = { sample: Omit<GateSample, 'at'>; warnings: readonly string[] };

/** One sample of the datadog-monitors gate: its monitors listed again, judged by their states. */
async function sampleMonitors(tags: string, deps: SampleDeps, timeoutMs: number): Promise<Sampled> {
  if (!deps.datadogMonitors) return { sample: { outcome: 'error', note: 'no Datadog monitor source' }, warnings: [] };
  try {
    const monitors = await deps.datadogMonitors.list(tags, { timeoutMs, signal: deps.signal });
    return { sample: classifyMonitorStates(monitors), warnings: [] };
  } catch (error) {
    const rateLimited = error instanceof MetricError && error.rateLimited ? { rateLimited: true as const } : {};
    return { sample: { outcome: 'error', note: deps.redact(messageOf(error)), ...rateLimited }, warnings: [] };
  }
}

/** What the metric source said about its answers (partial data, a series limit). */
const warningsOf = (...answers: (Answer | undefined)[]) =>
  answers.flatMap((answer) => (answer && 'warnings' in answer ? answer.warnings : []));

/** One sample of a threshold or ratio gate, with its traffic when it counts it. */
async function sampleGate(
  gate: PlannedGate,
  baseline: Baseline | undefined,
  read: (query: string) => Promise<Answer>,
  sinceStartMs: number,
): Promise<Sampled> {
  const [reading, traffic] = await Promise.all([read(gate.query), gate.traffic ? read(gate.traffic.query) : undefined]);
  // Its range still reaches back past the window's start: partly the previous version's traffic.
  const reach = Math.max(reachBackMs(gate.query), reachBackMs(gate.traffic?.query ?? ''));
  const sample = classifySample(gate, reading, baseline, traffic);
  return { sample: reach > sinceStartMs ? { ...sample, beforeDeploy: true } : sample, warnings: warningsOf(reading) };
}

/** One sample of the burn-rate gate: errors and requests over its short and its long window, read at once. */
async function sampleBurn(
  slo: PlannedSlo,
  maxBurn: number,
  read: (query: string) => Promise<Answer>,
  sinceStartMs: number,
): Promise<Sampled> {
  const { short, long, longMs } = burnQueries(slo, sinceStartMs);
  const [shortErrors, shortRequests, longErrors, longRequests] = await Promise.all([
    read(short.errors),
    read(short.requests),
    read(long.errors),
    read(long.requests),
  ]);
  const sample = classifyBurn(
    slo,
    maxBurn,
    { errors: shortErrors, requests: shortRequests },
    { errors: longErrors, requests: longRequests },
    longMs,
  );
  return { sample, warnings: warningsOf(shortErrors, shortRequests, longErrors, longRequests) };
}

/** One look of a comparison: both sides' errors and requests since the window started, read at once. */
async function sampleComparison(
  compare: PlannedComparison,
  earlier: readonly GateSample[],
  count: (query: string, at?: Date) => Promise<Answer>,
  sinceStartMs: number,
  runStartedAt: number,
): Promise<Sampled> {
  const { canary, baseline } = lookQueries(compare, sinceStartMs, runStartedAt);
  const [canaryErrors, canaryRequests, baselineErrors, baselineRequests] = await Promise.all([
    count(canary.errors),
    count(canary.requests),
    count(baseline.errors, baseline.at),
    count(baseline.requests, baseline.at),
  ]);
  const look = lookOf({
    canary: { errors: canaryErrors, requests: canaryRequests },
    baseline: { errors: baselineErrors, requests: baselineRequests },
  });
  const warnings = warningsOf(canaryErrors, canaryRequests, baselineErrors, baselineRequests);
  if ('error' in look) return { sample: { outcome: 'error', note: look.error }, warnings };
  return { sample: classifyLook(compare, earlier, look), warnings };
}

export async function readMetric(
  metrics: MetricSource | undefined,
  query: string,
  options: Parameters<MetricSource['query']>[1],
): Promise<Answer> {
  if (!metrics) return { error: 'no metric source' };
  try {
    return await metrics.query(query, options);
  } catch (error) {
    if (!(error instanceof MetricError)) return { error: messageOf(error) };
    return { error: error.message, ...(error.rateLimited ? { rateLimited: true as const } : {}) };
  }
}
