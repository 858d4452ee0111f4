import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCancelled } from '../support/cancelAction.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../support/fakeGitHubApi.js';
import { GITHUB_ENV, GITHUB_TOKEN, runAction, type ActionRun } from '../support/runAction.js';
import { json, startTestService, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it on a pull_request event, recording itself on a loopback GitHub API that
// holds every request to the contract: the deployment and its statuses in order for a pass, a failure rolled
// back by a command, and a cancel; a token without the permission warns and leaves the verdict alone.

const RUN_URL = `https://github.com/${GITHUB_ENV.GITHUB_REPOSITORY}/actions/runs/${GITHUB_ENV.GITHUB_RUN_ID}`;
const PR_NUMBER = 42;

/** A pull_request "synchronize" payload as the runner writes it to GITHUB_EVENT_PATH, trimmed to what matters. */
function pullRequestEvent(api: FakeGitHubApi) {
  const repository = {
    id: 123456789,
    node_id: 'R_kgDOHdw0lQ',
    name: api.repo,
    full_name: `${api.owner}/${api.repo}`,
    private: false,
    owner: { login: api.owner, id: 9919, type: 'Organization' },
    html_url: `https://github.com/${api.owner}/${api.repo}`,
    default_branch: 'main',
  };
  return {
    action: 'synchronize',
    number: PR_NUMBER,
    before: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    after: GITHUB_ENV.GITHUB_SHA,
    pull_request: {
      url: `https://api.github.com/repos/${api.owner}/${api.repo}/pulls/${PR_NUMBER}`,
      id: 1934567890,
      number: PR_NUMBER,
      state: 'open',
      title: 'Checkout: retry the payment call once',
      user: { login: 'octocat', id: 1, type: 'User' },
      head: { ref: 'retry-payment', sha: GITHUB_ENV.GITHUB_SHA, repo: repository },
      base: { ref: 'main', sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e', repo: repository },
      draft: false,
      merged: false,
    },
    repository,
    sender: { login: 'octocat', id: 1, type: 'User' },
  };
}

let api: FakeGitHubApi;
let service: TestService;
let healthy: boolean;
let eventDir: string;

beforeEach(async () => {
  healthy = true;
  api = await startFakeGitHubApi({ token: GITHUB_TOKEN, owner: 'acme', repo: 'shop-api' });
  service = await startTestService({ '/health': (_req, res) => json(res, healthy ? 200 : 503, { ok: healthy }) });
  eventDir = await mkdtemp(join(tmpdir(), 'pdc-event-'));
  await writeFile(join(eventDir, 'event.json'), JSON.stringify(pullRequestEvent(api)));
});
afterEach(async () => {
  await Promise.all([api.close(), service.close()]);
});

const githubEnv = () => ({
  GITHUB_API_URL: api.url,
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: join(eventDir, 'event.json'),
});

const check = (inputs: Record<string, string> = {}) =>
  runAction(
    {
      'base-url': service.url,
      checks: '- path: /health\n  retries: 0',
      'monitor-window': '0',
      'github-deployment': 'create',
      ...inputs,
    },
    { env: githubEnv(), killAfterMs: 30_000 },
  );
const reportOf = async (run: ActionRun) => JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
const states = () => api.deployments.flatMap((deployment) => deployment.statuses.map((status) => status.state));

describe('the GitHub deployment, end to end', () => {
  it('creates it at the commit and sets in_progress then success for a pass', async () => {
    const run = await check();

    expect(api.violations).toEqual([]);
    expect(run.outputs.result).toBe('passed');
    expect(api.deployments).toHaveLength(1);
    const [deployment] = api.deployments;
    expect(deployment).toMatchObject({ ref: GITHUB_ENV.GITHUB_SHA, environment: 'production' });
    expect(api.calls[0]?.body).toEqual({
      ref: GITHUB_ENV.GITHUB_SHA,
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
      production_environment: true,
    });
    expect(states()).toEqual(['in_progress', 'success']);
    expect(deployment?.statuses.at(-1)).toEqual({
      state: 'success',
      description: run.outputs.summary,
      log_url: RUN_URL,
      environment_url: service.url,
    });
    expect(run.outputs['github-deployment-id']).toBe(String(deployment?.id));
    expect(api.calls.every((call) => call.headers.authorization === `token ${GITHUB_TOKEN}`)).toBe(true);
    // The runner is told to mask it, before anything else is printed; nothing else shows it.
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${GITHUB_TOKEN}`);
    expect(run.stdout.split('\n').slice(1).join('\n')).not.toContain(GITHUB_TOKEN);
    expect(run.summary + JSON.stringify(await reportOf(run))).not.toContain(GITHUB_TOKEN);
  });

  it('ends a failure rolled back by a command in failure, its description cut to 140 characters', async () => {
    healthy = false;
    const run = await check({
      checks: ['/health', '/health?first', '/health?second', '/health?third']
        .map((path) => `- path: ${path}\n  retries: 0`)
        .join('\n'),
      'rollback-with': 'command',
      'rollback-command': 'true',
    });

    expect(api.violations).toEqual([]);
    expect(run.outputs.result).toBe('failed');
    expect((await reportOf(run)).rollback).toMatchObject({ method: 'command' });
    expect(states()).toEqual(['in_progress', 'failure']);
    const description = api.deployments[0]?.statuses.at(-1)?.description ?? '';
    expect(run.outputs.summary?.length).toBeGreaterThan(140);
    expect(Array.from(description)).toHaveLength(140);
    expect(description.endsWith('…')).toBe(true);
  });

  it('updates the deployment it is given', async () => {
    const prior = await check();
    const id = prior.outputs['github-deployment-id'] ?? '';
    api.deployments[0]?.statuses.splice(0);
    api.calls.splice(0);

    const run = await check({ 'github-deployment': 'update', 'github-deployment-id': id });
    expect(api.violations).toEqual([]);
    expect(api.deployments).toHaveLength(1);
    expect(api.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      `POST /repos/acme/shop-api/deployments/${id}/statuses`,
      `POST /repos/acme/shop-api/deployments/${id}/statuses`,
    ]);
    expect(states()).toEqual(['in_progress', 'success']);
    expect(run.outputs['github-deployment-id']).toBe(id);
  });

  it('ends a cancelled run in error', async () => {
    service.route('/slow', () => undefined);
    const run = await runCancelled(
      {
        'base-url': service.url,
        checks: '- path: /slow\n  timeout: 30s\n  retries: 0',
        'monitor-window': '0',
        'github-deployment': 'create',
        'github-token': GITHUB_TOKEN,
      },
      (cancel) => {
        const poll = setInterval(() => {
          if (service.requests.some((request) => request.url === '/slow') && states().length > 0) {
            clearInterval(poll);
            cancel();
          }
        }, 20);
      },
      { env: githubEnv() },
    );

    expect(run.outputs.result).toBe('cancelled');
    expect(run.escalations).toEqual([]);
    expect(api.violations).toEqual([]);
    expect(states()).toEqual(['in_progress', 'error']);
  });

  it('warns naming the permission when the token may not write, and keeps the verdict', async () => {
    api.readOnly = true;
    const run = await check();

    expect(api.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('passed');
    expect(run.outputs['github-deployment-id']).toBe('');
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning'));
    expect(warnings).toEqual([
      expect.stringContaining(
        "GitHub deployment: not created: HTTP 403: Resource not accessible by integration; give the job's token deployments: write",
      ),
    ]);
    expect(api.calls).toHaveLength(1);
  });

  it('sends nothing with the default off, nor in a dry run', async () => {
    const off = await check({ 'github-deployment': 'off' });
    const dry = await check({ 'dry-run': 'true' });
    expect(api.calls).toEqual([]);
    expect(off.outputs['github-deployment-id']).toBe('');
    expect(dry.stdout).toContain(`dry-run: would create a GitHub deployment of ${GITHUB_ENV.GITHUB_SHA} to production`);
  });
});

describe('the pull-request comment, end to end', () => {
  const MARKER = '<!-- post-deploy-check service=shop-api environment=production -->';
  const ours = () => api.comments.filter((comment) => comment.body.startsWith(MARKER));
  const comment = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
    runAction(
      {
        'base-url': service.url,
        service: 'shop-api',
        checks: '- path: /health\n  retries: 0',
        'monitor-window': '0',
        'pr-comment': 'always',
        ...inputs,
      },
      { env: { ...githubEnv(), ...env }, killAfterMs: 30_000 },
    );

  it("writes the verdict on the event's pull request, and a re-run updates that one comment", async () => {
    // A busy pull request: the comment is looked for through two pages of other people's.
    for (let id = 1; id <= 120; id++) api.comments.push({ id, issue: PR_NUMBER, body: `review ${id}`, edits: 0 });
    healthy = false;
    const failed = await comment();

    expect(api.violations).toEqual([]);
    expect(failed.outputs.result).toBe('failed');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ issue: PR_NUMBER, edits: 0 });
    expect(ours()[0]?.body).toContain('### ❌ Failed — shop-api in production');
    expect(ours()[0]?.body).toContain(`[the run's summary](${RUN_URL})`);
    expect((await reportOf(failed)).pullRequestComment).toMatchObject({ action: 'created', pullRequest: PR_NUMBER });

    healthy = true;
    const rerun = await comment({}, { GITHUB_RUN_ATTEMPT: '2' });

    expect(api.violations).toEqual([]);
    expect(rerun.outputs.result).toBe('passed');
    expect(api.comments).toHaveLength(121);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]?.edits).toBe(1);
    expect(ours()[0]?.body).toContain('### ✅ Passed — shop-api in production');
    expect(ours()[0]?.body).toContain(`[the run's summary](${RUN_URL}/attempts/2)`);
    expect(ours()[0]?.body).not.toContain(GITHUB_TOKEN);
    const writes = api.calls.filter((call) => call.method !== 'GET').map((call) => `${call.method} ${call.path}`);
    expect(writes).toEqual([
      `POST /repos/acme/shop-api/issues/${PR_NUMBER}/comments`,
      `PATCH /repos/acme/shop-api/issues/comments/${ours()[0]?.id}`,
    ]);
  });

  it('comments on the pull request pr-number names from a push, and only on failure with on-failure', async () => {
    const push = { GITHUB_EVENT_NAME: 'push' };
    await comment({ 'pr-comment': 'on-failure', 'pr-number': '7' }, push);
    expect(api.comments).toEqual([]);

    healthy = false;
    await comment({ 'pr-comment': 'on-failure', 'pr-number': '7' }, push);
    expect(api.violations).toEqual([]);
    expect(ours()).toEqual([expect.objectContaining({ issue: 7 })]);
  });

  it('warns naming pull-requests: write when the token may not comment, and keeps the verdict', async () => {
    api.readOnly = true;
    const run = await comment();

    expect(api.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('passed');
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning'));
    expect(warnings).toEqual([
      expect.stringContaining(
        `Pull-request comment: no comment created on pull request #${PR_NUMBER}: HTTP 403: Resource not accessible by integration; give the job's token pull-requests: write`,
      ),
    ]);
  });
});
