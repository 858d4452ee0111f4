import type { Config } from '../config/schema.js';
import type { DeploymentState } from '../ports.js';
import type { CheckOutcome, VerdictResult } from '../report/model.js';

/** GitHub's limit on a deployment status's description. */
export const DEPLOYMENT_DESCRIPTION_LIMIT = 140;

export interface GitHubDeploymentPlan {
  /** `create`: a new deployment at the commit; `update`: statuses on `deploymentId`. */
  mode: 'create' | 'update';
  deploymentId?: number;
  token: string;
  /** base-url, where the environment answers. */
  environmentUrl?: string;
}

/** Absent when github-deployment is off. */
export function planGitHubDeployment(config: Config): GitHubDeploymentPlan | undefined {
  const mode = config['github-deployment'];
  const token = config['github-token'];
  if (mode === 'off' || token === undefined) return undefined;
  return {
    mode,
    ...(config['github-deployment-id'] !== undefined ? { deploymentId: config['github-deployment-id'] } : {}),
    token,
    ...(config['base-url'] !== undefined ? { environmentUrl: withoutCredentials(config['base-url']) } : {}),
  };
}

/**
 * The state the run ends the deployment in: success for a release that passed (or only warned), failure for
 * one that failed whether rolled back or not, error when nothing judged the release: a cancel, or a failure
 * that is all setup problems (a check that could not run), which says nothing of the release.
 */
export function finalDeploymentState(result: VerdictResult, checks: readonly CheckOutcome[]): DeploymentState {
  if (result === 'passed' || result === 'warning') return 'success';
  if (result === 'cancelled') return 'error';
  const failed = checks.filter((check) => check.result === 'failed');
  return failed.length > 0 && failed.every((check) => check.setupProblem) ? 'error' : 'failure';
}

/** The one-line summary cut to GitHub's limit, counted in characters (code points), ending in "…" when cut. */
export function deploymentDescription(text: string, limit = DEPLOYMENT_DESCRIPTION_LIMIT): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(oneLine);
  return characters.length <= limit ? oneLine : `${characters.slice(0, limit - 1).join('')}…`;
}

/** A link people open from GitHub: never with the user and password a base-url may carry. */
function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  if (!parsed.username && !parsed.password) return url;
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}
