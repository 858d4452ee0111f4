import type { PullRequestCommentRef, PullRequestComments } from '../../engine/ports.js';
import { githubOctokit, notGitHubs, oneRequest, type GitHubClientOptions } from './githubClient.js';

/** GitHub's most per page: fewer pages to read on a long pull request. */
const PER_PAGE = 100;

/** A pull request's comments through GitHub's issue-comment API: one request per page or write, no retry. */
export function createGitHubComments(options: GitHubClientOptions): PullRequestComments {
  const octokit = githubOctokit(options);
  const { owner, repo, timeoutMs } = options;
  const reading = { timeoutMs, needs: 'pull-requests: read' };
  const writing = { timeoutMs, needs: 'pull-requests: write' };

  return {
    async find(pullRequest, marker, signal) {
      // Oldest first, as GitHub lists them: should two ever carry the marker, the first one made is the one kept.
      for (let page = 1; ; page++) {
        const response = await oneRequest(reading, signal, (requestSignal) =>
          octokit.rest.issues.listComments({
            owner,
            repo,
            issue_number: pullRequest,
            per_page: PER_PAGE,
            page,
            request: { signal: requestSignal },
          }),
        );
        const comments: unknown = response.data;
        if (!Array.isArray(comments)) throw notGitHubs(response.status, 'no list of comments');
        // Only a body that starts with the marker: a reply quoting our comment is not ours.
        const ours = comments.find((comment) => commentBody(comment)?.startsWith(marker));
        if (ours) return commentRef(ours, response.status);
        // GitHub links the next page while there is one.
        if (comments.length < PER_PAGE || !/rel="next"/.test(response.headers.link ?? '')) return undefined;
      }
    },

    async create(pullRequest, body, signal) {
      const response = await oneRequest(writing, signal, (requestSignal) =>
        octokit.rest.issues.createComment({
          owner,
          repo,
          issue_number: pullRequest,
          body,
          request: { signal: requestSignal },
        }),
      );
      return commentRef(response.data, response.status);
    },

    async update(commentId, body, signal) {
      const response = await oneRequest(writing, signal, (requestSignal) =>
        octokit.rest.issues.updateComment({
          owner,
          repo,
          comment_id: commentId,
          body,
          request: { signal: requestSignal },
        }),
      );
      return commentRef(response.data, response.status);
    },
  };
}

function commentBody(comment: unknown): string | undefined {
  const body = (comment as { body?: unknown } | null)?.body;
  return typeof body === 'string' ? body : undefined;
}

function commentRef(comment: unknown, status: number): PullRequestCommentRef {
  const { id, html_url: url } = (comment ?? {}) as { id?: unknown; html_url?: unknown };
  if (typeof id !== 'number' || typeof url !== 'string') throw notGitHubs(status, 'no comment id and page');
  return { id, url };
}
