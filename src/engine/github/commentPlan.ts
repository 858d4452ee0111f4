import type { Config } from '../config/schema.js';
import type { VerdictResult } from '../report/model.js';

export interface PullRequestCommentPlan {
  when: 'always' | 'on-failure';
  /** pr-number; absent: the event's own pull request, when there is one. */
  number?: number;
  token: string;
}

/** Absent when pr-comment is off. */
export function planPullRequestComment(config: Config): PullRequestCommentPlan | undefined {
  const when = config['pr-comment'];
  const token = config['github-token'];
  if (when === 'off' || token === undefined) return undefined;
  return { when, ...(config['pr-number'] !== undefined ? { number: config['pr-number'] } : {}), token };
}

/**
 * The hidden first line that finds this service's comment in this environment again. Both names are
 * percent-encoded, so neither can end the HTML comment nor make one marker a prefix of another's.
 */
export function commentMarker(service: string, environment: string): string {
  return `<!-- post-deploy-check service=${encodeURIComponent(service)} environment=${encodeURIComponent(environment)} -->`;
}

/**
 * What the run does with its comment. on-failure creates one only for a failure, but a comment an earlier
 * run left is brought up to date whatever the verdict: a re-run that passed must not leave "Failed" standing.
 */
export function commentAction(
  when: PullRequestCommentPlan['when'],
  result: VerdictResult,
  existing: boolean,
): 'create' | 'update' | 'skip' {
  if (existing) return 'update';
  return when === 'always' || result === 'failed' ? 'create' : 'skip';
}
