// The one object every renderer reads: the JSON report, the job summary, the terminal text and the outputs.

import type { DeploymentState, DeployNotice, ProbeFailureKind, Revision } from '../ports.js';
import type { RollbackMethod } from '../config/rollbackSchema.js';
import type { ScrapeInterval } from '../monitor/scrapeFit.js';
import type { ComparisonFinding, SideCounts } from '../compare/sequentialTest.js';

export const REPORT_SCHEMA_VERSION = 1;

/** What one check, gate or pod watch concluded. */
export type Result = 'passed' | 'warning' | 'failed';
/** What the run concluded: a check's results, or `cancelled` when the runner stopped it before it could conclude. */
export type VerdictResult = Result | 'cancelled';

export interface Attempt {
  /** Milliseconds since the run started. */
  at: number;
  durationMs: number;
  status?: number;
  error?: string;
  /** Version checks: what the response reported. */
  version?: string;
}

export interface Analysis {
  cause: string;
  nextStep: string;
  /** Commands that carry the next step out, each ready to copy: only where the real target is known. */
  commands?: string[];
  /** The next step is to read the response body: the summary shows it unfolded. */
  readBody?: boolean;
}

export interface CheckOutcome {
  name: string;
  kind: 'http' | 'version' | 'rollout' | 'gate' | 'pods' | 'dependency' | 'flow';
  required: boolean;
  result: Result;
  /** One line: what was seen, against what was expected. */
  detail: string;
  durationMs: number;
  /** HTTP and version checks: the request as sent, secrets masked. */
  request?: { method: string; url: string; headers: Record<string, string> };
  attempts: Attempt[];
  /** The last response of a failed check, trimmed and with secrets masked. */
  response?: { status: number; contentType?: string; bodyExcerpt: string };
  analysis?: Analysis;
  /**
   * The failure says nothing about the release: the configuration or the tooling is wrong (a query
   * Prometheus rejects, kubectl missing). It fails the verdict but never rolls back.
   */
  setupProblem?: boolean;
  /** A gate in observe or warn mode that would have failed in enforce: the notices say so too. */
  wouldHaveFailed?: boolean;
}

export interface Verdict {
  result: VerdictResult;
  reasons: string[];
}

export interface RunContext {
  runUrl?: string;
  repository?: string;
  /** The commit the workflow runs on, and its page: the version links there only when it is that commit. */
  commitSha?: string;
  commitUrl?: string;
  actor?: string;
  /** The pull request the event is about (pull_request, pull_request_target). */
  pullRequest?: number;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  service: string;
  environment: string;
  version?: string;
  deployedVersion?: string;
  dryRun: boolean;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  timedOut: boolean;
  context: RunContext;
  /** `rollback`: the approval job, which rolled back instead of checking. */
  command: 'check' | 'rollback';
  verdict: Verdict;
  /** runbook-url: what to do when this service fails. */
  runbookUrl?: string;
  /** The line a person can paste: also the `summary` output. */
  summary: string;
  checks: CheckOutcome[];
  monitor?: MonitorReport;
  rollback?: RollbackReport;
  /** The command that rolls kube-deployment back, whether or not it was needed. */
  rollbackCommand?: string;
  /** The release failed in a way a rollback answers (not a timeout, a cancel or a setup problem). */
  rollbackNeeded: boolean;
  timeline: Timeline;
  /** Grafana, Datadog and Slack: each notice sent, or why not. */
  notices?: NoticeResult[];
  /** github-deployment: the deployment the statuses went to, and each status. */
  githubDeployment?: GitHubDeploymentReport;
  /** pr-comment: what became of the pull request's comment. */
  pullRequestComment?: PullRequestCommentReport;
}

export type SampleOutcome = 'ok' | 'breach' | 'no-data' | 'error';

