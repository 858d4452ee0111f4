import { versionsMatch } from '../checks/versionMatch.js';
import { formatDuration } from '../config/duration.js';
import type { CheckOutcome, NoticeResult, Report, Result } from './model.js';
import { escapeHtml, inlineCode, tableCell } from './escape.js';
import { renderMonitor } from './monitorMarkdown.js';
import { renderRollback } from './rollbackMarkdown.js';

const HEADLINE: Record<Result, string> = { passed: '✅ Passed', warning: '⚠️ Passed with warnings', failed: '❌ Failed' };
const ICON: Record<Result, string> = { passed: '✅', warning: '⚠️', failed: '❌' };

/** The job summary: what a person reads first in the PR's checks. Everything dynamic is escaped. */
export function renderMarkdown(report: Report): string {
  const subject = `${report.service} in ${report.environment}`;
  const lines = [`## ${headline(report)} — ${tableCell(subject)}`, '', `> ${tableCell(report.summary)}`, ''];
  if (report.dryRun) lines.push('_Dry run: checks ran; no action was taken._', '');
  lines.push('| | |', '|---|---|', ...facts(report).map(([key, value]) => `| ${key} | ${value} |`), '');

  if (report.verdict.reasons.length > 0) {
    lines.push('### Why', '', ...report.verdict.reasons.map((reason) => `- ${tableCell(reason)}`), '');
  }

  lines.push('### Checks', '', '| Check | Result | Detail | Duration |', '|---|---|---|---|');
  for (const check of report.checks) {
    lines.push(`| ${tableCell(check.name)} | ${ICON[check.result]} ${check.result}${check.required ? '' : ' (optional)'} | ${tableCell(check.detail)} | ${formatDuration(check.durationMs)} |`);
  }
  lines.push('');

  if (report.monitor) lines.push(...renderMonitor(report.monitor));
  if (report.rollback) lines.push(...renderRollback(report.rollback, report.timeline));
  if (report.notices) lines.push(...renderNotices(report.notices));

  const troubled = report.checks.filter((check) => check.result !== 'passed');
  if (troubled.length > 0) lines.push('### What went wrong', '', ...troubled.flatMap(failureSection));
  return lines.join('\n');
}

/** A failed rollback outranks everything: it is the one thing a reader must see first. */
function headline(report: Report): string {
  if (report.rollback?.outcome === 'failed') return '🚨 ROLLBACK FAILED';
  if (report.rollback?.outcome === 'rolled-back' && report.verdict.result === 'failed') return `${HEADLINE.failed}, rolled back`;
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
    const deployed = report.deployedVersion && !versionsMatch(report.version, report.deployedVersion) ? ` (answering: ${inlineCode(report.deployedVersion)})` : '';
    rows.push(['Version', version + deployed]);
  }
  rows.push(['Duration', formatDuration(report.durationMs)]);
  if (report.context.runUrl) rows.push(['Run', `[${escapeHtml(report.context.runUrl)}](${report.context.runUrl})`]);
  return rows;
}

function failureSection(check: CheckOutcome): string[] {
  const lines = [`#### ${ICON[check.result]} ${escapeHtml(check.name)}`, ''];
  if (check.analysis) {
    lines.push(`**Cause:** ${escapeHtml(check.analysis.cause)}  `, `**Next step:** ${escapeHtml(check.analysis.nextStep)}`, '');
  }
  const request = check.request ? `${inlineCode(`${check.request.method} ${check.request.url}`)}: ` : '';
  lines.push(`${request}${tableCell(check.detail)}`, '');
  if (check.response) {
    const type = check.response.contentType ? `, ${escapeHtml(check.response.contentType)}` : '';
    lines.push(`<details><summary>Response body (${check.response.status}${type})</summary>`, '', `<pre>${escapeHtml(check.response.bodyExcerpt)}</pre>`, '', '</details>', '');
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
    ...notices.map((notice) => `| ${notice.channel} | ${notice.event} | ${notice.sent ? '✅' : '⚠️'}${notice.attempts > 1 ? ` (${notice.attempts} attempts)` : ''} | ${tableCell(notice.detail)} |`),
    '',
  ];
}
