import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expectResult, runBenchAction, type BenchActionRun } from '../actionRun.js';
import { pathOnly, type BenchContext } from '../context.js';
import { log } from '../log.js';
import { slowChecks, slowPaths } from '../loopbackService.js';
import { timedProcess, type TimedRun } from '../timedProcess.js';
import { CURL } from '../tools.js';

const ROUNDS = 5;

/** Every run of the block that throughput, memory and scaling are read from. */
export interface CheckRounds {
  checks20: BenchActionRun[];
  checks200: BenchActionRun[];
  checks2000: BenchActionRun[];
  /** One check of /fast: the start-up that the 200-check target allows on top of its 1.5 s. */
  startup: BenchActionRun[];
  /** Empty without curl. */
  curl: TimedRun[];
}

// The seeds' smoke script: one `curl -sf` after another, stopping at the first failure.
const CURL_LOOP = 'while IFS= read -r url; do curl -sf -o /dev/null "$url" || exit 1; done < "$1"';

/**
 * After a warm-up, rounds of [200 checks, curl x200, 20 checks, 2000 checks, one check], against /slow/<n>
 * (the one check: /fast): the sides compared alternate inside one invocation. Every action run must pass,
 * one request per check.
 */
export async function runCheckRounds(context: BenchContext): Promise<CheckRounds> {
  const { scratch, service } = context;
  const urlsFile = async (count: number) => {
    const file = join(scratch, `urls-${count}`);
    await writeFile(
      file,
      slowPaths(count)
        .map((path) => `${service.url}${path}\n`)
        .join(''),
    );
    return file;
  };
  const urls200 = await urlsFile(200);
  const warmUrls = await urlsFile(20);
  const curlLoop = (file: string) =>
    timedProcess('bash', ['-c', CURL_LOOP, 'curl-loop', file], { env: pathOnly(), cwd: scratch });
  const checks = async (count: number, paths = slowChecks(count)) => {
    const before = service.served();
    const run = await runBenchAction({ 'base-url': service.url, checks: paths }, { scratch });
    expectResult(run, 'passed', `${count} checks`);
    const served = service.served() - before;
    if (served !== count) throw new Error(`${count} checks: the service answered ${served} requests`);
    return run;
  };
  const startup = () => checks(1, '/fast');

  log(
    `throughput and scaling: warm-up, then ${ROUNDS} rounds of [200 checks, curl x200, 20 checks, 2000 checks, one check]${CURL ? '' : ' (no curl: curl side skipped)'}`,
  );
  await checks(200);
  await checks(20);
  if (CURL) await curlLoop(warmUrls);
  await startup();
  const rounds: CheckRounds = { checks20: [], checks200: [], checks2000: [], startup: [], curl: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const run200 = await checks(200);
    rounds.checks200.push(run200);
    let curlMs = '';
    if (CURL) {
      const run = await curlLoop(urls200);
      if (run.code !== 0) throw new Error(`curl loop exited ${run.code}: ${run.stderr}`);
      rounds.curl.push(run);
      curlMs = `, curl ${Math.round(run.ms)} ms`;
    }
    rounds.checks20.push(await checks(20));
    const run2000 = await checks(2000);
    rounds.checks2000.push(run2000);
    rounds.startup.push(await startup());
    log(
      `  round ${round + 1}/${ROUNDS}: 200 checks ${Math.round(run200.wallMs)} ms${curlMs}, 2000 checks ${Math.round(run2000.wallMs)} ms`,
    );
  }
  return rounds;
}
