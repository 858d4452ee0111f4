import { formatDuration } from '../config/duration.js';
import { DEFAULT_MAX_CONSECUTIVE_ERRORS } from '../config/monitorSchema.js';
import type { MonitorPlan } from './monitorPlan.js';
import type { PlannedGate } from './plannedGate.js';
import type { ClusterInspector, Clock, Logger } from '../ports.js';
import { metricSourceOf, readsPrometheus } from './metricSources.js';
import type { MonitorReport } from '../report/model.js';
import { GateTracker, type Baseline } from './gate.js';
import { fmt } from './numbers.js';
import { readMetric, takeSample, type SampleDeps } from './sampleGate.js';
import { setUpGates } from './gateSetup.js';
import { findMissingMetrics } from './missingMetrics.js';
import { PodHealthTracker } from './podHealth.js';
import { messageOf } from '../errors.js';
import { startTraffic } from '../traffic/trafficRun.js';
import { plannedSamples } from './sampleCount.js';
import { earlyPassAfter } from './windowSamples.js';

const QUERY_TIMEOUT_MS = 10_000;

export interface MonitorDeps extends SampleDeps {
  cluster?: ClusterInspector;
  clock: Clock;
  logger: Logger;
}

/**
 * Samples every gate (concurrently) and the pods each interval over the window, and stops at the
 * first sample that fails a gate: the verdict must not wait for the window to end.
 */
