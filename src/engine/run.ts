import { formatDuration } from './config/duration.js';
import { checkRelease, type Checked } from './phases/verify.js';
import { startNotices } from './phases/notify.js';
import { startTracking } from './phases/trackRelease.js';
import { commentOnPullRequest } from './phases/commentOnPullRequest.js';
import { rollBackRelease } from './phases/rollBackRelease.js';
import { startRun, type RunDeps } from './phases/state.js';
import type { Plan } from './plan.js';
import { assembleReport } from './report/assemble.js';
import type { Report } from './report/model.js';
import { planLines } from './report/planLines.js';
import { summaryLine } from './report/summaryLine.js';
import { decideVerdict, finalVerdict, rollbackWanted } from './verdict.js';

export type { RunDeps } from './phases/state.js';

const NOTHING_CHECKED: Checked = { checks: [] };

/** Runs the plan to a Report. Never throws for what a check meets: every failure becomes part of the report. */
export async function runChecks(plan: Plan, deps: RunDeps): Promise<Report> {
  const { clock, logger, redact } = deps;
  const run = startRun(plan, deps);
  await logger.group('Plan', async () => planLines(plan).forEach((line) => logger.info(redact(line))));
  const endNotices = startNotices(run, deps.notices ?? []);
  const endTracking = startTracking(run, deps.tracker);

  const checked = plan.command === 'check' ? await checkRelease(run) : NOTHING_CHECKED;
  const cancelled = deps.signal?.aborted ?? false;
  const stop = { cancelled, timedOut: run.deadline.aborted && !cancelled, timeoutText: formatDuration(plan.timeoutMs) };
  const checkedAt = clock.now();
  const checkVerdict = decideVerdict(checked.checks, stop);

  const wanted = rollbackWanted(plan.command, checked.checks, checkVerdict, stop);
  const rollbackStartedAt = clock.now();
  const rollback = wanted ? await rollBackRelease(run, { checked, verdict: checkVerdict }) : undefined;
  const rollbackFinishedAt = clock.now();
  const verdict = finalVerdict(plan.command, checkVerdict, rollback, cancelled);

  const summary = summaryLine({
    result: verdict.result,
    service: plan.service,
    version: plan.version,
    environment: plan.environment,
    checks: checked.checks,
    durationMs: clock.now() - run.startedAt,
    timedOut: stop.timedOut,
    rollback,
  });
  const outcome = {
    checked,
    checkVerdict,
    verdict,
    summary,
    timedOut: stop.timedOut,
    rollbackWanted: wanted,
    rollback,
  };
  const times = () => ({
    startedAt: run.startedAt,
    checkedAt,
    rollbackStartedAt,
    rollbackFinishedAt,
    finishedAt: clock.now(),
  });
  // The comment shows neither the notices nor the deployment: it is written from the report as it stands, so
  // that all three go out together.
  const [notices, githubDeployment, pullRequestComment] = await Promise.all([
    endNotices({ result: verdict.result, summary, checks: checked.checks, rollback }),
    endTracking({ result: verdict.result, summary, checks: checked.checks }),
    commentOnPullRequest(run, deps.pullRequestComments, assembleReport(plan, deps, outcome, times())),
  ]);
  return assembleReport(plan, deps, { ...outcome, notices, githubDeployment, pullRequestComment }, times());
}
