import { TrackerError } from '../../src/engine/ports.js';
import { createGitHubComments } from '../../src/providers/github/githubComments.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../support/fakeGitHubApi.js';

// The pull request's comments through Octokit against the loopback GitHub API that holds each request to the
// contract: the marker found through every page, a reply quoting it not taken for ours, writes, and the 403.

const MARKER = '<!-- post-deploy-check service=shop-api environment=preview -->';
const PR = 42;
const signal = () => new AbortController().signal;

function commentsFor(api: FakeGitHubApi) {
  return createGitHubComments({
    token: api.token,
    apiUrl: api.url,
    owner: api.owner,
    repo: api.repo,
    userAgent: 'post-deploy-check/0.1.0',
    timeoutMs: 2_000,
  });
}

/** `count` comments from people on the pull request, ids in the order GitHub lists them. */
function chatter(api: FakeGitHubApi, count: number, from = 1) {
  for (let index = 0; index < count; index++)
    api.comments.push({ id: from + index, issue: PR, body: `looks good ${index}`, edits: 0 });
}

describe('pull-request comments through Octokit, against the contract', () => {
  let api: FakeGitHubApi;
  beforeEach(async () => {
    api = await startFakeGitHubApi();
  });
  afterEach(() => api.close());

  it('finds the marked comment on the third page, reading 100 to a page, and passes over a reply quoting it', async () => {
    chatter(api, 150);
    api.comments.push({ id: 151, issue: PR, body: `> ${MARKER}\n> ❌ Failed\n\nwhy?`, edits: 0 });
    chatter(api, 60, 152);
    api.comments.push({ id: 212, issue: PR, body: `${MARKER}\n### ✅ Passed`, edits: 0 });
    api.comments.push({ id: 213, issue: PR, body: `${MARKER}\n### a second one, never made by us`, edits: 0 });
    api.comments.push({ id: 214, issue: 7, body: `${MARKER}\n### another pull request`, edits: 0 });

    const found = await commentsFor(api).find(PR, MARKER, signal());

    expect(api.violations).toEqual([]);
    expect(found).toEqual({ id: 212, url: `https://github.com/acme/shop-api/pull/${PR}#issuecomment-212` });
    expect(api.calls.map((call) => [call.method, call.path, call.query])).toEqual(
      [1, 2, 3].map((page) => [
        'GET',
        `/repos/acme/shop-api/issues/${PR}/comments`,
        { per_page: '100', page: String(page) },
      ]),
    );
  });

  it('reads every page and stops at the last when no comment is marked', async () => {
    chatter(api, 200);
    expect(await commentsFor(api).find(PR, MARKER, signal())).toBeUndefined();
    // The second page links no next one.
    expect(api.calls.map((call) => call.query.page)).toEqual(['1', '2']);
    expect(api.violations).toEqual([]);
  });

  it('creates the comment and updates that one, never a second', async () => {
    const comments = commentsFor(api);
    const created = await comments.create(PR, `${MARKER}\nfirst`, signal());
    const updated = await comments.update(created.id, `${MARKER}\nsecond`, signal());

    expect(api.violations).toEqual([]);
    expect(updated).toEqual(created);
    expect(api.comments).toEqual([{ id: created.id, issue: PR, body: `${MARKER}\nsecond`, edits: 1 }]);
    expect(api.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      `POST /repos/acme/shop-api/issues/${PR}/comments`,
      `PATCH /repos/acme/shop-api/issues/comments/${created.id}`,
    ]);
  });

  it("names pull-requests: write when the token may not comment, from GitHub's header", async () => {
    api.readOnly = true;
    const refused = await commentsFor(api)
      .create(PR, `${MARKER}\nx`, signal())
      .catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(TrackerError);
    expect(refused).toMatchObject({
      message: 'HTTP 403: Resource not accessible by integration',
      permission: 'pull-requests: write',
    });
  });

  it("says GitHub's status and message when a page is refused", async () => {
    api.failing['list-comments'] = { status: 500, message: 'Server Error' };
    await expect(commentsFor(api).find(PR, MARKER, signal())).rejects.toThrow('HTTP 500: Server Error');
  });
});
