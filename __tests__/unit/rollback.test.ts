import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { buildPlan } from '../../src/engine/plan.js';
import type { ClusterInspector } from '../../src/engine/ports.js';
import { renderMarkdown } from '../../src/engine/report/markdown.js';
import { runChecks } from '../../src/engine/run.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeProber, response } from '../support/fakeProber.js';
import { RecordingLogger } from '../support/fixtures.js';
import { FakeChannel } from '../support/fakeChannel.js';
import { FakeCluster, FakeMetrics, FakeRollbacker, pod } from '../support/fakeMonitor.js';

const BASE = 'https://shop.example.com';
const AVAILABLE = { complete: true, message: 'deployment "shop-api" successfully rolled out' };
const NEVER = { complete: false, message: 'error: timed out waiting for the condition' };

/** A failing (or passing) check, then whatever rollback the inputs ask for, against fakes. */
async function run(
  inputs: Partial<Record<ConfigKey, string>>,
  options: {
    health?: number[];
    rollbacker?: FakeRollbacker;
    cluster?: ClusterInspector;
    signal?: AbortSignal;
    notices?: FakeChannel[];
  } = {},
) {
  const loaded = await loadConfig({
    inputs: {
      service: 'shop-api',
      'base-url': BASE,
      checks: '- path: /health\n  retries: 0',
      'kube-deployment': 'shop-api',
      'kube-namespace': 'shop',
      'rollout-timeout': '0',
      'monitor-window': '0',
      ...inputs,
    },
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const clock = new FakeClock();
  const prober = new FakeProber(
    { [`${BASE}/health`]: (options.health ?? [503]).map((status) => response(status)) },
    { clock },
  );
  const rollbacker = options.rollbacker ?? new FakeRollbacker();
  const cluster = options.cluster ?? new FakeCluster([[pod('shop-1')]], AVAILABLE);
  rollbacker.confirmedBy = cluster;
  const logger = new RecordingLogger();
  const report = await runChecks(buildPlan(loaded.config), {
    prober,
    metrics: new FakeMetrics({}, clock),
    cluster,
    rollbacker,
    clock,
    logger,
    redact: createRedactor(loaded.secrets),
    context: {},
    tool: { name: 'post-deploy-check', version: '0.1.0' },
    signal: options.signal,
    notices: options.notices,
  });
  return { report, rollbacker, cluster, logger, prober };
}

describe('rollback', () => {
  it('rolls back a failed release once, confirms it is available and checks it again', async () => {
    const { report, rollbacker, prober } = await run({}, { health: [503, 200] });
    expect(rollbacker.undos).toEqual([undefined]);
    expect(report.rollback).toMatchObject({
      outcome: 'rolled-back',
      rolledBack: true,
      required: false,
      from: { revision: 3 },
      to: { revision: 2 },
    });
    expect(report.rollback?.rechecks?.map((check) => check.result)).toEqual(['passed']);
    expect(prober.requests).toHaveLength(2);
    expect(report.verdict.result).toBe('failed');
    expect(report.summary).toContain('— rolled back to revision 2 —');
    expect(report.timeline).toMatchObject({
      failureDetected: expect.any(String),
      rollbackStarted: expect.any(String),
      rollbackCompleted: expect.any(String),
    });
    expect(renderMarkdown(report).split('\n')[0]).toBe('## ❌ Failed, rolled back — shop-api in production');
  });

  it('never rolls back a passed or a warning verdict', async () => {
    for (const inputs of [{}, { checks: '- path: /health\n  retries: 0\n  required: false' }]) {
      const { report, rollbacker } = await run(inputs, { health: inputs.checks ? [503] : [200] });
      expect(report.verdict.result).not.toBe('failed');
      expect(rollbacker.undos).toEqual([]);
      expect(report.rollback).toBeUndefined();
    }
  });

  it('never rolls back for a setup problem: kubectl missing, or a query Prometheus rejects', async () => {
    const cluster: ClusterInspector = {
      waitForRollout: () => Promise.reject(new Error('kubectl is not installed or not on PATH')),
      listPods: async () => [pod('shop-1')],
      podLogs: async () => [],
    };
    const { report, rollbacker } = await run(
      { checks: '/health', 'rollout-timeout': '1m' },
      { health: [200], cluster },
    );
    expect(report.checks[0]).toMatchObject({ name: 'rollout', result: 'failed', setupProblem: true });
    expect(report.verdict.result).toBe('failed');
    expect(rollbacker.undos).toEqual([]);
    expect(report.rollbackNeeded).toBe(false);
  });

  it('rolls back under command: rollback even when rollback is manual: the approval job is the approval', async () => {
    const { rollbacker, report } = await run({ command: 'rollback', rollback: 'manual' }, { health: [200] });
    expect(rollbacker.undos).toEqual([undefined]);
    expect(report.verdict.result).toBe('passed');
  });

  it('never starts a rollback after a cancel', async () => {
    const cancel = new AbortController();
    cancel.abort();
    const { rollbacker, report } = await run({}, { signal: cancel.signal });
    expect(rollbacker.undos).toEqual([]);
    expect(report.rollback).toBeUndefined();
  });

  it('says what a cancelled rollback job did: nothing', async () => {
    const cancel = new AbortController();
    cancel.abort();
    const { rollbacker, report } = await run({ command: 'rollback' }, { signal: cancel.signal });
    expect(rollbacker.undos).toEqual([]);
    expect(report.verdict).toEqual({
      result: 'cancelled',
      reasons: ['the step was cancelled before the rollback started: nothing was undone'],
    });
    expect(report.summary).toMatch(/^cancelled: shop-api in production — stopped before anything was done — /);
  });

  it('lets an undo already under way finish its one request when cancelled, and stops only the wait after it', async () => {
    const cancel = new AbortController();
    const undoSignals: boolean[] = [];
    class CancelledDuringUndo extends FakeRollbacker {
      override async undo(toRevision: number | undefined, signal?: AbortSignal) {
        cancel.abort();
        undoSignals.push(signal?.aborted ?? true);
        return super.undo(toRevision);
      }
    }
    const cluster: ClusterInspector = {
      waitForRollout: async (_timeoutMs, signal) => (signal.aborted ? NEVER : AVAILABLE),
      listPods: async () => [pod('shop-1')],
      podLogs: async () => [],
    };
    const { report, rollbacker } = await run(
      {},
      { rollbacker: new CancelledDuringUndo(), cluster, signal: cancel.signal },
    );
    expect(rollbacker.undos).toEqual([undefined]);
    expect(undoSignals).toEqual([false]);
    expect(report.rollback).toMatchObject({ outcome: 'rolled-back', rolledBack: true });
    expect(report.rollback?.rechecks).toBeUndefined();
    expect(report.rollback?.message).toBe(
      'deployment.apps/shop-api rolled back; the step was cancelled before the rollback was confirmed: run kubectl rollout status deployment/shop-api -n shop --timeout=60s',
    );
  });

  it('still announces a rollback that ended long after the time limit: notices get their time from when they start', async () => {
    // Real time, since that is what notices are bounded by: an undo that outlasts timeout + 7 s.
    class SlowUndo extends FakeRollbacker {
      override async undo(toRevision: number | undefined) {
        await new Promise((resolve) => setTimeout(resolve, 8_200));
        return super.undo(toRevision);
      }
    }
    const slack = new FakeChannel('slack');
    await run(
      { command: 'rollback', timeout: '1s', 'slack-webhook-url': 'https://hooks.slack.com/services/T0/B0/s3cret' },
      // The approval job's re-check is its confirmation: the restored service answers.
      { rollbacker: new SlowUndo(), notices: [slack], health: [200] },
    );
    expect(slack.received.map((notice) => notice.event)).toEqual(['start', 'success']);
    expect(slack.abortedAtSend).toEqual([false, false]);
  }, 20_000);

  it('rolls back to rollback-to-revision when given', async () => {
    const { rollbacker, report } = await run({ 'rollback-to-revision': '1' });
    expect(rollbacker.undos).toEqual([1]);
    expect(report.rollbackCommand).toBe('kubectl rollout undo deployment/shop-api -n shop --to-revision=1');
  });

  it('says there is no earlier revision, undoes nothing, and says what to do instead: not ROLLBACK FAILED', async () => {
    const { report, rollbacker } = await run(
      {},
      { rollbacker: new FakeRollbacker({ current: { revision: 1, images: ['shop:v1'] } }) },
    );
    expect(rollbacker.undos).toEqual([]);
    expect(report.rollback).toMatchObject({
      outcome: 'not-rolled-back',
      rolledBack: false,
      required: true,
      message:
        'deployment/shop-api -n shop has no earlier revision to roll back to: nothing was undone; deploy a fixed version, or take it out of service',
      manualSteps: [
        'kubectl rollout history deployment/shop-api -n shop',
        '# no earlier revision: deploy a fixed version, or take the Deployment out of service:',
        'kubectl scale deployment/shop-api -n shop --replicas=0',
      ],
    });
    // Nothing started and nothing completed: the timeline has no rollback rows.
    expect(report.timeline.rollbackStarted).toBeUndefined();
    expect(report.timeline.rollbackCompleted).toBeUndefined();
    const summary = renderMarkdown(report);
    expect(summary).not.toContain('ROLLBACK FAILED');
    expect(summary).not.toContain('rollback completed');
    expect(summary).not.toContain('kubectl rollout undo deployment/shop-api -n shop\n');
    expect(summary).toContain('kubectl scale deployment/shop-api -n shop --replicas=0');
  });

  it('reports a skipped undo as not a rollback', async () => {
    const skipped = new FakeRollbacker(undefined, {
      rolledBack: false,
      message: 'deployment.apps/shop-api skipped rollback (current template already matches revision 2)',
    });
    const { report } = await run({}, { rollbacker: skipped });
    expect(report.rollback).toMatchObject({ outcome: 'not-rolled-back', rolledBack: false, required: true });
  });

  it("headlines ROLLBACK FAILED with kubectl's message and the commands to run by hand when undo fails", async () => {
    const { report } = await run({}, { rollbacker: new FakeRollbacker(undefined, 'error') });
    expect(report.rollback).toMatchObject({
      outcome: 'failed',
      required: true,
      message: 'error: failed restoring revision 2: Internal error occurred: etcdserver: request timed out',
    });
    const markdown = renderMarkdown(report);
    expect(markdown.split('\n')[0]).toBe('## 🚨 ROLLBACK FAILED — shop-api in production');
    expect(markdown).toContain(
      'kubectl rollout undo deployment/shop-api -n shop\nkubectl rollout status deployment/shop-api -n shop --timeout=60s\nkubectl logs deployment/shop-api -n shop --all-containers --since=15m',
    );
  });

  it('fails the rollback when the rolled-back Deployment never becomes available', async () => {
    const { report } = await run({}, { cluster: new FakeCluster([[pod('shop-1')]], [NEVER]) });
    expect(report.rollback).toMatchObject({
      outcome: 'failed',
      rolledBack: true,
      required: true,
      message: 'rolled back, but not available within the rollback timeout: error: timed out waiting for the condition',
    });
  });

  it.each([
    ['manual', 'manual'],
    ['off', 'off'],
  ] as const)('with rollback: %s undoes nothing and says a rollback is needed', async (mode, outcome) => {
    const { report, rollbacker } = await run({ rollback: mode });
    expect(rollbacker.undos).toEqual([]);
    expect(report.rollback).toMatchObject({
      outcome,
      required: true,
      rolledBack: false,
      command: 'kubectl rollout undo deployment/shop-api -n shop',
    });
  });

  it('in dry-run prints the exact commands and runs none', async () => {
    const { report, rollbacker, logger } = await run({ 'dry-run': 'true' });
    expect(rollbacker.undos).toEqual([]);
    expect(report.rollback?.outcome).toBe('dry-run');
    expect(logger.lines).toEqual(
      expect.arrayContaining([
        'dry-run: would run kubectl rollout undo deployment/shop-api -n shop',
        'dry-run: would run kubectl rollout status deployment/shop-api -n shop --timeout=60s',
      ]),
    );
  });

  it('names the GitOps controller and the lasting fix', async () => {
    const argo = new FakeRollbacker({
      current: { revision: 3, images: [] },
      target: { revision: 2, images: [] },
      gitOps: 'Argo CD',
    });
    const { report } = await run({}, { rollbacker: argo });
    expect(renderMarkdown(report)).toContain(
      '**Argo CD manages this Deployment.** The undo restores service now, but the controller may re-apply the bad revision at its next sync. The lasting fix: revert the change in Git.',
    );
  });

  it('with command: rollback rolls back now without checking, and passes when it is available', async () => {
    const { report, rollbacker, prober } = await run({ command: 'rollback' }, { health: [200] });
    expect(rollbacker.undos).toEqual([undefined]);
    expect(report.verdict.result).toBe('passed');
    expect(prober.requests).toHaveLength(1);
    expect(report.checks).toEqual([]);
  });
});
