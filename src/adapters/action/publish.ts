import * as core from './runner.js';
import { formatDuration } from '../../engine/config/duration.js';
import { renderMarkdown } from '../../engine/report/markdown.js';
import type { Report } from '../../engine/report/model.js';
import { neutralizeCommands } from './logger.js';

/** Step outputs, annotations, the job summary and the step's status: all read from the one Report. */
export async function publish(report: Report, reportPath: string): Promise<void> {
  // Optional checks that failed are named too: they did fail, even though they only warn.
  const failed = report.checks.filter((check) => check.result !== 'passed').map((check) => check.name);
  core.setOutput('result', report.verdict.result);
  core.setOutput('failed-checks', JSON.stringify(failed));
  core.setOutput('deployed-version', report.deployedVersion ?? '');
  core.setOutput('report-path', reportPath);
  core.setOutput('duration-seconds', (report.durationMs / 1000).toFixed(2));
  core.setOutput('summary', report.summary);

  for (const check of report.checks) {
    if (check.result === 'passed') continue;
    const message = neutralizeCommands(`${check.detail}${check.analysis ? ` — ${check.analysis.cause}. Next: ${check.analysis.nextStep}` : ''}`);
    const title = `post-deploy-check: ${check.name}`;
    if (check.result === 'failed') core.error(message, title);
    else core.warning(message, title);
  }

  core.appendSummary(renderMarkdown(report));
  core.info(neutralizeCommands(`${report.summary} (report: ${reportPath}, ${formatDuration(report.durationMs)})`));
  if (report.verdict.result === 'failed') core.setFailed(neutralizeCommands(report.summary));
}
