import { getOctokit } from '@actions/github';
import { formatDuration } from '../../engine/config/duration.js';
import { TrackerError } from '../../engine/ports.js';
import { boundedFetch } from './boundedFetch.js';
import { trackerError } from './githubErrors.js';

export interface GitHubClientOptions {
  token: string;
  /** context.apiUrl: https://api.github.com, or a GitHub Enterprise Server's /api/v3. */
  apiUrl: string;
  owner: string;
  repo: string;
  userAgent: string;
  /** Each request's own limit. */
  timeoutMs: number;
}

export type GitHubOctokit = ReturnType<typeof getOctokit>;

/** @actions/github's Octokit on the run's API, reading at most a bounded answer; it never retries. */
export function githubOctokit(options: GitHubClientOptions): GitHubOctokit {
  return getOctokit(options.token, {
    baseUrl: options.apiUrl,
    userAgent: options.userAgent,
    request: { fetch: boundedFetch() },
  });
}

/**
 * One request under its own time limit as well as the caller's signal; what Octokit throws becomes a
 * TrackerError naming the permission `needs` when GitHub says the token lacks one.
 */
export async function oneRequest<T extends { status: number }>(
  options: Pick<GitHubClientOptions, 'timeoutMs'> & { needs: string },
  signal: AbortSignal,
  send: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const { timeoutMs, needs } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await send(AbortSignal.any([signal, timeout]));
    if (timeout.aborted)
      throw new TrackerError(`HTTP ${response.status}, but no complete answer within ${formatDuration(timeoutMs)}`);
    return response;
  } catch (error) {
    throw trackerError(error, { timeout, timeoutMs, needs });
  }
}

/** A 2xx that is not GitHub's JSON (a proxy's page, a cut-off document): counted as not done, and not tried again. */
export function notGitHubs(status: number, what: string): TrackerError {
  return new TrackerError(`HTTP ${status}, but not GitHub's answer: ${what}`);
}
