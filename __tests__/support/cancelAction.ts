import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/engine/report/model.js';
import { GITHUB_ENV, NODE, ROOT, parseOutputFile } from './runAction.js';

// The runner cancels a step with SIGINT, then SIGTERM 7.5 s later, then kills it.
const SIGTERM_AFTER_MS = 7_500;
const KILL_AFTER_MS = 2_500;
// A watchdog for a run that never got its cancel.
const GIVE_UP_AFTER_MS = 60_000;

export interface CancelledRun {
  code: number | null;
  /** Which of the runner's escalations had to be sent: none, when the action ended on the SIGINT. */
  escalations: string[];
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** The JSON report the run wrote. */
  report: Report;
}

/**
 * Starts the bundled action as the runner does; `arm` gets the function that cancels it the runner's way
 * (SIGINT, escalating to SIGTERM and SIGKILL if it must) and calls it when the test's moment comes.
 */
export async function runCancelled(
  inputs: Record<string, string>,
  arm: (cancel: () => void) => void,
  options: { env?: Record<string, string> } = {},
): Promise<CancelledRun> {
  const dir = await mkdtemp(join(tmpdir(), 'pdc-cancel-'));
  await writeFile(join(dir, 'output'), '');
  await writeFile(join(dir, 'summary'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...GITHUB_ENV,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(NODE, [join(ROOT, 'dist/index.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.resume();
  const escalations: string[] = [];
  const timers: NodeJS.Timeout[] = [setTimeout(() => child.kill('SIGKILL'), GIVE_UP_AFTER_MS)];
  let cancelled = false;
  arm(() => {
    if (cancelled) return;
    cancelled = true;
    child.kill('SIGINT');
    timers.push(
      setTimeout(() => (escalations.push('SIGTERM'), child.kill('SIGTERM')), SIGTERM_AFTER_MS),
      setTimeout(() => (escalations.push('SIGKILL'), child.kill('SIGKILL')), SIGTERM_AFTER_MS + KILL_AFTER_MS),
    );
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  timers.forEach(clearTimeout);
  const reports = await readdir(join(dir, 'post-deploy-check'));
  return {
    code,
    escalations,
    stdout,
    outputs: parseOutputFile(await readFile(join(dir, 'output'), 'utf8')),
    summary: await readFile(join(dir, 'summary'), 'utf8'),
    report: JSON.parse(await readFile(join(dir, 'post-deploy-check', reports[0] ?? ''), 'utf8')),
  };
}
