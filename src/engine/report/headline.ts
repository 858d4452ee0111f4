import { shortSha } from '../checks/versionCheck.js';
import { versionsMatch } from '../checks/versionMatch.js';
import { formatDuration } from '../config/duration.js';
import { escapeHtml, inlineCode } from './escape.js';
import type { Report, VerdictResult } from './model.js';

const HEADLINE: Record<VerdictResult, string> = {
  passed: '✅ Passed',
  warning: '⚠️ Passed with warnings',
  failed: '❌ Failed',
  cancelled: '⏹️ Cancelled',
};

/** A failed rollback outranks everything: it is the one thing a reader must see first. */
export function headline(report: Report): string {
  if (report.command === 'rollback') return approvalHeadline(report);
  if (report.rollback?.outcome === 'failed') return '🚨 ROLLBACK FAILED';
  if (report.rollback?.outcome === 'rolled-back' && report.verdict.result === 'failed') {
    return `${HEADLINE.failed}, rolled back`;
  }
  return HEADLINE[report.verdict.result];
}

/** The approval job checks nothing: its headline is what the rollback did. */
function approvalHeadline(report: Report): string {
  if (report.verdict.result === 'cancelled') return HEADLINE.cancelled;
  switch (report.rollback?.outcome) {
    case 'rolled-back':
      return '↩️ Rolled back by approval';
    case 'dry-run':
      return '🧪 Rollback by approval: dry run';
    case 'not-rolled-back':
    case undefined:
      return '❌ Nothing to roll back';
    default:
      return '🚨 Rollback failed';
  }
}

/** Version (short, linked to its commit), duration, run, runbook, approver: one line under the headline. */
export function metaLine(report: Report): string {
  const parts: string[] = [];
  if (report.command === 'rollback') {
    if (report.context.actor) parts.push(`approved by @${escapeHtml(report.context.actor)}`);
  } else if (report.version) {
    const { commitSha, commitUrl } = report.context;
    const short = inlineCode(shortSha(report.version));
    const isRunCommit = commitSha !== undefined && commitUrl !== undefined && versionsMatch(report.version, commitSha);
    parts.push(`version ${isRunCommit ? `[${short}](${commitUrl})` : short}`);
    if (report.deployedVersion && !versionsMatch(report.version, report.deployedVersion)) {
      parts.push(`answering ${inlineCode(shortSha(report.deployedVersion))}`);
    }
  }
  parts.push(formatDuration(report.durationMs));
  if (report.context.runUrl) parts.push(`[run](${report.context.runUrl})`);
  // Where the run went wrong, the team's own instructions come first.
  if (report.runbookUrl && (report.verdict.result === 'failed' || report.verdict.result === 'warning')) {
    parts.push(`**[runbook](${linkTarget(report.runbookUrl)})**`);
  }
  return parts.join(' · ');
}

/** A URL as a Markdown link target: parentheses and spaces would end the link early. */
function linkTarget(url: string): string {
  return url.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
