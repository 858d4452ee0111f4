import type { MetricSource, MonitorStateSource } from '../ports.js';
import type { PlannedGate } from './plannedGate.js';

/** The metric sources a monitor may read, one per backend. */
export interface MetricSources {
  /** Prometheus: the gates' default source. */
  metrics?: MetricSource;
  /** Datadog's metrics, for the gates that read them. */
  datadogMetrics?: MetricSource;
  /** Datadog's monitors, for the datadog-monitors gate. */
  datadogMonitors?: MonitorStateSource;
}

/** The source a gate's queries go to; a web gate (the prober), the monitors gate (states) and the traffic gate (its own requests) send none. */
export function metricSourceOf(gate: PlannedGate, sources: MetricSources): MetricSource | undefined {
  if (gate.web || gate.monitorTags !== undefined || gate.synthetic) return undefined;
  return gate.source === 'datadog' ? sources.datadogMetrics : sources.metrics;
}

/** Whether a gate's queries are PromQL, measured against the scrape interval. */
export function readsPrometheus(gate: PlannedGate): boolean {
  return !gate.synthetic && (gate.source === undefined || gate.source === 'prometheus');
}

/** Whether a gate sends metric queries to Datadog (the monitors gate reads monitor states instead). */
export function readsDatadogMetrics(gate: PlannedGate): boolean {
  return gate.source === 'datadog' && gate.monitorTags === undefined;
}
