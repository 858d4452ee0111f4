import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { expectResult, runBenchAction } from '../actionRun.js';
import type { BenchContext, Measured } from '../context.js';
import { log } from '../log.js';

/** The parts of a V8 .cpuprofile this figure reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

interface SelfTime {
  name: string;
  ms: number;
}

export interface ColdStartProfileFigure {
  wallMs: number;
  profiledMs: number;
  selfTimeBySource: SelfTime[];
  topFunctions: SelfTime[];
  distFilesExecuted: string[];
}

/** dist/ chunks by file name, Node's own JS together, native frames by their name. */
function sourceOf(url: string, functionName: string): string {
  if (url.startsWith('file://') && url.includes('/dist/')) return `dist/${basename(url)}`;
  if (url.startsWith('node:')) return 'node: built-ins (JS)';
  if (url === '') return functionName || '(unknown)';
  return url;
}

const largest = (totals: Map<string, number>, count: number): SelfTime[] =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 }));

/** One cold start under --cpu-prof: self time grouped by script, to show what the start-up spends its time on. */
export async function measureColdStartProfile({
  scratch,
  service,
}: BenchContext): Promise<Measured<ColdStartProfileFigure>> {
  log('cold start: one run under --cpu-prof');
  const dir = join(scratch, 'cpu-prof');
  await mkdir(dir);
  const run = await runBenchAction(
    { 'base-url': service.url, checks: '/fast' },
    { scratch, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`], rss: false },
  );
  expectResult(run, 'passed', 'profiled cold start');
  const [file] = await readdir(dir);
  if (!file) throw new Error('profiled cold start: node wrote no .cpuprofile');
  const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const bySource = new Map<string, number>();
  const byFunction = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const source = sourceOf(frame?.url ?? '', frame?.functionName ?? '');
    bySource.set(source, (bySource.get(source) ?? 0) + ms);
    const fn = `${frame?.functionName || '(anonymous)'} ${source}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  });
  const distFilesExecuted = [
    ...new Set(
      profile.nodes
        .map((node) => node.callFrame.url)
        .filter((url) => url.includes('/dist/'))
        .map((url) => basename(url)),
    ),
  ];
  return {
    figure: {
      wallMs: Math.round(run.wallMs),
      profiledMs: Math.round((profile.endTime - profile.startTime) / 1000),
      selfTimeBySource: largest(bySource, 10),
      topFunctions: largest(byFunction, 12),
      distFilesExecuted,
    },
    rows: [],
  };
}
