import { z } from 'zod';
import { formatDuration } from '../../engine/config/duration.js';
import type { MetricReading } from '../../engine/ports.js';
import type { Redactor } from '../../engine/secrets.js';
import { safeError } from './failure.js';

// MetricsQueryResponse of GET /api/v1/query, only what a gate reads. A Point is [timestamp ms, value],
// both nullable: a bucket without data is null.
const point = z.tuple([z.number().nullable(), z.number().nullable()]);
const series = z.object({
  pointlist: z.array(point),
  scope: z.string().optional(),
  expression: z.string().optional(),
});
export const queryResponse = z.object({
  status: z.string().optional(),
  error: z.string().optional(),
  series: z.array(series).optional(),
});
export type QueryResponse = z.infer<typeof queryResponse>;

// Series named in the error about several: enough to see how they differ.
const NAMED_SERIES = 3;

/**
 * The last non-null point of the one series is the value, as Datadog's buckets at the end may still be filling;
 * with `total`, the sum of its non-null points: what a count query (`.as_count()`) counted over the window.
 */
export function toReading(
  response: QueryResponse,
  { lookbackMs, total }: { lookbackMs: number; total: boolean },
  redact: Redactor,
): MetricReading {
  // A 200 with status "error" is Datadog failing the query after accepting it, not a malformed one.
  if (response.status !== undefined && response.status !== 'ok')
    throw safeError(
      `Datadog could not run the query (status ${response.status}): ${response.error ?? 'no error text'}`,
      redact,
    );
  const found = response.series ?? [];
  const window = `the last ${formatDuration(lookbackMs)}`;
  if (found.length === 0)
    return {
      kind: 'no-data',
      reason: `no series in ${window} (no traffic, the metric is absent, or Datadog has not ingested it yet)`,
      warnings: [],
    };
  if (found.length > 1) {
    const names = found.slice(0, NAMED_SERIES).map((each) => each.scope ?? each.expression ?? '?');
    const more = found.length > NAMED_SERIES ? `, … ${found.length - NAMED_SERIES} more` : '';
    throw safeError(
      `the query returns ${found.length} series (${names.join(', ')}${more}), and a gate needs one number: aggregate with sum: or avg:, or narrow the scope`,
      redact,
    );
  }
  const points = found[0]?.pointlist ?? [];
  const last = points.findLast((each): each is [number | null, number] => each[1] !== null);
  if (!last)
    return {
      kind: 'no-data',
      reason:
        points.length === 0
          ? `the series has no point in ${window}`
          : `none of the series' ${points.length} points in ${window} has a value`,
      warnings: [],
    };
  const value = total ? points.reduce((sum, [, each]) => sum + (each ?? 0), 0) : last[1];
  return { kind: 'value', value, warnings: [] };
}
