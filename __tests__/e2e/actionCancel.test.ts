import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GITHUB_ENV, NODE, ROOT } from '../support/runAction.js';
import { hang, startTestService, type TestService } from '../support/testService.js';

// The runner cancels a step with SIGINT: the action must stop its checks, write its report and exit.

let service: TestService;
beforeEach(async () => {
  service = await startTestService({ '/slow': hang });
});
afterEach(() => service.close());

it('stops on SIGINT while a check hangs, writes the report and exits', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pdc-cancel-'));
  await writeFile(join(dir, 'output'), '');
  await writeFile(join(dir, 'summary'), '');
  const child = spawn(NODE, [join(ROOT, 'dist/index.js')], {
    env: { PATH: process.env.PATH ?? '', ...GITHUB_ENV, RUNNER_TEMP: dir, GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), 'INPUT_BASE-URL': service.url, INPUT_CHECKS: '/slow' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  // Cancel once the check's request is waiting on the service, as a person pressing Cancel would.
  const interval = setInterval(() => {
    if (service.requests.length > 0) {
      clearInterval(interval);
      child.kill('SIGINT');
    }
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(interval);

  expect(code).toBe(1);
  expect(stdout).toContain('stopped: the step was cancelled or reached its time limit');
  const reports = await readdir(join(dir, 'post-deploy-check'));
  const report = JSON.parse(await readFile(join(dir, 'post-deploy-check', reports[0] ?? ''), 'utf8'));
  expect(report.verdict.result).toBe('failed');
  expect(report.checks[0].detail).toMatch(/^stopped/);
  expect(await readFile(join(dir, 'summary'), 'utf8')).toContain('## ❌ Failed');
});
