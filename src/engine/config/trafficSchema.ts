import { z } from 'zod';
import { DEFAULT_ERROR_RATE_QUERY, OFF, requestCount } from './monitorSchema.js';

/** The requests a sample of the default error-rate query covers: over the same range, so the two agree. */
export const DEFAULT_TRAFFIC_QUERY = 'sum(increase(http_requests_total[{{range}}]))';
/** What `min-requests` says to take its value from `max-error-rate`. */
export const AUTO = 'auto';

/** The keys that keep a gate from judging a handful of requests: what a sample covered, and how much is enough. */
export const trafficShape = {
  'traffic-query': z
    .string()
    .min(1)
    .optional()
    .meta({
      description:
        'PromQL giving the number of requests a sample of the error-rate and latency gates covers (placeholders allowed).',
      'x-default': `${DEFAULT_TRAFFIC_QUERY} when error-rate-query is the default; otherwise none, and no traffic check`,
    }),
  // The number first: a value that is neither is reported with the number's message, the form most meant.
  'min-requests': z
    .union([requestCount, z.literal(AUTO)])
    .prefault(AUTO)
    .meta({
      description: `A sample of the error-rate and latency gates with fewer requests is no data, never ok; ${AUTO}: the fewest in which one error stays within max-error-rate; 0: no minimum.`,
      default: AUTO,
    }),
};

/** The built-in gates' traffic query: the one given, or the default's twin when the error-rate query is the default. */
export function builtInTrafficQuery(config: {
  'traffic-query'?: string;
  'error-rate-query': string;
}): string | undefined {
  if (config['traffic-query'] !== undefined) return config['traffic-query'];
  return config['error-rate-query'] === DEFAULT_ERROR_RATE_QUERY ? DEFAULT_TRAFFIC_QUERY : undefined;
}

/**
 * `auto`: the fewest requests in which a single error stays within max-error-rate, ceil(1 / max-error-rate),
 * 100 at 0.01: below it one unlucky error fails the gate. Without a positive error rate to go by, 1.
 */
export function builtInMinRequests(config: {
  'min-requests': number | typeof AUTO;
  'max-error-rate': number | typeof OFF;
}): number {
  const given = config['min-requests'];
  if (given !== AUTO) return given;
  const max = config['max-error-rate'];
  // The epsilon keeps 1 / 0.01 = 100.00000000000001 at 100.
  return max === OFF || max <= 0 ? 1 : Math.ceil(1 / max - 1e-9);
}
