import { TrackerError, type DeploymentStatus, type ReleaseTracker } from '../../engine/ports.js';
import { githubOctokit, notGitHubs, oneRequest, type GitHubClientOptions } from './githubClient.js';

/** GitHub's deployments and deployment statuses through Octokit: one request per call, no retry. */
export function createGitHubDeployments(options: GitHubClientOptions): ReleaseTracker {
  const octokit = githubOctokit(options);
  const { owner, repo } = options;
  const limits = { timeoutMs: options.timeoutMs, needs: 'deployments: write' };

  return {
    async createDeployment({ ref, environment, production }, signal) {
      const response = await oneRequest(limits, signal, (requestSignal) =>
        octokit.rest.repos.createDeployment({
          owner,
          repo,
          ref,
          environment,
          auto_merge: false,
          required_contexts: [],
          production_environment: production,
          request: { signal: requestSignal },
        }),
      );
      const data = (typeof response.data === 'object' && response.data !== null ? response.data : {}) as {
        id?: unknown;
        message?: unknown;
      };
      if (response.status === 202) {
        const said = typeof data.message === 'string' ? `: ${data.message}` : '';
        throw new TrackerError(`HTTP ${response.status}, no deployment was created${said}`);
      }
      if (typeof data.id !== 'number') throw notGitHubs(response.status, 'no deployment id');
      return { id: data.id };
    },

    async setStatus(deploymentId: number, status: DeploymentStatus, signal: AbortSignal) {
      const response = await oneRequest(limits, signal, (requestSignal) =>
        octokit.rest.repos.createDeploymentStatus({
          owner,
          repo,
          deployment_id: deploymentId,
          state: status.state,
          description: status.description,
          ...(status.logUrl ? { log_url: status.logUrl } : {}),
          ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
          request: { signal: requestSignal },
        }),
      );
      const data = response.data as { id?: unknown; state?: unknown } | string | undefined;
      if (typeof data !== 'object' || typeof data.id !== 'number' || data.state !== status.state)
        throw notGitHubs(response.status, 'nothing confirms the status was set');
    },
  };
}
