/** The spread a row shows: a Summary, or just a median for a figure measured once. */
export interface RowStats {
  median: number;
  min?: number;
  max?: number;
  runs?: number;
}

/** One line of the table, and of results.json's `table`: the figure, its statistics, the target and whether it was met. */
export interface Row {
  figure: string;
  stats: RowStats;
  target: string;
  met: string;
}

export const row = (figure: string, stats: RowStats, target = '', met = ''): Row => ({ figure, stats, target, met });

export function fmt(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '-';
  if (Math.abs(value) >= 100) return String(Math.round(value));
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** A value that must stay at or under its limit; `which` names the statistic compared (median, max). */
export function verdict(value: number | undefined, limit: number, which = 'median'): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  return value <= limit
    ? `met (${fmt(limit - value)} under, ${which})`
    : `MISSED by ${fmt(value - limit)} (${fmt((value / limit - 1) * 100)}%, ${which})`;
}

/** A value that must reach its limit (a speed-up). */
export function verdictAtLeast(value: number, limit: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= limit ? `met (${fmt(value - limit)} over)` : `MISSED by ${fmt(limit - value)}`;
}

/** A Markdown table, numbers right-aligned, as BENCHMARKS.md quotes it. */
export function printTable(rows: Row[]): void {
  const header = ['figure', 'median', 'min', 'max', 'n', 'target', 'met'];
  const body = rows.map(({ figure, stats, target, met }) => [
    figure,
    fmt(stats.median),
    fmt(stats.min),
    fmt(stats.max),
    stats.runs === undefined ? '' : String(stats.runs),
    target,
    met,
  ]);
  const numeric = (column: number) => column >= 1 && column <= 4;
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (numeric(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const cells of body) console.log(line(cells));
}
