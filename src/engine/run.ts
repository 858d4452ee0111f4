import { runHttpCheck, type CheckDeps } from './checks/httpCheck.js';
import { REQUIRED_STREAK, runVersionCheck, shortSha } from './checks/versionCheck.js';
import { runMonitor } from './monitor/monitor.js';
import { monitorOutcomes, waitForRollout } from './monitor/outcomes.js';
import { formatDuration } from './config/duration.js';
import type { KubernetesTarget, MonitorPlan, Plan, RollbackPlan } from './plan.js';
import type {
  ClusterInspector,
  Clock,
  DeployNotice,
  HttpProber,
  Logger,
  MetricSource,
  NoticeChannel,
  Rollbacker,
} from './ports.js';
import { noticeSignal } from './notices/noticeSignal.js';
import { deliverAll } from './notices/deliver.js';
import { endNotice, startNotice } from './notices/notice.js';
import { mapConcurrent } from './pool.js';
import {
  REPORT_SCHEMA_VERSION,
  type CheckOutcome,
  type MonitorReport,
  type Report,
  type RollbackReport,
  type RunContext,
} from './report/model.js';
import { summaryLine } from './report/summaryLine.js';
import { progressLine } from './report/terminal.js';
import { redactDeep, redactUrl, type SecretRedactor } from './secrets.js';
import { runDependencyCheck, type DependencyDeps } from './checks/dependencyCheck.js';
import { runFlow } from './checks/flowCheck.js';
import { rollBack } from './rollback/rollback.js';
import { decideVerdict, rollbackVerdict, withRollback } from './verdict.js';

export interface RunDeps {
  prober: HttpProber;
  clock: Clock;
  logger: Logger;
  redact: SecretRedactor;
  context: RunContext;
  tool: { name: string; version: string };
  /** Present when the plan has metric gates. */
  metrics?: MetricSource;
  /** Present when the plan names a Deployment. */
  cluster?: ClusterInspector;
  rollbacker?: Rollbacker;
  /** Grafana, Datadog, Slack: the channels the plan configures. */
  notices?: NoticeChannel[];
  /** One probe per dependency type the plan uses. */
  dependencyProbes?: DependencyDeps['probes'];
  /** Told each secret found while running (a captured token), before anything prints it. */
  onSecret?: (value: string) => void;
  /** Aborts the run from outside (cancellation); the plan's own timeout is added to it. */
  signal?: AbortSignal;
}

interface Phase {
  plan: Plan;
  deps: RunDeps;
  signal: AbortSignal;
  startedAt: number;
  checkDeps: CheckDeps;
  announce: (outcome: CheckOutcome) => CheckOutcome;
}

