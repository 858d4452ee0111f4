import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import type { Report } from '../../src/engine/report/model.js';
import { runConfigInChild } from './childRun.js';
import { UNRESOLVABLE_HOST } from '../support/faultServer.js';
import {
  helmState,
  NAMESPACE,
  RELEASE,
  startFakeHelm,
  type FakeHelmState,
  type Misbehaviour,
} from '../support/fakeHelm.js';
import { json, startTestService } from '../support/testService.js';
import type { Fault } from '../../scripts/faultMatrix.js';

export interface HelmCell {
  report: Report;
  rejections: string[];
  /** The sub-commands helm was started with, in order. */
  calls: string[];
  /** How many of the helm processes were still alive once the run had ended. */
  leftRunning: number;
  injected: string;
}

const unreachable = (cause: string) => `Error: kubernetes cluster unreachable: ${cause}`;

/**
 * Helm is a CLI between the action and the cluster: a fault of the cluster reaches the action as helm's
 * `Error: kubernetes cluster unreachable: <cause>` (it checks reachability first, on every command), and a
 * fault of the stream is helm's own output misbehaving. The fake helm plays each on every call.
 */
const FAULTS_AS_HELM: Record<Fault, { injected: string; errors?: string; misbehave?: Misbehaviour['as'] }> = {
  refused: {
    injected: 'helm exits 1: cluster unreachable, connection refused',
    errors: unreachable('Get "https://127.0.0.1:6443/version": dial tcp 127.0.0.1:6443: connect: connection refused'),
  },
  hang: {
    injected: 'helm never ends (a silent apiserver: helm has no timeout of its own for reads)',
    misbehave: 'hang',
  },
  'status-500': {
    injected: 'helm exits 1: the apiserver answered 500',
    errors: unreachable(
      'an error on the server ("internal server error (injected)") has prevented the request from succeeding',
    ),
  },
  'status-429': {
    injected: 'helm exits 1: the apiserver kept answering 429',
    errors: unreachable('the server has received too many requests and has asked us to try again later'),
  },
  'truncated-json': { injected: 'helm exits 0, its JSON cut off', misbehave: 'truncated-json' },
  'html-page': { injected: 'helm exits 0, an HTML page on stdout', misbehave: 'html-page' },
  flood: { injected: 'helm prints 50 MB on stdout', misbehave: 'flood' },
  trickle: { injected: 'helm prints its JSON at 1 byte/s', misbehave: 'trickle' },
  'untrusted-tls': {
    injected: 'helm exits 1: the apiserver’s certificate is self-signed',
    errors: unreachable(
      'Get "https://127.0.0.1:6443/version": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    ),
  },
  unresolvable: {
    injected: `helm exits 1: ${UNRESOLVABLE_HOST} does not resolve`,
    errors: unreachable(
      `Get "https://${UNRESOLVABLE_HOST}/version": dial tcp: lookup ${UNRESOLVABLE_HOST}: no such host`,
    ),
  },
};

function stateFor(fault: Fault): FakeHelmState {
  const { errors, misbehave } = FAULTS_AS_HELM[fault];
  return helmState({
    ...(errors ? { errors: { history: errors, status: errors, rollback: errors } } : {}),
    ...(misbehave ? { misbehave: { on: ['history', 'status', 'rollback'], as: misbehave } } : {}),
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * One run of the action's composition (execute) in a process of its own whose PATH finds the fake helm:
 * a smoke check fails, so `rollback-with: helm` rolls back, and helm misbehaves as `fault` says.
 */
export async function runHelmCell(fault: Fault, inputs: Partial<Record<ConfigKey, string>>): Promise<HelmCell> {
  const service = await startTestService({ '/health': (_req, res) => json(res, 503, { status: 'down' }) });
  const fake = await startFakeHelm(stateFor(fault));
  const dir = await mkdtemp(join(tmpdir(), 'pdc-helm-fault-'));
  try {
    const config = {
      'base-url': service.url,
      checks: '- path: /health\n  retries: 0',
      'rollback-with': 'helm',
      'helm-release': RELEASE,
      'kube-namespace': NAMESPACE,
      ...inputs,
    };
    const { report, rejections } = await runConfigInChild(dir, config, { ...process.env, PATH: fake.path, HOME: dir });
    // A helm that was stopped has had its SIGTERM; give it a moment to go.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return {
      report,
      rejections,
      calls: fake.calls().map((call) => call[0] ?? ''),
      leftRunning: fake.pids().filter(alive).length,
      injected: FAULTS_AS_HELM[fault].injected,
    };
  } finally {
    await Promise.all([service.close(), fake.close(), rm(dir, { recursive: true, force: true })]);
  }
}
