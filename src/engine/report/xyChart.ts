import { escapeHtml } from './escape.js';

/** The measured series in GitHub's accent blue, the second (a limit, or a baseline) in a muted grey: both >= 4.5:1 on white. */
export const SERIES_COLOUR = '#0969da';
export const LIMIT_COLOUR = '#6e7781';
const CHART_INIT = `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${SERIES_COLOUR}, ${LIMIT_COLOUR}"}}}}%%`;

// More points than this a chart cannot draw apart, and a 6 h window sampled every second would fill the summary.
const MAX_CHART_POINTS = 200;

/** At most MAX_CHART_POINTS, keeping from each run of samples the one nearest a breach, so no spike disappears. */
export function thinned<P extends { value: number }>(points: readonly P[], worst: 'high' | 'low'): P[] {
  if (points.length <= MAX_CHART_POINTS) return [...points];
  const size = Math.ceil(points.length / MAX_CHART_POINTS);
  const kept: P[] = [];
  for (let start = 0; start < points.length; start += size) {
    const bucket = points.slice(start, start + size);
    kept.push(bucket.reduce((a, b) => ((worst === 'high' ? b.value > a.value : b.value < a.value) ? b : a)));
  }
  return kept;
}

/**
 * A Mermaid xychart of one or two lines (blue, then grey) over the labelled points, and a legend line under it
 * that says in words what each colour is: the table stays the fallback.
 */
export function xyChart(
  title: string,
  labels: readonly string[],
  lines: readonly string[][],
  legend: string,
): string[] {
  return [
    '```mermaid',
    CHART_INIT,
    'xychart-beta',
    `    title "${title.replace(/["\n]/g, ' ')}"`,
    `    x-axis [${labels.map((label) => `"${label}"`).join(', ')}]`,
    ...lines.map((values) => `    line [${values.join(', ')}]`),
    '```',
    '',
    `<sub>${escapeHtml(legend)}</sub>`,
    '',
  ];
}
