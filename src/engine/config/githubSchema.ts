import { z } from 'zod';
import { oneOf, wholeNumber } from './fields.js';

export const GITHUB_DEPLOYMENT_MODES = ['off', 'create', 'update'] as const;
export type GitHubDeploymentMode = (typeof GITHUB_DEPLOYMENT_MODES)[number];

/** GitHub's own records of the release: a deployment and its statuses. */
export const githubShape = {
  'github-token': z.string().min(1).optional().meta({
    description:
      'Token for the GitHub API (deployment statuses); a secret, masked everywhere. The action defaults it in action.yml, the one default that lives there.',
    'x-default': '${{ github.token }}',
  }),
  'github-deployment': oneOf(GITHUB_DEPLOYMENT_MODES).prefault('off').meta({
    description:
      'off; create: a GitHub deployment for environment at the commit, with statuses in_progress then success, failure or error; update: the same statuses on github-deployment-id.',
    default: 'off',
  }),
  'github-deployment-id': wholeNumber(1)
    .optional()
    .meta({ description: 'The deployment whatever deployed created; required with github-deployment: update.' }),
};

/** What one key says about another. */
export function githubIssues(config: {
  'github-deployment': GitHubDeploymentMode;
  'github-deployment-id'?: number;
  'github-token'?: string;
}): { path: PropertyKey[]; message: string }[] {
  const mode = config['github-deployment'];
  if (mode !== 'off' && config['github-token'] === undefined)
    return [
      {
        path: ['github-token'],
        message: `is required with github-deployment: ${mode}: the action passes the job's own token by default; the CLI needs --github-token or a config file's \${GITHUB_TOKEN}`,
      },
    ];
  if (mode === 'update' && config['github-deployment-id'] === undefined)
    return [
      {
        path: ['github-deployment-id'],
        message: 'is required with github-deployment: update: the id of the deployment your deploy step created',
      },
    ];
  if (mode !== 'update' && config['github-deployment-id'] !== undefined)
    return [
      {
        path: ['github-deployment-id'],
        message: `is the deployment github-deployment: update reports on; with ${mode} it would be ignored: set github-deployment: update`,
      },
    ];
  return [];
}
