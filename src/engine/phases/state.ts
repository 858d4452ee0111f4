import type { CheckContext } from '../checks/context.js';
import type { Plan } from '../plan.js';
import type {
  ClusterInspector,
  Clock,
  DependencyProbe,
  DependencyTarget,
  HttpProber,
  Logger,
  MetricSource,
  MonitorStateSource,
  NoticeChannel,
  PullRequestComments,
  ReleaseTracker,
  Rollbacker,
} from '../ports.js';
import type { CheckOutcome, RunContext } from '../report/model.js';
import { progressLine } from '../report/terminal.js';
import type { SecretRedactor } from '../secrets.js';

export interface RunDeps {
  prober: HttpProber;
  clock: Clock;
  logger: Logger;
  redact: SecretRedactor;
  context: RunContext;
  tool: { name: string; version: string };
  /** Present when the plan has metric gates. */
  metrics?: MetricSource;
  /** Datadog's metrics, for gates with source: datadog and datadog-error-rate-query. */
  datadogMetrics?: MetricSource;
  /** Datadog's monitors, for the gate datadog-monitor-tags turns on. */
  datadogMonitors?: MonitorStateSource;
  /** Present when the plan names a Deployment. */
  cluster?: ClusterInspector;
  rollbacker?: Rollbacker;
  /** Grafana, Datadog, Slack: the channels the plan configures. */
  notices?: NoticeChannel[];
  /** GitHub's deployments, when github-deployment is on and the repository is known. */
  tracker?: ReleaseTracker;
  /** The pull request's comments, when pr-comment is on and the repository is known. */
  pullRequestComments?: PullRequestComments;
  /** One probe per dependency type the plan uses. */
  dependencyProbes?: Partial<Record<DependencyTarget['type'], DependencyProbe>>;
  /** Told each secret found while running (a captured token), before anything prints it. */
  onSecret?: (value: string) => void;
  /** Aborts the run from outside (cancellation); the plan's own timeout is added to it. */
  signal?: AbortSignal;
}

/** What every phase of one run shares. */
export interface RunState {
  plan: Plan;
  deps: RunDeps;
  startedAt: number;
  /** The step's own time limit; `signal` aborts on it or on a cancel. */
  deadline: AbortSignal;
  signal: AbortSignal;
  checkContext: CheckContext;
  /** Logs a finished check's line and hands the outcome on. */
  announce: (outcome: CheckOutcome) => CheckOutcome;
}

export function startRun(plan: Plan, deps: RunDeps): RunState {
  const startedAt = deps.clock.now();
  const deadline = AbortSignal.timeout(plan.timeoutMs);
  const signal = deps.signal ? AbortSignal.any([deps.signal, deadline]) : deadline;
  return {
    plan,
    deps,
    startedAt,
    deadline,
    signal,
    checkContext: {
      clock: deps.clock,
      redact: deps.redact,
      signal,
      runStartedAt: startedAt,
      service: plan.service,
      prober: deps.prober,
      dependencyProbes: deps.dependencyProbes,
      kubernetes: plan.kubernetes,
      cluster: deps.cluster,
      onSecret: deps.onSecret,
    },
    announce: (outcome) => {
      deps.logger.info(deps.redact(progressLine(outcome)));
      return outcome;
    },
  };
}
