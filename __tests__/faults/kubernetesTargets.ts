import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import type { Report } from '../../src/engine/report/model.js';
import { runConfigInChild } from './childRun.js';
import {
  answerWith,
  refusedPort,
  startHttpFaultServer,
  UNRESOLVABLE_HOST,
  type FloodStats,
  type HttpFault,
} from '../support/faultServer.js';
import { startFakeKubernetes, type KubeRequest } from '../support/fakeKubernetes.js';
import * as scenarios from '../support/kubernetesScenarios.js';
import type { Fault } from '../../scripts/faultMatrix.js';

export interface KubernetesCell {
  report: Report;
  rejections: string[];
  /** Requests for the pods the fault answered (discovery went through). */
  podRequests: number;
  flood: FloodStats;
  injected: string;
}

const ANSWERS: Record<
  Exclude<Fault, 'refused' | 'unresolvable' | 'untrusted-tls'>,
  { answer: HttpFault; injected: string }
> = {
  hang: { answer: 'hang', injected: 'pod lists read, never answered' },
  'status-500': { answer: 'status-500', injected: 'pod lists answered 500' },
  'status-429': { answer: 'status-429', injected: 'pod lists answered 429, Retry-After: 1' },
  'truncated-json': { answer: 'truncated-json', injected: 'pod lists answered 200, JSON cut off' },
  'html-page': { answer: 'html-page', injected: 'pod lists answered 200, an HTML page' },
  flood: { answer: 'flood', injected: 'pod lists answered 200, 50 MB' },
  trickle: { answer: 'trickle', injected: 'pod lists answered at 1 byte/s' },
};

/**
 * The fake apiserver answers discovery as a real one would, and the fault answers every request
 * about the namespace's objects: what kubectl get pods asks each sample.
 */
async function faultyCluster(fault: keyof typeof ANSWERS, flood: FloodStats, seen: { pods: number }) {
  const { answer, injected } = ANSWERS[fault];
  const intercept = (request: KubeRequest, res: ServerResponse) => {
    if (!request.path.includes('/namespaces/')) return false;
    seen.pods += 1;
    answerWith(answer, res, flood);
    return true;
  };
  const fake = await startFakeKubernetes(scenarios.allReady(), { intercept });
  return { server: fake.url, injected, close: () => fake.close() };
}

async function clusterFor(
  fault: Fault,
  flood: FloodStats,
  seen: { pods: number },
): Promise<{ server: string; injected: string; close(): Promise<void> }> {
  switch (fault) {
    case 'refused':
      return {
        server: `http://127.0.0.1:${await refusedPort()}`,
        injected: 'nothing listens on the port',
        close: async () => undefined,
      };
    case 'unresolvable':
      return { server: `https://${UNRESOLVABLE_HOST}`, injected: UNRESOLVABLE_HOST, close: async () => undefined };
    case 'untrusted-tls': {
      const tls = await startHttpFaultServer('healthy', { tls: true });
      return {
        server: tls.url,
        injected: 'HTTPS, self-signed certificate, no CA in the kubeconfig',
        close: () => tls.close(),
      };
    }
    default:
      return faultyCluster(fault, flood, seen);
  }
}

const CONTEXT = 'fault-cluster';

function kubeconfig(server: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    `clusters: [{ name: ${CONTEXT}, cluster: { server: "${server}" } }]`,
    `contexts: [{ name: ${CONTEXT}, context: { cluster: ${CONTEXT}, user: tester } }]`,
    `current-context: ${CONTEXT}`,
    'users: [{ name: tester, user: { token: fake-token } }]',
    '',
  ].join('\n');
}

/** One run of the action's composition (execute) in a process whose environment points kubectl at the cluster for `fault`. */
export async function runKubernetesCell(
  fault: Fault,
  inputs: Partial<Record<ConfigKey, string>>,
): Promise<KubernetesCell> {
  const flood: FloodStats = { written: 0, cutShort: false };
  const seen = { pods: 0 };
  const cluster = await clusterFor(fault, flood, seen);
  const dir = await mkdtemp(join(tmpdir(), 'pdc-kube-fault-'));
  try {
    await writeFile(join(dir, 'kubeconfig'), kubeconfig(cluster.server));
    // HOME and the cache dir in the temp dir: kubectl caches discovery there, never in the real home.
    const env = { ...process.env, KUBECONFIG: join(dir, 'kubeconfig'), KUBECACHEDIR: join(dir, 'cache'), HOME: dir };
    const { report, rejections } = await runConfigInChild(dir, { ...inputs, 'kube-context': CONTEXT }, env);
    return { report, rejections, podRequests: seen.pods, flood, injected: cluster.injected };
  } finally {
    await cluster.close();
    await rm(dir, { recursive: true, force: true });
  }
}
