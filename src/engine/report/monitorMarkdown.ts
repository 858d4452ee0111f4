import { formatDuration } from '../config/duration.js';
import { fmt } from '../monitor/numbers.js';
import { describeScrapeInterval } from '../monitor/scrapeFit.js';
import { codeBlock, wrapQuery } from './codeBlock.js';
import { escapeHtml, tableCell } from './escape.js';
import { ICON } from './failureMarkdown.js';
import type { GateReport, MonitorReport } from './model.js';
import { plural } from './plural.js';
import { elapsed } from './timeText.js';
import { thinned, xyChart } from './xyChart.js';
import { comparisonChart, comparisonLimit, comparisonNote } from './comparisonMarkdown.js';
import { trafficSection } from './trafficMarkdown.js';

/**
 * The monitor window's tables: a row per gate (what a failure block already said is not said again),
 * the queries once and folded, what the metric source warned about, and the unhealthy pods.
 */
export function renderMonitor(monitor: MonitorReport): string[] {
  const stopped = monitor.stoppedEarly
    ? ` — stopped early: ${escapeHtml(monitor.stoppedEarly)}`
    : monitor.endedEarly
      ? ` — ${escapeHtml(monitor.endedEarly)}`
      : '';
  const lines = [
    '### Monitor',
    '',
    `${formatDuration(monitor.windowMs)} window, a sample every ${formatDuration(monitor.intervalMs)}, ${monitor.failureThreshold} breaching samples in a row fail a gate; ${plural(monitor.samples, 'sample')} taken${stopped}.`,
    '',
    ...windowNotes(monitor),
  ];
  if (monitor.gates.length > 0) {
    // The traffic column only where a gate counts its requests: a query of its own has nothing to show there.
    const counted = monitor.gates.some((gate) => gate.minRequests !== undefined);
    const requestsHead = counted ? ' Requests |' : '';
    lines.push(
      `| Gate | Limit | Baseline | Last |${requestsHead} Peak | Samples | Outcome |`,
      `|---|---|---|---|${counted ? '---|' : ''}---|---|---|`,
    );
    for (const gate of monitor.gates) {
      // A comparison's sentence is too long for a cell: it stands under the table.
      const outcome =
        gate.result !== 'passed'
          ? `${gate.result}: see above`
          : gate.comparison
            ? 'passed: see below'
            : tableCell(gate.detail);
      const requests = counted ? ` ${requestsCell(gate)} |` : '';
      lines.push(
        `| ${tableCell(gate.name)}${gate.source ? ` · ${gate.source}` : ''}${gate.mode ? ` (${gate.mode})` : ''} | ${threshold(gate)} | ${baseline(gate)} | ${value(gate.last)} |${requests} ${value(gate.peak)} | ${counts(gate)} | ${ICON[gate.result]} ${outcome} |`,
      );
    }
    const compared = monitor.gates.flatMap((gate) =>
      gate.comparison ? [`- ${comparisonNote(gate.name, gate.comparison)}`] : [],
    );
    lines.push('', ...(compared.length > 0 ? [...compared, ''] : []), ...sourceWarnings(monitor.gates));
    lines.push(...queriesBlock(monitor.gates), ...trafficSection(monitor.traffic), ...monitor.gates.flatMap(burnRates));
  }
  const pods = monitor.pods;
  if (pods && pods.result !== 'passed' && pods.problems.length > 0) {
    lines.push(
      '**Pods**',
      '',
      '| Pod | Container | Reason |',
      '|---|---|---|',
      ...pods.problems.map(
        (problem) =>
          `| ${tableCell(problem.pod)} | ${tableCell(problem.container ?? '')} | ${tableCell(problem.reason)} |`,
      ),
      '',
    );
  }
  if (pods?.logExamples && pods.logExamples.length > 0) {
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

/** A chart for each gate that breached or could not judge; the calm ones together, folded. */
export function renderCharts(monitor: MonitorReport): string[] {
  const troubled = monitor.gates.filter(
    (gate) => gate.counts.breach > 0 || gate.inconclusive || gate.result !== 'passed',
  );
  const calm = monitor.gates.filter((gate) => !troubled.includes(gate));
  const drawn = (gate: GateReport) => (gate.comparison ? comparisonChart(gate, gate.comparison) : chart(gate));
  const shown = troubled.flatMap(drawn);
  const folded = calm.flatMap(drawn);
  if (shown.length === 0 && folded.length === 0) return [];
  const lines = ['### Charts', ''];
  lines.push(...shown);
  if (folded.length > 0) {
    lines.push(
      `<details><summary>Charts of the ${plural(calm.length, 'gate')} within limits</summary>`,
      '',
      ...folded,
      '</details>',
      '',
    );
  }
  return lines;
}

/**
 * What the numbers below rest on: the scrape interval the ranges were measured against, what in the setup
 * works badly, and which samples still partly measure the previous version.
 */
function windowNotes(monitor: MonitorReport): string[] {
  const notes = [
    ...(monitor.trafficUnchecked ? [`⚠️ ${escapeHtml(monitor.trafficUnchecked)}`] : []),
    ...monitor.gates.flatMap((gate) =>
      gate.rateLimited
        ? [
            `⚠️ ${escapeHtml(gate.name)}: ${plural(gate.rateLimited, 'sample')} rate-limited by the metric source, each counted as an error`,
          ]
        : [],
    ),
    ...monitor.gates.flatMap((gate) => (gate.slo ? [escapeHtml(sloNote(gate, gate.slo))] : [])),
    ...(monitor.setupWarnings ?? []).map((warning) => `⚠️ ${escapeHtml(warning)}`),
    ...monitor.gates.flatMap((gate) => {
      const early = gate.samples.filter((sample) => sample.beforeDeploy).length;
      if (early === 0) return [];
      const which = early === 1 ? 'sample 1 still includes' : `samples 1-${early} still include`;
      return [
        `${escapeHtml(gate.name)}: ${which} traffic from before the deploy (its range reaches back past the window's start)`,
      ];
    }),
  ];
  const scrape = monitor.scrapeInterval
    ? [`Scrape interval ${escapeHtml(describeScrapeInterval(monitor.scrapeInterval))}.`, '']
    : [];
  return [...scrape, ...(notes.length > 0 ? [...notes.map((note) => `- ${note}`), ''] : [])];
}

/** "slo-burn-rate: SLO 99.9% over 30d; burn 0.4× over 5m and 0.3× over 3m at the last sample; this release used …" */
function sloNote(gate: GateReport, slo: NonNullable<GateReport['slo']>): string {
  const last = gate.samples.findLast((sample) => sample.shortBurn !== undefined);
  const burn =
    last?.shortBurn !== undefined && last.value !== undefined && last.burnWindowMs !== undefined
      ? `; burn ${fmt(last.shortBurn)}× over the short window and ${fmt(last.value)}× over ${formatDuration(last.burnWindowMs)} at the last sample`
      : '; no sample measured a burn rate';
  const budget = slo.budgetSentence ? `; ${slo.budgetSentence}` : '';
  return `${gate.name}: SLO ${slo.objectivePercent}% over ${formatDuration(slo.periodMs)}${burn}${budget}`;
}

/** The burn-rate gate's samples, both windows and the budget spent so far, folded: the chart draws only the long one. */
function burnRates(gate: GateReport): string[] {
  const measured = gate.samples.filter((sample) => sample.shortBurn !== undefined);
  if (!gate.slo || measured.length === 0) return [];
  return [
    `<details><summary>${escapeHtml(gate.name)}: burn rate per sample</summary>`,
    '',
    '| Since the start | Short window | Window so far | Budget used |',
    '|---|---|---|---|',
    ...measured.map(
      (sample) =>
        `| ${elapsed(sample.at)} | ${fmt(sample.shortBurn ?? 0)}× | ${fmt(sample.value ?? 0)}× over ${formatDuration(sample.burnWindowMs ?? 0)} | ${(sample.budgetUsed ?? 0).toFixed(2)}% |`,
    ),
    '',
    '</details>',
    '',
  ];
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

export function threshold(gate: GateReport): string {
  const { max, min, maxRatio, maxP95Ms } = gate.limits;
  if (gate.slo && max !== undefined) return `≤ ${fmt(max)}× burn, both windows`;
  if (gate.comparison) return comparisonLimit(gate.comparison);
  return (
    [
      max !== undefined && `≤ ${fmt(max)}`,
      min !== undefined && `≥ ${fmt(min)}`,
      maxRatio !== undefined && `≤ ${fmt(maxRatio)}× baseline`,
      maxP95Ms !== undefined && `p95 ≤ ${formatDuration(maxP95Ms)}`,
    ]
      .filter(Boolean)
      .join(', ') || '—'
  );
}

/** Every gate's query once, folded, to paste into its source; the traffic gate sends requests, not a query. */
function queriesBlock(gates: readonly GateReport[]): string[] {
  const queried = gates.filter((gate) => !gate.ownTraffic);
  if (queried.length === 0) return [];
  const elsewhere = queried.some((gate) => gate.source !== undefined);
  return [
    `<details><summary>Queries, to paste into ${elsewhere ? 'their sources' : 'Prometheus'}</summary>`,
    '',
    ...queried.flatMap((gate) => [
      `${escapeHtml(gate.name)}${gate.source ? ` (${gate.source})` : ''}:`,
      '',
      // Only PromQL is known to ignore line breaks; another source's query stays on one line.
      ...(gate.source ? codeBlock([gate.query]) : codeBlock(wrapQuery(gate.query), 'promql')),
      '',
    ]),
    '</details>',
    '',
  ];
}

/** "842 (min 100)": the last sample's requests against the least a sample must cover. */
function requestsCell(gate: GateReport): string {
  if (gate.minRequests === undefined) return '—';
  const last = gate.requests === undefined ? '—' : String(gate.requests);
  return gate.minRequests > 0 ? `${last} (min ${gate.minRequests})` : last;
}

function baseline(gate: GateReport): string {
  if (gate.baseline !== undefined) return fmt(gate.baseline);
  return gate.baselineNote ? tableCell(gate.baselineNote) : '—';
}

export const value = (n: number | undefined) => (n === undefined ? '—' : fmt(n));

export function counts(gate: GateReport): string {
  const { ok, breach, error } = gate.counts;
  const parts = [
    `${ok} ok`,
    breach > 0 && `${breach} breach`,
    gate.counts['no-data'] > 0 && `${gate.counts['no-data']} no data`,
    error > 0 && `${error} error`,
  ];
  return parts.filter(Boolean).join(' · ');
}

/**
 * A Mermaid chart of the samples that had a value against the absolute limit, the x-axis in time
 * since the run started.
 */
function chart(gate: GateReport): string[] {
  const sampled = gate.samples.flatMap((sample) =>
    sample.value === undefined ? [] : [{ label: elapsed(sample.at), value: sample.value }],
  );
  if (sampled.length < 2) return [];
  const points = thinned(sampled, gate.limits.max === undefined && gate.limits.min !== undefined ? 'low' : 'high');
  const limit = gate.limits.max ?? gate.limits.min;
  const lines = [points.map((point) => fmt(point.value))];
  if (limit !== undefined) lines.push(points.map(() => fmt(limit)));
  const legend = [
    `${gate.name}: blue, the value of each sample`,
    limit !== undefined ? ` · grey, the limit ${gate.limits.max !== undefined ? '≤' : '≥'} ${fmt(limit)}` : '',
    ' · across, the time since the run started',
  ].join('');
  return xyChart(
    gate.name,
    points.map((point) => point.label),
    lines,
    legend,
  );
}
