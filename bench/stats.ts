/** A figure over its runs: the median, with min and max for the spread; `values` keeps every run as measured. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
  values: (number | undefined)[];
}

/** Runs that measured nothing (undefined, NaN) are left out of the statistics but kept in `values`. */
export function summarize(values: (number | undefined)[]): Summary {
  const sorted = values
    .filter((value): value is number => value !== undefined && Number.isFinite(value))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return { median: NaN, min: NaN, max: NaN, runs: 0, values: [] };
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length, values };
}

/** Side a over side b, run by run: both sides ran in the same rounds, so index i is one round. */
export const pairRatios = (a: number[], b: number[]): Summary => summarize(a.map((value, i) => value / b[i]!));

export const kbToMB = (kb: number | undefined): number | undefined => (kb === undefined ? undefined : kb / 1024);
