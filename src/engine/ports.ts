// The engine's only view of the outside world. Providers implement these; tests fake them.

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  followRedirects: boolean;
  /** Send without verifying the server's certificate: this request only, never the others. */
  insecureSkipTlsVerify?: boolean;
  signal: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** At most the prober's body limit; `bodyTruncated` says when more was sent. */
  body: string;
  bodyTruncated: boolean;
}

/** Why a request got no HTTP answer, in terms a person can act on. */
export type ProbeFailureKind = 'refused' | 'dns' | 'timeout' | 'tls' | 'reset' | 'aborted' | 'other';

export class ProbeError extends Error {
  constructor(
    readonly kind: ProbeFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'ProbeError';
  }

  /** The run's signal aborted: the step was cancelled, or reached its hard time limit. */
  static stopped(): ProbeError {
    return new ProbeError('aborted', 'stopped: the step was cancelled or reached its time limit');
  }
}

export interface HttpProber {
  /** Resolves with any HTTP status; rejects with a ProbeError when there is no HTTP answer. */
  send(request: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or early (without throwing) when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface Logger {
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  info(line: string): void;
  /** Something a person should act on although the run goes on: a warning annotation in the action. */
  warning(line: string): void;
}

/** One instant-query answer reduced to the number a gate judges. */
export type MetricReading =
  | { kind: 'value'; value: number; warnings: string[] }
  /** An empty result, NaN or ±Inf: what 0/0 gives when there is no traffic. Never counts as ok. */
  | { kind: 'no-data'; reason: string; warnings: string[] };

/** The metric backend failed to answer (HTTP error, timeout, `status: error`): the message says what failed. */
export class MetricError extends Error {
  constructor(
    message: string,
    /** The backend refused the query itself (malformed PromQL): a configuration error, not a passing fault. */
    readonly queryRejected = false,
    /** The backend turned the request away for its rate limit (HTTP 429): counted apart, since the fix is fewer requests. */
    readonly rateLimited = false,
  ) {
    super(message);
    this.name = 'MetricError';
  }
}

export interface MetricSource {
  /**
   * Evaluates `query` now, or at `at` (a baseline). A source that reads a time range (Datadog) reads the
   * `lookbackMs` before that instant, and answers its last point, or with `total` the sum of its points
   * (a count over the lookback); an instant-query source (Prometheus) ignores both, as its query says its
   * own range. Rejects with a MetricError when there is no answer.
   */
  query(
    query: string,
    options: { at?: Date; lookbackMs?: number; total?: boolean; timeoutMs: number; signal: AbortSignal },
  ): Promise<MetricReading>;
  /**
   * Those of `names` of which the backend holds no series now: a metric that does not exist, told apart from
   * one that has no data in the window. Optional: without it, no data stays unexplained. Rejects like `query`.
   */
  missingMetrics?(names: readonly string[], options: { timeoutMs: number; signal: AbortSignal }): Promise<string[]>;
  /**
   * How often the backend scrapes, in milliseconds, from its own configuration. Optional: a source that cannot
   * say leaves the monitor to assume Prometheus's default. Rejects like `query`.
   */
  scrapeInterval?(options: { timeoutMs: number; signal: AbortSignal }): Promise<number>;
  close(): Promise<void>;
}

/** One alerting rule kept by the metric backend (a Datadog monitor) as it stands now. */
export interface MonitorState {
  id: number;
  name: string;
  /** The backend's overall state, as it names it: OK, Alert, Warn, No Data, Unknown, Ignored, Skipped. */
  state: string;
  /** Where a person sees it; absent when the API is reached through a host that is not the backend's own. */
  url?: string;
}

export interface MonitorStateSource {
  /**
   * The monitors carrying all of `tags` (comma-separated, e.g. service:shop-api,env:production); none is an
   * empty list. Rejects with a MetricError when there is no answer, or too many monitors to judge.
   */
  list(tags: string, options: { timeoutMs: number; signal: AbortSignal }): Promise<MonitorState[]>;
  close(): Promise<void>;
}

export interface ContainerState {
  name: string;
  ready: boolean;
  restartCount: number;
  /** e.g. CrashLoopBackOff, ImagePullBackOff */
  waitingReason?: string;
  /** e.g. OOMKilled, Error */
  lastTerminationReason?: string;
}

export interface PodState {
  name: string;
  phase: string;
  ready: boolean;
  containers: ContainerState[];
}

/** kubectl failed: not installed, cluster unreachable, forbidden. The message is kubectl's own. */
export class ClusterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClusterError';
  }
}

