import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { commentAction, commentMarker, planPullRequestComment } from '../../src/engine/github/commentPlan.js';
import { buildPlan } from '../../src/engine/plan.js';
import { TrackerError, type PullRequestCommentRef, type PullRequestComments } from '../../src/engine/ports.js';
import {
  REPORT_SCHEMA_VERSION,
  type CheckOutcome,
  type GateReport,
  type Report,
} from '../../src/engine/report/model.js';
import { planLines } from '../../src/engine/report/planLines.js';
import { renderPullRequestComment } from '../../src/engine/report/pullRequestComment.js';
import { runChecks } from '../../src/engine/run.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeProber, response } from '../support/fakeProber.js';
import { outcome, RecordingLogger } from '../support/fixtures.js';

const TOKEN = 'ghs_unitTestToken0123456789abcdefABCDEF';
const RUN_URL = 'https://github.com/acme/shop-api/actions/runs/7';
const MARKER = commentMarker('shop-api', 'production');

async function load(inputs: Partial<Record<ConfigKey, string>>) {
  return loadConfig({
    inputs: { service: 'shop-api', 'base-url': 'https://shop.example.com', checks: '/health', ...inputs },
  });
}

describe('pr-comment and pr-number as configuration', () => {
  it.each([
    [{ 'pr-comment': 'sometimes' }, 'pr-comment: "sometimes" is not one of off, always, on-failure'],
    [{ 'pr-comment': 'always' }, 'github-token: is required with pr-comment: always'],
    [{ 'pr-number': '42', 'github-token': TOKEN }, 'pr-number: is the pull request pr-comment comments on'],
    [{ 'pr-comment': 'always', 'pr-number': '0', 'github-token': TOKEN }, 'pr-number: "0" is not a whole number'],
  ])('refuses %j', async (inputs, says) => {
    const loaded = await load(inputs);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.join('\n')).toContain(says);
  });

  it('says the token is missing once when the deployment asks for it too', async () => {
    const loaded = await load({ 'pr-comment': 'always', 'github-deployment': 'create' });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.filter((error) => error.startsWith('github-token'))).toHaveLength(1);
  });

  it('plans nothing when off, and the pull request pr-number names', async () => {
    const off = await load({ 'github-token': TOKEN });
    const on = await load({ 'pr-comment': 'on-failure', 'pr-number': '42', 'github-token': TOKEN });
    if (!off.ok || !on.ok) throw new Error('expected valid configurations');
    expect(planPullRequestComment(off.config)).toBeUndefined();
    expect(planPullRequestComment(on.config)).toEqual({ when: 'on-failure', number: 42, token: TOKEN });
    expect(planLines(buildPlan(on.config))).toContain(
      'pull-request comment on pull request #42: created by a failure; one already there is updated at the end of every run',
    );
  });
});

describe('the marker and what a run does with its comment', () => {
  it('encodes both names, so no name ends the HTML comment or makes another marker a prefix of it', () => {
    expect(commentMarker('shop api', 'pr-7')).toBe('<!-- post-deploy-check service=shop%20api environment=pr-7 -->');
    const sneaky = commentMarker('x -->', 'prod');
    expect(sneaky.indexOf('-->')).toBe(sneaky.length - 3);
    // The body must start with the whole marker: environment "pro" does not find environment "prod"'s comment.
    expect(commentMarker('shop', 'prod').startsWith(commentMarker('shop', 'pro'))).toBe(false);
  });

  it.each([
    ['always', 'passed', false, 'create'],
    ['always', 'cancelled', false, 'create'],
    ['always', 'failed', true, 'update'],
    ['on-failure', 'failed', false, 'create'],
    ['on-failure', 'passed', false, 'skip'],
    ['on-failure', 'warning', false, 'skip'],
    ['on-failure', 'passed', true, 'update'],
  ] as const)('%s, %s, a comment there: %s -> %s', (when, result, existing, action) => {
    expect(commentAction(when, result, existing)).toBe(action);
  });
});

function gate(overrides: Partial<GateReport> = {}): GateReport {
  return {
    name: 'error-rate',
    query: 'sum(rate(http_requests_total{code=~"5.."}[1m])) / sum(rate(http_requests_total[1m]))',
    limits: { max: 0.01 },
    samples: [],
    counts: { ok: 3, breach: 2, 'no-data': 0, error: 0 },
    last: 0.034,
    peak: 0.05,
    result: 'failed',
    inconclusive: false,
    detail: '0.034 > 0.01 for 2 samples in a row',
    warnings: [],
    ...overrides,
  };
}

function report(checks: CheckOutcome[], overrides: Partial<Report> = {}): Report {
  const failed = checks.some((check) => check.result === 'failed');
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'post-deploy-check', version: '0.1.0' },
    service: 'shop-api',
    environment: 'production',
    version: 'v1.4.2',
    dryRun: false,
    startedAt: '2026-12-03T12:00:00.000Z',
    finishedAt: '2026-12-03T12:05:00.000Z',
    durationMs: 300_000,
    timedOut: false,
    timeline: { started: '2026-12-03T12:00:00.000Z' },
    rollbackNeeded: failed,
    context: { runUrl: RUN_URL },
    command: 'check',
    verdict: {
      result: failed ? 'failed' : 'passed',
      reasons: checks.filter((check) => check.result !== 'passed').map((check) => `${check.name}: ${check.detail}`),
    },
    summary: 'a summary line',
    checks,
    ...overrides,
  };
}

