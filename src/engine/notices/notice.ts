import type { Plan } from '../plan.js';
import type { DeployNotice } from '../ports.js';
import type { CheckOutcome, RollbackReport, RunContext, VerdictResult } from '../report/model.js';

const EVENT: Record<VerdictResult, DeployNotice['event']> = {
  passed: 'success',
  warning: 'warning',
  failed: 'failure',
  cancelled: 'cancelled',
};

/** The facts every channel shows when the check begins. */
export function startNotice(plan: Plan, context: RunContext, startedAt: number): DeployNotice {
  return {
    event: 'start',
    service: plan.service,
    environment: plan.environment,
    version: plan.version,
    repository: context.repository,
    commitUrl: context.commitUrl,
    runUrl: context.runUrl,
    actor: context.actor,
    startedAt,
    failures: [],
    runbookUrl: plan.runbookUrl,
    dashboardUrl: plan.notices?.dashboardUrl,
  };
}

/** The same facts at the end, with the outcome, what failed with its numbers, and the rollback. */
export function endNotice(
  start: DeployNotice,
  end: {
    result: VerdictResult;
    summary: string;
    finishedAt: number;
    checks: readonly CheckOutcome[];
    rollback?: RollbackReport;
  },
): DeployNotice {
  const { rollback } = end;
  return {
    ...start,
    event: EVENT[end.result],
    finishedAt: end.finishedAt,
    summary: end.summary,
    // A gate held back by its mode that would have failed is news too: the team is deciding whether to trust it.
    failures: end.checks
      .filter((check) => check.result !== 'passed' || check.wouldHaveFailed)
      .map((check) => ({ name: check.name, detail: check.detail })),
    ...(rollback
      ? {
          rollback: {
            outcome: rollback.outcome,
            message: rollback.message,
            toRevision: rollback.to?.revision,
            gitOps: rollback.gitOps,
          },
        }
      : {}),
  };
}
