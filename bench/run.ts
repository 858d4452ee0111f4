// npm run bench: measures dist/index.js from the outside, as the runner starts it, on loopback only.
//
// Every figure is the median of several runs after a warm-up, with min and max. Figures that are compared
// run in the same invocation, alternating. Durations are the wall time of the process as this bench sees
// it (spawn to exit); peak RSS comes from /usr/bin/time -f %M. Timestamps the action itself writes
// (the report's timeline) are wall-clock milliseconds of the same machine, comparable with Date.now() here.
//
// Each figure is a module of figures/; this runner runs them in order, prints the table and writes
// bench/results.json. BENCH_ONLY=cold,bundle,throughput,prometheus,rollback,comparison runs a subset.
// traffic (about 25 minutes of windows) and window (about 31 minutes) are opt-in: they run only when BENCH_ONLY names them.

import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../__tests__/support/runAction.js';
import type { BenchContext, Measured } from './context.js';
import { measureBundle, type BundleFigure } from './figures/bundle.js';
import { runCheckRounds } from './figures/checkRounds.js';
import { measureColdStart } from './figures/coldStart.js';
import { measureComparisonDelay } from './figures/comparisonDelay.js';
import { measureColdStartProfile, type ColdStartProfileFigure } from './figures/coldStartProfile.js';
import { measureDetection } from './figures/detection.js';
import { measureMonitor } from './figures/monitor.js';
import { withPrometheusRig } from './figures/prometheusRig.js';
import { measureRollback } from './figures/rollback.js';
import { scalingFigure } from './figures/scaling.js';
import { throughputFigure } from './figures/throughput.js';
import { measureTraffic } from './figures/traffic.js';
import { measureWindow } from './figures/window.js';
import { log, secondsSinceStart } from './log.js';
import { startLoopbackService } from './loopbackService.js';
import { describeMachine } from './machine.js';
import { printTable, type Row } from './table.js';
import { TIME } from './tools.js';

/** The groups BENCH_ONLY names: figures measured together stay together. */
type Group = 'cold' | 'bundle' | 'throughput' | 'prometheus' | 'rollback' | 'comparison' | 'traffic' | 'window';
/** Groups too slow for the default run: only BENCH_ONLY runs them. */
const OPT_IN: ReadonlySet<Group> = new Set(['traffic', 'window']);

const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : undefined;
const want = (group: Group) => (only ? only.has(group) : !OPT_IN.has(group));

const figures: Record<string, unknown> = {};
const rows: Row[] = [];
/** Figures go into results.json in the order they were measured, their rows into the table. */
function record<Figure>(name: string, measured: Measured<Figure>): Figure {
  figures[name] = measured.figure;
  rows.push(...measured.rows);
  return measured.figure;
}

function printHighlights(profile: ColdStartProfileFigure | undefined, bundle: BundleFigure | undefined): void {
  if (profile)
    console.log(
      `\ncold start profile (one run, ${profile.profiledMs} ms profiled): self time by source: ${profile.selfTimeBySource
        .slice(0, 6)
        .map((source) => `${source.name} ${source.ms} ms`)
        .join(', ')}`,
    );
  if (bundle)
    console.log(
      `bundle: top packages: ${bundle.packages
        .slice(0, 6)
        .map((entry) => `${entry.package} ${Math.round(entry.bytes / 1024)} KB`)
        .join(', ')}`,
    );
}

const context: BenchContext = {
  scratch: await mkdtemp(join(tmpdir(), 'pdc-bench-')),
  service: await startLoopbackService(),
};
try {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/index.js is missing: run npm run bundle first');
  if (!TIME) log('no /usr/bin/time: peak RSS is not measured');
  const machine = describeMachine();
  const startedAt = new Date().toISOString();
  // The machine may be shared: its load, before and after, says how far the times can be read alone.
  const loadAtStart = loadavg();
  let profile: ColdStartProfileFigure | undefined;
  let bundle: BundleFigure | undefined;
  if (want('cold')) {
    record('coldStart', await measureColdStart(context));
    profile = record('coldStartProfile', await measureColdStartProfile(context));
  }
  if (want('bundle')) bundle = record('bundle', await measureBundle());
  if (want('throughput')) {
    const rounds = await runCheckRounds(context);
    record('throughput', throughputFigure(rounds));
    record('scaling', scalingFigure(rounds));
  }
  if (want('prometheus'))
    await withPrometheusRig(async (rig) => {
      record('monitor', await measureMonitor(context, rig));
      record('detection', await measureDetection(context, rig));
    });
  if (want('rollback')) record('rollback', await measureRollback(context));
  if (want('comparison')) record('comparisonDelay', measureComparisonDelay());
  if (want('traffic')) record('traffic', await measureTraffic(context));
  if (want('window')) record('window', await measureWindow(context));

  const results = {
    figures,
    machine,
    startedAt,
    loadAverage: { atStart: loadAtStart, atEnd: loadavg() },
    totalSeconds: secondsSinceStart(),
    table: rows.map(({ figure, stats, target, met }) => ({
      figure,
      median: stats.median,
      min: stats.min,
      max: stats.max,
      runs: stats.runs,
      target,
      met,
    })),
  };
  await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const load = (averages: number[]) => averages.map((value) => value.toFixed(2)).join(' ');
  console.log(
    `\npost-deploy-check benchmarks — ${machine.cores} cores (${machine.cpu}), Node ${machine.node}; load average (1, 5, 15 min) ${load(results.loadAverage.atStart)} at start, ${load(results.loadAverage.atEnd)} at end\n`,
  );
  printTable(rows);
  printHighlights(profile, bundle);
  console.log(`\nwritten: bench/results.json (${results.totalSeconds} s)`);
} finally {
  await context.service.close();
  await rm(context.scratch, { recursive: true, force: true });
}
