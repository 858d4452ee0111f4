import { formatDuration } from '../config/duration.js';
import { promqlDuration } from './placeholders.js';
import { rangeSelectors } from './ranges.js';

/** Where the scrape interval the queries are measured against came from. */
export type ScrapeSource = 'input' | 'prometheus' | 'default';

export interface ScrapeInterval {
  ms: number;
  source: ScrapeSource;
  /** Why Prometheus's own default was assumed: what reading its configuration gave. */
  note?: string;
}

/** Prometheus's own default `global.scrape_interval`: what is assumed when the backend does not say. */
export const DEFAULT_SCRAPE_INTERVAL_MS = 60_000;

/** What the queries' ranges and the sampling pace make of the scrape interval, before the window begins. */
export interface ScrapeFit {
  /** Gates whose query can never return a value: by gate name, the fix. */
  rejected: Map<string, string>;
  /** Setups that work, badly: a warning annotation each. */
  warnings: string[];
}

/**
 * "15s, from scrape-interval", "1m, read from Prometheus's configuration", "1m, Prometheus's default, assumed",
 * and with `reason`, why it was assumed: said once in the summary, not in every warning.
 */
export function describeScrapeInterval(scrape: ScrapeInterval, { reason = true } = {}): string {
  const source =
    scrape.source === 'input'
      ? 'from scrape-interval'
      : scrape.source === 'prometheus'
        ? "read from Prometheus's configuration"
        : `Prometheus's default, assumed${reason ? `: ${scrape.note ?? 'the backend does not say'}` : ''}`;
  return `${formatDuration(scrape.ms)}, ${source}`;
}

/** `{{range}}`: four scrapes, so one missed scrape still leaves rate() enough, and never less than a sample's pace. */
export function rangeFor(scrape: ScrapeInterval, intervalMs: number): string {
  return promqlDuration(Math.max(4 * scrape.ms, intervalMs));
}

/**
 * A range to suggest, in whole seconds rounded up: PromQL has no fractional durations (`[2.5s]` is a parse
 * error), and rounding down could suggest a range that is still too short.
 */
function rangeText(ms: number): string {
  return formatDuration(Math.ceil(ms / 1_000) * 1_000);
}

/**
 * A literal range shorter than two scrapes can never hold the two samples rate() needs: the gate would read
 * no data for the whole window. Only a known interval rejects; an assumed one (Thanos, Mimir, managed
 * services scrape at their own pace) only warns.
 */
export function scrapeFit(
  gates: readonly { name: string; query: string }[],
  scrape: ScrapeInterval,
  intervalMs: number,
): ScrapeFit {
  const known = scrape.source !== 'default';
  const interval = describeScrapeInterval(scrape, { reason: false });
  const rejected = new Map<string, string>();
  const warnings: string[] = [];
  for (const gate of gates) {
    for (const range of rangeSelectors(gate.query)) {
      const fix = `use [${rangeText(4 * scrape.ms)}] or more, or {{range}}`;
      if (range.ms < 2 * scrape.ms) {
        const problem = `range ${range.text} is shorter than two scrapes (scrape interval ${interval}): it cannot hold the two samples rate() needs and returns nothing`;
        if (known) rejected.set(gate.name, `${problem}; use [${rangeText(2 * scrape.ms)}] or more, or {{range}}`);
        else warnings.push(`${gate.name}: ${problem}, if the interval is right; set scrape-interval, or ${fix}`);
        break;
      }
      if (range.ms < 4 * scrape.ms) {
        warnings.push(
          `${gate.name}: range ${range.text} holds fewer than four scrapes (scrape interval ${interval}): one missed scrape can leave it empty; ${fix}`,
        );
      }
    }
  }
  if (intervalMs < scrape.ms) {
    warnings.push(
      `monitor-interval ${formatDuration(intervalMs)} is shorter than the scrape interval ${interval}: samples in a row repeat the same scrape, so failure-threshold counts fewer fresh readings than it says; set monitor-interval to ${formatDuration(scrape.ms)} or more`,
    );
  }
  return { rejected, warnings };
}
