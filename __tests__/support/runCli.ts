import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { NODE, ROOT } from './runAction.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The bundled CLI, started as a user starts it from a checkout. */
export async function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const child = spawn(NODE, [join(ROOT, 'dist/cli/index.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}
