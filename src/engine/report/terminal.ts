import { formatDuration } from '../config/duration.js';
import type { CheckOutcome, Report, Result } from './model.js';

const MARK: Record<Result, string> = { passed: '✓', warning: '!', failed: '✗' };

/** One line per check as it finishes, so a person watching the log sees progress. */
export function progressLine(outcome: CheckOutcome): string {
  return `${MARK[outcome.result]} ${outcome.name} — ${outcome.result}: ${outcome.detail} (${formatDuration(outcome.durationMs)})`;
}
const BODY_LINES = 8;

/** The CLI's report: the same facts as the job summary, for a terminal. */
export function renderTerminal(report: Report): string {
  const lines = [
    `post-deploy-check: ${report.verdict.result.toUpperCase()} — ${report.service} in ${report.environment} (${formatDuration(report.durationMs)})`,
  ];
  if (report.dryRun) lines.push('dry run: checks ran; no action was taken');
  lines.push('');
  for (const check of report.checks) {
    lines.push(
      `  ${MARK[check.result]} ${check.name}${check.required ? '' : ' (optional)'} — ${check.detail} [${formatDuration(check.durationMs)}]`,
    );
    if (check.result === 'passed') continue;
    if (check.request) lines.push(`      request: ${check.request.method} ${check.request.url}`);
    if (check.analysis)
      lines.push(`      cause:   ${check.analysis.cause}`, `      next:    ${check.analysis.nextStep}`);
    if (check.response?.bodyExcerpt) {
      const body = check.response.bodyExcerpt.trimEnd().split('\n').slice(0, BODY_LINES);
      lines.push(`      body:    ${body[0]}`, ...body.slice(1).map((line) => `               ${line}`));
    }
  }
  lines.push('', report.summary);
  return lines.join('\n');
}
