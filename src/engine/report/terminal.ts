import { formatDuration } from '../config/duration.js';
import type { CheckOutcome, Report, Result, RollbackReport, Timeline } from './model.js';
import { elapsed } from './timeText.js';

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
  if (report.rollback) lines.push('', ...rollbackLines(report.rollback, report.timeline));
  lines.push('', report.summary);
  return lines.join('\n');
}

const ROLLBACK_WORDS: Record<RollbackReport['outcome'], string> = {
  'rolled-back': 'rolled back',
  failed: 'ROLLBACK FAILED',
  'not-rolled-back': 'not rolled back',
  manual: 'rollback needed: manual',
  off: 'rollback needed: rollback is off',
  'dry-run': 'dry run: nothing was undone',
};

/** What was done about the failure, and when each step happened since the run started: the timeline. */
function rollbackLines(rollback: RollbackReport, timeline: Timeline): string[] {
  const start = Date.parse(timeline.started);
  const events: [string, string | undefined][] = [
    ['failure detected', timeline.failureDetected],
    ['rollback started', timeline.rollbackStarted],
    ['rollback completed', timeline.rollbackCompleted],
  ];
  return [
    `  rollback: ${ROLLBACK_WORDS[rollback.outcome]} — ${rollback.message}`,
    ...(rollback.required ? rollback.manualSteps.map((step) => `      run:     ${step}`) : []),
    ...events.flatMap(([what, at]) => (at ? [`  ${elapsed(Date.parse(at) - start).padEnd(8)}${what}`] : [])),
  ];
}
