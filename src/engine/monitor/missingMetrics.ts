import type { Logger, MetricSource } from '../ports.js';
import type { Redactor } from '../secrets.js';
import { messageOf } from '../errors.js';
import { missingSentence, type MetricsFinding } from './judge.js';
import { metricNames } from './metricNames.js';

/**
 * Asks the source once which metrics of the query have no series at all. Undefined when it cannot tell
 * (no lookup, no metric name in the query, no answer): the gate then says only that it had no data.
 */
export async function findMissingMetrics(
  metrics: MetricSource | undefined,
  gate: { name: string; query: string },
  deps: { logger: Logger; redact: Redactor; timeoutMs: number; signal: AbortSignal },
): Promise<MetricsFinding | undefined> {
  const names = metricNames(gate.query);
  if (!metrics?.missingMetrics || names.length === 0) return undefined;
  try {
    const missing = await metrics.missingMetrics(names, { timeoutMs: deps.timeoutMs, signal: deps.signal });
    if (missing.length > 0) deps.logger.info(deps.redact(`${gate.name}: no series: ${missingSentence(missing)}`));
    return { missing };
  } catch (error) {
    deps.logger.info(deps.redact(`${gate.name}: could not look up whether its metrics exist: ${messageOf(error)}`));
    return undefined;
  }
}
