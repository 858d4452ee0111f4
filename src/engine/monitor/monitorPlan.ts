import { DEFAULT_MAX_LATENCY_RATIO, errorRateGate } from '../config/monitorSchema.js';
import type { Config } from '../config/schema.js';
import type { InconclusiveAction } from './judge.js';
import type { GateMode } from '../config/trustSchema.js';
import { fillPlaceholders, promqlDuration, type PlaceholderValues } from './placeholders.js';

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
  /** Pod health each sample, when a Deployment is named. */
  pods?: { maxRestarts: number; logPattern?: string; maxLogErrors: number };
}

/** The error-rate gate, the latency gate when a query is given, then the listed gates. */
export function planMonitor(config: Config): MonitorPlan | undefined {
  const prometheusUrl = config['prometheus-url'];
  if (config['monitor-window'] === 0 || (!prometheusUrl && !config['kube-deployment'])) return undefined;
  const onInconclusive = config['on-inconclusive'];
  const gates: PlannedGate[] = [];
  if (prometheusUrl) {
    const errorRate = errorRateGate(config);
    if (errorRate) gates.push({ name: 'error-rate', ...errorRate, onInconclusive, mode: config['error-rate-mode'] });
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
      });
    }
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
      });
    }
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
    gates: gates.map((gate) => ({ ...gate, query: fillPlaceholders(gate.query, values) })),
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
