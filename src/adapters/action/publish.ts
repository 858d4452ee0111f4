import * as core from './toolkit.js';
import { renderMarkdown } from '../../engine/report/markdown.js';
import type { GateReport, Report, TrafficReport } from '../../engine/report/model.js';

/** Step outputs, annotations, the job summary and the step's status: all read from the one Report. */
export async function publish(report: Report, reportPath: string): Promise<void> {
  // Only what failed the verdict: an optional check that failed is a warning, and a downstream
  // `if: failed-checks != '[]'` must not act on one; nor on a cancelled run, which judged nothing.
  const cancelled = report.verdict.result === 'cancelled';
  const failed = cancelled ? [] : report.checks.filter((check) => check.result === 'failed').map((check) => check.name);
  core.setOutput('result', report.verdict.result);
  core.setOutput('failed-checks', JSON.stringify(failed));
  core.setOutput('deployed-version', report.deployedVersion ?? '');
  core.setOutput('report-path', reportPath);
  core.setOutput('duration-seconds', (report.durationMs / 1000).toFixed(2));
  core.setOutput('summary', report.summary);
  const gates = report.monitor?.gates ?? [];
  const errorRate = gates.find((gate) => gate.name === 'error-rate')?.peak;
  core.setOutput('error-rate', errorRate === undefined ? '' : String(errorRate));
  core.setOutput('metrics', JSON.stringify(metricsOutput(gates, report.monitor?.traffic)));
  core.setOutput('traffic-requests', report.monitor?.traffic ? String(report.monitor.traffic.sent) : '');
  const burn = gates.find((gate) => gate.slo);
  core.setOutput('burn-rate', burn?.last === undefined ? '' : String(burn.last));
  core.setOutput('error-budget-used', burn?.slo?.budgetUsed === undefined ? '' : burn.slo.budgetUsed.toFixed(2));
  const rollback = report.rollback;
  core.setOutput('rolled-back', String(rollback?.rolledBack ?? false));
  // Needed: the verdict failed, or `command: rollback` asked for one, and it did not happen or did not succeed.
  core.setOutput('rollback-required', String(rollback ? rollback.required : report.rollbackNeeded));
  core.setOutput('rollback-revision', rollback?.to ? String(rollback.to.revision) : '');
  core.setOutput('rollback-command', report.rollbackCommand ?? '');
  const reference = (channel: string) =>
    report.notices?.findLast((notice) => notice.channel === channel && notice.reference)?.reference ?? '';
  core.setOutput('grafana-annotation-id', reference('grafana'));
  core.setOutput('slack-message-ts', reference('slack'));
  const deploymentId = report.githubDeployment?.id;
  core.setOutput('github-deployment-id', deploymentId === undefined ? '' : String(deploymentId));
  for (const notice of report.notices ?? []) {
    if (!notice.sent && notice.attempts > 0)
      core.warning(`${notice.channel} ${notice.event} notice not sent: ${notice.detail}`, 'post-deploy-check: notices');
  }

  for (const check of cancelled ? [] : report.checks) {
    if (check.result === 'passed') continue;
    const message = `${check.detail}${check.analysis ? ` — ${check.analysis.cause}. Next: ${check.analysis.nextStep}` : ''}`;
    const title = `post-deploy-check: ${check.name}`;
    if (check.result === 'failed') core.error(message, title);
    else core.warning(message, title);
  }

  await core.appendSummary(renderMarkdown(report));
  // The summary line already ends with the run's duration.
  core.info(`${report.summary} (report: ${reportPath})`);
  if (report.verdict.result === 'failed' || cancelled) core.setFailed(closingError(report, failed));
}

/**
 * The step's last annotation: the verdict and what failed it, by name. The summary line and each
 * check's own annotation already say the details; repeating them here made one 400-character line.
 */
export function closingError(report: Pick<Report, 'verdict' | 'rollback'>, failed: readonly string[]): string {
  const where = 'details in the job summary';
  if (report.verdict.result === 'cancelled') return `post-deploy-check cancelled before a verdict; ${where}`;
  const named = failed.slice(0, 3).join(', ') + (failed.length > 3 ? ` and ${failed.length - 3} more` : '');
  const causes = [
    ...(failed.length > 0 ? [`${failed.length} ${failed.length === 1 ? 'check' : 'checks'} failed (${named})`] : []),
    ...(report.rollback?.outcome === 'failed' ? ['ROLLBACK FAILED'] : []),
  ];
  return `post-deploy-check failed${causes.length > 0 ? `: ${causes.join('; ')}` : ''}; ${where}`;
}

/** Per gate what a downstream job may branch on: its numbers and its outcome. */
export function metricsOutput(gates: readonly GateReport[], traffic?: TrafficReport): Record<string, unknown> {
  return Object.fromEntries(
    gates.map((gate) => [
      gate.name,
      {
        last: gate.last ?? null,
        peak: gate.peak ?? null,
        baseline: gate.baseline ?? null,
        threshold: gate.limits,
        samples: gate.counts,
        outcome: gate.inconclusive ? 'inconclusive' : gate.result,
        ...(gate.ownTraffic && traffic ? { traffic: trafficFigures(traffic) } : {}),
      },
    ]),
  );
}

/** The traffic the gate judged, over the whole window: what was sent, how it went, how fast it was answered. */
function trafficFigures(traffic: TrafficReport): Record<string, unknown> {
  return {
    sent: traffic.sent,
    ok: traffic.ok,
    failed: traffic.failed,
    dropped: traffic.dropped,
    'latency-ms': traffic.latencyMs ?? null,
  };
}