export async function runMonitor(plan: MonitorPlan, deps: MonitorDeps): Promise<MonitorReport> {
  const { clock, logger, signal } = deps;
  const queryTimeoutMs = Math.min(QUERY_TIMEOUT_MS, plan.intervalMs);
  const setup = await setUpGates(plan, deps, queryTimeoutMs);
  // What the report says about the setup whether or not the window ran.
  const setupNotes = {
    ...(setup.scrapeInterval ? { scrapeInterval: setup.scrapeInterval } : {}),
    ...(setup.warnings.length > 0 ? { setupWarnings: setup.warnings } : {}),
    ...(plan.trafficUnchecked ? { trafficUnchecked: plan.trafficUnchecked } : {}),
  };
  if (setup.rejected.length > 0) {
    return {
      ...windowOf(plan),
      ...setupNotes,
      samples: 0,
      stoppedEarly: 'a gate query was rejected before the window began',
      gates: setup.rejected,
    };
  }
  const baselines = await readBaselines(plan.baselineOffsetMs, setup.gates, deps, queryTimeoutMs);
  const maxConsecutiveErrors = plan.maxConsecutiveErrors ?? DEFAULT_MAX_CONSECUTIVE_ERRORS;
  const gates = setup.gates.map(
    (gate) => new GateTracker(gate, baselines.get(gate.name), plan.failureThreshold, maxConsecutiveErrors),
  );
  const pods =
    plan.pods && deps.cluster
      ? new PodHealthTracker({
          failureThreshold: plan.failureThreshold,
          maxConsecutiveErrors,
          maxRestarts: plan.pods.maxRestarts,
          redact: deps.redact,
        })
      : undefined;
  const windowStart = clock.now();
  // With traffic, a sample judges the requests of the interval before it: the traffic starts one interval
  // before the first sample, which is never before that first interval is over.
  const sends = plan.traffic !== undefined && deps.prober !== undefined;
  await clock.sleep(sends ? Math.max(0, plan.delayMs - plan.intervalMs) : plan.delayMs, signal);
  const traffic =
    plan.traffic && deps.prober
      ? {
          run: startTraffic(plan.traffic, { prober: deps.prober, clock, redact: deps.redact, signal }),
          ratePerSecond: plan.traffic.ratePerSecond,
          maxInFlight: plan.traffic.maxInFlight,
        }
      : undefined;
  const sampleDeps = traffic ? { ...deps, traffic } : deps;
  if (traffic) await clock.sleep(plan.intervalMs, signal);
  const firstAt = clock.now();
  const planned = plannedSamples(plan);
  let taken = 0;
  let stoppedEarly: string | undefined;
  let endedEarly: string | undefined;
  let healthyInARow = 0;
  const passAfter = earlyPassAfter(plan);
  for (let index = 0; index < planned; index++) {
    const wait = firstAt + index * plan.intervalMs - clock.now();
    if (wait > 0) await clock.sleep(wait, signal);
    if (signal.aborted) {
      stoppedEarly = 'the step was cancelled or reached its time limit';
      break;
    }
    const now = clock.now();
    const at = now - deps.runStartedAt;
    await Promise.all([
      ...gates.map(async (tracker) => {
        const { sample, warnings } = await takeSample(tracker, sampleDeps, {
          timeoutMs: queryTimeoutMs,
          sinceStartMs: now - windowStart,
        });
        tracker.record({ at, ...sample }, warnings);
        // Early, so the log says it while the window runs, not only the summary after it.
        if (tracker.wantsMetricLookup(false)) await lookUpMetrics(tracker, deps, queryTimeoutMs);
      }),
      pods && deps.cluster ? samplePods(deps.cluster, pods, queryTimeoutMs, signal) : undefined,
    ]);
    taken++;
    logger.info(deps.redact(sampleLine(index + 1, planned, gates, pods)));
    const failed = [
      ...gates.filter((tracker) => tracker.stopsWindow).map((tracker) => tracker.gate.name),
      ...(pods?.failed ? ['pods'] : []),
    ];
    if (failed.length > 0) {
      stoppedEarly = `${failed.join(', ')} failed at sample ${index + 1} of ${planned}`;
      break;
    }
    healthyInARow = allHealthy(gates, pods) ? healthyInARow + 1 : 0;
    if (passAfter > 0 && healthyInARow >= passAfter) {
      endedEarly = `ended early after ${healthyInARow} healthy samples in a row (success-threshold ${plan.successThreshold})`;
      break;
    }
  }

  // Before anything else: a failed window is followed by a rollback, which must not meet the action's own requests.
  await traffic?.run.stop(stoppedEarly ?? endedEarly ?? 'the window ended');
  await Promise.all(
    gates
      .filter((tracker) => tracker.wantsMetricLookup(true))
      .map((tracker) => lookUpMetrics(tracker, deps, queryTimeoutMs)),
  );
  // After a failure stopped the window the verdict is known: reading every pod's logs would only delay it.
  const scan = plan.pods?.logPattern && deps.cluster && !stoppedEarly;
  const logs = scan
    ? await scanLogs(deps.cluster as ClusterInspector, plan.pods?.logPattern as string, new Date(windowStart), signal)
    : undefined;
  return {
    ...windowOf(plan),
    ...setupNotes,
    samples: taken,
    ...(stoppedEarly ? { stoppedEarly } : {}),
    ...(endedEarly ? { endedEarly } : {}),
    gates: gates.map((tracker) => tracker.report()),
    ...(pods
      ? { pods: pods.report(logs && plan.pods ? { ...logs, maxLogErrors: plan.pods.maxLogErrors } : undefined) }
      : {}),
    ...(traffic ? { traffic: traffic.run.report() } : {}),
  };
}

function windowOf(plan: MonitorPlan) {
  return {
    windowMs: plan.windowMs,
    intervalMs: plan.intervalMs,
    delayMs: plan.delayMs,
    failureThreshold: plan.failureThreshold,
  };
}

