import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GITHUB_ENV, NODE, ROOT } from '../../__tests__/support/runAction.js';
import { pathOnly, type BenchContext } from '../context.js';
import { log } from '../log.js';
import { timedProcess, type TimedRun } from '../timedProcess.js';

/** A file of bench/floor/ and the packages it bundles: a new version of either means a new build. */
export interface Floor {
  name: string;
  source: string;
  packages: string[];
}

/** Issue 21's floor: every runtime library the action must load (undici, @actions/core, @actions/github). */
export const TOOLKIT_FLOOR: Floor = {
  name: 'toolkit',
  source: 'bench/floor/toolkitRequest.mjs',
  packages: ['undici', '@actions/core', '@actions/github'],
};
/** The earlier floor, undici alone: kept as context, it shows what the toolkit adds. */
export const UNDICI_FLOOR: Floor = { name: 'undici', source: 'bench/floor/undiciRequest.mjs', packages: ['undici'] };

/** `floor` bundled by ncc as dist/ is, into /tmp: built once per version, since the build takes longer than the figure. */
export async function bundleFloor(floor: Floor): Promise<string> {
  const source = join(ROOT, floor.source);
  const hash = createHash('sha256').update(await readFile(source));
  for (const name of floor.packages) hash.update(await readFile(join(ROOT, 'node_modules', name, 'package.json')));
  const outDir = join(tmpdir(), `pdc-bench-floor-${floor.name}-${hash.digest('hex').slice(0, 16)}`);
  if (!existsSync(join(outDir, 'index.mjs'))) {
    log(`cold start: bundling the ${floor.name} floor with ncc into /tmp`);
    execFileSync(join(ROOT, 'node_modules/.bin/ncc'), ['build', source, '-o', outDir, '--target', 'es2023', '-q'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return join(outDir, 'index.mjs');
}

/** The undici floor's one request to `url`. */
export async function runUndiciFloor(script: string, url: string, { scratch }: BenchContext): Promise<TimedRun> {
  const run = await timedProcess(NODE, [script], { env: { ...pathOnly(), FLOOR_URL: url }, cwd: scratch });
  if (run.code !== 0) throw new Error(`the undici floor exited ${run.code}`);
  return run;
}

/** The toolkit floor's one request to `url`, given as an input, with the runner's variables the action gets too. */
export async function runToolkitFloor(script: string, url: string, { scratch }: BenchContext): Promise<TimedRun> {
  const output = join(scratch, 'floor-output');
  // core.setOutput refuses a GITHUB_OUTPUT file that does not exist; the runner makes it empty, as here.
  await writeFile(output, '');
  const env = { ...pathOnly(), ...GITHUB_ENV, INPUT_URL: url, GITHUB_OUTPUT: output };
  const run = await timedProcess(NODE, [script], { env, cwd: scratch });
  if (run.code !== 0) throw new Error(`the toolkit floor exited ${run.code}: ${run.stderr}`);
  return run;
}
