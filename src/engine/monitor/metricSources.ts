import type { MetricSource } from '../ports.js';
import type { PlannedGate } from './plannedGate.js';

/** The metric sources a monitor may read, one per backend. */
export interface MetricSources {
  /** Prometheus: the gates' default source. */
  metrics?: MetricSource;
  /** Datadog's metrics, for the gates that read them. */
  datadogMetrics?: MetricSource;
}

/** The source a gate's queries go to; a web gate has none (it reads through the prober). */
export function metricSourceOf(gate: PlannedGate, sources: MetricSources): MetricSource | undefined {
  if (gate.web) return undefined;
  return gate.source === 'datadog' ? sources.datadogMetrics : sources.metrics;
}

/** Whether a gate's queries are PromQL, measured against the scrape interval. */
export function readsPrometheus(gate: PlannedGate): boolean {
  return gate.source === undefined || gate.source === 'prometheus';
}
