import { DEFAULT_MAX_LATENCY_RATIO, errorRateGate } from '../config/monitorSchema.js';
import type { Config } from '../config/schema.js';
import type { InconclusiveAction } from './judge.js';
import type { GateMode } from '../config/trustSchema.js';
import { fillPlaceholders, promqlDuration, type PlaceholderValues } from './placeholders.js';
import { builtInMinRequests, builtInTrafficQuery, DEFAULT_TRAFFIC_QUERY } from '../config/trafficSchema.js';
import { SLO_GATE_NAME } from '../config/sloSchema.js';
import { BEFORE } from '../config/compareSchema.js';

export interface PlannedGate {
  name: string;
  /** Every placeholder filled but `{{range}}`, which waits for the scrape interval. */
  query: string;
  max?: number;
  min?: number;
  maxRatio?: number;
  onInconclusive: InconclusiveAction;
  /** The gate's own max-consecutive-errors; absent, the monitor's applies. */
  maxConsecutiveErrors?: number;
  /** How far above its baseline a value must also be for a ratio breach; absent, 0. */
  minDelta?: number;
  /** What the gate may do to the verdict; absent, enforce. */
  mode?: GateMode;
  /** The requests each sample covers (placeholders filled like `query`), and how few leave it no data. */
  traffic?: GateTraffic;
  /** Set for the SLO burn-rate gate, which reads errors and requests over two windows instead of `query`. */
  slo?: PlannedSlo;
  /** Set for a canary-versus-baseline comparison, which reads two counts per side instead of `query`. */
  compare?: PlannedComparison;
}

/** A comparison's own settings; `query` of its gate is the canary's errors query, as shown. */
export interface PlannedComparison {
  /** `{{side}}` and `{{range}}` left for each look to fill: the side's value, the time since the window started. */
  errorsQuery: string;
  requestsQuery: string;
  /** The value of `{{side}}` for the new version. */
  canary: string;
  /** The value of `{{side}}` for the old one, or (`baseline: before`) the canary's own queries this long before the run. */
  baseline: { side: string } | { beforeMs: number };
  maxIncrease: number;
  confidence: number;
  minEvents: number;
}

/** The SLO burn-rate gate's own settings: `max` of its gate is max-burn-rate. */
export interface PlannedSlo {
  /** As written: 99.9 for 99.9%. */
  objectivePercent: number;
  periodMs: number;
  warnBurn: number;
  shortWindowMs: number;
  /** `{{range}}` left for each sample to fill with the window it evaluates. */
  errorsQuery: string;
  requestsQuery: string;
  /** Fewer requests in the short window: no data. */
  minRequests: number;
}

export interface GateTraffic {
  query: string;
  /** 0: the traffic is shown, never judged. */
  minRequests: number;
}

export interface MonitorPlan {
  windowMs: number;
  intervalMs: number;
  delayMs: number;
  failureThreshold: number;
  /** Healthy samples in a row that end the window as passed; 0 or absent, never. */
  successThreshold?: number;
  /** Errors in a row that make a gate (or the pod watch) inconclusive; absent, the schema's default. */
  maxConsecutiveErrors?: number;
  baselineOffsetMs: number;
  /** scrape-interval; absent, read from the metric source when the window begins. */
  scrapeIntervalMs?: number;
  prometheus?: { url: string; headers: Record<string, string>; insecureSkipTlsVerify: boolean };
  gates: PlannedGate[];
  /** Why the built-in gates judge samples without counting their requests, when they do: said once. */
  trafficUnchecked?: string;
  /** Pod health each sample, when a Deployment is named. */
  pods?: { maxRestarts: number; logPattern?: string; maxLogErrors: number };
}

