import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClusterError, RollbackError, type RollbackContext } from '../../src/engine/ports.js';
import {
  createHelmRollbacker,
  fluxManaged,
  type HelmRollbacker,
  type HelmRollbackerOptions,
} from '../../src/providers/helm/helmRollbacker.js';
import {
  helmState,
  manifest,
  NAMESPACE,
  realisticHistory,
  RELEASE,
  startFakeHelm,
  SUCCESS,
  type FakeHelm,
  type FakeHelmState,
} from '../support/fakeHelm.js';
import { rejectionOf } from '../support/rejection.js';

// The helm rollbacker against a recording fake `helm` on PATH that holds every call to the contract
// (/work/shared/contracts/helm-rollback.json) and answers from a scripted release history.

let fake: FakeHelm | undefined;

async function helm(state: Partial<FakeHelmState> = {}): Promise<FakeHelm> {
  fake = await startFakeHelm(helmState(state));
  return fake;
}

afterEach(async () => {
  // Whatever a test did, the action never sent helm an argument outside the contract.
  expect(fake?.violations() ?? []).toEqual([]);
  await fake?.close();
  fake = undefined;
});

const rollbacker = (options: Partial<HelmRollbackerOptions> = {}): HelmRollbacker =>
  createHelmRollbacker({
    release: RELEASE,
    namespace: NAMESPACE,
    env: { ...process.env, PATH: fake?.path ?? '' },
    ...options,
  });

const signal = () => new AbortController().signal;
const context = (timeoutMs = 30_000): RollbackContext => ({
  result: 'failed',
  failedChecks: ['GET /health'],
  timeoutMs,
  reportSoFar: {},
});

const scope = ['--namespace', NAMESPACE];
const historyCall = ['history', RELEASE, '-o', 'json', '--max', '20', ...scope];
const statusCall = ['status', RELEASE, '-o', 'json', ...scope];
const rollbackCall = (revision: number, timeout = '30s') => [
  'rollback',
  RELEASE,
  String(revision),
  '--wait',
  '--timeout',
  timeout,
  ...scope,
];

