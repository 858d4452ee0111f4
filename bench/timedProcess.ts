import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { peakRssProbe } from './peakRss.js';

export interface TimedRun {
  code: number | null;
  /** Wall time, spawn to exit. */
  ms: number;
  stderr: string;
  rssKB: number | undefined;
}

/** A process other than the action (bare node, the undici floor, the curl loop), timed as the action is. */
export async function timedProcess(
  command: string,
  args: string[],
  options: { env: Record<string, string>; cwd: string },
): Promise<TimedRun> {
  const rss = peakRssProbe(options.cwd);
  const [file = command, ...argv] = [...rss.launcher, command, ...args];
  let stderr = '';
  const spawnedAt = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Read and dropped: a full pipe would stall the process and the timing with it.
  child.stdout.resume();
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - spawnedAt;
  return { code, ms, stderr, rssKB: await rss.readKB() };
}