const failedHealth = outcome({
  name: 'GET /health',
  result: 'failed',
  detail: 'status 503, expected 2xx: <img src=x onerror=alert(1)> [click](https://evil.example)',
  analysis: { cause: 'the service is down', nextStep: 'read the pod logs | then roll forward' },
});

describe('the comment', () => {
  it('holds the marker first, the headline, why, each failed check with its next step, the gates, the rollback and the run', () => {
    const body = renderPullRequestComment(
      report([failedHealth, outcome({ name: 'error-rate', kind: 'gate', result: 'failed', detail: 'over' })], {
        monitor: {
          windowMs: 300_000,
          intervalMs: 30_000,
          delayMs: 0,
          failureThreshold: 2,
          samples: 5,
          gates: [gate(), gate({ name: 'p95', limits: { max: 0.5 }, last: 0.21, result: 'passed', detail: 'ok' })],
        },
        rollback: {
          mode: 'auto',
          method: 'kubectl',
          outcome: 'rolled-back',
          required: false,
          rolledBack: true,
          message: 'deployment "shop-api" rolled back to revision 6',
          command: 'kubectl rollout undo deployment/shop-api',
          manualSteps: [],
        },
      }),
      MARKER,
    );
    const lines = body.split('\n');
    expect(lines[0]).toBe(MARKER);
    expect(lines[1]).toBe('### ❌ Failed, rolled back — shop-api in production');
    expect(body).toContain('**Why**');
    expect(body).toContain('- GET /health: status 503, expected 2xx');
    // The rollback says what it did in its own line, not again among the reasons.
    expect(body).toContain('**Rollback:** Rolled back — deployment &quot;shop-api&quot; rolled back to revision 6');
    expect(body).toContain('| GET /health | ❌ failed | read the pod logs \\| then roll forward |');
    expect(body).toContain('| error-rate | ≤ 0.01 | 0.034 | 3 ok · 2 breach | ❌ failed |');
    expect(body).toContain('| p95 | ≤ 0.5 | 0.21 | 3 ok · 2 breach | ✅ passed |');
    expect(body).toContain(`[the run's summary](${RUN_URL})`);
  });

  it('renders what came from the network as text: no tag, no link', () => {
    const body = renderPullRequestComment(report([failedHealth]), MARKER);
    expect(body).not.toContain('<img');
    expect(body).not.toContain('[click]');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt; &#91;click&#93;(https://evil.example)');
  });

  it('stays under 65,536 characters with thousands of long failures, and says what it left out', () => {
    const many = Array.from({ length: 3_000 }, (_, index) =>
      outcome({
        name: `GET /item/${index}`,
        result: 'failed',
        detail: `status 500 ${'é'.repeat(400)}`,
        analysis: { cause: 'x', nextStep: `retry ${'ü'.repeat(400)}` },
      }),
    );
    const gates = Array.from({ length: 500 }, (_, index) => gate({ name: `gate-${index}-${'g'.repeat(900)}` }));
    const body = renderPullRequestComment(
      report(many, {
        monitor: { windowMs: 1, intervalMs: 1, delayMs: 0, failureThreshold: 1, samples: 1, gates },
      }),
      MARKER,
    );
    expect(Array.from(body).length).toBeLessThan(65_536);
    expect(body).toContain('- … and 2990 more');
    expect(body).toMatch(/_… and \d+ more: the run's summary has every one\._/);
    expect(body.split('\n')[0]).toBe(MARKER);
  });

  it('says where the details are outside a workflow run', () => {
    const body = renderPullRequestComment(report([], { context: {} }), MARKER);
    expect(body).toContain('Every response, query and chart: the job summary and the JSON report.');
    expect(body).not.toContain('**Why**');
  });
});

/** Records each call; `existing` is the comment find answers with, `fail` makes a call of that kind reject. */
class FakeComments implements PullRequestComments {
  readonly calls: { call: 'find' | 'create' | 'update'; target: number; marker?: string; body?: string }[] = [];

  constructor(
    private readonly existing?: PullRequestCommentRef,
    private readonly fail: Partial<Record<'find' | 'create' | 'update', Error>> = {},
  ) {}

  find(pullRequest: number, marker: string) {
    this.calls.push({ call: 'find', target: pullRequest, marker });
    return this.fail.find ? Promise.reject(this.fail.find) : Promise.resolve(this.existing);
  }

  create(pullRequest: number, body: string) {
    this.calls.push({ call: 'create', target: pullRequest, body });
    if (this.fail.create) return Promise.reject(this.fail.create);
    return Promise.resolve({ id: 77, url: 'https://github.com/acme/shop-api/pull/42#issuecomment-77' });
  }

  update(commentId: number, body: string) {
    this.calls.push({ call: 'update', target: commentId, body });
    if (this.fail.update) return Promise.reject(this.fail.update);
    return Promise.resolve({
      id: commentId,
      url: `https://github.com/acme/shop-api/pull/42#issuecomment-${commentId}`,
    });
  }
}

async function run(
  inputs: Partial<Record<ConfigKey, string>>,
  options: { status?: number; comments?: PullRequestComments; pullRequest?: number } = {},
) {
  const loaded = await load({
    checks: '- path: /health\n  retries: 0',
    'github-token': TOKEN,
    'pr-comment': 'always',
    ...inputs,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const clock = new FakeClock();
  const logger = new RecordingLogger();
  const report = await runChecks(buildPlan(loaded.config), {
    prober: new FakeProber({ 'https://shop.example.com/health': [response(options.status ?? 200)] }, { clock }),
    clock,
    logger,
    ...(options.comments ? { pullRequestComments: options.comments } : {}),
    redact: createRedactor(loaded.secrets),
    context: {
      runUrl: RUN_URL,
      ...(options.pullRequest !== undefined ? { pullRequest: options.pullRequest } : {}),
    },
    tool: { name: 'post-deploy-check', version: '0.1.0' },
  });
  return { report, logger };
}

describe('the comment of a run', () => {
  it("creates it on the event's pull request when there is none, with the verdict the report holds", async () => {
    const comments = new FakeComments();
    const { report } = await run({}, { comments, pullRequest: 42 });

    expect(comments.calls.map(({ call, target }) => [call, target])).toEqual([
      ['find', 42],
      ['create', 42],
    ]);
    expect(comments.calls[0]?.marker).toBe(MARKER);
    expect(comments.calls[1]?.body).toMatch(
      /^<!-- post-deploy-check service=shop-api environment=production -->\n### ✅ Passed/,
    );
    expect(report.verdict.result).toBe('passed');
    expect(report.pullRequestComment).toEqual({
      when: 'always',
      pullRequest: 42,
      action: 'created',
      url: 'https://github.com/acme/shop-api/pull/42#issuecomment-77',
      detail: 'comment 77 created on pull request #42',
    });
  });

  it('updates the one the marker finds, on the pull request pr-number names', async () => {
    const comments = new FakeComments({ id: 5, url: 'https://github.com/acme/shop-api/pull/9#issuecomment-5' });
    const { report } = await run({ 'pr-number': '9' }, { comments, pullRequest: 42, status: 503 });

    expect(comments.calls.map(({ call, target }) => [call, target])).toEqual([
      ['find', 9],
      ['update', 5],
    ]);
    expect(comments.calls[1]?.body).toContain('### ❌ Failed');
    expect(report.pullRequestComment?.action).toBe('updated');
  });

  it('on-failure: a pass with no comment there sends nothing; a failure creates one', async () => {
    const quiet = new FakeComments();
    const passed = await run({ 'pr-comment': 'on-failure' }, { comments: quiet, pullRequest: 42 });
    expect(quiet.calls.map(({ call }) => call)).toEqual(['find']);
    expect(passed.report.pullRequestComment?.action).toBe('skipped');

    const loud = new FakeComments();
    await run({ 'pr-comment': 'on-failure' }, { comments: loud, pullRequest: 42, status: 500 });
    expect(loud.calls.map(({ call }) => call)).toEqual(['find', 'create']);
  });

  it('without a pull request, says so and sends nothing', async () => {
    const comments = new FakeComments();
    const { report, logger } = await run({}, { comments });
    expect(comments.calls).toEqual([]);
    expect(report.pullRequestComment).toMatchObject({ action: 'skipped' });
    expect(logger.warnings).toEqual([]);
    expect(logger.lines).toContain(
      'Pull-request comment: no pull request: the event is not about one and pr-number is not set',
    );
  });

  it('a token without the permission warns with the permission to add and leaves the verdict alone', async () => {
    const denied = new TrackerError('HTTP 403: Resource not accessible by integration', 'pull-requests: write');
    const comments = new FakeComments(undefined, { create: denied });
    const { report, logger } = await run({}, { comments, pullRequest: 42 });

    expect(report.verdict).toEqual({ result: 'passed', reasons: [] });
    expect(report.pullRequestComment?.action).toBe('failed');
    expect(logger.warnings).toEqual([
      "Pull-request comment: no comment created on pull request #42: HTTP 403: Resource not accessible by integration; give the job's token pull-requests: write",
    ]);
  });

  it('a dry run reads and sends nothing, and says what it would do', async () => {
    const comments = new FakeComments();
    const { report, logger } = await run({ 'dry-run': 'true' }, { comments, pullRequest: 42 });
    expect(comments.calls).toEqual([]);
    expect(report.pullRequestComment?.action).toBe('dry-run');
    expect(logger.lines).toContain('dry run: would create or update the comment on pull request #42');
  });
});