/** The error-rate gate, the latency gate when a query is given, the burn-rate gate, the listed gates, then the comparisons. */
export function planMonitor(config: Config): MonitorPlan | undefined {
  const prometheusUrl = config['prometheus-url'];
  if (config['monitor-window'] === 0 || (!prometheusUrl && !config['kube-deployment'])) return undefined;
  const onInconclusive = config['on-inconclusive'];
  const gates: PlannedGate[] = [];
  // The built-in gates that will judge samples without counting their requests.
  const unchecked: string[] = [];
  if (prometheusUrl) {
    const traffic = builtInTraffic(config);
    const errorRate = errorRateGate(config);
    if (errorRate)
      gates.push({ name: 'error-rate', ...errorRate, onInconclusive, mode: config['error-rate-mode'], ...traffic });
    const latencyQuery = config['latency-query'];
    if (latencyQuery) {
      gates.push({
        name: 'latency',
        query: latencyQuery,
        max: config['max-latency'],
        maxRatio: config['max-latency-ratio'] ?? DEFAULT_MAX_LATENCY_RATIO,
        minDelta: config['latency-min-delta'],
        onInconclusive,
        mode: config['latency-mode'],
        ...traffic,
      });
    }
    if (!traffic.traffic) unchecked.push(...gates.map((gate) => gate.name));
    const slo = sloGate(config, onInconclusive);
    if (slo) gates.push(slo);
    for (const gate of config.gates) {
      gates.push({
        name: gate.name,
        query: gate.query,
        max: gate.max,
        min: gate.min,
        maxRatio: gate['max-ratio'],
        onInconclusive: gate['on-inconclusive'] ?? onInconclusive,
        ...(gate['max-consecutive-errors'] !== undefined
          ? { maxConsecutiveErrors: gate['max-consecutive-errors'] }
          : {}),
        ...(gate['min-delta'] !== undefined ? { minDelta: gate['min-delta'] } : {}),
        mode: gate.mode ?? 'enforce',
        ...(gate['traffic-query'] !== undefined
          ? { traffic: { query: gate['traffic-query'], minRequests: gate['min-requests'] ?? 0 } }
          : {}),
      });
    }
    gates.push(...config.compare.map((entry) => comparisonGate(entry, onInconclusive, config['baseline-offset'])));
  }
  // Every gate turned off and no Deployment: a window would watch nothing and only wait.
  if (gates.length === 0 && !config['kube-deployment']) return undefined;
  const values = placeholderValues(config);
  return {
    windowMs: config['monitor-window'],
    intervalMs: config['monitor-interval'],
    delayMs: config['monitor-delay'],
    failureThreshold: config['failure-threshold'],
    successThreshold: config['success-threshold'],
    maxConsecutiveErrors: config['max-consecutive-errors'],
    baselineOffsetMs: config['baseline-offset'],
    prometheus: prometheusUrl
      ? {
          url: prometheusUrl,
          headers: config['prometheus-headers'] ?? {},
          insecureSkipTlsVerify: config['insecure-skip-tls-verify'].has('prometheus'),
        }
      : undefined,
    ...(config['scrape-interval'] !== undefined ? { scrapeIntervalMs: config['scrape-interval'] } : {}),
    gates: gates.map((gate) => ({
      ...gate,
      query: fillPlaceholders(gate.query, values),
      ...(gate.traffic ? { traffic: { ...gate.traffic, query: fillPlaceholders(gate.traffic.query, values) } } : {}),
      ...(gate.slo
        ? {
            slo: {
              ...gate.slo,
              errorsQuery: fillPlaceholders(gate.slo.errorsQuery, values),
              requestsQuery: fillPlaceholders(gate.slo.requestsQuery, values),
            },
          }
        : {}),
      ...(gate.compare
        ? {
            compare: {
              ...gate.compare,
              errorsQuery: fillPlaceholders(gate.compare.errorsQuery, values),
              requestsQuery: fillPlaceholders(gate.compare.requestsQuery, values),
            },
          }
        : {}),
    })),
    ...(unchecked.length > 0 ? { trafficUnchecked: trafficUncheckedNote(unchecked) } : {}),
    pods: config['kube-deployment']
      ? {
          maxRestarts: config['max-restarts'],
          logPattern: config['log-error-pattern'],
          maxLogErrors: config['max-log-errors'],
        }
      : undefined,
  };
}

/** What a query's placeholders stand for in this run; `{{range}}` comes later, with the scrape interval. */
function placeholderValues(config: Config): PlaceholderValues {
  return {
    interval: promqlDuration(config['monitor-interval']),
    service: config.service,
    environment: config.environment,
    version: config.version,
    namespace: config['kube-namespace'],
    deployment: config['kube-deployment'],
  };
}

function builtInTraffic(config: Config): { traffic?: GateTraffic } {
  const query = builtInTrafficQuery(config);
  return query ? { traffic: { query, minRequests: builtInMinRequests(config) } } : {};
}

/** A custom error-rate-query with no traffic-query: its samples are judged however few requests they cover. */
function trafficUncheckedNote(gates: readonly string[]): string {
  return `${gates.join(' and ')}: no traffic check, as error-rate-query is your own and traffic-query is not set: a sample of a handful of requests is judged like any other (set traffic-query, e.g. ${DEFAULT_TRAFFIC_QUERY})`;
}

/** The SLO burn-rate gate, when slo-objective turns it on; its query, as shown, is the errors one. */
function sloGate(config: Config, onInconclusive: InconclusiveAction): PlannedGate | undefined {
  const objective = config['slo-objective'];
  if (objective === undefined) return undefined;
  return {
    name: SLO_GATE_NAME,
    query: config['slo-errors-query'],
    max: config['max-burn-rate'],
    onInconclusive,
    mode: 'enforce',
    slo: {
      objectivePercent: objective,
      periodMs: config['slo-period'],
      warnBurn: config['warn-burn-rate'],
      shortWindowMs: config['burn-short-window'],
      errorsQuery: config['slo-errors-query'],
      requestsQuery: config['slo-requests-query'],
      minRequests: builtInMinRequests(config),
    },
  };
}

/**
 * A comparison, as a gate so that the table, the verdict, its mode and the notices carry it. Its query, as
 * shown, is the canary's errors query; failure-threshold does not apply (see docs/compare.md).
 */
function comparisonGate(
  entry: Config['compare'][number],
  onInconclusive: InconclusiveAction,
  baselineOffsetMs: number,
): PlannedGate {
  return {
    name: entry.name,
    query: fillPlaceholders(entry['errors-query'], { side: entry.canary }),
    onInconclusive: entry['on-inconclusive'] ?? onInconclusive,
    mode: entry.mode ?? 'enforce',
    compare: {
      errorsQuery: entry['errors-query'],
      requestsQuery: entry['requests-query'],
      canary: entry.canary,
      baseline: entry.baseline === BEFORE ? { beforeMs: baselineOffsetMs } : { side: entry.baseline },
      maxIncrease: entry['max-increase'],
      confidence: entry.confidence,
      minEvents: entry['min-events'],
    },
  };
}
