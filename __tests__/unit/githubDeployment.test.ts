import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import {
  deploymentDescription,
  finalDeploymentState,
  planGitHubDeployment,
} from '../../src/engine/github/deploymentPlan.js';
import { buildPlan } from '../../src/engine/plan.js';
import { TrackerError, type DeploymentStatus, type ReleaseTracker } from '../../src/engine/ports.js';
import { planLines } from '../../src/engine/report/planLines.js';
import { runChecks } from '../../src/engine/run.js';
import { createRedactor, findSecrets } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeProber, response } from '../support/fakeProber.js';
import { outcome, RecordingLogger } from '../support/fixtures.js';

const TOKEN = 'ghs_unitTestToken0123456789abcdefABCDEF';
const SHA = '4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39';
const RUN_URL = 'https://github.com/acme/shop-api/actions/runs/7';

/** Records each call in order; `fail` makes a call of that kind reject. */
class FakeTracker implements ReleaseTracker {
  readonly calls: (
    | { call: 'create'; ref: string; environment: string; production: boolean }
    | ({ call: 'status'; id: number } & DeploymentStatus)
  )[] = [];

  constructor(private readonly fail: { create?: Error; status?: Error } = {}) {}

  createDeployment(deployment: { ref: string; environment: string; production: boolean }) {
    this.calls.push({ call: 'create', ...deployment });
    return this.fail.create ? Promise.reject(this.fail.create) : Promise.resolve({ id: 1042 });
  }

  setStatus(id: number, status: DeploymentStatus) {
    this.calls.push({ call: 'status', id, ...status });
    return this.fail.status ? Promise.reject(this.fail.status) : Promise.resolve();
  }
}

