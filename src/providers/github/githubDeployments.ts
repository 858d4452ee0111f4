import { getOctokit } from '@actions/github';
import { formatDuration } from '../../engine/config/duration.js';
import { TrackerError, type DeploymentStatus, type ReleaseTracker } from '../../engine/ports.js';
import { boundedFetch } from './boundedFetch.js';
import { trackerError } from './githubErrors.js';

export interface GitHubDeploymentsOptions {
  token: string;
  /** context.apiUrl: https://api.github.com, or a GitHub Enterprise Server's /api/v3. */
  apiUrl: string;
  owner: string;
  repo: string;
  userAgent: string;
  /** Each request's own limit. */
  timeoutMs: number;
}

/** GitHub's deployments and deployment statuses through Octokit: one request per call, no retry. */
export function createGitHubDeployments(options: GitHubDeploymentsOptions): ReleaseTracker {
  const octokit = getOctokit(options.token, {
    baseUrl: options.apiUrl,
    userAgent: options.userAgent,
    request: { fetch: boundedFetch() },
  });
  const { owner, repo, timeoutMs } = options;
  const limited = (signal: AbortSignal) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return { signal: AbortSignal.any([signal, timeout]), timeout };
  };
  const needs = 'deployments: write';

  return {
    async createDeployment({ ref, environment, production }, signal) {
      const { signal: requestSignal, timeout } = limited(signal);
      try {
        const response = await octokit.rest.repos.createDeployment({
          owner,
          repo,
          ref,
          environment,
          auto_merge: false,
          required_contexts: [],
          production_environment: production,
          request: { signal: requestSignal },
        });
        const data = (typeof response.data === 'object' && response.data !== null ? response.data : {}) as {
          id?: unknown;
          message?: unknown;
        };
        if (timeout.aborted)
          throw new TrackerError(`HTTP ${response.status}, but no complete answer within ${formatDuration(timeoutMs)}`);
        if (response.status === 202) {
          const said = typeof data.message === 'string' ? `: ${data.message}` : '';
          throw new TrackerError(`HTTP ${response.status}, no deployment was created${said}`);
        }
        if (typeof data.id !== 'number') throw notGitHubs(response.status, 'no deployment id');
        return { id: data.id };
      } catch (error) {
        throw trackerError(error, { timeout, timeoutMs, needs });
      }
    },

    async setStatus(deploymentId: number, status: DeploymentStatus, signal: AbortSignal) {
      const { signal: requestSignal, timeout } = limited(signal);
      try {
        const response = await octokit.rest.repos.createDeploymentStatus({
          owner,
          repo,
          deployment_id: deploymentId,
          state: status.state,
          description: status.description,
          ...(status.logUrl ? { log_url: status.logUrl } : {}),
          ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
          request: { signal: requestSignal },
        });
        if (timeout.aborted)
          throw new TrackerError(`HTTP ${response.status}, but no complete answer within ${formatDuration(timeoutMs)}`);
        const data = response.data as { id?: unknown; state?: unknown } | string | undefined;
        if (typeof data !== 'object' || typeof data.id !== 'number' || data.state !== status.state)
          throw notGitHubs(response.status, 'nothing confirms the status was set');
      } catch (error) {
        throw trackerError(error, { timeout, timeoutMs, needs });
      }
    },
  };
}

/** A 2xx that is not GitHub's JSON (a proxy's page, a cut-off document): counted as not done, and not tried again. */
function notGitHubs(status: number, what: string): TrackerError {
  return new TrackerError(`HTTP ${status}, but not GitHub's answer: ${what}`);
}
