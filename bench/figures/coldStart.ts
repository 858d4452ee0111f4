import { NODE } from '../../__tests__/support/runAction.js';
import { expectResult, runBenchAction } from '../actionRun.js';
import { pathOnly, type BenchContext, type Measured } from '../context.js';
import { log } from '../log.js';
import { kbToMB, pairRatios, summarize, type Summary } from '../stats.js';
import { row, verdict } from '../table.js';
import { timedProcess, type TimedRun } from '../timedProcess.js';
import { bundleFloor, runToolkitFloor, runUndiciFloor, TOOLKIT_FLOOR, UNDICI_FLOOR } from './floor.js';

const ROUNDS = 10;
/** Issue 21's target: the action's start, to its verdict on one check, within 1.3 times the toolkit floor's. */
const MAX_RATIO = 1.3;

/** One process timed in the rounds: its wall times and peak RSS, run by run. */
export interface ColdStartSide {
  ms: Summary;
  rssMB: Summary;
}

export interface ColdStartFigure {
  action: ColdStartSide;
  toolkitFloor: ColdStartSide;
  undiciFloor: ColdStartSide;
  bareNode: ColdStartSide;
  /** The action over the toolkit floor: the ratio of the medians, and round by round. */
  ratioOfMedians: number;
  pairRatios: Summary;
  target: string;
  met: boolean;
}

interface Side {
  run(): Promise<{ ms: number; rssKB: number | undefined }>;
  ms: number[];
  rssKB: (number | undefined)[];
}

const summarizeSide = (side: Side): ColdStartSide => ({
  ms: summarize(side.ms),
  rssMB: summarize(side.rssKB.map(kbToMB)),
});

/**
 * Cold start to verdict on one check, against the toolkit floor, and as context the undici floor and
 * `node -e 0`, in alternating rounds.
 */
export async function measureColdStart(context: BenchContext): Promise<Measured<ColdStartFigure>> {
  const { scratch, service } = context;
  const url = `${service.url}/fast`;
  const toolkitScript = await bundleFloor(TOOLKIT_FLOOR);
  const undiciScript = await bundleFloor(UNDICI_FLOOR);
  log(
    `cold start: 1 warm-up + ${ROUNDS} alternating rounds (action, one check / toolkit floor / undici floor / node -e 0)`,
  );
  const side = (run: Side['run']): Side => ({ run, ms: [], rssKB: [] });
  const action = side(async () => {
    const run = await runBenchAction({ 'base-url': service.url, checks: '/fast' }, { scratch });
    expectResult(run, 'passed', 'cold start');
    return { ms: run.wallMs, rssKB: run.rssKB };
  });
  const toolkit = side(() => runToolkitFloor(toolkitScript, url, context));
  const undici = side(() => runUndiciFloor(undiciScript, url, context));
  const bare = side(async (): Promise<TimedRun> => {
    const run = await timedProcess(NODE, ['-e', '0'], { env: pathOnly(), cwd: scratch });
    if (run.code !== 0) throw new Error(`node -e 0 exited ${run.code}`);
    return run;
  });
  const sides = [action, toolkit, undici, bare];
  for (const { run } of sides) await run();
  for (let round = 0; round < ROUNDS; round++) {
    // The order turns every round so that no side always runs right after the same other.
    const turn = round % sides.length;
    for (const current of [...sides.slice(turn), ...sides.slice(0, turn)]) {
      const { ms, rssKB } = await current.run();
      current.ms.push(ms);
      current.rssKB.push(rssKB);
    }
  }

  const actionSide = summarizeSide(action);
  const toolkitSide = summarizeSide(toolkit);
  const ratioOfMedians = actionSide.ms.median / toolkitSide.ms.median;
  const figure: ColdStartFigure = {
    action: actionSide,
    toolkitFloor: toolkitSide,
    undiciFloor: summarizeSide(undici),
    bareNode: summarizeSide(bare),
    ratioOfMedians,
    pairRatios: pairRatios(action.ms, toolkit.ms),
    target: `median <= ${MAX_RATIO}x the toolkit floor`,
    met: ratioOfMedians <= MAX_RATIO,
  };
  const overBare = (side: Side, median: number) => ({
    ...pairRatios(side.ms, bare.ms),
    median: median / figure.bareNode.ms.median,
  });
  return {
    figure,
    rows: [
      row('cold start to verdict, one check (ms)', figure.action.ms),
      row('floor: undici + @actions/core + @actions/github, one request (ms)', figure.toolkitFloor.ms),
      row(
        'cold start / toolkit floor (x)',
        { ...figure.pairRatios, median: ratioOfMedians },
        `<= ${MAX_RATIO}x`,
        verdict(ratioOfMedians, MAX_RATIO),
      ),
      row('context: undici alone, one request (ms)', figure.undiciFloor.ms),
      row('context: bare node -e 0 (ms)', figure.bareNode.ms),
      row('context: cold start / bare node (x)', overBare(action, figure.action.ms.median)),
      row('context: toolkit floor / bare node (x)', overBare(toolkit, figure.toolkitFloor.ms.median)),
      row('peak RSS, one check (MB)', figure.action.rssMB),
      row('peak RSS, toolkit floor (MB)', figure.toolkitFloor.rssMB),
      row('peak RSS, bare node (MB)', figure.bareNode.rssMB),
    ],
  };
}
