import { messageOf } from '../errors.js';
import { commentAction, commentMarker } from '../github/commentPlan.js';
import { noticeSignal } from '../notices/noticeSignal.js';
import { TrackerError, type PullRequestComments } from '../ports.js';
import type { PullRequestCommentReport, Report } from '../report/model.js';
import { renderPullRequestComment } from '../report/pullRequestComment.js';
import type { RunState } from './state.js';

/**
 * Puts the verdict on the pull request: finds this service's comment in this environment by its marker and
 * updates it, or creates it. Like the deployment statuses it is best effort: a failure is a warning naming
 * what to fix, never a change of verdict.
 */
export async function commentOnPullRequest(
  run: RunState,
  comments: PullRequestComments | undefined,
  report: Report,
): Promise<PullRequestCommentReport | undefined> {
  const { plan, deps, startedAt } = run;
  const comment = plan.pullRequestComment;
  if (!comment) return undefined;
  const { when } = comment;
  const number = comment.number ?? deps.context.pullRequest;
  const ended = (action: PullRequestCommentReport['action'], detail: string, url?: string) => ({
    when,
    ...(number !== undefined ? { pullRequest: number } : {}),
    action,
    ...(url ? { url } : {}),
    detail: deps.redact(detail),
  });
  if (number === undefined) {
    // A workflow that runs on push and on pull requests alike: nothing to comment on is no fault.
    const detail = 'no pull request: the event is not about one and pr-number is not set';
    deps.logger.info(`Pull-request comment: ${detail}`);
    return ended('skipped', detail);
  }
  const marker = commentMarker(plan.service, plan.environment);
  const body = deps.redact(renderPullRequestComment(report, marker));
  const result = report.verdict.result;
  if (plan.dryRun) {
    // Nothing is read in a dry run, so whether a comment is there stays unknown.
    const would = commentAction(when, result, false) === 'create' ? 'create or update' : 'update, if one is there,';
    const detail = `dry run: would ${would} the comment on pull request #${number}`;
    deps.logger.info(detail);
    return ended('dry-run', detail);
  }
  const warn = (what: string, error: unknown) => {
    const permission =
      error instanceof TrackerError && error.permission ? `; give the job's token ${error.permission}` : '';
    const detail = deps.redact(`${what}: ${messageOf(error)}${permission}`);
    deps.logger.warning(`Pull-request comment: ${detail}`);
    return ended('failed', detail);
  };
  if (!comments) return warn('nothing sent', new Error('the repository is unknown: GITHUB_REPOSITORY is not set'));

  const signalFor = () => noticeSignal(startedAt + plan.timeoutMs - deps.clock.now(), deps.signal);
  let existing;
  try {
    existing = await comments.find(number, marker, signalFor());
  } catch (error) {
    return warn(`pull request #${number}'s comments not read`, error);
  }
  const action = commentAction(when, result, existing !== undefined);
  if (action === 'skip') return ended('skipped', `${result}: pr-comment is on-failure and no earlier comment is there`);
  try {
    const posted = existing
      ? await comments.update(existing.id, body, signalFor())
      : await comments.create(number, body, signalFor());
    const done = existing ? 'updated' : 'created';
    deps.logger.info(`Pull-request comment ${done}: ${posted.url}`);
    return ended(done, `comment ${posted.id} ${done} on pull request #${number}`, posted.url);
  } catch (error) {
    return warn(
      existing ? `comment ${existing.id} not updated` : `no comment created on pull request #${number}`,
      error,
    );
  }
}
