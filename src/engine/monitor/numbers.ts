import type { MetricReading } from '../ports.js';

/** What a query gave: a reading, or why there is none. */
export type Answer =
  MetricReading | { error: string; /** The backend refused for its rate limit. */ rateLimited?: true };

/** Enough digits to compare with a threshold, no float noise: 0.0123456 -> 0.01235. */
export function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}
