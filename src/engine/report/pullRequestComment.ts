import { byteLength, takeWhileFits } from './budget.js';
import { escapeHtml, tableCell } from './escape.js';
import { ICON } from './failureMarkdown.js';
import { headline, metaLine } from './headline.js';
import type { CheckOutcome, GateReport, Report } from './model.js';
import { counts, threshold, value } from './monitorMarkdown.js';
import { OUTCOME } from './rollbackMarkdown.js';

/**
 * GitHub refuses a comment over 65,536 characters. Blocks are measured in UTF-8 bytes, never fewer than
 * characters, and the lines that say what was left out need room of their own.
 */
export const COMMENT_BYTES = 64_000;
const MAX_REASONS = 10;

/**
 * The pull request's comment: the verdict a reviewer sees without opening the run. The headline, why, what
 * to do about each failed check, every gate's last value against its limit, the rollback, and the way to the
 * run's summary, which has the rest. Everything from the network is escaped as in the summary.
 */
export function renderPullRequestComment(report: Report, marker: string): string {
  const head = [
    marker,
    `### ${headline(report)} — ${escapeHtml(report.service)} in ${escapeHtml(report.environment)}`,
    '',
    metaLine(report),
    '',
    ...(report.dryRun ? ['_Dry run: checks ran; no action was taken._', ''] : []),
  ];
  const rollback = report.rollback ? rollbackLine(report.rollback) : [];
  const tail = [
    ...rollback,
    moreLine(report),
    '',
    `<sub>${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)} · ${report.finishedAt}</sub>`,
  ];
  const gates = report.monitor?.gates ?? [];
  const troubled = report.checks.filter((check) => check.result !== 'passed');
  const fixed = byteLength([...head, ...GATES_HEADER, ...FAILED_HEADER, ...tail]);

  // The rollback's own line says what it did.
  const all = report.verdict.reasons.filter((reason) => !(report.rollback && reason.startsWith('rollback ')));
  const reasons = all.slice(0, MAX_REASONS).map((reason) => [`- ${tableCell(reason)}`]);
  const more = all.length - reasons.length;
  const why = takeWhileFits(
    more > 0 ? [...reasons, [`- … and ${more} more`]] : reasons,
    COMMENT_BYTES - fixed,
    (count) => `- … and ${count} more`,
  );
  const failed = takeWhileFits(
    troubled.map((check) => [failedRow(check)]),
    COMMENT_BYTES - fixed - why.bytes,
    (count) => `_… and ${count} more: the run's summary has every one._`,
  );
  const gateRows = takeWhileFits(
    gates.map((gate) => [gateRow(gate)]),
    COMMENT_BYTES - fixed - why.bytes - failed.bytes,
    (count) => `_… and ${count} more gates: the run's summary has every one._`,
  );
  return [
    ...head,
    ...(why.lines.length > 0 ? ['**Why**', '', ...why.lines, ''] : []),
    ...(troubled.length > 0 ? [...FAILED_HEADER, ...failed.lines, ''] : []),
    ...(gates.length > 0 ? [...GATES_HEADER, ...gateRows.lines, ''] : []),
    ...tail,
  ].join('\n');
}

const FAILED_HEADER = ['**Checks that did not pass**', '', '| Check | Result | Next step |', '|---|---|---|'];
const GATES_HEADER = ['**Gates**', '', '| Gate | Limit | Last | Samples | Outcome |', '|---|---|---|---|---|'];

/** What was seen is in the why list above; the row says what to do about it. */
function failedRow(check: CheckOutcome): string {
  const optional = check.required ? '' : ' (optional)';
  const next = check.analysis ? tableCell(check.analysis.nextStep) : '—';
  return `| ${tableCell(check.name)} | ${ICON[check.result]} ${check.result}${optional} | ${next} |`;
}

function gateRow(gate: GateReport): string {
  const mode = gate.mode ? ` (${gate.mode})` : '';
  return `| ${tableCell(gate.name)}${mode} | ${threshold(gate)} | ${value(gate.last)} | ${counts(gate)} | ${ICON[gate.result]} ${gate.result} |`;
}

function rollbackLine(rollback: NonNullable<Report['rollback']>): string[] {
  return [`**Rollback:** ${OUTCOME[rollback.outcome]} — ${tableCell(rollback.message)}`, ''];
}

/** The summary holds every response, query and chart; outside a workflow run, the JSON report does. */
function moreLine(report: Report): string {
  return report.context.runUrl
    ? `Every response, query and chart: [the run's summary](${report.context.runUrl}).`
    : 'Every response, query and chart: the job summary and the JSON report.';
}
