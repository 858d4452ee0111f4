import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiGroupList, apiVersions, appsV1Resources, coreV1Resources, serverVersion } from './kubernetesDiscovery.js';
import { list, status, type Json } from './kubernetesObjects.js';
import {
  allowedParams,
  matchesLabels,
  parseFieldSelector,
  parseLabelSelector,
  parseSinceTime,
} from './kubernetesQuery.js';
import { applyRollbackPatch } from './kubernetesObjects.js';
import { checkRollbackPatch, jsonPatchType } from './kubernetesQuery.js';

export interface LogLine {
  time: string;
  text: string;
}

/** What the fake cluster holds. Scenario builders in kubernetesScenarios.ts fill it. */
export interface Scenario {
  namespace: string;
  deploymentName: string;
  /** The Deployment's successive states: [0] is what a GET or list sees first; a watch then brings the rest, one event each. */
  rollout: Json[];
  /** The pods the n-th pod list returns (n counts from 1), so that restarts can grow between calls. */
  pods: (listCall: number) => Json[];
  replicaSets?: Json[];
  /** Keyed "pod/container". */
  logs?: Record<string, LogLine[]>;
  /**
   * The Deployment's states after a rollback PATCH, built from the patched object once the controller has
   * adopted the restored ReplicaSet: [0] is what a GET or list then sees, a watch brings the rest. By default
   * the patched object alone.
   */
  afterRollback?: (patched: Json) => Json[];
  /** The Status the apiserver answers a (well-formed) rollback PATCH with, instead of applying it. */
  patchError?: Json;
}

export interface KubeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  accept: string;
  contentType: string;
  /** The request body as sent ('' for none). */
  body: string;
}

export interface FakeKubernetes {
  url: string;
  /** The refused server behind `unreachableContext`, "127.0.0.1:PORT". */
  unreachableHost: string;
  /** A kubeconfig whose context `context` points here, with a namespace other than the scenario's. */
  kubeconfig: string;
  context: string;
  /** A second context whose server refuses connections; it is the current context unless told otherwise, so that only --context reaches the fake. */
  unreachableContext: string;
  home: string;
  requests: KubeRequest[];
  /** "GET /path" per request, discovery and the gcloud dispatcher's /version left out. */
  calls(): string[];
  /** The Deployment as the fake holds it now (after any PATCH), as a GET would return it. */
  deployment(): Json;
  /** The ReplicaSets as the fake holds them now (a rollback re-labels the restored one's revision). */
  replicaSets(): Json[];
  close(): Promise<void>;
}

const discoveryPaths = new Set(['/version', '/api', '/apis', '/api/v1', '/apis/apps/v1']);

export interface FakeKubernetesOptions {
  watchEventMs?: number;
  currentContext?: 'fake' | 'unreachable';
  /** Sees each request first and may answer it instead of the fake (a fault to inject): true when it did. */
  intercept?: (request: KubeRequest, res: ServerResponse) => boolean;
  /** Serve HTTPS with this certificate; the kubeconfig names no CA for it, so kubectl cannot verify it. */
  tls?: { cert: string; key: string };
}

