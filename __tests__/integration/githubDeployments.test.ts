import { TrackerError } from '../../src/engine/ports.js';
import { createGitHubDeployments } from '../../src/providers/github/githubDeployments.js';
import { permissionFromHeader } from '../../src/providers/github/githubErrors.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../support/fakeGitHubApi.js';

const SHA = '4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39';
const signal = () => new AbortController().signal;

function trackerFor(api: FakeGitHubApi, timeoutMs = 2_000) {
  return createGitHubDeployments({
    token: api.token,
    apiUrl: api.url,
    owner: api.owner,
    repo: api.repo,
    userAgent: 'post-deploy-check/0.1.0',
    timeoutMs,
  });
}

describe('GitHub deployments through Octokit, against the contract', () => {
  let api: FakeGitHubApi;
  beforeEach(async () => {
    api = await startFakeGitHubApi();
  });
  afterEach(() => api.close());

  it('creates a deployment of the commit and adds statuses, as the contract has them', async () => {
    const tracker = trackerFor(api);
    const { id } = await tracker.createDeployment({ ref: SHA, environment: 'production', production: true }, signal());
    await tracker.setStatus(
      id,
      {
        state: 'in_progress',
        description: 'checking',
        logUrl: 'https://github.com/acme/shop-api/actions/runs/7',
        environmentUrl: 'https://shop.example.com',
      },
      signal(),
    );

    expect(api.violations).toEqual([]);
    expect(api.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'POST /repos/acme/shop-api/deployments',
      `POST /repos/acme/shop-api/deployments/${id}/statuses`,
    ]);
    expect(api.calls[0]?.body).toEqual({
      ref: SHA,
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
      production_environment: true,
    });
    expect(api.calls[0]?.headers.authorization).toBe(`token ${api.token}`);
    expect(api.calls[0]?.headers['user-agent']).toMatch(/^post-deploy-check\/0\.1\.0 /);
    expect(api.deployments[0]?.statuses).toEqual([
      {
        state: 'in_progress',
        description: 'checking',
        log_url: 'https://github.com/acme/shop-api/actions/runs/7',
        environment_url: 'https://shop.example.com',
      },
    ]);
  });

  it('reaches a GitHub Enterprise Server under /api/v3', async () => {
    const ghes = await startFakeGitHubApi({ pathPrefix: '/api/v3' });
    try {
      await trackerFor(ghes).createDeployment({ ref: SHA, environment: 'staging', production: false }, signal());
      expect(ghes.violations).toEqual([]);
      expect(ghes.calls[0]?.path).toBe('/api/v3/repos/acme/shop-api/deployments');
    } finally {
      await ghes.close();
    }
  });

  it('names the permission a 403 asks for', async () => {
    api.readOnly = true;
    const failed = await trackerFor(api)
      .createDeployment({ ref: SHA, environment: 'production', production: true }, signal())
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(TrackerError);
    expect(failed).toMatchObject({
      message: 'HTTP 403: Resource not accessible by integration',
      permission: 'deployments: write',
    });
  });

  it('says what failed for other errors, with no permission to name', async () => {
    api.failing['create-status'] = { status: 404, message: 'Not Found' };
    const failed = await trackerFor(api)
      .setStatus(5, { state: 'success', description: 'ok' }, signal())
      .catch((error: unknown) => error);
    expect(failed).toMatchObject({ message: expect.stringMatching(/^HTTP 404: Not Found \(the job token/) });
    expect((failed as TrackerError).permission).toBeUndefined();
  });

  it('gives up on a request after its time limit', async () => {
    api.failing['create-deployment'] = 'hang';
    const started = Date.now();
    const failed = await trackerFor(api, 300)
      .createDeployment({ ref: SHA, environment: 'production', production: true }, signal())
      .catch((error: unknown) => error);
    expect(failed).toMatchObject({ message: 'no answer within 300ms' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('stops when the run aborts', async () => {
    api.failing['create-deployment'] = 'hang';
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 100);
    const failed = await trackerFor(api, 5_000)
      .createDeployment({ ref: SHA, environment: 'production', production: true }, abort.signal)
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(TrackerError);
    expect((failed as Error).message).toMatch(/^no answer/);
  });

  it('reads X-Accepted-GitHub-Permissions as a permissions block writes it', () => {
    expect(permissionFromHeader('deployments=write')).toBe('deployments: write');
    expect(permissionFromHeader('pull_requests=write,contents=read; issues=write')).toBe(
      'pull-requests: write and contents: read',
    );
    expect(permissionFromHeader('')).toBeUndefined();
    expect(permissionFromHeader(undefined)).toBeUndefined();
  });
});
