import type { context } from '@actions/github';
import type { RunContext } from '../../engine/report/model.js';

/** What a run context is read from: @actions/github's `context`, or a test's stand-in. */
export type GitHubContext = Pick<
  typeof context,
  'repo' | 'serverUrl' | 'sha' | 'runId' | 'runAttempt' | 'actor' | 'eventName' | 'payload'
>;

/** The events whose payload is a pull request: the one pr-comment writes on when pr-number is not set. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Links back to the run and the commit, from @actions/github's view of the workflow run. */
export function runContextFrom(github: GitHubContext): RunContext {
  const repository = repositoryOf(github);
  const run: RunContext = {};
  if (!repository) return run;
  run.repository = repository;
  const server = github.serverUrl;
  if (Number.isFinite(github.runId)) {
    const attempt =
      Number.isFinite(github.runAttempt) && github.runAttempt !== 1 ? `/attempts/${github.runAttempt}` : '';
    run.runUrl = `${server}/${repository}/actions/runs/${github.runId}${attempt}`;
  }
  if (github.sha) {
    run.commitSha = github.sha;
    run.commitUrl = `${server}/${repository}/commit/${github.sha}`;
  }
  if (github.actor) run.actor = github.actor;
  const number = github.payload.pull_request?.number;
  if (PULL_REQUEST_EVENTS.has(github.eventName) && Number.isInteger(number)) run.pullRequest = number;
  return run;
}

/** `owner/name`; `context.repo` throws when neither GITHUB_REPOSITORY nor the event payload names one. */
function repositoryOf(github: GitHubContext): string | undefined {
  try {
    const { owner, repo } = github.repo;
    return owner && repo ? `${owner}/${repo}` : undefined;
  } catch {
    return undefined;
  }
}