const statuses = (server: FakeHelm) => server.state().revisions.map((r) => [r.revision, r.status, r.description]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('preview: the release history before rolling back', () => {
  it.each([3, 4] as const)(
    'Helm %i: the current revision is the newest, the target the newest earlier deployed or superseded one (2: 3 failed)',
    async (helmVersion) => {
      const server = await helm({ helmVersion });
      expect(await rollbacker().preview(undefined, signal())).toEqual({
        current: { revision: 4, images: [], chart: 'shop-1.5.1', appVersion: '1.5.1' },
        target: { revision: 2, images: [], chart: 'shop-1.4.2', appVersion: '1.4.2' },
      });
      expect(server.calls()).toEqual([historyCall, statusCall]);
    },
  );

  it('passes the context and, when kubernetes is named in insecure-skip-tls-verify, --kube-insecure-skip-tls-verify', async () => {
    const server = await helm({ context: 'prod-eu', insecureSkipTlsVerify: true });
    await rollbacker({ context: 'prod-eu', insecureSkipTlsVerify: true }).preview(undefined, signal());
    const tail = [...scope, '--kube-context', 'prod-eu', '--kube-insecure-skip-tls-verify'];
    expect(server.calls()).toEqual([
      ['history', RELEASE, '-o', 'json', '--max', '20', ...tail],
      ['status', RELEASE, '-o', 'json', ...tail],
    ]);
  });

  it('targets rollback-to-revision when it is in the history, whatever its status', async () => {
    await helm();
    expect((await rollbacker().preview(1, signal())).target).toEqual({
      revision: 1,
      images: [],
      chart: 'shop-1.4.1',
      appVersion: '1.4.1',
    });
    expect((await rollbacker().preview(3, signal())).target?.revision).toBe(3);
  });

  it.each([
    ['the current revision', 4],
    ['a revision not in the history', 9],
  ])('has no target for rollback-to-revision of %s', async (_what, revision) => {
    await helm();
    const preview = await rollbacker().preview(revision, signal());
    expect(preview.current?.revision).toBe(4);
    expect(preview.target).toBeUndefined();
  });

  it('keeps a rollback-to-revision older than the 20 revisions read as the target, for helm to judge', async () => {
    const revisions = Array.from({ length: 20 }, (_, i) => ({
      revision: i + 11,
      status: i === 19 ? 'deployed' : 'superseded',
      chart: `shop-1.${i}.0`,
      appVersion: `1.${i}.0`,
      description: 'Upgrade complete',
    }));
    await helm({ revisions });
    expect((await rollbacker().preview(3, signal())).target).toEqual({ revision: 3, images: [] });
  });

  it('has no target when there is no earlier revision', async () => {
    const server = await helm({
      revisions: realisticHistory()
        .slice(0, 1)
        .map((r) => ({ ...r, status: 'deployed' })),
    });
    expect(await rollbacker().preview(undefined, signal())).toEqual({
      current: { revision: 1, images: [], chart: 'shop-1.4.1', appVersion: '1.4.1' },
    });
    expect(server.calls().map((call) => call[0])).toEqual(['history', 'status']);
  });

  it('has no target when every earlier revision failed', async () => {
    const [first, , third] = realisticHistory();
    await helm({
      revisions: [
        { ...(first as NonNullable<typeof first>), status: 'failed', description: 'Install failed' },
        { ...(third as NonNullable<typeof third>), revision: 2, status: 'deployed' },
      ],
    });
    expect((await rollbacker().preview(undefined, signal())).target).toBeUndefined();
  });

  it.each(['pending-install', 'pending-upgrade', 'pending-rollback'])(
    'refuses a release whose newest revision is %s, and runs nothing more',
    async (status) => {
      const revisions = realisticHistory();
      revisions.push({
        ...(revisions[3] as NonNullable<(typeof revisions)[3]>),
        revision: 5,
        status,
        description: 'Preparing',
      });
      const server = await helm({ revisions });
      const error = await rejectionOf(rollbacker().preview(undefined, signal()), ClusterError);
      expect(error.message).toBe(
        `another operation is in progress on the release (${status}): helm history shows revision 5 as ${status} ("Preparing"), so no rollback was attempted; once it has ended run the rollback again, or, if it was interrupted, roll back by hand`,
      );
      expect(server.calls()).toEqual([historyCall]);
    },
  );

  it('names the release and the namespace when helm does not find it', async () => {
    await helm({ namespace: 'shop-staging' });
    const error = await rejectionOf(rollbacker().preview(undefined, signal()), ClusterError);
    expect(error.message).toBe(
      'Helm release "shop" in namespace "shop-prod" was not found (helm history: release: not found): check helm-release, kube-namespace and kube-context',
    );
  });

  it('says helm is not installed when it is not on PATH', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'pdc-no-helm-'));
    try {
      const error = await rejectionOf(
        createHelmRollbacker({ release: RELEASE, namespace: NAMESPACE, env: { PATH: empty } }).preview(
          undefined,
          signal(),
        ),
        ClusterError,
      );
      expect(error.message).toBe('helm is not installed or not on PATH: helm was not found');
    } finally {
      await rm(empty, { recursive: true });
    }
  });

  it('fails with helm’s Error line when the cluster cannot be reached', async () => {
    await helm({
      errors: {
        history:
          'Error: kubernetes cluster unreachable: Get "https://10.0.0.1/version": dial tcp 10.0.0.1:443: i/o timeout',
      },
    });
    const error = await rejectionOf(rollbacker().preview(undefined, signal()), ClusterError);
    expect(error.message).toBe(
      'helm history failed: Error: kubernetes cluster unreachable: Get "https://10.0.0.1/version": dial tcp 10.0.0.1:443: i/o timeout',
    );
  });

  it.each([
    ['Flux’s helm.toolkit.fluxcd.io labels on the rendered objects', true, 'Flux'],
    ['objects without them', false, undefined],
  ])('names the GitOps controller from %s', async (_what, flux, gitOps) => {
    await helm({ revisions: realisticHistory({ flux }) });
    const preview = await rollbacker().preview(undefined, signal());
    expect(preview.gitOps).toBe(gitOps);
    expect(preview.target?.revision).toBe(2);
  });

  it('reads the Flux label only from an object’s labels, not from other text of the manifest', () => {
    expect(fluxManaged(manifest('shop:1', { flux: true }))).toBe(true);
    expect(fluxManaged(manifest('shop:1'))).toBe(false);
    const mention = `${manifest('shop:1')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: notes }\ndata:\n  text: "helm.toolkit.fluxcd.io/name: shop"\n`;
    expect(fluxManaged(mention)).toBe(false);
    expect(fluxManaged('{ not: yaml: at all')).toBe(false);
  });

  it('stops a history read that does not end, within its time limit', async () => {
    const server = await helm({ misbehave: { on: ['history'], as: 'hang' } });
    const started = Date.now();
    const error = await rejectionOf(rollbacker({ readTimeoutMs: 1_000 }).preview(undefined, signal()), ClusterError);
    expect(error.message).toBe('helm history did not end within 1s: it was stopped');
    expect(Date.now() - started).toBeLessThan(3_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.pids().filter(alive)).toEqual([]);
  });

  it('kills helm and says so when the step is cancelled during a read', async () => {
    const server = await helm({ misbehave: { on: ['history'], as: 'hang' } });
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 500);
    const error = await rejectionOf(rollbacker().preview(undefined, cancel.signal), ClusterError);
    expect(error.message).toBe('stopped: the step was cancelled or reached its time limit');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.pids().filter(alive)).toEqual([]);
  });

  it('refuses invalid names before helm runs', async () => {
    const server = await helm();
    const cases: [Partial<HelmRollbackerOptions>, string][] = [
      [{ release: 'Shop;rm -rf /' }, '"Shop;rm -rf /" is not a valid Helm release name'],
      [{ namespace: 'shop/prod' }, '"shop/prod" is not a valid namespace name (a DNS-1123 label)'],
      [{ context: '--kubeconfig=/tmp/x' }, '"--kubeconfig=/tmp/x" is not a usable kube context'],
    ];
    for (const [options, message] of cases) {
      expect((await rejectionOf(rollbacker(options).preview(undefined, signal()), ClusterError)).message).toBe(message);
    }
    expect(server.calls()).toEqual([]);
  });
});

