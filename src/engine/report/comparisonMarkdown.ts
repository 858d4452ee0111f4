import { fmt } from '../monitor/numbers.js';
import { escapeHtml } from './escape.js';
import type { ComparisonReport, GateReport } from './model.js';
import { elapsed } from './timeText.js';
import { thinned, xyChart } from './xyChart.js';

/** "≤ 1.5× baseline (99%)": the limit, and how sure the test must be before it says the canary is past it. */
export function comparisonLimit(comparison: ComparisonReport): string {
  return `≤ ${fmt(comparison.maxIncrease)}× baseline (${fmt(comparison.confidence * 100)}%)`;
}

/** "errors vs stable: canary 2.4% (36 / 1,500) vs stable 0.30% (45 / 15,000): 8.0x; …, decided at sample 4" */
export function comparisonNote(name: string, comparison: ComparisonReport): string {
  const decided = comparison.decidedAt === undefined ? '' : `; decided at sample ${comparison.decidedAt}`;
  return `${escapeHtml(name)}: ${escapeHtml(comparison.sentence)}${decided}`;
}

/**
 * Both sides' error rates since the window started, one line each, at every sample at which both had requests: the
 * canary in blue, the baseline in grey, so the gap the test judged is what the eye sees.
 */
export function comparisonChart(gate: GateReport, comparison: ComparisonReport): string[] {
  const rate = (side: { errors: number; requests: number }) => Math.min(1, side.errors / side.requests);
  // A side without requests yet has no rate: drawing it as 0 would show a gap that is not there.
  const sampled = gate.samples.flatMap((sample) =>
    sample.canary && sample.baseline && sample.canary.requests > 0 && sample.baseline.requests > 0
      ? [{ label: elapsed(sample.at), value: rate(sample.canary), baseline: rate(sample.baseline) }]
      : [],
  );
  if (sampled.length < 2) return [];
  const points = thinned(sampled, 'high');
  const legend = `${gate.name}: blue, ${comparison.canary.name}'s error rate since the window started · grey, ${comparison.baseline.name}'s · across, the time since the run started`;
  return xyChart(
    gate.name,
    points.map((point) => point.label),
    [points.map((point) => fmt(point.value)), points.map((point) => fmt(point.baseline))],
    legend,
  );
}