export async function startFakeKubernetes(
  scenario: Scenario,
  options: FakeKubernetesOptions = {},
): Promise<FakeKubernetes> {
  const requests: KubeRequest[] = [];
  const watches = new Set<ServerResponse>();
  // The Deployment's states: the scenario's rollout, replaced by the rolled-back ones after a PATCH.
  let states = scenario.rollout;
  let stateIndex = 0;
  let replicaSets = scenario.replicaSets ?? [];
  let podLists = 0;
  // Grows with every change (a watch event, a PATCH), as a real resourceVersion does.
  let version = 1000;
  const resourceVersion = () => String(version);
  const currentDeployment = () => stamp(states[stateIndex] ?? {}, resourceVersion());

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: KubeRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        accept: req.headers.accept ?? '',
        contentType: req.headers['content-type'] ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      if (options.intercept?.(request, res)) return;
      try {
        route(request, res);
      } catch (error) {
        send(res, 400, status(400, 'BadRequest', (error as Error).message));
      }
    });
  };

  function route(request: KubeRequest, res: ServerResponse): void {
    const { path, query } = request;
    const ns = scenario.namespace;
    const deploymentPath = /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/deployments(?:\/([^/]+))?$/.exec(path);
    const replicaSetPath = /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/replicasets$/.exec(path);
    const namespacePath = /^\/api\/v1\/namespaces\/([^/]+)$/.exec(path);
    const podPath = /^\/api\/v1\/namespaces\/([^/]+)\/pods(?:\/([^/]+)(\/log)?)?$/.exec(path);
    const kind = discoveryPaths.has(path)
      ? 'discovery'
      : deploymentPath?.[2] && request.method === 'PATCH'
        ? 'patch'
        : deploymentPath?.[2] || namespacePath
          ? 'get'
          : podPath?.[3]
            ? 'log'
            : podPath?.[2]
              ? 'get'
              : 'list';
    if (!discoveryPaths.has(path) && !deploymentPath && !replicaSetPath && !podPath && !namespacePath) {
      return send(res, 404, status(404, 'NotFound', 'the server could not find the requested resource', {}));
    }
    if (request.method !== 'GET' && kind !== 'patch') {
      return send(
        res,
        405,
        status(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`),
      );
    }
    const unknown = Object.keys(query).filter((key) => !allowedParams[kind].includes(key));
    if (unknown.length > 0) throw new Error(`unknown query parameter(s) for ${kind} ${path}: ${unknown.join(', ')}`);

    if (path === '/version') return send(res, 200, serverVersion);
    if (path === '/api') return send(res, 200, apiVersions(`127.0.0.1:${port}`));
    if (path === '/apis') return send(res, 200, apiGroupList);
    if (path === '/api/v1') return send(res, 200, coreV1Resources);
    if (path === '/apis/apps/v1') return send(res, 200, appsV1Resources);

    // kubectl asks after a NotFound whether the namespace itself exists, to say which one is missing.
    if (namespacePath) {
      const name = namespacePath[1] ?? '';
      if (name !== ns) return notFound(res, 'namespaces', '', name);
      return send(res, 200, {
        kind: 'Namespace',
        apiVersion: 'v1',
        metadata: { name, uid: `uid-ns-${name}`, resourceVersion: '1' },
        spec: { finalizers: ['kubernetes'] },
        status: { phase: 'Active' },
      });
    }

    if (deploymentPath) {
      const [, namespace, name] = deploymentPath;
      if (name !== undefined) {
        if (namespace !== ns || name !== scenario.deploymentName) return notFound(res, 'deployments', 'apps', name);
        if (kind === 'patch') return patchDeployment(request, res);
        return send(res, 200, currentDeployment());
      }
      const { name: wanted } = parseFieldSelector(query.fieldSelector ?? '');
      const requirements = parseLabelSelector(query.labelSelector ?? '');
      const items = [currentDeployment()].filter(
        (item) =>
          namespace === ns &&
          (wanted === undefined || wanted === scenario.deploymentName) &&
          matchesLabels(requirements, labelsOf(item)),
      );
      if (query.watch === 'true' || query.watch === '1') return watch(res, query, items.length > 0);
      return send(res, 200, list('DeploymentList', 'apps/v1', resourceVersion(), items));
    }

    if (replicaSetPath) {
      const requirements = parseLabelSelector(query.labelSelector ?? '');
      const items =
        replicaSetPath[1] === ns
          ? replicaSets
              .filter((item) => matchesLabels(requirements, labelsOf(item)))
              .map((item) => stamp(item, resourceVersion()))
          : [];
      return send(res, 200, list('ReplicaSetList', 'apps/v1', resourceVersion(), items));
    }

    const [, namespace, podName, log] = podPath ?? [];
    if (podName === undefined) {
      const requirements = parseLabelSelector(query.labelSelector ?? '');
      podLists += 1;
      const items =
        namespace === ns ? scenario.pods(podLists).filter((item) => matchesLabels(requirements, labelsOf(item))) : [];
      return send(res, 200, list('PodList', 'v1', String(5000 + podLists), items));
    }
    const found =
      namespace === ns
        ? scenario.pods(Math.max(podLists, 1)).find((item) => (item.metadata as Json).name === podName)
        : undefined;
    if (!found) return notFound(res, 'pods', '', podName);
    if (!log) return send(res, 200, found);
    return podLog(res, found, query);
  }

  // `rollout undo`'s PATCH: checked against what kubectl 1.32 must send for this Deployment and its
  // ReplicaSets (a wrong one is refused with the reason, so the test sees it), then applied, and the
  // restored ReplicaSet adopted as the deployment controller would.
  function patchDeployment(request: KubeRequest, res: ServerResponse): void {
    if (request.contentType.split(';')[0]?.trim() !== jsonPatchType) {
      return send(
        res,
        415,
        status(
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json`,
        ),
      );
    }
    const current = states[stateIndex] ?? {};
    const checked = checkRollbackPatch(request.body, current, replicaSets);
    if (scenario.patchError) return send(res, Number(scenario.patchError.code ?? 500), scenario.patchError);
    const applied = applyRollbackPatch(current, replicaSets, checked);
    if (request.query.dryRun === 'All') return send(res, 200, stamp(applied.patched, resourceVersion()));
    version += 1;
    const answer = stamp(applied.patched, resourceVersion());
    replicaSets = applied.replicaSets;
    states = scenario.afterRollback?.(applied.adopted) ?? [applied.adopted];
    stateIndex = 0;
    send(res, 200, answer);
  }

  function podLog(res: ServerResponse, found: Json, query: Record<string, string>): void {
    const name = String((found.metadata as Json).name);
    const containers = ((found.spec as Json).containers as Json[]).map((container) => String(container.name));
    const container = query.container ?? (containers.length === 1 ? containers[0] : undefined);
    if (container === undefined)
      throw new Error(`a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]`);
    if (!containers.includes(container)) throw new Error(`container ${container} is not valid for pod ${name}`);
    // The apiserver has no logs to give for a container that never started; CrashLoopBackOff has its last run's.
    const waiting = (((found.status as Json).containerStatuses ?? []) as Json[]).find(
      (status) => status.name === container,
    )?.state as Json | undefined;
    const reason = (waiting?.waiting as Json | undefined)?.reason;
    if (reason !== undefined && reason !== 'CrashLoopBackOff') {
      const why =
        reason === 'ImagePullBackOff' || reason === 'ErrImagePull'
          ? 'trying and failing to pull image'
          : String(reason);
      throw new Error(`container "${container}" in pod "${name}" is waiting to start: ${why}`);
    }
    const since = query.sinceTime === undefined ? undefined : parseSinceTime(query.sinceTime);
    const lines = (scenario.logs?.[`${name}/${container}`] ?? []).filter(
      (line) => !since || new Date(line.time) >= since,
    );
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(lines.map((line) => `${line.text}\n`).join(''));
  }

  // The informer behind `rollout status` lists, then watches from the list's resourceVersion: each later
  // state of the rollout arrives as a MODIFIED event; the stream then stays open, as a real one does.
  function watch(res: ServerResponse, query: Record<string, string>, matches: boolean): void {
    if (query.resourceVersion !== undefined && !/^\d*$/.test(query.resourceVersion))
      throw new Error(`invalid resource version: ${query.resourceVersion}`);
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    res.flushHeaders();
    watches.add(res);
    res.on('close', () => watches.delete(res));
    const next = () => {
      if (!matches || stateIndex + 1 >= states.length || res.writableEnded) return;
      stateIndex += 1;
      version += 1;
      res.write(`${JSON.stringify({ type: 'MODIFIED', object: currentDeployment() })}\n`);
      timer = setTimeout(next, options.watchEventMs ?? 50);
    };
    let timer = setTimeout(next, options.watchEventMs ?? 50);
    res.on('close', () => clearTimeout(timer));
  }

  const server = options.tls ? createHttpsServer(options.tls, handle) : createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const closedPort = await freeThenClosedPort();
  const home = await mkdtemp(join(tmpdir(), 'fake-kube-'));
  const kubeconfig = join(home, 'kubeconfig');
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  await writeFile(kubeconfig, kubeconfigYaml(url, closedPort, options.currentContext ?? 'unreachable'));

  return {
    url,
    unreachableHost: `127.0.0.1:${closedPort}`,
    kubeconfig,
    context: 'fake',
    unreachableContext: 'unreachable',
    home,
    requests,
    calls: () =>
      requests
        .filter((request) => !discoveryPaths.has(request.path))
        .map((request) => `${request.method} ${request.path}`),
    deployment: () => currentDeployment(),
    replicaSets: () => replicaSets.map((item) => stamp(item, resourceVersion())),
    close: async () => {
      for (const res of watches) res.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(home, { recursive: true, force: true });
    },
  };
}

