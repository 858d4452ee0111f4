import { NODE } from '../../__tests__/support/runAction.js';
import { expectResult, runBenchAction } from '../actionRun.js';
import { pathOnly, type BenchContext, type Measured } from '../context.js';
import { log } from '../log.js';
import { kbToMB, pairRatios, summarize, type Summary } from '../stats.js';
import { fmt, row, verdict } from '../table.js';
import { timedProcess } from '../timedProcess.js';
import { bundleUndiciFloor, runUndiciFloor } from './undiciFloor.js';

const ROUNDS = 10;
/** The target: the action's start, to its verdict on one check, within 2.5 times a bare node's. */
const MAX_RATIO = 2.5;

export interface ColdStartFigure {
  actionMs: Summary;
  bareNodeMs: Summary;
  ratioOfMedians: number;
  pairRatios: Summary;
  floorMs: Summary;
  floorRatioOfMedians: number;
  actionRssMB: Summary;
  bareNodeRssMB: Summary;
  target: string;
  met: boolean;
}

interface Side {
  run(): Promise<{ ms: number; rssKB: number | undefined }>;
  ms: number[];
  rssKB: (number | undefined)[];
}

/** Cold start to verdict on one check, against `node -e 0` and the undici floor, in alternating rounds. */
export async function measureColdStart(context: BenchContext): Promise<Measured<ColdStartFigure>> {
  const { scratch, service } = context;
  const floorScript = await bundleUndiciFloor();
  log(
    `cold start: 1 warm-up + ${ROUNDS} alternating rounds (action, one check / node -e 0 / bundled undici, one request)`,
  );
  const side = (run: Side['run']): Side => ({ run, ms: [], rssKB: [] });
  const action = side(async () => {
    const run = await runBenchAction({ 'base-url': service.url, checks: '/fast' }, { scratch });
    expectResult(run, 'passed', 'cold start');
    return { ms: run.wallMs, rssKB: run.rssKB };
  });
  const bare = side(async () => {
    const run = await timedProcess(NODE, ['-e', '0'], { env: pathOnly(), cwd: scratch });
    if (run.code !== 0) throw new Error(`node -e 0 exited ${run.code}`);
    return run;
  });
  const floor = side(() => runUndiciFloor(floorScript, `${service.url}/fast`, context));
  const sides = [action, bare, floor];
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

  const actionMs = summarize(action.ms);
  const bareNodeMs = summarize(bare.ms);
  const floorMs = summarize(floor.ms);
  const ratioOfMedians = actionMs.median / bareNodeMs.median;
  const floorRatioOfMedians = floorMs.median / bareNodeMs.median;
  const figure: ColdStartFigure = {
    actionMs,
    bareNodeMs,
    ratioOfMedians,
    pairRatios: pairRatios(action.ms, bare.ms),
    floorMs,
    floorRatioOfMedians,
    actionRssMB: summarize(action.rssKB.map(kbToMB)),
    bareNodeRssMB: summarize(bare.rssKB.map(kbToMB)),
    target: `median <= ${MAX_RATIO}x bare node`,
    met: ratioOfMedians <= MAX_RATIO,
  };
  return {
    figure,
    rows: [
      row('cold start, one check (ms)', figure.actionMs),
      row('bare node -e 0 (ms)', figure.bareNodeMs),
      row(
        'cold start / bare node (x)',
        { ...figure.pairRatios, median: ratioOfMedians },
        `<= ${MAX_RATIO}x`,
        verdict(ratioOfMedians, MAX_RATIO),
      ),
      row('floor: bundled undici, one request (ms)', figure.floorMs),
      row('floor / bare node (x)', { ...pairRatios(floor.ms, bare.ms), median: floorRatioOfMedians }),
      row('RSS one check / bare node (MB)', figure.actionRssMB, `bare ${fmt(figure.bareNodeRssMB.median)}`),
    ],
  };
}
