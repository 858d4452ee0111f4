import { z } from 'zod';
import { oneOf, wholeNumber } from './fields.js';

export const GITHUB_DEPLOYMENT_MODES = ['off', 'create', 'update'] as const;
export type GitHubDeploymentMode = (typeof GITHUB_DEPLOYMENT_MODES)[number];
export const PR_COMMENT_MODES = ['off', 'always', 'on-failure'] as const;
export type PrCommentMode = (typeof PR_COMMENT_MODES)[number];

/** GitHub's own records of the release: a deployment and its statuses, and the pull request's comment. */
export const githubShape = {
  'github-token': z.string().min(1).optional().meta({
    description:
      'Token for the GitHub API (deployment statuses, the pull-request comment); a secret, masked everywhere. The action defaults it in action.yml, the one default that lives there.',
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
  'pr-comment': oneOf(PR_COMMENT_MODES).prefault('off').meta({
    description:
      'off; always: one comment per service and environment on the pull request, updated in place on every run; on-failure: the comment is created only by a failure, and a comment already there is updated whatever the verdict.',
    default: 'off',
  }),
  'pr-number': wholeNumber(1).optional().meta({
    description:
      "The pull request to comment on; by default the event's own on pull_request and pull_request_target. Set it to comment from any other event.",
  }),
};

interface GitHubKeys {
  'github-deployment': GitHubDeploymentMode;
  'github-deployment-id'?: number;
  'github-token'?: string;
  'pr-comment': PrCommentMode;
  'pr-number'?: number;
}
type KeyIssue = { path: PropertyKey[]; message: string };

/** What one key says about another. */
export function githubIssues(config: GitHubKeys): KeyIssue[] {
  return [...deploymentIssues(config), ...commentIssues(config)];
}

const TOKEN_SOURCES =
  "the action passes the job's own token by default; the CLI needs --github-token or a config file's ${GITHUB_TOKEN}";

function deploymentIssues(config: GitHubKeys): KeyIssue[] {
  const mode = config['github-deployment'];
  if (mode !== 'off' && config['github-token'] === undefined)
    return [{ path: ['github-token'], message: `is required with github-deployment: ${mode}: ${TOKEN_SOURCES}` }];
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

function commentIssues(config: GitHubKeys): KeyIssue[] {
  const mode = config['pr-comment'];
  // One message for the token, said once, when the deployment already asked for it.
  if (mode !== 'off' && config['github-token'] === undefined && config['github-deployment'] === 'off')
    return [{ path: ['github-token'], message: `is required with pr-comment: ${mode}: ${TOKEN_SOURCES}` }];
  if (mode === 'off' && config['pr-number'] !== undefined)
    return [
      {
        path: ['pr-number'],
        message:
          'is the pull request pr-comment comments on; with pr-comment: off it would be ignored: set pr-comment: always or on-failure',
      },
    ];
  return [];
}
