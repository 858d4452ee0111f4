import type { PodState } from '../ports.js';
import type { PodProblem, PodsReport, Result } from '../report/model.js';
import type { Redactor } from '../secrets.js';

/** Waiting reasons that never heal by waiting longer: they fail at once. */
export const FATAL_WAITING_REASONS = new Set([
  'CrashLoopBackOff',
  'ImagePullBackOff',
  'ErrImagePull',
  'CreateContainerConfigError',
  'InvalidImageName',
]);
const LOG_EXAMPLES = 3;
const LOG_EXAMPLE_CHARS = 200;

/** Pod health over the window: fatal states, pods not Ready, restarts since the window began. */
export class PodHealthTracker {
  private samples = 0;
  private answered = 0;
  private baselineTaken = false;
  private notReadyStreak = 0;
  private consecutiveErrors = 0;
  private mostConsecutiveErrors = 0;
  private lastError?: string;
  private readonly restartBaseline = new Map<string, number>();
  private restarts = 0;
  private problems: PodProblem[] = [];
  private failure?: string;
  private lastHealthy = false;

  /** `redact` masks a log line before it is cut: a cut secret is no longer found by the mask. */
  constructor(
    private readonly options: {
      failureThreshold: number;
      maxConsecutiveErrors: number;
      maxRestarts: number;
      redact: Redactor;
    },
  ) {}

  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** The latest sample answered, and every pod in it was Ready with nothing failing. */
  get healthyNow(): boolean {
    return this.lastHealthy && !this.failed;
  }

  record(sample: readonly PodState[] | { error: string }): void {
    this.samples++;
    this.lastHealthy = false;
    // No pod at all is no data, never a healthy sample: a wrong selector must not pass.
    const pods = 'error' in sample || sample.length > 0 ? sample : { error: 'no pod matches the selector' };
    if ('error' in pods) {
      this.consecutiveErrors++;
      this.mostConsecutiveErrors = Math.max(this.mostConsecutiveErrors, this.consecutiveErrors);
      this.lastError = pods.error;
      return;
    }
    this.consecutiveErrors = 0;
    this.answered++;
    if (this.failed) return;

    const fatal = pods.flatMap((pod) =>
      pod.containers
        .filter(
          (container) => container.waitingReason !== undefined && FATAL_WAITING_REASONS.has(container.waitingReason),
        )
        .map((container) => ({
          pod: pod.name,
          container: container.name,
          reason: withTermination(container.waitingReason as string, container.lastTerminationReason),
        })),
    );
    if (fatal.length > 0) return this.fail(fatal, fatal.map(describe).join('; '));

    const notReady = pods.filter((pod) => !pod.ready);
    this.notReadyStreak = notReady.length > 0 ? this.notReadyStreak + 1 : 0;
    if (this.notReadyStreak >= this.options.failureThreshold) {
      const problems = notReady.map((pod) => ({
        pod: pod.name,
        reason: `not Ready (${pod.phase}) for ${this.notReadyStreak} samples`,
      }));
      return this.fail(problems, problems.map(describe).join('; '));
    }

    this.restarts = this.countRestarts(pods);
    this.lastHealthy = notReady.length === 0 && this.restarts <= this.options.maxRestarts;
    if (this.restarts > this.options.maxRestarts) {
      const restarted = pods.flatMap((pod) =>
        pod.containers
          .filter(
            (container) => container.restartCount > (this.restartBaseline.get(key(pod.name, container.name)) ?? 0),
          )
          .map((container) => ({
            pod: pod.name,
            container: container.name,
            reason: withTermination('restarted', container.lastTerminationReason),
          })),
      );
      this.fail(
        restarted,
        `${this.restarts} container restarts since the window began (max-restarts ${this.options.maxRestarts}): ${restarted.map(describe).join('; ')}`,
      );
    }
  }

  report(logs?: ({ matches: string[] } | { error: string }) & { maxLogErrors: number }): PodsReport {
    if (logs && 'matches' in logs && !this.failed && logs.matches.length > logs.maxLogErrors) {
      this.failure = `${logs.matches.length} log lines match log-error-pattern (max-log-errors ${logs.maxLogErrors})`;
    }
    // Logs that could not be read (a container that never started has none) are said, not judged.
    const logNote = logs && 'error' in logs ? `; the logs could not be scanned: ${logs.error}` : '';
    const inconclusive =
      !this.failed && (this.answered === 0 || this.mostConsecutiveErrors >= this.options.maxConsecutiveErrors);
    const result: Result = this.failed ? 'failed' : inconclusive ? 'warning' : 'passed';
    return {
      samples: this.samples,
      result,
      inconclusive,
      detail:
        (this.failure ??
          (inconclusive
            ? `inconclusive — kubectl kept failing: ${this.lastError ?? 'no answer'}`
            : `all pods healthy in ${this.samples} samples, ${this.restarts} restarts`)) + logNote,
      problems: this.problems,
      restarts: this.restarts,
      ...(logs && 'matches' in logs
        ? {
            logMatches: logs.matches.length,
            logExamples: logs.matches
              .slice(0, LOG_EXAMPLES)
              .map((line) => this.options.redact(line).slice(0, LOG_EXAMPLE_CHARS)),
          }
        : {}),
    };
  }

  /** Restarts counted from the window's start: the first sample is the baseline; a pod that appears later counts in full. */
  private countRestarts(pods: readonly PodState[]): number {
    const first = !this.baselineTaken;
    this.baselineTaken = true;
    let total = 0;
    for (const pod of pods) {
      for (const container of pod.containers) {
        const id = key(pod.name, container.name);
        if (first) this.restartBaseline.set(id, container.restartCount);
        total += Math.max(0, container.restartCount - (this.restartBaseline.get(id) ?? 0));
      }
    }
    return total;
  }

  private fail(problems: PodProblem[], reason: string): void {
    this.problems = problems;
    this.failure = reason;
  }
}

const key = (pod: string, container: string) => `${pod}/${container}`;

function withTermination(reason: string, termination: string | undefined): string {
  return termination ? `${reason} (last terminated: ${termination})` : reason;
}

function describe(problem: PodProblem): string {
  return `${problem.pod}${problem.container ? `/${problem.container}` : ''}: ${problem.reason}`;
}