/** The Deployment under watch, seen through kubectl. */
export interface ClusterInspector {
  /** `kubectl rollout status` until the rollout completes or `timeoutMs` passes. */
  waitForRollout(timeoutMs: number, signal: AbortSignal): Promise<{ complete: boolean; message: string }>;
  listPods(signal: AbortSignal): Promise<PodState[]>;
  /** Log lines of the Deployment's pods since `since`. */
  podLogs(since: Date, signal: AbortSignal): Promise<string[]>;
}

export interface Revision {
  /** kubectl's and Helm's revision number; for a rollback command, what it printed as `rollback-revision=…`. */
  revision: number | string;
  /** The images of the pod template (kubectl); empty for Helm and a command. */
  images: string[];
  /** Helm: the chart (name-version) and the app version the revision installed. */
  chart?: string;
  appVersion?: string;
}

export interface RollbackPreview {
  current?: Revision;
  /** Absent when there is no earlier revision to go back to. */
  target?: Revision;
  /** Argo CD or Flux, when their labels or annotations show the release is managed from Git. */
  gitOps?: string;
}

/** What a rollback that ran says about itself. */
export interface Undone {
  /** False when the tool skipped it (kubectl: the template already matches). */
  rolledBack: boolean;
  /** The tool's own words. */
  message: string;
  /** A command's last lines of output (secrets masked): what it did, in its words. */
  output?: string[];
  /** What the rollback says it restored, when the preview could not know (a command's `rollback-revision=`). */
  restored?: Revision;
}

/** The rollback ran and failed: its message, and the last lines it printed when it is a command. */
export class RollbackError extends Error {
  constructor(
    message: string,
    readonly output?: string[],
  ) {
    super(message);
    this.name = 'RollbackError';
  }
}

/** What the run knows when it rolls back: a command gets it as PDC_* variables. */
export interface RollbackContext {
  /** The verdict that asked for the rollback: failed. */
  result: string;
  failedChecks: string[];
  /** The rollback's own time limit (rollback-timeout): Helm waits that long, a command is killed after it. */
  timeoutMs: number;
  /** The report so far (the verdict and the checks, no rollback yet): a command reads it from PDC_REPORT_PATH. */
  reportSoFar: unknown;
}

/**
 * One way to undo a release: kubectl rollout undo, helm rollback, or the team's own command. Each step but the
 * undo is optional: without `preview` nothing is known of revisions before; without `confirm` the re-run smoke
 * checks are the only confirmation.
 */
export interface Rollbacker {
  /** Reads the history: the current revision and the one the undo (or `toRevision`) restores. */
  preview?(toRevision: number | undefined, signal: AbortSignal): Promise<RollbackPreview>;
  /**
   * Undoes the release, once. `rolledBack: false` when the tool skipped it; rejects with a RollbackError (or a
   * ClusterError) carrying the tool's message when it failed.
   */
  undo(toRevision: number | undefined, signal: AbortSignal, context: RollbackContext): Promise<Undone>;
  /** Waits until the restored release serves; `preview` is what was read before the undo. */
  confirm?(
    timeoutMs: number,
    signal: AbortSignal,
    preview: RollbackPreview | undefined,
  ): Promise<{ complete: boolean; message: string }>;
}

export interface DeployNotice {
  /** `start` when the check begins; the outcome when it ends, `cancelled` when the runner stopped it. */
  event: 'start' | 'success' | 'warning' | 'failure' | 'cancelled';
  service: string;
  environment: string;
  version?: string;
  repository?: string;
  commitUrl?: string;
  runUrl?: string;
  actor?: string;
  /** Epoch milliseconds. */
  startedAt: number;
  finishedAt?: number;
  /** The one line a person can paste (end notices). */
  summary?: string;
  /** Each failing check or gate with what it saw against what it allowed. */
  failures: { name: string; detail: string }[];
  rollback?: { outcome: string; message: string; toRevision?: number | string; gitOps?: string };
  runbookUrl?: string;
  dashboardUrl?: string;
}