export interface GateSample {
  /** Milliseconds since the run started. */
  at: number;
  outcome: SampleOutcome;
  value?: number;
  /** Why a sample breached, had no data or failed. */
  note?: string;
  /** The query's range still reached back past the window's start: partly the previous version's traffic. */
  beforeDeploy?: true;
  /** The requests the sample covered, from the gate's traffic query. */
  requests?: number;
  /** Fewer requests than min-requests: no data, whatever the value. */
  lowTraffic?: true;
  /** The metric source refused the read for its rate limit (Datadog's 429): an error sample. */
  rateLimited?: true;
  /** Burn-rate gate: the short window's burn rate (`value` is the long window's). */
  shortBurn?: number;
  /** Burn-rate gate: both windows above warn-burn-rate. */
  warnLevel?: true;
  /** Burn-rate gate: percent of the period's error budget spent over the long window. */
  budgetUsed?: number;
  /** Burn-rate gate: the long window, the monitor window so far and at least the short one. */
  burnWindowMs?: number;
  /** Traffic gate: the requests due in the sample's interval, of which these were dropped (too many in flight). */
  due?: number;
  dropped?: number;
  /** Traffic gate: the 95th percentile latency of the requests that completed in the interval, in ms. */
  p95Ms?: number;
  /** Comparison: each side's errors and requests since the window started (`value` is the canary's error rate). */
  canary?: SideCounts;
  baseline?: SideCounts;
}

/** A comparison's last judgement: what the test saw on each side and what it can say about their ratio. */
export interface ComparisonReport {
  canary: SideCounts & { name: string };
  baseline: SideCounts & { name: string };
  decision: ComparisonFinding['decision'];
  /** The canary's error rate over the baseline's; absent without requests or baseline errors. */
  ratio?: number;
  /** Lower and upper bounds on the ratio at `confidence`, holding at every sample at once; no upper bound yet: absent. */
  lower: number;
  upper?: number;
  /** The running evidence against "ratio ≤ maxIncrease"; the test fails at 1 / (1 − confidence). Absent when beyond a double. */
  eValue?: number;
  maxIncrease: number;
  confidence: number;
  minEvents: number;
  /** The sample (counted from 1) at which worse or within-limit was decided. */
  decidedAt?: number;
  /** The sentence the summary and the notices show. */
  sentence: string;
}

export interface GateReport {
  name: string;
  query: string;
  /** `maxP95Ms`: the traffic gate's latency limit, beside `max`, its error-rate one. */
  limits: { max?: number; min?: number; maxRatio?: number; maxP95Ms?: number };
  baseline?: number;
  /** Why there is no usable baseline, when a ratio was asked for. */
  baselineNote?: string;
  /** Requests the last counted sample covered, when the gate has a traffic query. */
  requests?: number;
  /** Fewer requests than this made a sample no data (0: counted, never judged). */
  minRequests?: number;
  /** Samples the metric source refused for its rate limit. */
  rateLimited?: number;
  /** The traffic gate: it judged the action's own requests, which the report's `traffic` details. */
  ownTraffic?: true;
  /** Where the gate read its number, when not Prometheus. */
  source?: 'datadog' | 'web';
  /** The SLO burn-rate gate: its objective, and what this release spent of the budget. */
  slo?: { objectivePercent: number; periodMs: number; budgetUsed?: number; budgetSentence?: string };
  /** A canary-versus-baseline comparison (`baseline` is then the baseline's error rate). */
  comparison?: ComparisonReport;
  samples: GateSample[];
  counts: Record<SampleOutcome, number>;
  last?: number;
  peak?: number;
  result: Result;
  inconclusive: boolean;
  detail: string;
  warnings: string[];
  /** observe or warn: what the gate was allowed to do to the verdict (absent: enforce). */
  mode?: 'observe' | 'warn';
  /** A gate held back by its mode that would have failed: at which sample, and why. */
  wouldHaveFailed?: { sample: number; note?: string };
  /** The metrics of the query the source holds no series of, when a lookup was made: the query cannot work. */
  missingMetrics?: string[];
  /** Prometheus refused the query itself: a configuration error. */
  rejected?: boolean;
}

export interface PodProblem {
  pod: string;
  container?: string;
  reason: string;
}

export interface PodsReport {
  samples: number;
  result: Result;
  inconclusive: boolean;
  detail: string;
  problems: PodProblem[];
  /** Restarts since the window's start, summed over the pods. */
  restarts: number;
  logMatches?: number;
  logExamples?: string[];
}

