import { delimiter } from 'node:path';
import { startFakeKubernetes } from '../../__tests__/support/fakeKubernetes.js';
import * as scenarios from '../../__tests__/support/kubernetesScenarios.js';
import { json, startTestService } from '../../__tests__/support/testService.js';
import { expectResult, runBenchAction } from '../actionRun.js';
import type { BenchContext, Measured } from '../context.js';
import { log } from '../log.js';
import { summarize, type Summary } from '../stats.js';
import { row, verdict } from '../table.js';
import { KUBECTL } from '../tools.js';
import { installKubectlShim, type KubectlCall, type KubectlShim } from './kubectlShim.js';

const RUNS = 5;
/** The target: `kubectl rollout undo` starts within a second of the failed verdict. */
const LIMIT_MS = 1000;

interface RollbackRun {
  verdictToUndoMs: number;
  verdictToFirstKubectlMs: number;
  verdictToFirstApiRequestMs: number;
  verdictToPatchMs: number;
  verdictToRolledBackMs: number;
  kubectlBeforeUndo: string[];
}

export type RollbackFigure =
  | {
      verdictToUndoMs: Summary;
      verdictToFirstKubectlMs: Summary;
      verdictToPatchMs: Summary;
      verdictToRolledBackMs: Summary;
      runs: RollbackRun[];
      target: string;
      met: boolean;
    }
  | { skipped: string };

/** A request as it reached the fake API server, and when. */
interface TimedRequest {
  at: number;
  method: string;
}

/** What one rollback run left behind, all in epoch milliseconds. */
interface RollbackTrace {
  calls: KubectlCall[];
  requests: TimedRequest[];
  verdictAt: number;
  rolledBackAt: number;
}

/** One failing release rolled back by the real kubectl against a fresh fake API server. */
async function rollBackOnce({ scratch }: BenchContext, failingUrl: string, shim: KubectlShim): Promise<RollbackTrace> {
  await shim.clear();
  const requests: TimedRequest[] = [];
  const fake = await startFakeKubernetes(scenarios.revisions(), {
    // Sees each request as the fake records it, and lets the fake answer.
    intercept: (request) => {
      requests.push({ at: Date.now(), method: request.method });
      return false;
    },
  });
  try {
    const run = await runBenchAction(
      {
        'base-url': failingUrl,
        checks: '- path: /health\n  retries: 0',
        'kube-deployment': scenarios.deploymentName,
        'kube-namespace': scenarios.namespace,
        'kube-context': 'fake',
        'rollout-timeout': '0',
        'monitor-window': '0',
        'rollback-timeout': '10s',
      },
      {
        scratch,
        env: { KUBECONFIG: fake.kubeconfig, PATH: `${shim.bin}${delimiter}${process.env.PATH ?? ''}` },
        rss: false,
      },
    );
    expectResult(run, 'failed', 'rollback run');
    if (run.outputs['rolled-back'] !== 'true') throw new Error(`rollback run: not rolled back\n${run.stdout}`);
    return {
      calls: await shim.calls(),
      requests,
      verdictAt: Date.parse(run.report?.timeline.failureDetected ?? ''),
      rolledBackAt: Date.parse(run.report?.timeline.rollbackCompleted ?? ''),
    };
  } finally {
    await fake.close();
  }
}

/** Failed verdict -> `kubectl rollout undo` starts: a failing check, real kubectl, the tests' fake API server. */
export async function measureRollback(context: BenchContext): Promise<Measured<RollbackFigure>> {
  if (!KUBECTL) {
    return {
      figure: { skipped: 'kubectl not found on PATH' },
      rows: [row('rollback start', { median: NaN }, `<= ${LIMIT_MS}`, 'skipped: no kubectl')],
    };
  }
  const shim = await installKubectlShim(context.scratch, KUBECTL);
  const failing = await startTestService({ '/health': (_request, res) => json(res, 503, { status: 'down' }) });
  log(`rollback: 1 warm-up + ${RUNS} runs (failing check, real kubectl against the fake API server)`);
  const runs: RollbackRun[] = [];
  try {
    await rollBackOnce(context, failing.url, shim);
    for (let i = 0; i < RUNS; i++) {
      const { calls, requests, verdictAt, rolledBackAt } = await rollBackOnce(context, failing.url, shim);
      const undo = calls.find((call) => call.args.startsWith('rollout undo'));
      const firstKubectl = calls.find((call) => call.at >= verdictAt);
      const firstRequest = requests.find((request) => request.at >= verdictAt);
      const patch = requests.find((request) => request.method === 'PATCH');
      if (!undo || !firstKubectl || !firstRequest || !patch)
        throw new Error('rollback run: no rollout undo, kubectl call, API request or PATCH after the verdict');
      runs.push({
        verdictToUndoMs: undo.at - verdictAt,
        verdictToFirstKubectlMs: firstKubectl.at - verdictAt,
        verdictToFirstApiRequestMs: firstRequest.at - verdictAt,
        verdictToPatchMs: patch.at - verdictAt,
        verdictToRolledBackMs: rolledBackAt - verdictAt,
        kubectlBeforeUndo: calls.filter((call) => call.at >= verdictAt && call.at < undo.at).map((call) => call.args),
      });
    }
  } finally {
    await failing.close();
  }
  const verdictToUndoMs = summarize(runs.map((run) => run.verdictToUndoMs));
  const figure = {
    verdictToUndoMs,
    verdictToFirstKubectlMs: summarize(runs.map((run) => run.verdictToFirstKubectlMs)),
    verdictToPatchMs: summarize(runs.map((run) => run.verdictToPatchMs)),
    verdictToRolledBackMs: summarize(runs.map((run) => run.verdictToRolledBackMs)),
    runs,
    target: `failed verdict -> kubectl rollout undo starts <= ${LIMIT_MS} ms`,
    met: verdictToUndoMs.median <= LIMIT_MS,
  };
  return {
    figure,
    rows: [
      row('verdict -> first kubectl (ms)', figure.verdictToFirstKubectlMs),
      row(
        'verdict -> rollout undo starts (ms)',
        verdictToUndoMs,
        `<= ${LIMIT_MS}`,
        verdict(verdictToUndoMs.median, LIMIT_MS),
      ),
      row('verdict -> undo PATCH at API (ms)', figure.verdictToPatchMs),
    ],
  };
}