async function run(
  inputs: Partial<Record<ConfigKey, string>>,
  options: { status?: number; tracker?: ReleaseTracker; signal?: AbortSignal; commitSha?: string | null } = {},
) {
  const loaded = await loadConfig({
    inputs: {
      service: 'shop-api',
      'base-url': 'https://shop.example.com',
      checks: '- path: /health\n  retries: 0',
      'github-token': TOKEN,
      'github-deployment': 'create',
      ...inputs,
    },
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const clock = new FakeClock();
  const logger = new RecordingLogger();
  const report = await runChecks(buildPlan(loaded.config), {
    prober: new FakeProber({ 'https://shop.example.com/health': [response(options.status ?? 200)] }, { clock }),
    clock,
    logger,
    ...(options.tracker ? { tracker: options.tracker } : {}),
    redact: createRedactor(loaded.secrets),
    context: {
      runUrl: RUN_URL,
      ...(options.commitSha === null ? {} : { commitSha: options.commitSha ?? SHA }),
    },
    tool: { name: 'post-deploy-check', version: '0.1.0' },
    signal: options.signal,
  });
  return { report, logger };
}

describe('the GitHub deployment of a run', () => {
  it('creates the deployment at the commit, sets in_progress, then success for a pass', async () => {
    const tracker = new FakeTracker();
    const { report } = await run({}, { tracker });

    expect(tracker.calls).toEqual([
      { call: 'create', ref: SHA, environment: 'production', production: true },
      {
        call: 'status',
        id: 1042,
        state: 'in_progress',
        description: 'checking shop-api in production',
        logUrl: RUN_URL,
        environmentUrl: 'https://shop.example.com',
      },
      {
        call: 'status',
        id: 1042,
        state: 'success',
        description: report.summary,
        logUrl: RUN_URL,
        environmentUrl: 'https://shop.example.com',
      },
    ]);
    expect(report.githubDeployment).toEqual({
      mode: 'create',
      id: 1042,
      statuses: [
        { state: 'in_progress', sent: true, detail: 'status in_progress on deployment 1042' },
        { state: 'success', sent: true, detail: 'status success on deployment 1042' },
      ],
    });
  });

  it('marks a non-production environment as such', async () => {
    const tracker = new FakeTracker();
    await run({ environment: 'staging' }, { tracker });
    expect(tracker.calls[0]).toEqual({ call: 'create', ref: SHA, environment: 'staging', production: false });
  });

  it('ends a failed release in failure, and a warning in success', async () => {
    const failed = new FakeTracker();
    await run({}, { tracker: failed, status: 503 });
    expect(failed.calls.map((call) => (call.call === 'status' ? call.state : call.call))).toEqual([
      'create',
      'in_progress',
      'failure',
    ]);

    const warned = new FakeTracker();
    await run({ checks: '- path: /health\n  retries: 0\n  required: false' }, { tracker: warned, status: 503 });
    expect(warned.calls.at(-1)).toMatchObject({ state: 'success' });
  });

  it('ends a cancelled run in error', async () => {
    const tracker = new FakeTracker();
    const cancel = new AbortController();
    cancel.abort();
    const { report } = await run({}, { tracker, signal: cancel.signal });
    expect(report.verdict.result).toBe('cancelled');
    expect(tracker.calls.map((call) => (call.call === 'status' ? call.state : call.call))).toEqual([
      'create',
      'in_progress',
      'error',
    ]);
  });

  it('updates the deployment it is given, creating none', async () => {
    const tracker = new FakeTracker();
    const { report } = await run({ 'github-deployment': 'update', 'github-deployment-id': '77' }, { tracker });
    expect(tracker.calls.map((call) => [call.call, call.call === 'status' ? `${call.id} ${call.state}` : ''])).toEqual([
      ['status', '77 in_progress'],
      ['status', '77 success'],
    ]);
    expect(report.githubDeployment?.id).toBe(77);
  });

  it('warns once, naming the permission, and leaves the verdict alone when the token may not write', async () => {
    const denied = new TrackerError('HTTP 403: Resource not accessible by integration', 'deployments: write');
    const tracker = new FakeTracker({ status: denied });
    const { report, logger } = await run({ 'github-deployment': 'update', 'github-deployment-id': '77' }, { tracker });

    expect(report.verdict.result).toBe('passed');
    expect(logger.warnings).toEqual([
      "GitHub deployment: status in_progress not set on deployment 77: HTTP 403: Resource not accessible by integration; give the job's token deployments: write",
    ]);
    expect(tracker.calls).toHaveLength(1);
    expect(report.githubDeployment?.statuses.map((status) => status.sent)).toEqual([false, false]);
  });

  it('sends no status when the deployment could not be created', async () => {
    const tracker = new FakeTracker({ create: new TrackerError('no answer within 10s') });
    const { report, logger } = await run({}, { tracker, status: 503 });
    expect(report.verdict.result).toBe('failed');
    expect(tracker.calls).toHaveLength(1);
    expect(logger.warnings).toEqual(['GitHub deployment: not created: no answer within 10s']);
    expect(report.githubDeployment).toEqual({
      mode: 'create',
      statuses: [{ state: 'in_progress', sent: false, detail: 'GitHub deployment: not created: no answer within 10s' }],
    });
  });

  it('warns, sending nothing, without a repository or a commit', async () => {
    const { logger } = await run({});
    expect(logger.warnings).toEqual([
      'GitHub deployment: nothing sent: the repository is unknown: GITHUB_REPOSITORY is not set',
    ]);
    const tracker = new FakeTracker();
    const noCommit = await run({}, { tracker, commitSha: null });
    expect(tracker.calls).toEqual([]);
    expect(noCommit.logger.warnings).toEqual([
      'GitHub deployment: not created: the commit is unknown: GITHUB_SHA is not set',
    ]);
  });

  it('prints in a dry run what it would create and set, and sends nothing', async () => {
    const tracker = new FakeTracker();
    const { logger, report } = await run({ 'dry-run': 'true' }, { tracker });
    expect(tracker.calls).toEqual([]);
    expect(logger.lines).toEqual(
      expect.arrayContaining([
        'GitHub deployment: create one for production at the commit; status in_progress now, success, failure or error at the end',
        `dry-run: would create a GitHub deployment of ${SHA} to production and set it in_progress`,
        expect.stringMatching(/^dry-run: would set the GitHub deployment success: passed: shop-api/),
      ]),
    );
    expect(report.githubDeployment?.statuses.every((status) => !status.sent)).toBe(true);
  });

  it('masks the token wherever it would show', async () => {
    const denied = new TrackerError(`HTTP 401: Bad credentials for ${TOKEN}`);
    const tracker = new FakeTracker({ create: denied });
    const { logger, report } = await run({}, { tracker });
    expect(logger.warnings.join('\n')).not.toContain(TOKEN);
    expect(JSON.stringify(report)).not.toContain(TOKEN);
    expect(findSecrets({ 'github-token': TOKEN })).toEqual([TOKEN]);
  });
});

describe('github-deployment configuration', () => {
  const load = (inputs: Partial<Record<ConfigKey, string>>) =>
    loadConfig({ inputs: { 'base-url': 'https://shop.example.com', checks: '/health', ...inputs } });

  it('is off by default and plans nothing', async () => {
    const loaded = await load({ 'github-token': TOKEN });
    expect(loaded.ok && planGitHubDeployment(loaded.config)).toBeUndefined();
  });

  it('needs a token, an id with update, and no id without it', async () => {
    expect(await load({ 'github-deployment': 'create' })).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('github-token: is required with github-deployment: create')],
    });
    expect(await load({ 'github-token': TOKEN, 'github-deployment': 'update' })).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('github-deployment-id: is required with github-deployment: update')],
    });
    expect(await load({ 'github-token': TOKEN, 'github-deployment-id': '5' })).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('github-deployment-id: is the deployment github-deployment: update')],
    });
  });

  it('links the environment without the credentials a base-url may carry', async () => {
    const loaded = await load({
      'base-url': 'https://deploy:s3cret@shop.example.com/app',
      'github-token': TOKEN,
      'github-deployment': 'create',
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(planGitHubDeployment(loaded.config)?.environmentUrl).toBe('https://shop.example.com/app');
  });

  it('plans an update on the given id', async () => {
    const loaded = await load({ 'github-token': TOKEN, 'github-deployment': 'update', 'github-deployment-id': '9' });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(planLines(buildPlan(loaded.config))).toContain(
      'GitHub deployment 9: status in_progress now, success, failure or error at the end',
    );
  });
});

describe('the final state and description', () => {
  it('maps each verdict, and a failure of setup problems only to error', () => {
    expect(finalDeploymentState('passed', [])).toBe('success');
    expect(finalDeploymentState('warning', [])).toBe('success');
    expect(finalDeploymentState('failed', [outcome({ result: 'failed' })])).toBe('failure');
    expect(finalDeploymentState('failed', [])).toBe('failure');
    expect(finalDeploymentState('failed', [outcome({ result: 'failed', setupProblem: true })])).toBe('error');
    expect(finalDeploymentState('cancelled', [outcome({ result: 'failed' })])).toBe('error');
  });

  it('keeps one line within 140 characters, counting characters rather than UTF-16 units', () => {
    expect(deploymentDescription('short\nline')).toBe('short line');
    const long = `failed: shop-api — ${'x'.repeat(200)}`;
    expect(Array.from(deploymentDescription(long))).toHaveLength(140);
    expect(deploymentDescription(long).endsWith('…')).toBe(true);
    expect(Array.from(deploymentDescription('✅'.repeat(150)))).toHaveLength(140);
    expect(deploymentDescription('a'.repeat(140))).toBe('a'.repeat(140));
  });
});
