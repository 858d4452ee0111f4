import { contrastRatio, hex, over, parseColour, type Rgb } from './contrast.js';
import type { Chart } from './pageProbes.js';

export interface Series {
  /** 1-based, in the order of the chart's source, as Mermaid numbers its plots. */
  number: number;
  kind: 'line' | 'bar';
  /** A limit drawn beside the samples; every other series is measured and must stand out. */
  limit: boolean;
  colour: string;
  background: string;
  contrast: number;
}

const WHITE: Rgb = [255, 255, 255];

/**
 * Each series of a chart with the colour it was drawn in against the chart's background. A limit is a
 * line at one value while another series moves; where every series is flat they cannot be told apart,
 * and all count as measured.
 */
export function chartSeries(chart: Chart): Series[] {
  const values = seriesValues(chart.source);
  const flat = values.map((series) => series.length > 0 && series.every((value) => value === series[0]));
  const someMove = flat.some((isFlat) => !isFlat);
  const page = parseColour(chart.pageBackground);
  const pageRgb = page && page.alpha > 0 ? over(page.rgb, page.alpha, WHITE) : WHITE;
  const backdrop = chart.background ? parseColour(chart.background.colour) : undefined;
  const backdropAlpha = backdrop ? backdrop.alpha * (chart.background?.opacity ?? 1) : 0;
  const background = backdrop && backdropAlpha > 0 ? over(backdrop.rgb, backdropAlpha, pageRgb) : pageRgb;
  return chart.plots.map((plot) => {
    const drawn = parseColour(plot.colour);
    // A colour the browser cannot name (none, a gradient) is drawn as nothing: the background itself.
    const seen = drawn ? over(drawn.rgb, drawn.alpha * plot.opacity, background) : background;
    return {
      number: plot.index + 1,
      kind: plot.kind,
      limit: someMove && (flat[plot.index] ?? false),
      colour: drawn ? hex(seen) : plot.colour,
      background: hex(background),
      contrast: Math.round(contrastRatio(seen, background) * 100) / 100,
    };
  });
}

/** The values of each `line` or `bar` statement, in source order (directives and comments skipped). */
function seriesValues(source: string): number[][] {
  return source
    .split('\n')
    .map((line) => /^\s*(?:line|bar)\b(?:\s+"[^"]*")?\s*\[([^\]]*)\]/.exec(line)?.[1])
    .filter((list): list is string => list !== undefined)
    .map((list) => list.split(',').map(Number));
}

/** The chart's title, to name it in a failure message. */
export function chartTitle(chart: Chart): string {
  return /^\s*title\s+"?([^"\n]*)"?/m.exec(chart.source)?.[1]?.trim() ?? '(untitled chart)';
}