function send(res: ServerResponse, code: number, body: unknown): void {
  res.writeHead(code, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function notFound(res: ServerResponse, resource: string, group: string, name: string): void {
  const qualified = group ? `${resource}.${group}` : resource;
  send(
    res,
    404,
    status(404, 'NotFound', `${qualified} "${name}" not found`, { name, ...(group ? { group } : {}), kind: resource }),
  );
}

function labelsOf(item: Json): Record<string, string> {
  return ((item.metadata as Json).labels ?? {}) as Record<string, string>;
}

function stamp(object: Json, resourceVersion: string): Json {
  return { ...object, metadata: { ...(object.metadata as Json), resourceVersion } };
}

// A port that was just free and is closed again: connecting to it is refused.
async function freeThenClosedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function kubeconfigYaml(url: string, closedPort: number, current: string): string {
  return `apiVersion: v1
kind: Config
clusters:
- name: fake
  cluster:
    server: ${url}
- name: unreachable
  cluster:
    server: http://127.0.0.1:${closedPort}
contexts:
- name: fake
  context:
    cluster: fake
    user: tester
    namespace: kubeconfig-namespace
- name: unreachable
  context:
    cluster: unreachable
    user: tester
current-context: ${current}
users:
- name: tester
  user:
    token: fake-token
`;
}