describe('undo: helm rollback', () => {
  it.each([3, 4] as const)(
    'Helm %i: rolls back to the previewed revision, passed explicitly, with a bare --wait and --timeout in seconds',
    async (helmVersion) => {
      const server = await helm({ helmVersion });
      const helmRollbacker = rollbacker();
      await helmRollbacker.preview(undefined, signal());
      expect(await helmRollbacker.undo(undefined, signal(), context(42_500))).toEqual({
        rolledBack: true,
        message: `helm rollback shop 2: ${SUCCESS}`,
      });
      expect(server.calls()).toEqual([historyCall, statusCall, rollbackCall(2, '43s')]);
      // As Helm records it: a new revision copied from 2, the deployed one superseded, the failed one left.
      expect(statuses(server)).toEqual([
        [1, 'superseded', 'Install complete'],
        [2, 'superseded', 'Upgrade complete'],
        [3, 'failed', 'Upgrade "shop" failed: context deadline exceeded'],
        [4, 'superseded', 'Upgrade complete'],
        [5, 'deployed', 'Rollback to 2'],
      ]);
    },
  );

  it('restores rollback-to-revision', async () => {
    const server = await helm();
    const helmRollbacker = rollbacker();
    await helmRollbacker.preview(1, signal());
    await helmRollbacker.undo(1, signal(), context());
    expect(server.calls().at(-1)).toEqual(rollbackCall(1));
    expect(server.state().revisions.at(-1)).toMatchObject({ revision: 5, chart: 'shop-1.4.1', status: 'deployed' });
  });

  it('reads the history itself when no preview ran', async () => {
    const server = await helm();
    await rollbacker().undo(undefined, signal(), context());
    expect(server.calls()).toEqual([historyCall, statusCall, rollbackCall(2)]);
  });

  it('fails with helm’s Error line when applying the resources fails', async () => {
    const server = await helm({
      rollbackFails: { at: 'apply', error: 'Deployment.apps "shop" is invalid: spec.template: Invalid value' },
    });
    const error = await rejectionOf(rollbacker().undo(undefined, signal(), context()), RollbackError);
    // slog's warning before it is left out.
    expect(error.message).toBe(
      'helm rollback failed: Error: Deployment.apps "shop" is invalid: spec.template: Invalid value',
    );
    expect(server.state().revisions.at(-1)).toMatchObject({ revision: 5, status: 'failed' });
  });

  it('ends on helm’s own --timeout when the restored resources never become ready', async () => {
    const waitError = [
      'resource Deployment/shop-prod/shop not ready. status: InProgress, message: Available: 0/3',
      'context deadline exceeded',
    ].join('\n');
    await helm({ rollbackFails: { at: 'wait', error: waitError } });
    const started = Date.now();
    const error = await rejectionOf(rollbacker().undo(undefined, signal(), context(1_000)), RollbackError);
    expect(error.message).toBe(
      'helm rollback failed: Error: release shop failed: resource Deployment/shop-prod/shop not ready. status: InProgress, message: Available: 0/3 / context deadline exceeded',
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it('kills a helm rollback that outlives its --timeout by the margin, and says the release may be left pending', async () => {
    const server = await helm({ misbehave: { on: ['rollback'], as: 'hang', ignoreSigterm: true } });
    const helmRollbacker = rollbacker({ killMarginMs: 500 });
    await helmRollbacker.preview(undefined, signal());
    const started = Date.now();
    const error = await rejectionOf(helmRollbacker.undo(undefined, signal(), context(1_000)), RollbackError);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error.message).toBe(
      'helm rollback did not end within rollback-timeout (1s) and 500ms more, and was killed: Helm release "shop" in namespace "shop-prod" may be left pending-rollback; see helm history shop --namespace shop-prod',
    );
    expect(server.state().revisions.at(-1)).toMatchObject({ revision: 5, status: 'pending-rollback' });
    // SIGTERM ignored: SIGKILL follows after the grace.
    const pid = server.pids().at(-1) ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(alive(pid)).toBe(false);
  });

  it('is not stopped by the run’s signal: the engine hands the undo one that never aborts', async () => {
    // The rollbacker takes the signal it is given; a signal that aborts would stop helm, so the engine never passes the run's.
    const server = await helm();
    const helmRollbacker = rollbacker();
    await helmRollbacker.preview(undefined, signal());
    const never = new AbortController().signal;
    expect((await helmRollbacker.undo(undefined, never, context())).rolledBack).toBe(true);
    expect(server.calls().at(-1)).toEqual(rollbackCall(2));
  });
});

describe('confirm: helm status and history after the rollback', () => {
  async function rolledBack(state: Partial<FakeHelmState> = {}) {
    const server = await helm(state);
    const helmRollbacker = rollbacker();
    const preview = await helmRollbacker.preview(undefined, signal());
    await helmRollbacker.undo(undefined, signal(), context());
    return { server, helmRollbacker, preview };
  }

  it.each([3, 4] as const)(
    'Helm %i: complete when the release is deployed at a new revision running the target’s chart and app version',
    async (helmVersion) => {
      const { server, helmRollbacker, preview } = await rolledBack({ helmVersion });
      expect(await helmRollbacker.confirm(30_000, signal(), preview)).toEqual({
        complete: true,
        message: 'release shop is deployed at revision 5: chart shop-1.4.2, app version 1.4.2, as revision 2 had',
      });
      expect(server.calls().slice(3)).toEqual([statusCall, historyCall]);
    },
  );

  it('is not complete when the release is not deployed', async () => {
    const { server, helmRollbacker, preview } = await rolledBack();
    server.update((state) => {
      const last = state.revisions.at(-1);
      if (last)
        Object.assign(last, { status: 'failed', description: 'Release "shop" failed: context deadline exceeded' });
    });
    expect(await helmRollbacker.confirm(30_000, signal(), preview)).toEqual({
      complete: false,
      message:
        'helm status shows revision 5 of Helm release "shop" in namespace "shop-prod" as failed, not deployed: Release "shop" failed: context deadline exceeded',
    });
  });

  it('is not complete when the new revision runs another chart than the target', async () => {
    const { server, helmRollbacker, preview } = await rolledBack();
    server.update((state) => {
      const last = state.revisions.at(-1);
      if (last) Object.assign(last, { chart: 'shop-1.5.1', appVersion: '1.5.1' });
    });
    expect(await helmRollbacker.confirm(30_000, signal(), preview)).toEqual({
      complete: false,
      message:
        'revision 5 of Helm release "shop" in namespace "shop-prod" is deployed but runs chart shop-1.5.1, app version 1.5.1, not revision 2\'s chart shop-1.4.2, app version 1.4.2',
    });
  });

  it('is not complete when no revision after the failed one was recorded', async () => {
    await helm();
    const helmRollbacker = rollbacker();
    const preview = await helmRollbacker.preview(undefined, signal());
    expect(await helmRollbacker.confirm(30_000, signal(), preview)).toEqual({
      complete: false,
      message:
        'helm status shows revision 4 of Helm release "shop" in namespace "shop-prod" as deployed, but no revision after the failed 4: the rollback recorded none',
    });
  });

  it('rejects with helm’s message when status cannot be read', async () => {
    const { server, helmRollbacker, preview } = await rolledBack();
    server.update((state) => {
      state.errors = { status: 'Error: kubernetes cluster unreachable' };
    });
    const error = await rejectionOf(helmRollbacker.confirm(30_000, signal(), preview), ClusterError);
    expect(error.message).toBe('helm status failed: Error: kubernetes cluster unreachable');
  });
});

describe('the fake helm holds the action to the contract', () => {
  it('records a call outside it, and fails it as helm would', async () => {
    const server = await helm();
    const env = { ...process.env, PATH: server.path };
    const { execFile } = await import('node:child_process');
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = execFile('helm', args, { env }, (error, _stdout, stderr) =>
          resolve({ code: error ? (child.exitCode ?? 1) : 0, stderr }),
        );
      });
    expect(await run(['rollback', RELEASE, '--wait=true', '--namespace', NAMESPACE])).toEqual({
      code: 1,
      stderr: expect.stringContaining('Error: fake helm: helm rollback without an explicit revision') as unknown,
    });
    expect(await run(['history', RELEASE, '--output-format', 'json'])).toEqual({
      code: 1,
      stderr: 'Error: unknown flag: --output-format\n',
    });
    expect(server.violations().map((violation) => violation.args[0])).toEqual(['rollback', 'history']);
    // Seen, and cleared so that afterEach finds none from the rollbacker.
    await server.close();
    fake = await startFakeHelm(helmState());
  });
});
