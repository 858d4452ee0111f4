import { kubectlTarget, type KubernetesTarget } from '../kubernetes/target.js';
import { curlCommand } from './analysis.js';
import { ProbeError } from '../ports.js';
import type { Analysis, Attempt, CheckOutcome } from '../report/model.js';
import { redactUrl } from '../secrets.js';
import type { CheckContext } from './context.js';
import { startCheck } from './outcome.js';
import { reportedVersion, versionsMatch } from './versionMatch.js';
import type { PlannedVersionCheck } from './versionPlan.js';

/** Answers in a row that must report the expected version: one lucky pod behind a load balancer is not a rollout. */
export const REQUIRED_STREAK = 3;
export const POLL_INTERVAL_MS = 1_000;
const REQUEST_TIMEOUT_MS = 10_000;

export interface VersionOutcome {
  outcome: CheckOutcome;
  /** The version the service reported last, if it reported one. */
  deployedVersion?: string;
}

/** Polls until the expected version answers REQUIRED_STREAK times in a row, or the version timeout runs out. */
export async function runVersionCheck(check: PlannedVersionCheck, context: CheckContext): Promise<VersionOutcome> {
  const { clock, redact, signal } = context;
  const { startedAt, finish } = startCheck({ name: check.name, kind: 'version', required: true }, context);
  const deadline = startedAt + check.timeoutMs;
  const attempts: Attempt[] = [];
  const seen = new Map<string, number>();
  const versions = new Set<string>();
  let streak = 0;

  while (!signal.aborted) {
    const at = clock.now();
    const observation = await observe(check, context, Math.max(1, Math.min(REQUEST_TIMEOUT_MS, deadline - at)));
    const attempt: Attempt = { at: at - context.runStartedAt, durationMs: clock.now() - at, ...observation.attempt };
    attempts.push(attempt);
    seen.set(observation.label, (seen.get(observation.label) ?? 0) + 1);
    if (attempt.version !== undefined) versions.add(attempt.version);
    streak = attempt.version !== undefined && versionsMatch(check.expected, attempt.version) ? streak + 1 : 0;
    if (streak >= REQUIRED_STREAK || clock.now() + POLL_INTERVAL_MS > deadline) break;
    await clock.sleep(POLL_INTERVAL_MS, signal);
  }

  const passed = streak >= REQUIRED_STREAK;
  const outcome = finish({
    passed,
    detail: passed
      ? `${shortSha(check.expected)} answered ${streak} times in a row`
      : mismatchDetail(check.expected, seen, versions),
    request: { method: 'GET', url: redact(redactUrl(check.url)), headers: {} },
    attempts,
    ...(passed ? {} : { analysis: analyzeVersionFailure(check, versions, context.kubernetes) }),
  });
  return { outcome, deployedVersion: deployedVersionOf(outcome) };
}

/** The version the service reported last, if it reported one: what the report calls deployed. */
export function deployedVersionOf(outcome: CheckOutcome): string | undefined {
  return outcome.attempts.findLast((attempt) => attempt.version !== undefined)?.version;
}

async function observe(
  check: PlannedVersionCheck,
  deps: CheckContext,
  timeoutMs: number,
): Promise<{ label: string; attempt: Partial<Attempt> }> {
  try {
    const response = await deps.prober.send({
      method: 'GET',
      url: check.url,
      headers: { accept: 'application/json, text/plain;q=0.9' },
      timeoutMs,
      followRedirects: true,
      insecureSkipTlsVerify: check.insecureSkipTlsVerify,
      signal: deps.signal,
    });
    if (response.status < 200 || response.status > 299)
      return { label: `HTTP ${response.status}`, attempt: { status: response.status } };
    // Masked before the version is cut to its bounded length: a cut secret would no longer be found.
    const reported = reportedVersion(deps.redact(response.body), check.field);
    if ('problem' in reported)
      return { label: reported.problem, attempt: { status: response.status, error: reported.problem } };
    return { label: reported.version, attempt: { status: response.status, version: reported.version } };
  } catch (error) {
    const message = deps.redact(error instanceof ProbeError ? error.message : String(error));
    return { label: message, attempt: { error: message } };
  }
}

/** "expected 4f2a9c1, saw 4f2a9c1 x4, 9be0d12 x2 (rollout still in progress?)" */
export function mismatchDetail(
  expected: string,
  seen: ReadonlyMap<string, number>,
  versions: ReadonlySet<string>,
): string {
  const tally = [...seen]
    .sort((a, b) => b[1] - a[1])
    .map(([label, count]) => `${shortSha(label)} x${count}`)
    .join(', ');
  return `expected ${shortSha(expected)}, saw ${tally || 'nothing'} (${hint(expected, versions)})`;
}

type VersionFailure = 'silent' | 'rolling' | 'previous';

function classify(expected: string, versions: ReadonlySet<string>): VersionFailure {
  if (versions.size === 0) return 'silent';
  return [...versions].some((version) => versionsMatch(expected, version)) ? 'rolling' : 'previous';
}

const HINT: Record<VersionFailure, string> = {
  silent: 'the version endpoint never reported a version',
  rolling: 'rollout still in progress?',
  previous: 'the previous version is still serving?',
};

function hint(expected: string, versions: ReadonlySet<string>): string {
  return HINT[classify(expected, versions)];
}

function analyzeVersionFailure(
  check: PlannedVersionCheck,
  versions: ReadonlySet<string>,
  kubernetes: KubernetesTarget | undefined,
): Analysis {
  const ask = curlCommand({ method: 'GET', url: check.url });
  // kubectl only against the Deployment the run names: a name guessed from the repository would send
  // the reader to the wrong object, or to none.
  const where = kubernetes && kubectlTarget(kubernetes);
  switch (classify(check.expected, versions)) {
    case 'silent':
      return {
        cause: HINT.silent,
        nextStep:
          'check version-url and version-field against what the endpoint returns (see the attempts in the report)',
        commands: [ask],
      };
    case 'rolling':
      return {
        cause: 'the new version answers only some of the time: the rollout is unfinished',
        nextStep: where
          ? 'wait for the rollout to finish, or find the pods that still run the old version'
          : 'check that the deploy finished rolling out: every instance must serve the new version',
        commands: where ? [`kubectl rollout status ${where}`] : [ask],
      };
    case 'previous':
      return {
        cause: `${shortSha(check.expected)} never answered: the previous version is still serving`,
        nextStep: where
          ? 'check that the rollout finished and which image the Deployment runs'
          : 'check that the deploy really replaced the previous version, and that version-url reaches the new one',
        commands: where ? [`kubectl rollout status ${where}`, `kubectl get ${where} -o wide`] : [ask],
      };
  }
}

/** Full 40-character SHAs read best as their 7-character prefix, as git shows them. */
export function shortSha(text: string): string {
  return /^[0-9a-f]{40}$/i.test(text) ? text.slice(0, 7) : text;
}
