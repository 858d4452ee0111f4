import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeHelmState, FakeRevision } from './fakeHelmCli.js';

export type { FakeHelmState, FakeRevision, Misbehaviour, Subcommand } from './fakeHelmCli.js';
export { SUCCESS } from './fakeHelmCli.js';

// A recording fake `helm` on PATH: Helm is not installed here and there is no cluster. The executable is a
// two-line Node script (this Node, by its absolute path) that hands its arguments to fakeHelmCli.ts, which
// checks them against the contract, records them and answers from state.json.

export interface FakeHelm {
  /** The directory holding the `helm` executable: put it first on PATH. */
  bin: string;
  /** The executable itself, for a rollbacker told its path. */
  helm: string;
  /** PATH with the fake first. */
  path: string;
  /** Every invocation's arguments, in order. */
  calls(): string[][];
  /** The process id of each invocation, in order: to see that a killed one is gone. */
  pids(): number[];
  /** Invocations that broke the contract (each also failed). */
  violations(): { args: string[]; breaches: string[] }[];
  state(): FakeHelmState;
  /** Changes the state between calls (a release that turns pending, a status that fails). */
  update(change: (state: FakeHelmState) => void): void;
  close(): Promise<void>;
}

const CLI = new URL('./fakeHelmCli.ts', import.meta.url).pathname;

export async function startFakeHelm(state: FakeHelmState): Promise<FakeHelm> {
  const dir = await mkdtemp(join(tmpdir(), 'pdc-fake-helm-'));
  const bin = join(dir, 'bin');
  const helm = join(bin, 'helm');
  const statePath = join(dir, 'state.json');
  await mkdir(bin);
  await writeFile(statePath, `${JSON.stringify(state, null, 2)}\n`);
  await writeFile(
    helm,
    [
      `#!${process.execPath}`,
      `import(${JSON.stringify(CLI)}).then((cli) => cli.main(${JSON.stringify(dir)}, process.argv.slice(2)));`,
      '',
    ].join('\n'),
  );
  await chmod(helm, 0o755);
  const lines = (name: string) => {
    const path = join(dir, name);
    if (!existsSync(path)) return [];
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as unknown);
  };
  const read = () => JSON.parse(readFileSync(statePath, 'utf8')) as FakeHelmState;
  return {
    bin,
    helm,
    path: `${bin}:${process.env.PATH ?? ''}`,
    calls: () => lines('calls.jsonl') as string[][],
    pids: () => lines('pids') as number[],
    violations: () => lines('violations.jsonl') as { args: string[]; breaches: string[] }[],
    state: read,
    update(change) {
      const next = read();
      change(next);
      writeFileSync(statePath, `${JSON.stringify(next, null, 2)}\n`);
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

export const RELEASE = 'shop';
export const NAMESPACE = 'shop-prod';

/** A Deployment as the chart renders it; with `flux`, labelled as Flux's helm-controller post-renderer labels it. */
export function manifest(image: string, options: { flux?: boolean } = {}): string {
  const flux = options.flux
    ? ['    helm.toolkit.fluxcd.io/name: shop', `    helm.toolkit.fluxcd.io/namespace: ${NAMESPACE}`]
    : [];
  return [
    '---',
    '# Source: shop/templates/service.yaml',
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: shop',
    '  labels:',
    '    app.kubernetes.io/instance: shop',
    '    app.kubernetes.io/managed-by: Helm',
    ...flux,
    'spec:',
    '  ports: [{ port: 80, targetPort: 8080 }]',
    '---',
    '# Source: shop/templates/deployment.yaml',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: shop',
    '  labels:',
    '    app.kubernetes.io/instance: shop',
    '    app.kubernetes.io/managed-by: Helm',
    ...flux,
    'spec:',
    '  replicas: 3',
    '  template:',
    '    spec:',
    `      containers: [{ name: shop, image: "${image}" }]`,
    '',
  ].join('\n');
}

function revision(revision: number, status: string, version: string, description: string, flux = false): FakeRevision {
  return {
    revision,
    status,
    chart: `shop-${version}`,
    appVersion: version,
    description,
    manifest: manifest(`registry.example.com/shop:${version}`, { flux }),
  };
}

/**
 * 1 and 2 superseded, 3 an upgrade that failed, 4 deployed but bad: the current revision is 4 and the one to
 * restore is 2, since 3 failed (Helm's own default, current - 1, would restore the failed 3).
 */
export function realisticHistory(options: { flux?: boolean } = {}): FakeRevision[] {
  const { flux = false } = options;
  return [
    revision(1, 'superseded', '1.4.1', 'Install complete', flux),
    revision(2, 'superseded', '1.4.2', 'Upgrade complete', flux),
    revision(3, 'failed', '1.5.0', 'Upgrade "shop" failed: context deadline exceeded', flux),
    revision(4, 'deployed', '1.5.1', 'Upgrade complete', flux),
  ];
}

/** The fake's state: Helm 4 by default, the realistic history, release shop in shop-prod. */
export function helmState(overrides: Partial<FakeHelmState> = {}): FakeHelmState {
  return {
    helmVersion: 4,
    release: RELEASE,
    namespace: NAMESPACE,
    revisions: realisticHistory(),
    ...overrides,
  };
}