/** Each ratio gate's own query, evaluated baseline-offset before the run began. */
async function readBaselines(
  offsetMs: number,
  planned: readonly PlannedGate[],
  deps: MonitorDeps,
  timeoutMs: number,
): Promise<Map<string, Baseline>> {
  const at = new Date(deps.runStartedAt - offsetMs);
  const entries = await Promise.all(
    planned
      .filter((gate) => gate.maxRatio !== undefined)
      .map(async (gate): Promise<[string, Baseline]> => {
        const reading = await readMetric(metricSourceOf(gate, deps), gate.query, {
          at,
          ...(gate.lookbackMs !== undefined ? { lookbackMs: gate.lookbackMs } : {}),
          timeoutMs,
          signal: deps.signal,
        });
        if ('error' in reading) return [gate.name, { note: `no baseline: ${reading.error}` }];
        // A baseline read from partial data is said as such, like a sample.
        const warnings = reading.warnings.map((warning) => `baseline: ${warning}`);
        if (reading.kind === 'no-data') {
          const note = `no baseline ${formatDuration(offsetMs)} before: ${reading.reason}`;
          return [gate.name, { note, warnings }];
        }
        // Zero is a baseline (no errors before the deploy), judged by min-delta; below zero a ratio means nothing.
        if (reading.value < 0) {
          return [gate.name, { note: `baseline is ${fmt(reading.value)}: a ratio to it means nothing`, warnings }];
        }
        return [gate.name, { value: reading.value, warnings }];
      }),
  );
  return new Map(entries);
}

async function lookUpMetrics(tracker: GateTracker, deps: MonitorDeps, timeoutMs: number): Promise<void> {
  const { logger, redact, signal } = deps;
  // A series lookup is PromQL: other sources leave no data unexplained.
  const finding = readsPrometheus(tracker.gate)
    ? await findMissingMetrics(deps.metrics, tracker.gate, { logger, redact, timeoutMs, signal })
    : undefined;
  tracker.recordMetrics(finding);
}

/**
 * A sample an early pass counts: every enforced gate ok with the baseline it needs, and the pods
 * healthy. With neither an enforced gate nor pods there is nothing to vouch for the release.
 */
function allHealthy(gates: readonly GateTracker[], pods: PodHealthTracker | undefined): boolean {
  const enforced = gates.filter((tracker) => tracker.mode === 'enforce');
  if (enforced.length === 0 && !pods) return false;
  return enforced.every((tracker) => tracker.healthyNow) && (pods?.healthyNow ?? true);
}

/**
 * One pod list, bounded like a gate's query: a cluster that accepts the request and never answers
 * would otherwise hold every sample for as long as kubectl's own request timeout.
 */
async function samplePods(
  cluster: ClusterInspector,
  pods: PodHealthTracker,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<void> {
  const deadline = AbortSignal.timeout(timeoutMs);
  try {
    pods.record(await cluster.listPods(AbortSignal.any([signal, deadline])));
  } catch (error) {
    pods.record({
      error:
        deadline.aborted && !signal.aborted
          ? `the cluster gave no pod list within ${formatDuration(timeoutMs)}`
          : messageOf(error),
    });
  }
}

async function scanLogs(
  cluster: ClusterInspector,
  pattern: string,
  since: Date,
  signal: AbortSignal,
): Promise<{ matches: string[] } | { error: string }> {
  const matcher = new RegExp(pattern);
  try {
    return { matches: (await cluster.podLogs(since, signal)).filter((line) => matcher.test(line)) };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

/** "sample 3/30: error-rate 0.002 ok · latency 0.21 ok · pods ok" */
function sampleLine(
  number: number,
  planned: number,
  gates: readonly GateTracker[],
  pods: PodHealthTracker | undefined,
): string {
  const parts = gates.map((tracker) => {
    const last = tracker.samples.at(-1);
    const value = last?.value === undefined ? '' : ` ${fmt(last.value)}`;
    return `${tracker.gate.name}${value} ${last?.outcome ?? '?'}${last?.note && last.outcome !== 'ok' ? ` (${last.note})` : ''}`;
  });
  if (pods) parts.push(`pods ${pods.failed ? 'failed' : 'ok'}`);
  return `sample ${number}/${planned}: ${parts.join(' · ')}`;
}
