import { runContextFrom, type GitHubContext } from '../../src/adapters/action/runContext.js';

const base: GitHubContext = {
  repo: { owner: 'acme', repo: 'shop-api' },
  serverUrl: 'https://github.example',
  sha: '4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39',
  runId: 9001,
  runAttempt: 1,
  actor: 'octocat',
  eventName: 'push',
  payload: {},
};

describe('the run context, from @actions/github', () => {
  it('links the run and the commit on the server the run is on', () => {
    expect(runContextFrom(base)).toEqual({
      repository: 'acme/shop-api',
      runUrl: 'https://github.example/acme/shop-api/actions/runs/9001',
      commitSha: base.sha,
      commitUrl: `https://github.example/acme/shop-api/commit/${base.sha}`,
      actor: 'octocat',
    });
  });

  it('names the attempt after the first', () => {
    expect(runContextFrom({ ...base, runAttempt: 3 }).runUrl).toBe(
      'https://github.example/acme/shop-api/actions/runs/9001/attempts/3',
    );
  });

  it('leaves out what the runner did not set (context holds NaN for a missing number)', () => {
    expect(runContextFrom({ ...base, runId: NaN, runAttempt: NaN, sha: '', actor: '' })).toEqual({
      repository: 'acme/shop-api',
    });
  });

  it('takes the pull request from a pull_request or pull_request_target payload, from no other event', () => {
    const payload = { pull_request: { number: 42 }, number: 42 };
    expect(runContextFrom({ ...base, eventName: 'pull_request', payload }).pullRequest).toBe(42);
    expect(runContextFrom({ ...base, eventName: 'pull_request_target', payload }).pullRequest).toBe(42);
    // An issue_comment on a pull request carries the number too, but under `issue`: pr-number says it there.
    expect(
      runContextFrom({ ...base, eventName: 'issue_comment', payload: { issue: { number: 42 } } }),
    ).not.toHaveProperty('pullRequest');
    expect(runContextFrom({ ...base, eventName: 'push', payload })).not.toHaveProperty('pullRequest');
  });

  it('is empty outside a repository: context.repo throws there', () => {
    const outside = {
      ...base,
      get repo(): GitHubContext['repo'] {
        throw new Error('context.repo requires a GITHUB_REPOSITORY');
      },
    };
    expect(runContextFrom(outside)).toEqual({});
  });
});
