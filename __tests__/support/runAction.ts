import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';

export const ROOT = new URL('../..', import.meta.url).pathname;
/** The Node 24 of the devDependency: the runtime the runner gives the action. */
export const NODE = join(ROOT, 'node_modules/.bin/node');

export const GITHUB_ENV = {
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: 'acme/shop-api',
  GITHUB_SHA: '4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '9001',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_ACTOR: 'octocat',
  GITHUB_ACTION: 'post-deploy-check',
};

/** What the runner passes for `${{ github.token }}`: an installation token, as the job's own is. */
export const GITHUB_TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';

export interface ActionRun {
  code: number | null;
  /** The test's watchdog had to kill the step: it did not end on its own within `killAfterMs`. */
  killed: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workDir: string;
  /** Date.now() when the process was spawned. */
  startedAt: number;
  /** Wall time of the process, spawn to exit: what the benchmark reports. */
  wallMs: number;
}

export interface RunActionOptions {
  env?: Record<string, string>;
  files?: Record<string, string>;
  killAfterMs?: number;
  /** Flags for node before the script (the benchmark's --cpu-prof). */
  nodeArgs?: string[];
  /** A command and its arguments that node runs under (the benchmark's /usr/bin/time); `killAfterMs` then kills this command. */
  launcher?: string[];
}

interface ActionManifest {
  inputs: Record<string, { default?: string }>;
}

/**
 * Runs dist/index.js as the runner does: each input as INPUT_<NAME> (upper-cased, hyphens kept,
 * action.yml defaults applied where the workflow set none), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
export async function runAction(inputs: Record<string, string>, options: RunActionOptions = {}): Promise<ActionRun> {
  const workDir = await mkdtemp(join(tmpdir(), 'pdc-e2e-'));
  const outputFile = join(workDir, 'output');
  const summaryFile = join(workDir, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  for (const [name, content] of Object.entries(options.files ?? {})) await writeFile(join(workDir, name), content);

  const manifest = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as ActionManifest;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: workDir,
    RUNNER_TEMP: workDir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...GITHUB_ENV,
    ...options.env,
  };
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    const value = inputs[name] ?? spec.default;
    if (value !== undefined)
      env[`INPUT_${name.toUpperCase()}`] = value
        .replace('${{ github.sha }}', GITHUB_ENV.GITHUB_SHA)
        .replace('${{ github.token }}', GITHUB_TOKEN);
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in manifest.inputs)) throw new Error(`action.yml declares no input ${name}`);
  }

  const [command = NODE, ...args] = [
    ...(options.launcher ?? []),
    NODE,
    ...(options.nodeArgs ?? []),
    join(ROOT, 'dist/index.js'),
  ];
  const startedAt = Date.now();
  const spawnedAt = performance.now();
  const child = spawn(command, args, { cwd: workDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let killed = false;
  const watchdog =
    options.killAfterMs === undefined
      ? undefined
      : setTimeout(() => ((killed = true), child.kill('SIGKILL')), options.killAfterMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - spawnedAt;
  clearTimeout(watchdog);
  return {
    code,
    killed,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    workDir,
    startedAt,
    wallMs,
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
export function parseOutputFile(content: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!header) continue;
    const [, name, delimiter] = header as unknown as [string, string, string];
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}
