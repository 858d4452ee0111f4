import { formatDuration } from '../config/duration.js';
import { byteLength, SUMMARY_BYTES, takeWhileFits } from './budget.js';
import { escapeHtml, tableCell } from './escape.js';
import { failureBlock, ICON } from './failureMarkdown.js';
import { headline, metaLine } from './headline.js';
import type { CheckOutcome, NoticeResult, Report } from './model.js';
import { renderCharts, renderMonitor } from './monitorMarkdown.js';
import { renderRollback } from './rollbackMarkdown.js';

const MAX_REASONS = 20;
const CHECKS_HEADER = ['### Checks', '', '| Check | Result | Detail | Duration |', '|---|---|---|---|'];
const FAILURES_HEADER = ['### What went wrong', ''];

/**
 * The job summary, in the order an on-call engineer needs it: the verdict, each failure with its
 * cause and next step, what the rollback did, then the tables and the charts. Each fact is said
 * once; everything from the network is escaped. The failures and then the checks table take what
 * room is left under GitHub's 1 MiB; the JSON report keeps all of it.
 */
export function renderMarkdown(report: Report): string {
  const head = [`## ${headline(report)} — ${escapeHtml(report.service)} in ${escapeHtml(report.environment)}`, ''];
  head.push(metaLine(report), '');
  if (report.dryRun) head.push('_Dry run: checks ran; no action was taken._', '');
  const reasons = otherReasons(report);
  if (reasons.length > 0) head.push(...reasons.map((reason) => `- ${tableCell(reason)}`), '');

  const rollback = report.rollback ? renderRollback(report.rollback, report.timeline) : [];
  const tail = [
    ...(report.monitor ? renderMonitor(report.monitor) : []),
    ...(report.notices ? renderNotices(report.notices) : []),
    ...(report.monitor ? renderCharts(report.monitor) : []),
  ];
  const troubled = report.checks.filter((check) => check.result !== 'passed');
  const checksHeader = report.checks.length > 0 ? CHECKS_HEADER : [];
  const fixed = byteLength([...head, ...FAILURES_HEADER, ...rollback, ...checksHeader, '', ...tail]);
  const gate = (check: CheckOutcome) =>
    check.kind === 'gate' ? report.monitor?.gates.find((each) => each.name === check.name) : undefined;
  const failures = takeWhileFits(
    troubled.map((check) => failureBlock(check, gate(check))),
    SUMMARY_BYTES - fixed,
    (count) => `_… and ${count} more: the JSON report has every response._`,
  );
  const rows = takeWhileFits(
    report.checks.map((check) => [checkRow(check)]),
    SUMMARY_BYTES - fixed - failures.bytes,
    (count) => `_… and ${count} more checks: the JSON report has every one._`,
  );
  return [
    ...head,
    ...(troubled.length > 0 ? [...FAILURES_HEADER, ...failures.lines] : []),
    ...rollback,
    ...(report.checks.length > 0 ? [...checksHeader, ...rows.lines, ''] : []),
    ...tail,
  ].join('\n');
}

/** A failed check's detail is in its block above; the table only points there. */
function checkRow(check: CheckOutcome): string {
  const detail = check.result === 'passed' ? tableCell(check.detail) : 'see above';
  return `| ${tableCell(check.name)} | ${ICON[check.result]} ${check.result}${check.required ? '' : ' (optional)'} | ${detail} | ${formatDuration(check.durationMs)} |`;
}

/**
 * The reasons no failure block says: the run stopped (cancelled, time limit), nothing ran, or the
 * rollback was asked for and could not be made. A check's own reason is in its block.
 */
function otherReasons(report: Report): string[] {
  const said = report.checks.filter((check) => check.result !== 'passed').map((check) => `${check.name}: `);
  const others = report.verdict.reasons.filter(
    (reason) => !said.some((prefix) => reason.startsWith(prefix)) && !reason.startsWith('rollback '),
  );
  const more = others.length > MAX_REASONS ? [`… and ${others.length - MAX_REASONS} more`] : [];
  return [...others.slice(0, MAX_REASONS), ...more];
}

/** Which notice went out and which did not: a failed notice is a warning here, never a change of verdict. */
function renderNotices(notices: readonly NoticeResult[]): string[] {
  return [
    '### Notices',
    '',
    '| Channel | Event | Sent | Detail |',
    '|---|---|---|---|',
    ...notices.map(
      (notice) =>
        `| ${notice.channel} | ${notice.event} | ${notice.sent ? '✅' : '⚠️'}${notice.attempts > 1 ? ` (${notice.attempts} attempts)` : ''} | ${tableCell(notice.detail)} |`,
    ),
    '',
  ];
}
