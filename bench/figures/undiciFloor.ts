import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE, ROOT } from '../../__tests__/support/runAction.js';
import { pathOnly, type BenchContext } from '../context.js';
import { log } from '../log.js';
import { timedProcess, type TimedRun } from '../timedProcess.js';

/**
 * bench/floor/undiciRequest.mjs bundled by ncc as dist/ is, into /tmp: built once per version of it and of
 * undici, since the build takes longer than the figure.
 */
export async function bundleUndiciFloor(): Promise<string> {
  const source = join(ROOT, 'bench/floor/undiciRequest.mjs');
  const key = createHash('sha256')
    .update(await readFile(source))
    .update(await readFile(join(ROOT, 'node_modules/undici/package.json')))
    .digest('hex')
    .slice(0, 16);
  const outDir = join(tmpdir(), `pdc-bench-floor-${key}`);
  if (!existsSync(join(outDir, 'index.mjs'))) {
    log('cold start: bundling the undici floor with ncc into /tmp');
    execFileSync(join(ROOT, 'node_modules/.bin/ncc'), ['build', source, '-o', outDir, '--target', 'es2023', '-q'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return join(outDir, 'index.mjs');
}

/** The floor's one request to `url`: the least an action start can cost when every check goes through undici. */
export async function runUndiciFloor(script: string, url: string, { scratch }: BenchContext): Promise<TimedRun> {
  const run = await timedProcess(NODE, [script], { env: { ...pathOnly(), FLOOR_URL: url }, cwd: scratch });
  if (run.code !== 0) throw new Error(`the undici floor exited ${run.code}`);
  return run;
}
