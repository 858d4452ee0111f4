import type { Plan } from '../plan.js';
import { redactDeep } from '../secrets.js';
import type { Checked } from '../phases/verify.js';
import type { RunDeps } from '../phases/state.js';
import {
  REPORT_SCHEMA_VERSION,
  type GitHubDeploymentReport,
  type PullRequestCommentReport,
  type NoticeResult,
  type Report,
  type RollbackReport,
  type Verdict,
} from './model.js';

/** The epoch milliseconds at which each step of the run happened. */
export interface RunTimes {
  startedAt: number;
  /** When the checks ended: a failed verdict was known then. */
  checkedAt: number;
  rollbackStartedAt: number;
  rollbackFinishedAt: number;
  finishedAt: number;
}

export interface RunOutcome {
  checked: Checked;
  /** The checks' own verdict, before the rollback: it says when the failure was detected. */
  checkVerdict: Verdict;
  verdict: Verdict;
  summary: string;
  timedOut: boolean;
  rollbackWanted: boolean;
  rollback?: RollbackReport;
  notices?: NoticeResult[];
  githubDeployment?: GitHubDeploymentReport;
  pullRequestComment?: PullRequestCommentReport;
}

/** The one Report every renderer reads, with secrets masked in every string of it. */
export function assembleReport(
  plan: Plan,
  deps: Pick<RunDeps, 'tool' | 'context' | 'redact'>,
  outcome: RunOutcome,
  times: RunTimes,
): Report {
  const { checked, rollback, notices } = outcome;
  const at = (time: number) => new Date(time).toISOString();
  // Checks mask what they print; this pass makes the report safe even for text they did not expect.
  return redactDeep<Report>(
    {
      schemaVersion: REPORT_SCHEMA_VERSION,
      tool: deps.tool,
      service: plan.service,
      environment: plan.environment,
      version: plan.version,
      // Without a version check, the version we were told is the best we know; with one, only what answered.
      deployedVersion: plan.versionCheck ? checked.deployedVersion : plan.version,
      dryRun: plan.dryRun,
      startedAt: at(times.startedAt),
      finishedAt: at(times.finishedAt),
      durationMs: times.finishedAt - times.startedAt,
      timedOut: outcome.timedOut,
      context: deps.context,
      command: plan.command,
      verdict: outcome.verdict,
      ...(plan.runbookUrl ? { runbookUrl: plan.runbookUrl } : {}),
      ...(checked.monitor ? { monitor: checked.monitor } : {}),
      ...(rollback ? { rollback } : {}),
      ...(plan.rollback ? { rollbackCommand: plan.rollback.undoCommand } : {}),
      rollbackNeeded: outcome.rollbackWanted,
      timeline: {
        started: at(times.startedAt),
        ...(outcome.checkVerdict.result === 'failed' && plan.command === 'check'
          ? { failureDetected: at(times.checkedAt) }
          : {}),
        // Only when the undo ran: a rollback that never started has no place in the timeline.
        ...(rollback?.attempted
          ? { rollbackStarted: at(times.rollbackStartedAt), rollbackCompleted: at(times.rollbackFinishedAt) }
          : {}),
      },
      summary: outcome.summary,
      checks: checked.checks,
      ...(notices ? { notices } : {}),
      ...(outcome.githubDeployment ? { githubDeployment: outcome.githubDeployment } : {}),
      ...(outcome.pullRequestComment ? { pullRequestComment: outcome.pullRequestComment } : {}),
    },
    deps.redact,
  );
}