export interface MonitorReport {
  windowMs: number;
  intervalMs: number;
  delayMs: number;
  failureThreshold: number;
  samples: number;
  /** Set when the window did not run to its end: a gate failed (fail fast), or the run stopped. */
  stoppedEarly?: string;
  /** Set when success-threshold healthy samples in a row ended the window as passed. */
  endedEarly?: string;
  /** What the metric gates' ranges were measured against, and `{{range}}` made from; absent without metric gates. */
  scrapeInterval?: ScrapeInterval;
  /** Setups that work, badly (a range of few scrapes, samples faster than scrapes): said before the window. */
  setupWarnings?: string[];
  /** Why the built-in gates judged samples without counting their requests, when they did. */
  trafficUnchecked?: string;
  gates: GateReport[];
  pods?: PodsReport;
  /** The action's own requests through the window, when `traffic` sent them. */
  traffic?: TrafficReport;
}

/** Why a traffic request failed: no answer (the prober's kinds), or an answer its expect refused. */
export type TrafficErrorKind = ProbeFailureKind | 'unexpected';

export interface TrafficRequestReport {
  name: string;
  method: string;
  /** Credentials and secrets masked. */
  url: string;
  /** Started; `ok` and the errors are those that finished; `unfinished` were stopped with the window. */
  sent: number;
  ok: number;
  errors: Partial<Record<TrafficErrorKind, number>>;
  unfinished: number;
  /** Due while max-in-flight requests were still out, so never sent. */
  dropped: number;
  latencyMs?: { p50: number; p95: number; max: number };
  /** Each distinct failure once: how often, and the first answer's excerpt when there was one. */
  failures: {
    error: string;
    count: number;
    response?: { status: number; contentType?: string; bodyExcerpt: string };
  }[];
}

export interface TrafficReport {
  ratePerSecond: number;
  maxInFlight: number;
  maxRequests: number;
  /** Started, over every request; of those that finished, `ok` met their expect and `failed` did not. */
  sent: number;
  ok: number;
  failed: number;
  dropped: number;
  /** Over every request that finished. */
  latencyMs?: { p50: number; p95: number; max: number };
  /** How long the traffic ran, in ms: from its start to its stop. */
  ranMs: number;
  /** Why no request started after a point: the window ended, a gate failed, the run stopped, the budget ran out. */
  stoppedBecause: string;
  requests: TrafficRequestReport[];
}

export type RevisionReport = Revision;

export interface RollbackReport {
  mode: 'auto' | 'manual' | 'off';
  /** How it was (or would be) undone. */
  method: RollbackMethod;
  /** What happened: the one word a headline and an output can use. */
  outcome: 'rolled-back' | 'failed' | 'not-rolled-back' | 'manual' | 'off' | 'dry-run';
  /** A rollback was needed and did not happen, or did not succeed: a person must act. */
  required: boolean;
  rolledBack: boolean;
  /** The undo was run, whatever it answered: the timeline shows the rollback only then. */
  attempted?: boolean;
  from?: RevisionReport;
  to?: RevisionReport;
  /** Argo CD or Flux: the controller may re-apply the bad revision at its next sync. */
  gitOps?: string;
  /** A rollback command's last lines of output (at most 50 lines, 64 KiB), secrets masked. */
  output?: string[];
  /** The tool's own words, or why nothing was run. */
  message: string;
  /** The exact command a person would run to roll back. */
  command: string;
  /** What to run by hand when the rollback failed or is manual. */
  manualSteps: string[];
  /** The required smoke checks, run again against the rolled-back service. */
  rechecks?: CheckOutcome[];
}

export interface Timeline {
  started: string;
  /** When the first failure that failed the verdict was seen. */
  failureDetected?: string;
  rollbackStarted?: string;
  rollbackCompleted?: string;
}

export interface NoticeResult {
  channel: 'grafana' | 'datadog' | 'slack';
  event: DeployNotice['event'];
  sent: boolean;
  attempts: number;
  /** What the vendor answered, or why nothing was sent; secret-free. */
  detail: string;
  /** Grafana's annotation id; the Slack message's ts. */
  reference?: string;
}

export interface GitHubDeploymentReport {
  mode: 'create' | 'update';
  /** Absent when the deployment could not be created (or in a dry run). */
  id?: number;
  statuses: { state: DeploymentState; sent: boolean; detail: string }[];
}

export interface PullRequestCommentReport {
  when: 'always' | 'on-failure';
  /** Absent when neither pr-number nor the event named a pull request. */
  pullRequest?: number;
  /** created, updated; skipped: nothing to say (a pass with on-failure, no pull request); failed: warned. */
  action: 'created' | 'updated' | 'skipped' | 'failed' | 'dry-run';
  /** The comment's page, once it is on the pull request. */
  url?: string;
  detail: string;
}
