import { readFile } from 'node:fs/promises';
import { runAction } from '../support/runAction.js';
import {
  helmState,
  NAMESPACE,
  realisticHistory,
  RELEASE,
  startFakeHelm,
  type FakeHelm,
  type FakeHelmState,
} from '../support/fakeHelm.js';
import { json, startTestService, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it: a failing smoke check, then `rollback-with: helm` through a
// recording fake helm first on PATH (Helm is not installed here). The service turns healthy once the fake
// has recorded the rollback's new revision, as a real release would once helm rollback --wait returned.

let fake: FakeHelm | undefined;
let service: TestService;

const rolledBack = (server: FakeHelm) => {
  const newest = server.state().revisions.at(-1);
  return newest?.status === 'deployed' && newest.description.startsWith('Rollback to ');
};

beforeEach(async () => {
  service = await startTestService({
    '/health': (_req, res) => {
      const healthy = fake !== undefined && rolledBack(fake);
      json(res, healthy ? 200 : 503, { status: healthy ? 'ok' : 'down' });
    },
  });
});
afterEach(async () => {
  expect(fake?.violations() ?? []).toEqual([]);
  await fake?.close();
  fake = undefined;
  await service.close();
});

async function runAgainst(state: Partial<FakeHelmState> = {}, inputs: Record<string, string> = {}) {
  fake = await startFakeHelm(helmState({ context: 'fake', ...state }));
  const run = await runAction(
    {
      'base-url': service.url,
      checks: '- path: /health\n  retries: 0',
      'rollback-with': 'helm',
      'helm-release': RELEASE,
      'kube-namespace': NAMESPACE,
      'kube-context': 'fake',
      'monitor-window': '0',
      'rollback-timeout': '5s',
      ...inputs,
    },
    { env: { PATH: fake.path } },
  );
  const reportPath = run.outputs['report-path'];
  const report = reportPath ? JSON.parse(await readFile(reportPath, 'utf8')) : undefined;
  return { run, report, server: fake };
}

const scope = ['--namespace', NAMESPACE, '--kube-context', 'fake'];
const history = ['history', RELEASE, '-o', 'json', '--max', '20', ...scope];
const status = ['status', RELEASE, '-o', 'json', ...scope];
const COMMAND = 'helm rollback shop --wait --timeout 5s --namespace shop-prod --kube-context fake';

describe('the action rolls a failed release back with helm', () => {
  it('rolls back once to the newest good revision, confirms it with helm status and checks again', async () => {
    const { run, report, server } = await runAgainst();

    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({
      'rolled-back': 'true',
      'rollback-required': 'false',
      'rollback-revision': '2',
      'rollback-command': COMMAND,
    });
    expect(server.calls()).toEqual([
      history,
      status,
      ['rollback', RELEASE, '2', '--wait', '--timeout', '5s', ...scope],
      status,
      history,
    ]);
    expect(server.state().revisions.at(-1)).toMatchObject({
      revision: 5,
      status: 'deployed',
      chart: 'shop-1.4.2',
      description: 'Rollback to 2',
    });
    expect(report.rollback).toMatchObject({
      method: 'helm',
      outcome: 'rolled-back',
      from: { revision: 4, chart: 'shop-1.5.1', appVersion: '1.5.1' },
      to: { revision: 2, chart: 'shop-1.4.2', appVersion: '1.4.2' },
    });
    expect(report.rollback.message).toContain('helm rollback shop 2: Rollback was a success! Happy Helming!');
    expect(report.rollback.message).toContain(
      'release shop is deployed at revision 5: chart shop-1.4.2, app version 1.4.2, as revision 2 had',
    );
    expect(report.rollback.rechecks.map((check: { result: string }) => check.result)).toEqual(['passed']);
    expect(run.stdout).toContain(`running ${COMMAND}`);
    expect(run.summary).toContain('## ❌ Failed, rolled back');
    expect(run.outputs.summary).toContain('rolled back to revision 2');
  });

  it('says in the summary that Flux manages the release', async () => {
    const { run } = await runAgainst({ revisions: realisticHistory({ flux: true }) });

    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.summary).toContain('Flux manages this Helm release.');
  });

  it('attempts nothing while another operation holds the release, and says so', async () => {
    const revisions = realisticHistory();
    revisions.push({
      ...(revisions[3] as NonNullable<(typeof revisions)[3]>),
      revision: 5,
      status: 'pending-upgrade',
      description: 'Preparing upgrade',
    });
    const { run, server } = await runAgainst({ revisions });

    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-required': 'true' });
    expect(run.summary).toContain(
      'another operation is in progress on the release (pending-upgrade): helm history shows revision 5 as pending-upgrade (&quot;Preparing upgrade&quot;), so no rollback was attempted',
    );
    expect(server.calls()).toEqual([history]);
  });

  it('in dry-run prints the helm commands and runs none', async () => {
    const { run, server } = await runAgainst({}, { 'dry-run': 'true' });

    expect(run.stdout).toContain(`dry-run: would run ${COMMAND}`);
    expect(server.calls()).toEqual([]);
    expect(server.state().revisions).toHaveLength(4);
  });

  it('with command: rollback (the approval job) rolls back now and exits 0 once confirmed', async () => {
    const { run, server } = await runAgainst({}, { command: 'rollback' });

    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'passed', 'rolled-back': 'true', 'rollback-revision': '2' });
    expect(server.calls().map((call) => call[0])).toEqual(['history', 'status', 'rollback', 'status', 'history']);
    // No check before the rollback: the one request is the re-check, against the restored release.
    expect(service.requests).toHaveLength(1);
  });
});
