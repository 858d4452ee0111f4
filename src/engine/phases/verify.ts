import { runCheck, plannedHttp, type PlannedCheck } from '../checks/runCheck.js';
import { deployedVersionOf } from '../checks/versionCheck.js';
import { formatDuration } from '../config/duration.js';
import { runMonitor } from '../monitor/monitor.js';
import { monitorOutcomes } from '../monitor/outcomes.js';
import { mapConcurrent } from '../pool.js';
import type { CheckOutcome, MonitorReport } from '../report/model.js';
import type { RunState } from './state.js';

export interface Checked {
  checks: CheckOutcome[];
  /** What the version check saw answering, when there is one. */
  deployedVersion?: string;
  monitor?: MonitorReport;
}

/** Rollout wait, then the smoke, dependency, flow and version checks, then the monitor window. */
export async function checkRelease(run: RunState): Promise<Checked> {
  const rollout = await waitForRollout(run);
  const verified = await verify(run);
  const checks = rollout ? [rollout, ...verified] : verified;
  const version = checks.find((check) => check.kind === 'version');
  // Watching a release that already failed would only delay the verdict.
  const watchedFrom = run.deps.clock.now();
  const monitor = checks.some((check) => check.result === 'failed') ? undefined : await watch(run);
  if (monitor) {
    const windowMs = run.deps.clock.now() - watchedFrom;
    checks.push(...monitorOutcomes(monitor, run.plan.kubernetes, run.deps.redact, windowMs).map(run.announce));
  }
  return { checks, deployedVersion: version && deployedVersionOf(version), monitor };
}

async function waitForRollout({ plan, deps, checkContext, announce }: RunState): Promise<CheckOutcome | undefined> {
  const target = plan.kubernetes;
  if (!target || target.rolloutTimeoutMs === 0 || !deps.cluster) return undefined;
  return deps.logger.group('Rollout', async () =>
    announce(await runCheck({ kind: 'rollout', check: target }, checkContext)),
  );
}

/** Smoke checks, dependencies and flows share one pool, bounded by concurrency; the version check polls beside it. */
async function verify({ plan, deps, checkContext, announce }: RunState): Promise<CheckOutcome[]> {
  const pooled: PlannedCheck[] = [
    ...plan.httpChecks.map(plannedHttp),
    ...plan.dependencies.map((check) => ({ kind: 'dependency' as const, check })),
    ...plan.flows.map((check) => ({ kind: 'flow' as const, check })),
  ];
  const { versionCheck } = plan;
  const total = pooled.length + (versionCheck ? 1 : 0);
  if (total === 0) return [];
  const run = async (planned: PlannedCheck) => announce(await runCheck(planned, checkContext));
  const title = `Verify: ${total} ${total === 1 ? 'check' : 'checks'}, ${plan.concurrency} at a time`;
  return deps.logger.group(title, async () => {
    const [outcomes, version] = await Promise.all([
      mapConcurrent(pooled, plan.concurrency, run),
      versionCheck ? run({ kind: 'version', check: versionCheck }) : undefined,
    ]);
    return version ? [...outcomes, version] : outcomes;
  });
}

function watch({ plan, deps, signal, startedAt }: RunState): Promise<MonitorReport> | undefined {
  const monitor = plan.monitor;
  if (!monitor) return undefined;
  const title = `Monitor: ${formatDuration(monitor.windowMs)} window, a sample every ${formatDuration(monitor.intervalMs)}`;
  return deps.logger.group(title, () =>
    runMonitor(monitor, {
      metrics: deps.metrics,
      datadogMetrics: deps.datadogMetrics,
      datadogMonitors: deps.datadogMonitors,
      prober: deps.prober,
      cluster: deps.cluster,
      clock: deps.clock,
      logger: deps.logger,
      redact: deps.redact,
      signal,
      runStartedAt: startedAt,
    }),
  );
}
