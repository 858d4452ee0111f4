import { formatDuration } from '../config/duration.js';
import { fmt } from '../monitor/gate.js';
import { escapeHtml, inlineCode, tableCell } from './escape.js';
import type { GateReport, MonitorReport, Result } from './model.js';

const ICON: Record<Result, string> = { passed: '✅', warning: '⚠️', failed: '❌' };

/** The monitor window: a table per gate (always there), a chart of its samples, the queries, unhealthy pods. */
export function renderMonitor(monitor: MonitorReport): string[] {
  const lines = ['### Monitor', ''];
  const stopped = monitor.stoppedEarly ? ` — stopped early: ${escapeHtml(monitor.stoppedEarly)}` : '';
  lines.push(
    `${formatDuration(monitor.windowMs)} window, a sample every ${formatDuration(monitor.intervalMs)}, ${monitor.failureThreshold} breaching samples in a row fail a gate; ${monitor.samples} ${monitor.samples === 1 ? 'sample' : 'samples'} taken${stopped}.`,
    '',
  );
  if (monitor.gates.length > 0) {
    lines.push(
      '| Gate | Query | Threshold | Baseline | Last | Peak | Samples | Outcome |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const gate of monitor.gates) {
      const query = inlineCode(gate.query).replace(/\|/g, '\\|');
      lines.push(
        `| ${tableCell(gate.name)} | ${query} | ${threshold(gate)} | ${baseline(gate)} | ${value(gate.last)} | ${value(gate.peak)} | ${counts(gate)} | ${ICON[gate.result]} ${tableCell(gate.detail)} |`,
      );
    }
    lines.push('', ...sourceWarnings(monitor.gates));
    for (const gate of monitor.gates) lines.push(...chart(gate));
    lines.push(
      '<details><summary>Queries, to paste into Prometheus</summary>',
      '',
      ...monitor.gates.map((gate) => `- ${escapeHtml(gate.name)}: ${inlineCode(gate.query)}`),
      '',
      '</details>',
      '',
    );
  }
  const pods = monitor.pods;
  if (pods && pods.result !== 'passed') {
    lines.push(`**Pods:** ${ICON[pods.result]} ${tableCell(pods.detail)}`, '');
    if (pods.problems.length > 0) {
      lines.push(
        '| Pod | Container | Reason |',
        '|---|---|---|',
        ...pods.problems.map(
          (problem) =>
            `| ${tableCell(problem.pod)} | ${tableCell(problem.container ?? '')} | ${tableCell(problem.reason)} |`,
        ),
        '',
      );
    }
    if (pods.logExamples && pods.logExamples.length > 0)
      lines.push(
        '<details><summary>Matching log lines</summary>',
        '',
        `<pre>${escapeHtml(pods.logExamples.join('\n'))}</pre>`,
        '',
        '</details>',
        '',
      );
  }
  return lines;
}

/** At most MAX_CHART_POINTS, keeping from each run of samples the one nearest a breach, so no spike disappears. */
function thinned<P extends { value: number }>(points: readonly P[], worst: 'high' | 'low'): P[] {
  if (points.length <= MAX_CHART_POINTS) return [...points];
  const size = Math.ceil(points.length / MAX_CHART_POINTS);
  const kept: P[] = [];
  for (let start = 0; start < points.length; start += size) {
    const bucket = points.slice(start, start + size);
    kept.push(bucket.reduce((a, b) => ((worst === 'high' ? b.value > a.value : b.value < a.value) ? b : a)));
  }
  return kept;
}

const MAX_WARNINGS_PER_GATE = 5;

/** What the metric source said about its own answers (partial data, a series limit): a reader must see a gate judged them. */
function sourceWarnings(gates: readonly GateReport[]): string[] {
  const warned = gates.filter((gate) => gate.warnings.length > 0);
  if (warned.length === 0) return [];
  const items = warned.flatMap((gate) => {
    const more = gate.warnings.length - MAX_WARNINGS_PER_GATE;
    return [
      ...gate.warnings
        .slice(0, MAX_WARNINGS_PER_GATE)
        .map((warning) => `- ${escapeHtml(gate.name)}: ${tableCell(warning)}`),
      ...(more > 0 ? [`- ${escapeHtml(gate.name)}: … and ${more} more (the JSON report has every one)`] : []),
    ];
  });
  return ['⚠️ **The metric source warned about the data these gates judged:**', '', ...items, ''];
}

function threshold(gate: GateReport): string {
  const { max, min, maxRatio } = gate.limits;
  return (
    [
      max !== undefined && `≤ ${fmt(max)}`,
      min !== undefined && `≥ ${fmt(min)}`,
      maxRatio !== undefined && `≤ ${fmt(maxRatio)}× baseline`,
    ]
      .filter(Boolean)
      .join(', ') || '—'
  );
}

function baseline(gate: GateReport): string {
  if (gate.baseline !== undefined) return fmt(gate.baseline);
  return gate.baselineNote ? tableCell(gate.baselineNote) : '—';
}

const value = (n: number | undefined) => (n === undefined ? '—' : fmt(n));

function counts(gate: GateReport): string {
  const { ok, breach, error } = gate.counts;
  const parts = [
    `${ok} ok`,
    breach > 0 && `${breach} breach`,
    gate.counts['no-data'] > 0 && `${gate.counts['no-data']} no data`,
    error > 0 && `${error} error`,
  ];
  return parts.filter(Boolean).join(' · ');
}

// More points than this a chart cannot draw apart, and a 6 h window sampled every second would fill the summary.
const MAX_CHART_POINTS = 200;

/** A Mermaid chart of the samples that had a value, with the absolute limit beside them; the table above stays the fallback. */
function chart(gate: GateReport): string[] {
  const sampled = gate.samples.flatMap((sample, index) =>
    sample.value === undefined ? [] : [{ label: index + 1, value: sample.value }],
  );
  if (sampled.length < 2) return [];
  const points = thinned(sampled, gate.limits.max === undefined && gate.limits.min !== undefined ? 'low' : 'high');
  const limit = gate.limits.max ?? gate.limits.min;
  const series = [`    line [${points.map((point) => fmt(point.value)).join(', ')}]`];
  if (limit !== undefined) series.push(`    line [${points.map(() => fmt(limit)).join(', ')}]`);
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${gate.name.replace(/["\n]/g, ' ')}${limit !== undefined ? ` (limit ${fmt(limit)})` : ''}"`,
    `    x-axis "sample" [${points.map((point) => point.label).join(', ')}]`,
    ...series,
    '```',
    '',
  ];
}
