import { MetricError } from '../../engine/ports.js';
import type { QueryData } from './envelope.js';

/**
 * One instant query for all the names: one series per name that has any, however many series it has, so
 * the answer stays small whatever the metric's cardinality (`/api/v1/series` would list them all). Metric
 * names hold no regex metacharacters, and Prometheus anchors `=~`, so the alternation matches names exactly.
 */
export function presenceQuery(names: readonly string[]): string {
  return `count by (__name__) ({__name__=~"${names.join('|')}"})`;
}

/** The names the answer has no series for. */
export function missingFrom(names: readonly string[], data: QueryData): string[] {
  if (data.resultType !== 'vector')
    throw new MetricError(`the metric lookup answered a ${data.resultType}, not the vector it asks for`);
  const present = new Set(data.result.map((series) => series.metric?.__name__));
  return names.filter((name) => !present.has(name));
}
