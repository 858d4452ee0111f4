import { versionsMatch } from '../checks/versionMatch.js';
import { formatDuration } from '../config/duration.js';
import type { CheckOutcome, NoticeResult, Report, Result, VerdictResult } from './model.js';
import { escapeHtml, inlineCode, tableCell } from './escape.js';
import { renderMonitor } from './monitorMarkdown.js';
import { renderRollback } from './rollbackMarkdown.js';
import { byteLength, SUMMARY_BYTES, takeWhileFits } from './budget.js';

const HEADLINE: Record<VerdictResult, string> = {
  passed: '✅ Passed',
  warning: '⚠️ Passed with warnings',
  failed: '❌ Failed',
  cancelled: '⏹️ Cancelled',
};
const ICON: Record<Result, string> = { passed: '✅', warning: '⚠️', failed: '❌' };

const MAX_REASONS = 20;
const CHECKS_HEADER = ['### Checks', '', '| Check | Result | Detail | Duration |', '|---|---|---|---|'];
const FAILURES_HEADER = ['### What went wrong', ''];

/**
 * The job summary: what a person reads first in the PR's checks. Everything dynamic is escaped.
 * The verdict, the monitor, the rollback and the notices always show; the checks table and then the
 * failure details take what room is left under GitHub's 1 MiB, the JSON report keeping all of it.
 */
export function renderMarkdown(report: Report): string {
  const subject = `${report.service} in ${report.environment}`;
  const head = [`## ${headline(report)} — ${tableCell(subject)}`, '', `> ${tableCell(report.summary)}`, ''];
  if (report.dryRun) head.push('_Dry run: checks ran; no action was taken._', '');
  head.push('| | |', '|---|---|', ...facts(report).map(([key, value]) => `| ${key} | ${value} |`), '');
  const { reasons } = report.verdict;
  if (reasons.length > 0) {
    const more =
      reasons.length > MAX_REASONS ? [`- … and ${reasons.length - MAX_REASONS} more (see the checks below)`] : [];
    head.push('### Why', '', ...reasons.slice(0, MAX_REASONS).map((reason) => `- ${tableCell(reason)}`), ...more, '');
  }

  const details = [
    ...(report.monitor ? renderMonitor(report.monitor) : []),
    ...(report.rollback ? renderRollback(report.rollback, report.timeline) : []),
    ...(report.notices ? renderNotices(report.notices) : []),
  ];
  const troubled = report.checks.filter((check) => check.result !== 'passed');
  const fixed = byteLength([...head, ...CHECKS_HEADER, '', ...details, ...FAILURES_HEADER]);
  const rows = takeWhileFits(
    report.checks.map((check) => [checkRow(check)]),
    SUMMARY_BYTES - fixed,
    (count) => `_… and ${count} more checks: the JSON report has every one._`,
  );
  const failures = takeWhileFits(
    troubled.map(failureSection),
    SUMMARY_BYTES - fixed - rows.bytes,
    (count) => `_… and ${count} more: the JSON report has every response._`,
  );
  return [
    ...head,
    ...CHECKS_HEADER,
    ...rows.lines,
    '',
    ...details,
    ...(troubled.length > 0 ? [...FAILURES_HEADER, ...failures.lines] : []),
  ].join('\n');
}

function checkRow(check: CheckOutcome): string {
  return `| ${tableCell(check.name)} | ${ICON[check.result]} ${check.result}${check.required ? '' : ' (optional)'} | ${tableCell(check.detail)} | ${formatDuration(check.durationMs)} |`;
}

/** A failed rollback outranks everything: it is the one thing a reader must see first. */
function headline(report: Report): string {
  if (report.rollback?.outcome === 'failed') return '🚨 ROLLBACK FAILED';
  if (report.rollback?.outcome === 'rolled-back' && report.verdict.result === 'failed')
    return `${HEADLINE.failed}, rolled back`;
  return HEADLINE[report.verdict.result];
}

function facts(report: Report): [string, string][] {
  const rows: [string, string][] = [
    ['Service', escapeHtml(report.service)],
    ['Environment', escapeHtml(report.environment)],
  ];
  if (report.version) {
    const { commitSha, commitUrl } = report.context;
    const isRunCommit = commitSha !== undefined && commitUrl !== undefined && versionsMatch(report.version, commitSha);
    const version = isRunCommit ? `[${inlineCode(report.version)}](${commitUrl})` : inlineCode(report.version);
    const deployed =
      report.deployedVersion && !versionsMatch(report.version, report.deployedVersion)
        ? ` (answering: ${inlineCode(report.deployedVersion)})`
        : '';
    rows.push(['Version', version + deployed]);
  }
  rows.push(['Duration', formatDuration(report.durationMs)]);
  // Where the run went wrong, the team's own instructions come first.
  if (report.runbookUrl && (report.verdict.result === 'failed' || report.verdict.result === 'warning')) {
    rows.push(['Runbook', `[${escapeHtml(report.runbookUrl)}](${linkTarget(report.runbookUrl)})`]);
  }
  if (report.context.runUrl) rows.push(['Run', `[${escapeHtml(report.context.runUrl)}](${report.context.runUrl})`]);
  return rows;
}

function failureSection(check: CheckOutcome): string[] {
  const lines = [`#### ${ICON[check.result]} ${escapeHtml(check.name)}`, ''];
  if (check.analysis) {
    lines.push(
      `**Cause:** ${escapeHtml(check.analysis.cause)}  `,
      `**Next step:** ${escapeHtml(check.analysis.nextStep)}`,
      '',
    );
  }
  const request = check.request ? `${inlineCode(`${check.request.method} ${check.request.url}`)}: ` : '';
  lines.push(`${request}${tableCell(check.detail)}`, '');
  if (check.response) {
    const type = check.response.contentType ? `, ${escapeHtml(check.response.contentType)}` : '';
    lines.push(
      `<details><summary>Response body (${check.response.status}${type})</summary>`,
      '',
      `<pre>${escapeHtml(check.response.bodyExcerpt)}</pre>`,
      '',
      '</details>',
      '',
    );
  }
  return lines;
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

/** A URL as a Markdown link target: parentheses and spaces would end the link early. */
function linkTarget(url: string): string {
  return url.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
