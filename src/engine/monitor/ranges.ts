/** One range selector written in a query: `[5m]`, or the range of a subquery `[30m:1m]`. */
export interface RangeSelector {
  text: string;
  ms: number;
}

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_536_000_000,
};
const DURATION = String.raw`(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w|y))+`;
const SELECTOR = new RegExp(String.raw`\[\s*(${DURATION})\s*(?::[^\]]*)?\]`, 'g');
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w|y)/g;
// A string may hold brackets (a regex such as "[45].."): they are no selectors.
const STRING_LITERAL = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g;

/** The literal ranges of a PromQL query, in the order written; a `{{range}}` not yet filled is none. */
export function rangeSelectors(query: string): RangeSelector[] {
  const code = query.replace(STRING_LITERAL, '""');
  return [...code.matchAll(SELECTOR)].map(([text, duration]) => ({ text, ms: promqlDurationMs(duration ?? '') }));
}

/** Milliseconds of a PromQL duration such as `1h30m`. */
export function promqlDurationMs(duration: string): number {
  let ms = 0;
  for (const [, amount, unit] of duration.matchAll(PART)) ms += Number(amount) * (UNIT_MS[unit ?? ''] ?? 0);
  return ms;
}

/** How far back the longest range of `query` reaches from the moment it is evaluated; 0 with none. */
export function reachBackMs(query: string): number {
  return Math.max(0, ...rangeSelectors(query).map((range) => range.ms));
}
