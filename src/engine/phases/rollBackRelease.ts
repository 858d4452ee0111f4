import { runCheck, plannedHttp } from '../checks/runCheck.js';
import { mapConcurrent } from '../pool.js';
import type { RollbackReport, Verdict } from '../report/model.js';
import { rollBack } from '../rollback/rollback.js';
import type { Checked } from './verify.js';
import type { RunState } from './state.js';

/** Rolls back when the plan can and the provider is there; undefined when nothing could be rolled back. */
export async function rollBackRelease(
  run: RunState,
  { checked, verdict }: { checked: Checked; verdict: Verdict },
): Promise<RollbackReport | undefined> {
  const { plan, deps, checkContext, announce } = run;
  const { rollbacker } = deps;
  if (!plan.rollback || !rollbacker) return undefined;
  // The approval job's `command: rollback` is the approval: it rolls back whatever `rollback` says for checks.
  const rollbackPlan = plan.command === 'rollback' ? { ...plan.rollback, mode: 'auto' as const } : plan.rollback;
  // The run's own signal: cancellation stops the rollback's waiting, but the deadline of the checks does not.
  const signal = deps.signal ?? new AbortController().signal;
  const required = plan.httpChecks.filter((check) => check.required).map(plannedHttp);
  const failedChecks = checked.checks.filter((check) => check.result === 'failed').map((check) => check.name);
  return deps.logger.group('Rollback', () =>
    rollBack(rollbackPlan, {
      rollbacker,
      logger: deps.logger,
      redact: deps.redact,
      signal,
      dryRun: plan.dryRun,
      context: {
        result: verdict.result,
        failedChecks,
        reportSoFar: {
          tool: deps.tool,
          service: plan.service,
          environment: plan.environment,
          version: plan.version,
          verdict,
          checks: checked.checks,
          ...(checked.monitor ? { monitor: checked.monitor } : {}),
        },
      },
      recheck: () =>
        mapConcurrent(required, plan.concurrency, async (check) =>
          announce(await runCheck(check, { ...checkContext, signal })),
        ),
    }),
  );
}
