import { DEFAULT_LOOKBACK_MS } from '../../engine/config/gateSourceSchema.js';
import type { MetricReading, MetricSource } from '../../engine/ports.js';
import { createDatadogReader, type DatadogReadOptions } from './datadogReader.js';
import { queryResponse, toReading } from './queryAnswer.js';

export type DatadogMetricsOptions = DatadogReadOptions;

// A gate needs one series; an answer this large is a query that forgot to aggregate.
const MAX_BODY_BYTES = 1024 * 1024;
const TOO_LARGE = 'a gate needs one number, so aggregate the query with sum: or avg:, or narrow the scope';

/** Datadog metric queries (GET /api/v1/query) behind the engine's metric-source port. */
export function createDatadogMetrics(options: DatadogMetricsOptions): MetricSource {
  const reader = createDatadogReader(options);

  return {
    async query(
      query,
      { at, lookbackMs = DEFAULT_LOOKBACK_MS, total = false, timeoutMs, signal },
    ): Promise<MetricReading> {
      // The API takes whole epoch seconds; a window under one second would be empty.
      const to = Math.floor((at?.getTime() ?? reader.clock.now()) / 1_000);
      const from = to - Math.max(1, Math.round(lookbackMs / 1_000));
      const response = await reader.read(
        {
          path: '/api/v1/query',
          params: { from: String(from), to: String(to), query },
          timeoutMs,
          signal,
          maxBytes: MAX_BODY_BYTES,
          tooLarge: TOO_LARGE,
          what: 'the query',
          permission: 'timeseries_query',
        },
        queryResponse,
      );
      return toReading(response, { lookbackMs, total }, reader.redact);
    },
    close: () => reader.close(),
  };
}