/** Runs the plan to a Report. Never throws for what a check meets: every failure becomes part of the report. */
export async function runChecks(plan: Plan, deps: RunDeps): Promise<Report> {
  const { clock, logger } = deps;
  const startedAt = clock.now();
  const deadline = AbortSignal.timeout(plan.timeoutMs);
  const signal = deps.signal ? AbortSignal.any([deps.signal, deadline]) : deadline;
  const checkDeps: CheckDeps = {
    prober: deps.prober,
    clock,
    redact: deps.redact,
    runStartedAt: startedAt,
    service: plan.service,
    signal,
  };
  const announce = (outcome: CheckOutcome) => {
    logger.info(deps.redact(progressLine(outcome)));
    return outcome;
  };
  const phase: Phase = { plan, deps, signal, startedAt, checkDeps, announce };

  await logger.group('Plan', async () => planLines(plan).forEach((line) => logger.info(deps.redact(line))));

  const channels = deps.notices ?? [];
  const deliverDeps = (msToDeadline: number) => ({
    clock,
    logger,
    redact: deps.redact,
    signal: noticeSignal(msToDeadline, deps.signal),
    dryRun: plan.dryRun,
  });
  const forEvent = (event: DeployNotice['event']) =>
    channels.filter((channel) => channel.name !== 'slack' || (plan.notices?.slack?.notifyOn.has(event) ?? true));
  const start = startNotice(plan, deps.context, startedAt);
  // Started beside the checks and awaited only at the end: a slow Slack never delays a check.
  const startDelivered = deliverAll(forEvent('start'), start, deliverDeps(plan.timeoutMs));

  const checked =
    plan.command === 'check'
      ? await checkRelease(phase)
      : { checks: [], deployedVersion: undefined, monitor: undefined };
  const { checks, monitor } = checked;
  const cancelled = deps.signal?.aborted ?? false;
  const timedOut = deadline.aborted && !cancelled;
  const checkedAt = clock.now();
  const checkVerdict = decideVerdict(checks, { cancelled, timedOut, timeoutText: formatDuration(plan.timeoutMs) });

  // Only a failed verdict of a finished check rolls back: not a warning, not a run that ran out of time
  // or was cancelled, not a failure of the configuration or the tooling rather than of the release.
  const releaseFailed = checks.some((check) => check.result === 'failed' && !check.setupProblem);
  const wanted =
    plan.command === 'rollback' ? !cancelled : checkVerdict.result === 'failed' && releaseFailed && !timedOut;
  const rollbackStartedAt = clock.now();
  const rollback =
    plan.rollback && wanted && deps.rollbacker && deps.cluster
      ? await logger.group('Rollback', () => rollBackRelease(phase))
      : undefined;
  const rollbackFinishedAt = clock.now();
  const verdict =
    plan.command !== 'rollback'
      ? withRollback(checkVerdict, rollback)
      : cancelled
        ? {
            result: 'cancelled' as const,
            reasons: ['the step was cancelled before the rollback started: nothing was undone'],
          }
        : rollbackVerdict(rollback);
  const summary = summaryLine({
    result: verdict.result,
    service: plan.service,
    version: plan.version,
    environment: plan.environment,
    checks,
    durationMs: clock.now() - startedAt,
    timedOut,
    rollback,
  });

  const notices =
    channels.length > 0
      ? await logger.group('Notices', async () => {
          // The end notices' time counts from now, not from when a slow start notice gives up.
          const endDeps = deliverDeps(startedAt + plan.timeoutMs - clock.now());
          const started = await startDelivered;
          const end = endNotice(start, { result: verdict.result, summary, finishedAt: clock.now(), checks, rollback });
          return [...started, ...(await deliverAll(forEvent(end.event), end, endDeps))];
        })
      : undefined;

  const finishedAt = clock.now();
  const durationMs = finishedAt - startedAt;
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
      startedAt: at(startedAt),
      finishedAt: at(finishedAt),
      durationMs,
      timedOut,
      context: deps.context,
      verdict,
      ...(monitor ? { monitor } : {}),
      ...(rollback ? { rollback } : {}),
      ...(plan.rollback ? { rollbackCommand: plan.rollback.undoCommand } : {}),
      rollbackNeeded: wanted,
      timeline: {
        started: at(startedAt),
        ...(checkVerdict.result === 'failed' && plan.command === 'check' ? { failureDetected: at(checkedAt) } : {}),
        ...(rollback?.outcome === 'rolled-back' ||
        rollback?.outcome === 'failed' ||
        rollback?.outcome === 'not-rolled-back'
          ? { rollbackStarted: at(rollbackStartedAt), rollbackCompleted: at(rollbackFinishedAt) }
          : {}),
      },
      summary,
      checks,
      ...(notices ? { notices } : {}),
    },
    deps.redact,
  );
}

/** Rollout wait, then the smoke and version checks, then the monitor window. */
async function checkRelease({
  plan,
  deps,
  signal,
  startedAt,
  checkDeps,
  announce,
}: Phase): Promise<{ checks: CheckOutcome[]; deployedVersion?: string; monitor?: MonitorReport }> {
  const { clock, logger } = deps;
  const rollout =
    plan.kubernetes && plan.kubernetes.rolloutTimeoutMs > 0 && deps.cluster
      ? await logger.group('Rollout', async () =>
          announce(
            await waitForRollout(plan.kubernetes as KubernetesTarget, deps.cluster as ClusterInspector, clock, signal),
          ),
        )
      : undefined;

  // Smoke checks, dependencies and flows share one pool, bounded by concurrency; the version check polls beside it.
  const flowDeps = { ...checkDeps, redact: deps.redact, onSecret: deps.onSecret ?? (() => undefined) };
  const dependencyDeps: DependencyDeps = { probes: deps.dependencyProbes ?? {}, clock, redact: deps.redact, signal };
  const tasks: (() => Promise<CheckOutcome>)[] = [
    ...plan.httpChecks.map((check) => () => runHttpCheck(check, checkDeps)),
    ...plan.dependencies.map((dependency) => () => runDependencyCheck(dependency, dependencyDeps)),
    ...plan.flows.map((flow) => () => runFlow(flow, flowDeps)),
  ];
  const total = tasks.length + (plan.versionCheck ? 1 : 0);
  const verified =
    total === 0
      ? { checks: [], deployedVersion: undefined }
      : await logger.group(
          `Verify: ${total} ${total === 1 ? 'check' : 'checks'}, ${plan.concurrency} at a time`,
          async () => {
            const [outcomes, version] = await Promise.all([
              mapConcurrent(tasks, plan.concurrency, async (task) => announce(await task())),
              plan.versionCheck
                ? runVersionCheck(plan.versionCheck, checkDeps).then((result) => (announce(result.outcome), result))
                : undefined,
            ]);
            return {
              checks: version ? [...outcomes, version.outcome] : outcomes,
              deployedVersion: version?.deployedVersion,
            };
          },
        );
  const checks = rollout ? [rollout, ...verified.checks] : verified.checks;

  // Watching a release that already failed would only delay the verdict.
  const failedBefore = checks.some((check) => check.result === 'failed');
  const monitor =
    plan.monitor && !failedBefore
      ? await logger.group(
          `Monitor: ${formatDuration(plan.monitor.windowMs)} window, a sample every ${formatDuration(plan.monitor.intervalMs)}`,
          () =>
            runMonitor(plan.monitor as MonitorPlan, {
              metrics: deps.metrics,
              cluster: deps.cluster,
              clock,
              logger,
              redact: deps.redact,
              signal,
              runStartedAt: startedAt,
            }),
        )
      : undefined;
  if (monitor) checks.push(...monitorOutcomes(monitor, plan.kubernetes).map(announce));
  return { checks, deployedVersion: verified.deployedVersion, monitor };
}

