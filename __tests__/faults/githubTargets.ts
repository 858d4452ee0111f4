import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/engine/report/model.js';
import { runConfigInChild } from './childRun.js';
import type { FaultServer } from '../support/faultServer.js';
import { json, startTestService } from '../support/testService.js';
import type { Fault, Observation } from '../../scripts/faultMatrix.js';
import { httpTarget } from './httpTargets.js';
import { stable } from './matrix.js';

const DEPLOYMENT_ID = 4242;

export interface GitHubCell {
  report: Report;
  rejections: string[];
  server?: FaultServer;
  injected: string;
}

/** What the GitHub row records: statuses on a deployment the deploy step made. */
export const DEPLOYMENT_INPUTS = { 'github-deployment': 'update', 'github-deployment-id': String(DEPLOYMENT_ID) };
/** What the pull-request comment row records: the comment on pull request 42. */
export const COMMENT_INPUTS = { 'pr-comment': 'always', 'pr-number': '42' };

/**
 * A healthy service checked with `inputs` pointing the GitHub API at the fault. @actions/github reads
 * GITHUB_API_URL once, when it is imported: each cell runs in a Node process of its own, started with it.
 */
export async function runGitHubCell(fault: Fault, inputs: Record<string, string>): Promise<GitHubCell> {
  const service = await startTestService({ '/health': (_req, res) => json(res, 200, { status: 'ok' }) });
  const { url, server, injected } = await httpTarget(fault);
  const dir = await mkdtemp(join(tmpdir(), 'pdc-github-fault-'));
  try {
    const config = {
      checks: `${service.url}/health`,
      timeout: '1m',
      'github-token': 'ghs_faultInjectionToken000000000000000000',
      ...inputs,
    };
    const env = { ...process.env, GITHUB_API_URL: url, GITHUB_REPOSITORY: 'acme/shop-api' };
    const { report, rejections } = await runConfigInChild(dir, config, env);
    return { report, rejections, server, injected };
  } finally {
    await Promise.all([server?.close(), service.close(), rm(dir, { recursive: true, force: true })]);
  }
}

/** The verdict and whether the statuses were set; what the run said about them. */
export function observeGitHub(cell: GitHubCell): Observation {
  const statuses = cell.report.githubDeployment?.statuses ?? [];
  const set = statuses.length > 0 && statuses.every((status) => status.sent);
  const outcome = `${cell.report.verdict.result}, ${set ? 'statuses set' : 'not set'}`;
  const details = statuses.map((status) => stable(status.detail.replace(/^GitHub deployment: /, '')));
  const [first, second] = details;
  const says =
    details.length === 2 &&
    first !== undefined &&
    second !== undefined &&
    first.replace('in_progress', 'X') === second.replace(/ (success|failure|error) /, ' X ')
      ? `in_progress and the end: ${first.replace(/^status in_progress not set on deployment \d+: /, '')}`
      : details.join(' · ') || 'no status in the report';
  return { injected: cell.injected, outcome, says };
}

/** The verdict and what became of the comment; what the run said about it. */
export function observeGitHubComment(cell: GitHubCell): Observation {
  const comment = cell.report.pullRequestComment;
  const outcome = `${cell.report.verdict.result}, ${comment ? `comment ${comment.action}` : 'no comment in the report'}`;
  return { injected: cell.injected, outcome, says: stable(comment?.detail ?? '') };
}

/** What every cell must show besides its message: the healthy service passed, whatever GitHub did. */
export function expectVerdictUntouched(cell: GitHubCell): void {
  expect(cell.report.verdict).toEqual({ result: 'passed', reasons: [] });
}
