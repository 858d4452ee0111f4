import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Report } from '../../src/engine/report/model.js';

const run = promisify(execFile);

/**
 * One configuration through execute() in a Node process of its own (runInChild.ts), started with `env`: what
 * a library reads from the environment once, at import (GITHUB_API_URL), or hands to the tools it spawns
 * (KUBECONFIG, PATH), must be in the process from its start. `dir` holds the files passed between the two.
 */
export async function runConfigInChild(
  dir: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
): Promise<{ report: Report; rejections: string[] }> {
  await writeFile(join(dir, 'inputs.json'), JSON.stringify(inputs));
  await run(
    process.execPath,
    [
      '--import',
      'tsx',
      new URL('./runInChild.ts', import.meta.url).pathname,
      join(dir, 'inputs.json'),
      join(dir, 'out.json'),
    ],
    { env },
  );
  return JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as { report: Report; rejections: string[] };
}
