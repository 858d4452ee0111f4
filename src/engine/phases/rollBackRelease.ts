import { runCheck, plannedHttp } from '../checks/runCheck.js';
import { mapConcurrent } from '../pool.js';
import type { RollbackReport } from '../report/model.js';
import { rollBack } from '../rollback/rollback.js';
import type { RunState } from './state.js';

/** Rolls back when the plan can and the providers are there; undefined when nothing could be rolled back. */
export async function rollBackRelease(run: RunState): Promise<RollbackReport | undefined> {
  const { plan, deps, checkContext, announce } = run;
  const { rollbacker, cluster } = deps;
  if (!plan.rollback || !rollbacker || !cluster) return undefined;
  // The approval job's `command: rollback` is the approval: it rolls back whatever `rollback` says for checks.
  const rollbackPlan = plan.command === 'rollback' ? { ...plan.rollback, mode: 'auto' as const } : plan.rollback;
  // The run's own signal: cancellation stops the rollback's waiting, but the deadline of the checks does not.
  const signal = deps.signal ?? new AbortController().signal;
  const required = plan.httpChecks.filter((check) => check.required).map(plannedHttp);
  return deps.logger.group('Rollback', () =>
    rollBack(rollbackPlan, {
      rollbacker,
      cluster,
      logger: deps.logger,
      signal,
      dryRun: plan.dryRun,
      recheck: () =>
        mapConcurrent(required, plan.concurrency, async (check) =>
          announce(await runCheck(check, { ...checkContext, signal })),
        ),
    }),
  );
}
