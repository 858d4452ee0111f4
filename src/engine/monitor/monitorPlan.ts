import { DEFAULT_MAX_LATENCY_RATIO, errorRateGate, OFF } from '../config/monitorSchema.js';
import type { Config } from '../config/schema.js';
import type { InconclusiveAction } from './judge.js';
import { fillPlaceholders, promqlDuration, type PlaceholderValues } from './placeholders.js';
import { builtInMinRequests, builtInTrafficQuery, DEFAULT_TRAFFIC_QUERY } from '../config/trafficSchema.js';
import { SLO_GATE_NAME } from '../config/sloSchema.js';
import { DATADOG_MONITORS_GATE } from '../config/datadogMetricsSchema.js';
import { planListedGate } from './listedGatePlan.js';
import { DEFAULT_LOOKBACK_MS } from '../config/gateSourceSchema.js';
import type { DatadogMetricsAccess, PlannedGate } from './plannedGate.js';
import { BEFORE } from '../config/compareSchema.js';
import { planTraffic, type PlannedTraffic } from '../traffic/trafficPlan.js';

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
  /** Where and as whom the Datadog gates read, when a gate does. */
  datadog?: DatadogMetricsAccess;
  gates: PlannedGate[];
  /** Why the built-in gates judge samples without counting their requests, when they do: said once. */
  trafficUnchecked?: string;
  /** The action's own requests through the window, judged by the traffic gate. */
  traffic?: PlannedTraffic;
  /** Pod health each sample, when a Deployment is named. */
  pods?: { maxRestarts: number; logPattern?: string; maxLogErrors: number };
}

/** The error-rate gate, the latency gate when a query is given, the burn-rate gate, the listed gates, then the comparisons. */
export function planMonitor(config: Config): MonitorPlan | undefined {
  const prometheusUrl = config['prometheus-url'];
  const monitorTags = config['datadog-monitor-tags'];
  const readsMetrics =
    prometheusUrl !== undefined ||
    config.gates.length > 0 ||
    config.compare.length > 0 ||
    config.traffic !== undefined ||
    config['datadog-error-rate-query'] !== undefined ||
    monitorTags !== undefined;
  if (config['monitor-window'] === 0 || (!readsMetrics && !config['kube-deployment'])) return undefined;
  const onInconclusive = config['on-inconclusive'];
  const { gates, unchecked } = builtInGates(config, onInconclusive);
  if (prometheusUrl) {
    const slo = sloGate(config, onInconclusive);
    if (slo) gates.push(slo);
  }
  gates.push(...config.gates.map((gate) => planListedGate(gate, config, onInconclusive)));
  if (monitorTags !== undefined) gates.push(monitorsGate(monitorTags, onInconclusive));
  gates.push(...config.compare.map((entry) => comparisonGate(entry, onInconclusive, config['baseline-offset'])));
  const traffic = planTraffic(config, onInconclusive);
  if (traffic) gates.push(traffic.gate);
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
    ...datadogAccess(config, gates),
    gates: gates.map((gate) => ({
      ...gate,
      // Monitor tags are Datadog's, taken as written: only queries have placeholders.
      query: gate.monitorTags ?? fillPlaceholders(gate.query, values),
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
    ...(traffic ? { traffic: traffic.traffic } : {}),
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

/**
 * The error-rate gate (from Prometheus, or Datadog with datadog-error-rate-query) and the latency gate, with the
 * traffic they count; `unchecked` names those that will judge samples without counting their requests.
 */
function builtInGates(
  config: Config,
  onInconclusive: InconclusiveAction,
): { gates: PlannedGate[]; unchecked: string[] } {
  const gates: PlannedGate[] = [];
  const unchecked: string[] = [];
  const minRequests = builtInMinRequests(config);
  const datadogQuery = config['datadog-error-rate-query'];
  const max = config['max-error-rate'];
  const errorRate = { name: 'error-rate', onInconclusive, mode: config['error-rate-mode'] };
  if (datadogQuery !== undefined && max !== OFF) {
    // Its traffic query, when given, is read from Datadog too: one source per gate.
    const query = config['traffic-query'];
    gates.push({
      ...errorRate,
      query: datadogQuery,
      max,
      source: 'datadog',
      lookbackMs: DEFAULT_LOOKBACK_MS,
      ...(query ? { traffic: { query, minRequests } } : {}),
    });
    if (!query) unchecked.push('error-rate');
  }
  if (config['prometheus-url'] === undefined) return { gates, unchecked };
  const trafficQuery = builtInTrafficQuery(config);
  const traffic = datadogQuery === undefined && trafficQuery ? { traffic: { query: trafficQuery, minRequests } } : {};
  const prometheusErrorRate = datadogQuery === undefined ? errorRateGate(config) : undefined;
  if (prometheusErrorRate) gates.push({ ...errorRate, ...prometheusErrorRate, ...traffic });
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
  if (!traffic.traffic) unchecked.push(...gates.filter((gate) => gate.source === undefined).map((gate) => gate.name));
  return { gates, unchecked };
}

/** The datadog-monitors gate: judged by its monitors' states, so its tags are all it has to show. */
function monitorsGate(tags: string, onInconclusive: InconclusiveAction): PlannedGate {
  return { name: DATADOG_MONITORS_GATE, query: tags, monitorTags: tags, source: 'datadog', onInconclusive };
}

/** The Datadog keys, when a gate reads Datadog's metrics or monitors (the config requires both keys then). */
function datadogAccess(config: Config, gates: readonly PlannedGate[]): { datadog?: DatadogMetricsAccess } {
  const apiKey = config['datadog-api-key'];
  const appKey = config['datadog-app-key'];
  if (!gates.some((gate) => gate.source === 'datadog') || !apiKey || !appKey) return {};
  return {
    datadog: {
      site: config['datadog-site'],
      ...(config['datadog-api-url'] !== undefined ? { apiUrl: config['datadog-api-url'] } : {}),
      apiKey,
      appKey,
      insecureSkipTlsVerify: config['insecure-skip-tls-verify'].has('datadog'),
    },
  };
}

/** A built-in gate with no traffic query: its samples are judged however few requests they cover. */
function trafficUncheckedNote(gates: readonly string[]): string {
  return `${gates.join(' and ')}: no traffic check, as the error-rate query is your own and traffic-query is not set: a sample of a handful of requests is judged like any other (set traffic-query, a query of the gate's own source counting its requests, e.g. ${DEFAULT_TRAFFIC_QUERY} for Prometheus)`;
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
    // Prometheus is the default; a web source is refused by the schema.
    ...(entry.source === 'datadog' ? { source: entry.source } : {}),
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