/** One attempt's answer; the engine decides about retries (5xx, 429 with Retry-After, no answer). */
export interface NoticeAttempt {
  status: number;
  retryAfterMs?: number;
  /** What the vendor said, trimmed and secret-free, for the summary's Notices section. */
  detail?: string;
  /** Grafana's annotation id (the `grafana-annotation-id` output); the Slack message's ts (`slack-message-ts`). */
  reference?: string;
  /**
   * A 2xx that is not the vendor's answer (a proxy's HTML page, cut-off JSON): nothing confirms the
   * notice arrived, so it is not counted as sent; nor is it sent again, since it may have been.
   */
  unconfirmed?: boolean;
  /**
   * A 2xx in which the vendor itself refused the notice (Slack's `ok: false`): not sent, and final; `detail`
   * says why and what fixes it.
   */
  refused?: boolean;
}

export interface NoticeRequest {
  method: string;
  url: string;
  body: unknown;
}

/**
 * One vendor. `send` makes a single attempt and rejects with a ProbeError when there is no HTTP answer. */
export interface NoticeChannel {
  readonly name: 'grafana' | 'datadog' | 'slack';
  send(notice: DeployNotice, signal: AbortSignal): Promise<NoticeAttempt>;
  /**
   * The request `send` would make (method, URL, body), secrets left out: what dry-run prints. `more`: the
   * requests that follow it for the same notice (a Slack reply in the message's thread).
   */
  preview(notice: DeployNotice): NoticeRequest & { more?: NoticeRequest[] };
}

/** A dependency the service needs, reached directly: PostgreSQL, Redis, or a TCP port. */
export interface DependencyTarget {
  type: 'postgres' | 'redis' | 'tcp';
  /** postgres://, redis:// or rediss://, tcp://host:port — may hold a password (a secret). */
  url: string;
  /** postgres: the query (default SELECT 1); redis: the command (default PING). */
  statement?: string;
  timeoutMs: number;
}

/** The dependency did not answer as it should: the message says what failed, with no secret in it. */
export class DependencyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DependencyError';
  }
}

export interface DependencyProbe {
  /** Connects, runs the statement, closes — on success, failure or timeout. Resolves with what answered. */
  check(target: DependencyTarget, signal: AbortSignal): Promise<{ detail: string }>;
}

/** The deployment-status states this tool sends: GitHub's enum has more (queued, pending, inactive). */
export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error';

export interface DeploymentStatus {
  state: DeploymentState;
  /** At most DEPLOYMENT_DESCRIPTION_LIMIT characters. */
  description: string;
  /** The run: where a person reads how the check went. */
  logUrl?: string;
  /** base-url: where the environment answers. */
  environmentUrl?: string;
}

/** The tracker's API turned a request away or gave no answer: the message says what failed, with no secret. */
export class TrackerError extends Error {
  constructor(
    message: string,
    /** What the token lacks, as a workflow's permissions block writes it (deployments: write). */
    readonly permission?: string,
  ) {
    super(message);
    this.name = 'TrackerError';
  }
}

/** A pull-request comment, as GitHub names it. */
export interface PullRequestCommentRef {
  id: number;
  /** Its page, where a person reads it. */
  url: string;
}

/**
 * The comments of a pull request (GitHub's issue comments). Each call rejects with a TrackerError; each
 * request runs under its own time limit.
 */
export interface PullRequestComments {
  /** The oldest comment whose body starts with `marker`, looked for through every page of comments. */
  find(pullRequest: number, marker: string, signal: AbortSignal): Promise<PullRequestCommentRef | undefined>;
  create(pullRequest: number, body: string, signal: AbortSignal): Promise<PullRequestCommentRef>;
  update(commentId: number, body: string, signal: AbortSignal): Promise<PullRequestCommentRef>;
}

/**
 * Where a release is recorded for people to see: GitHub's deployments. Unlike a notice channel it keeps
 * state across the run (the deployment id) and its calls depend on one another, so it is its own port.
 * Each call makes one request under its own time limit and rejects with a TrackerError.
 */
export interface ReleaseTracker {
  /** Creates a deployment of `ref` to `environment`; resolves with its id. */
  createDeployment(
    deployment: { ref: string; environment: string; production: boolean },
    signal: AbortSignal,
  ): Promise<{ id: number }>;
  /** Adds a status to the deployment. */
  setStatus(deploymentId: number, status: DeploymentStatus, signal: AbortSignal): Promise<void>;
}
