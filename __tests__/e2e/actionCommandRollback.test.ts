import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../support/runAction.js';
import { json, startTestService, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it, rolling back with the team's own command: a failing smoke check, then
// `rollback-with: command`. The command "switches back" by writing a file the test service reads: healthy once
// it exists, so the re-check tells whether the command ran.

const TOKEN = 'Bearer tok-5e6f7a8b9c0d1e2f';
let service: TestService;
let workspace: string;
let switched: string;

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'pdc-workspace-'));
  switched = join(workspace, 'switched-back');
  service = await startTestService({
    '/health': (_req, res) => json(res, existsSync(switched) ? 200 : 503, { ok: existsSync(switched) }),
  });
});
afterEach(async () => {
  await service.close();
});

const watch = (command: string, inputs: Record<string, string> = {}) =>
  runAction(
    {
      'base-url': service.url,
      checks: `- path: /health\n  retries: 0\n  headers: { Authorization: "${TOKEN}" }`,
      'monitor-window': '0',
      'rollback-with': 'command',
      'rollback-command': command,
      'rollback-timeout': '10s',
      ...inputs,
    },
    { env: { GITHUB_WORKSPACE: workspace }, killAfterMs: 30_000 },
  );
const reportOf = async (run: ActionRun) => JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));

describe('rolling back with a command', () => {
  it('runs it once with the PDC variables, confirms it by the re-check, and still fails the step', async () => {
    const run = await watch(
      'echo "rolling back $PDC_SERVICE: $PDC_FAILED_CHECKS"\ntouch switched-back\necho rollback-revision=task-def-41',
    );
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({
      result: 'failed',
      'rolled-back': 'true',
      'rollback-required': 'false',
      'rollback-revision': 'task-def-41',
    });
    expect(run.outputs['rollback-command']).toContain('touch switched-back');
    const { rollback } = await reportOf(run);
    expect(rollback).toMatchObject({
      method: 'command',
      outcome: 'rolled-back',
      output: ['rolling back shop-api: GET /health', 'rollback-revision=task-def-41'],
      rechecks: [{ name: 'GET /health', result: 'passed' }],
    });
    expect(run.stdout).toContain('rolling back shop-api: GET /health');
    expect(run.summary).toContain("The rollback command's last 2 lines:");
  });

  it('is ROLLBACK FAILED with its exit code and last lines when it exits non-zero', async () => {
    const run = await watch('echo "no such task definition" >&2\nexit 3');
    expect(run.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-required': 'true' });
    const { rollback } = await reportOf(run);
    expect(rollback).toMatchObject({
      outcome: 'failed',
      message: 'the rollback command exited with code 3',
      output: ['no such task definition'],
    });
    expect(run.summary).toContain('ROLLBACK FAILED');
  });

  it('is ROLLBACK FAILED when it succeeded but the service still fails', async () => {
    const run = await watch('echo "switched nothing"');
    const { rollback } = await reportOf(run);
    expect(rollback).toMatchObject({ outcome: 'failed', rolledBack: true });
    expect(rollback.message).toMatch(/^the command succeeded but the service still fails GET \/health \(/);
    expect(run.outputs['rollback-required']).toBe('true');
  });

  it('masks a secret the command prints, everywhere', async () => {
    const run = await watch(`echo "calling the deploy API with ${TOKEN}"\ntouch switched-back`);
    // The runner's own ::add-mask:: command carries the value, by design: the runner hides it from then on.
    const log = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const everything = [log, run.summary, JSON.stringify(run.outputs), JSON.stringify(await reportOf(run))];
    for (const text of everything) expect(text).not.toContain('tok-5e6f7a8b9c0d1e2f');
    expect((await reportOf(run)).rollback.output).toEqual(['calling the deploy API with ***']);
  });

  it('is never run by dry-run, which prints it', async () => {
    const run = await watch('touch switched-back', { 'dry-run': 'true' });
    expect(existsSync(switched)).toBe(false);
    expect(run.stdout).toContain('dry-run: would run touch switched-back');
  });

  it('is run by the approval job, which passes once the re-check confirms it', async () => {
    const run = await watch('touch switched-back', { command: 'rollback' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ 'rolled-back': 'true', 'rollback-required': 'false' });
  });
});