function rollBackRelease({ plan, deps, checkDeps, announce }: Phase): Promise<RollbackReport> {
  const required = plan.httpChecks.filter((check) => check.required);
  const rollbackPlan = plan.rollback as RollbackPlan;
  // The approval job's `command: rollback` is the approval: it rolls back whatever `rollback` says for checks.
  const mode = plan.command === 'rollback' ? 'auto' : rollbackPlan.mode;
  return rollBack({ ...rollbackPlan, mode }, (plan.kubernetes as KubernetesTarget).deployment, {
    rollbacker: deps.rollbacker as Rollbacker,
    cluster: deps.cluster as ClusterInspector,
    logger: deps.logger,
    // The run's own signal: cancellation stops the rollback's waiting, but the deadline of the checks does not.
    signal: deps.signal ?? new AbortController().signal,
    dryRun: plan.dryRun,
    recheck: () =>
      mapConcurrent(required, plan.concurrency, async (check) =>
        announce(await runHttpCheck(check, { ...checkDeps, signal: deps.signal ?? new AbortController().signal })),
      ),
  });
}

/** What will run, with every URL resolved: a reader can repeat any check by hand. */
export function planLines(plan: Plan): string[] {
  const lines = [
    `${plan.service}${plan.version ? ` ${shortSha(plan.version)}` : ''} in ${plan.environment}${plan.dryRun ? ' (dry run: no action will be taken)' : ''}`,
  ];
  for (const check of plan.httpChecks) {
    const retries = check.retries === 1 ? '1 retry' : `${check.retries} retries`;
    lines.push(
      `${check.name}: ${check.request.method} ${redactUrl(check.request.url)} (timeout ${formatDuration(check.timeoutMs)}, ${retries}${check.required ? '' : ', optional'})`,
    );
  }
  for (const dependency of plan.dependencies) {
    lines.push(
      `${dependency.name}: ${dependency.target.type} ${redactUrl(dependency.target.url)} (timeout ${formatDuration(dependency.target.timeoutMs)}${dependency.required ? '' : ', optional'})`,
    );
  }
  for (const flow of plan.flows) {
    lines.push(
      `${flow.name}: ${flow.steps.map((step) => `${step.request.method} ${redactUrl(step.request.url)}`).join(' → ')} (timeout ${formatDuration(flow.timeoutMs)})`,
    );
  }
  if (plan.versionCheck) {
    const { url, field, expected, timeoutMs } = plan.versionCheck;
    lines.push(
      `${plan.versionCheck.name}: poll ${redactUrl(url)} until "${field}" reports ${shortSha(expected)} ${REQUIRED_STREAK} times in a row (up to ${formatDuration(timeoutMs)})`,
    );
  }
  if (plan.kubernetes) {
    const { deployment, namespace, context, rolloutTimeoutMs } = plan.kubernetes;
    lines.push(
      `deployment/${deployment} in ${namespace}${context ? ` (context ${context})` : ''}${rolloutTimeoutMs > 0 ? `: wait up to ${formatDuration(rolloutTimeoutMs)} for its rollout` : ''}`,
    );
  }
  if (plan.monitor) {
    const { windowMs, intervalMs, delayMs, failureThreshold, gates } = plan.monitor;
    lines.push(
      `monitor ${formatDuration(windowMs)}, a sample every ${formatDuration(intervalMs)}${delayMs > 0 ? ` after ${formatDuration(delayMs)}` : ''}; ${failureThreshold} breaches in a row fail a gate`,
    );
    for (const gate of gates) lines.push(`gate ${gate.name}: ${gate.query}`);
  }
  lines.push(`time limit ${formatDuration(plan.timeoutMs)}`);
  return lines;
}
