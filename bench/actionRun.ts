import { readFile, rm } from 'node:fs/promises';
import { runAction, type ActionRun } from '../__tests__/support/runAction.js';
import type { Report } from '../src/engine/report/model.js';
import { peakRssProbe } from './peakRss.js';

export interface BenchActionRun extends ActionRun {
  rssKB: number | undefined;
  /** User plus system CPU seconds of the action's process, from the same /usr/bin/time. */
  cpuSeconds: number | undefined;
  /** The JSON report the action wrote (`report-path`), for the timeline and the monitor's samples. */
  report: Report | undefined;
}

/**
 * dist/index.js as the runner starts it (the tests' runAction), under /usr/bin/time unless `rss` is false
 * (a profiled run), its report read and its work dir removed.
 */
export async function runBenchAction(
  inputs: Record<string, string>,
  options: { scratch: string; env?: Record<string, string>; nodeArgs?: string[]; rss?: boolean },
): Promise<BenchActionRun> {
  const rss = options.rss === false ? undefined : peakRssProbe(options.scratch);
  const run = await runAction(inputs, { env: options.env, nodeArgs: options.nodeArgs, launcher: rss?.launcher });
  const reportPath = run.outputs['report-path'];
  const report = reportPath ? (JSON.parse(await readFile(reportPath, 'utf8')) as Report) : undefined;
  await rm(run.workDir, { recursive: true, force: true });
  return { ...run, rssKB: await rss?.readKB(), cpuSeconds: await rss?.readCpuSeconds(), report };
}

/** A run that did not end as the figure needs measures something else: stop with what the action said. */
export function expectResult(run: BenchActionRun, result: string, what: string): void {
  if (run.outputs.result !== result) {
    throw new Error(
      `${what}: expected result ${result}, got ${run.outputs.result ?? '(none)'} (exit ${run.code})\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`,
    );
  }
}
