// The fake `helm` itself: the executable fakeHelm.ts writes imports this file and calls main() with its
// state directory and arguments. It runs under Node's own type stripping (no ts-jest, no tsx), so it keeps to
// erasable syntax and imports nothing of the project at run time.
//
// It holds every invocation to /work/shared/contracts/helm-rollback.json: the sub-commands and flags Helm 3.21
// or 4 accept (an unknown flag, a missing value or a bad revision fail as Helm fails), and what the action
// must always pass (-o json, --max, a revision, a bare --wait, --timeout in seconds, --namespace, the
// context it was given). A breach of the latter is recorded in violations.jsonl and fails the call.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Subcommand = 'history' | 'rollback' | 'status';

export interface FakeRevision {
  revision: number;
  status: string;
  /** `<name>-<version>`, as history prints it. */
  chart: string;
  appVersion: string;
  description: string;
  /** The revision a rollback restored (printed by Helm 4's main branch only). */
  rollbackRevision?: number;
  /** The rendered manifest Helm stored; status prints it. */
  manifest?: string;
}

/** How the fake misbehaves on some sub-commands: the fault matrix's faults as a CLI tool shows them. */
export interface Misbehaviour {
  on: Subcommand[];
  as: 'hang' | 'truncated-json' | 'html-page' | 'flood' | 'trickle';
  /** With hang: SIGTERM is ignored, so only SIGKILL ends it. */
  ignoreSigterm?: boolean;
}

export interface FakeHelmState {
  helmVersion: 3 | 4;
  release: string;
  namespace: string;
  /** The --kube-context every call must pass; none when unset. */
  context?: string;
  /** Whether every call must pass --kube-insecure-skip-tls-verify. */
  insecureSkipTlsVerify?: boolean;
  /** Oldest first. */
  revisions: FakeRevision[];
  /** helm exits 1 with this on stderr (an `Error: …` line), having done nothing. */
  errors?: Partial<Record<Subcommand, string>>;
  /** A rollback that fails once started: applying the resources, or waiting for them (after --timeout). */
  rollbackFails?: { at: 'apply' | 'wait'; error: string };
  misbehave?: Misbehaviour;
}

export const SUCCESS = 'Rollback was a success! Happy Helming!';

interface Flags {
  values: Map<string, string>;
  positionals: string[];
}

// No parameter properties: Node's type stripping accepts only syntax it can erase.
class HelmExit extends Error {
  readonly stderr: string;
  readonly code: number;

  constructor(stderr: string, code = 1) {
    super(stderr);
    this.stderr = stderr;
    this.code = code;
  }
}

// Flags are given long (or -n / -o) and take their value as the next argument or after "=".
const GLOBAL_VALUE = [
  '--namespace',
  '-n',
  '--kube-context',
  '--kubeconfig',
  '--kube-token',
  '--kube-apiserver',
  '--kube-as-user',
  '--kube-as-group',
  '--kube-ca-file',
  '--kube-tls-server-name',
  '--burst-limit',
  '--qps',
  '--registry-config',
  '--repository-config',
  '--repository-cache',
];
const GLOBAL_BOOL = ['--kube-insecure-skip-tls-verify', '--debug'];

/** Per version: flags taking a value, bool flags, and (Helm 4) string flags whose value may only follow "=". */
function flagsOf(sub: Subcommand, version: 3 | 4): { value: string[]; bool: string[]; optional: string[] } {
  const global = { value: GLOBAL_VALUE, bool: GLOBAL_BOOL };
  const own = {
    history: {
      value: ['--max', '-o', '--output'],
      bool: version === 4 ? ['--show-rollback-revision'] : [],
      optional: [],
    },
    status: {
      value: ['--revision', '-o', '--output'],
      bool: version === 3 ? ['--show-desc', '--show-resources'] : [],
      optional: [],
    },
    rollback:
      version === 4
        ? {
            value: ['--timeout', '--history-max', '--server-side', '--description'],
            bool: [
              '--wait-for-jobs',
              '--no-hooks',
              '--cleanup-on-fail',
              '--force-replace',
              '--force',
              '--force-conflicts',
            ],
            optional: ['--wait', '--dry-run'],
          }
        : {
            value: ['--timeout', '--history-max'],
            bool: [
              '--wait',
              '--wait-for-jobs',
              '--dry-run',
              '--recreate-pods',
              '--force',
              '--no-hooks',
              '--cleanup-on-fail',
            ],
            optional: [],
          },
  }[sub];
  return { value: [...global.value, ...own.value], bool: [...global.bool, ...own.bool], optional: own.optional };
}

function parse(sub: Subcommand, args: string[], version: 3 | 4): Flags {
  const { value, bool, optional } = flagsOf(sub, version);
  const flags: Flags = { values: new Map(), positionals: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      flags.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const given = eq < 0 ? undefined : arg.slice(eq + 1);
    if (value.includes(name)) {
      const next = given ?? args[++i];
      if (next === undefined) throw new HelmExit(`Error: flag needs an argument: ${name}`);
      flags.values.set(name, next);
    } else if (bool.includes(name)) {
      if (given !== undefined && !['true', 'false'].includes(given))
        throw new HelmExit(
          `Error: invalid argument "${given}" for "${name}" flag: strconv.ParseBool: parsing "${given}": invalid syntax`,
        );
      flags.values.set(name, given ?? 'true');
    } else if (optional.includes(name)) {
      flags.values.set(name, given ?? '');
    } else {
      throw new HelmExit(
        name.startsWith('--')
          ? `Error: unknown flag: ${name}`
          : `Error: unknown shorthand flag: '${name.slice(1)}' in ${name}`,
      );
    }
  }
  return flags;
}

/** What the action must pass, beyond what Helm accepts. */
function violations(sub: Subcommand, args: string[], flags: Flags, state: FakeHelmState): string[] {
  const found: string[] = [];
  const get = (name: string) => flags.values.get(name);
  const namespace = get('--namespace') ?? get('-n');
  if (namespace === undefined) found.push('no --namespace');
  else if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace))
    found.push(`--namespace ${namespace} is not a DNS label`);
  if (get('--kube-context') !== state.context)
    found.push(`--kube-context ${get('--kube-context') ?? '(none)'}, expected ${state.context ?? '(none)'}`);
  if ((get('--kube-insecure-skip-tls-verify') === 'true') !== (state.insecureSkipTlsVerify ?? false))
    found.push(`--kube-insecure-skip-tls-verify ${state.insecureSkipTlsVerify ? 'missing' : 'not asked for'}`);
  if (sub === 'history' || sub === 'status') {
    if ((get('-o') ?? get('--output')) !== 'json') found.push(`helm ${sub} without -o json`);
    if (flags.positionals.length !== 1)
      found.push(`helm ${sub} takes exactly 1 argument, got ${flags.positionals.length}`);
  }
  if (sub === 'history') {
    const max = get('--max');
    if (max === undefined || !/^\d+$/.test(max) || Number(max) < 1 || Number(max) > 256)
      found.push(`helm history --max ${max ?? '(none)'}: expected a bound from 1 to 256`);
  }
  if (sub === 'rollback') {
    if (flags.positionals.length !== 2)
      found.push(`helm rollback without an explicit revision: ${flags.positionals.join(' ')}`);
    const waits = args.filter((arg) => arg === '--wait' || arg.startsWith('--wait='));
    if (waits.length !== 1 || waits[0] !== '--wait')
      found.push(`helm rollback --wait must be given once and bare, got ${waits.join(' ') || 'none'}`);
    const timeout = get('--timeout');
    if (timeout === undefined || !/^[1-9]\d*s$/.test(timeout))
      found.push(`helm rollback --timeout ${timeout ?? '(none)'}: expected whole seconds, e.g. 60s`);
    if (get('--dry-run') !== undefined) found.push('helm rollback --dry-run');
  }
  return found;
}

/** Go's duration syntax, as --timeout takes it, in milliseconds. */
function goDuration(text: string): number {
  const units: Record<string, number> = {
    h: 3_600_000,
    m: 60_000,
    s: 1_000,
    ms: 1,
    us: 0.001,
    µs: 0.001,
    ns: 0.000001,
  };
  let total = 0;
  const pattern = /(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g;
  let matched = '';
  for (const part of text.matchAll(pattern)) {
    total += Number(part[1]) * (units[part[2] ?? ''] ?? 0);
    matched += part[0];
  }
  if (matched !== text || text === '')
    throw new HelmExit(`Error: invalid argument "${text}" for "--timeout" flag: time: invalid duration "${text}"`);
  return total;
}

const UPDATED = (revision: number) => new Date(Date.UTC(2026, 11, 1, 9, revision)).toISOString().replace('.000Z', 'Z');

function historyJson(state: FakeHelmState, max: number): string {
  const entries = state.revisions.slice(-max).map((r) => ({
    revision: r.revision,
    updated: UPDATED(r.revision),
    status: r.status,
    chart: r.chart,
    app_version: r.appVersion,
    ...(state.helmVersion === 4 && r.rollbackRevision ? { rollback_revision: r.rollbackRevision } : {}),
    description: r.description,
  }));
  return `${JSON.stringify(entries)}\n`;
}

function statusJson(state: FakeHelmState, latest: FakeRevision): string {
  const [, chartName = latest.chart, chartVersion = ''] = /^(.*?)-(\d.*)$/.exec(latest.chart) ?? [];
  const updated = UPDATED(latest.revision);
  const status =
    state.helmVersion === 4
      ? {
          name: state.release,
          info: {
            first_deployed: UPDATED(1),
            last_deployed: updated,
            description: latest.description,
            status: latest.status,
            ...(latest.rollbackRevision ? { rollback_revision: latest.rollbackRevision } : {}),
          },
          ...(latest.manifest ? { manifest: latest.manifest } : {}),
          version: latest.revision,
          namespace: state.namespace,
          apply_method: 'csa',
        }
      : {
          name: state.release,
          info: {
            first_deployed: UPDATED(1),
            last_deployed: updated,
            deleted: '',
            description: latest.description,
            status: latest.status,
          },
          chart: {
            metadata: { name: chartName, version: chartVersion, appVersion: latest.appVersion, apiVersion: 'v2' },
          },
          ...(latest.manifest ? { manifest: latest.manifest } : {}),
          version: latest.revision,
          namespace: state.namespace,
        };
  return `${JSON.stringify(status)}\n`;
}

/** helm rollback: a new revision copied from the target, as pkg/action/rollback.go makes it. */
async function rollback(
  state: FakeHelmState,
  flags: Flags,
  save: () => void,
  stdout: string[],
  stderr: string[],
): Promise<number> {
  const current = state.revisions.at(-1);
  if (!current) throw new HelmExit('Error: release: not found');
  const given = flags.positionals[1];
  if (given !== undefined && !/^-?\d+$/.test(given))
    throw new HelmExit(
      `Error: could not convert revision to a number: strconv.Atoi: parsing "${given}": invalid syntax`,
    );
  const asked = given === undefined ? 0 : Number(given);
  if (asked < 0) throw new HelmExit('Error: invalid release revision');
  const targetRevision = asked === 0 ? current.revision - 1 : asked;
  const target = state.revisions.find((r) => r.revision === targetRevision);
  if (!target) throw new HelmExit(`Error: release has no ${targetRevision} version`);
  const wait = flags.values.get('--wait');
  if (state.helmVersion === 4 && (wait === 'true' || wait === 'false'))
    stderr.push(`level=WARN msg="--wait=${wait} is deprecated (boolean value)"`);

  const created: FakeRevision = {
    revision: current.revision + 1,
    status: 'pending-rollback',
    chart: target.chart,
    appVersion: target.appVersion,
    description: `Rollback to ${target.revision}`,
    rollbackRevision: target.revision,
    ...(target.manifest ? { manifest: target.manifest } : {}),
  };
  state.revisions.push(created);
  save();
  if (state.misbehave?.on.includes('rollback')) return -1;

  const failure = state.rollbackFails;
  if (failure?.at === 'apply') {
    created.status = 'failed';
    created.description = `Rollback "${state.release}" failed: ${failure.error}`;
    current.status = 'superseded';
    save();
    stderr.push(`level=WARN msg="Rollback \\"${state.release}\\" failed: ${failure.error}"`);
    throw new HelmExit(`Error: ${failure.error}`);
  }
  if (failure?.at === 'wait') {
    // The resources never became ready: helm waits out --timeout, then records the failure.
    await new Promise((resolve) => setTimeout(resolve, goDuration(flags.values.get('--timeout') ?? '5m0s')));
    created.status = 'failed';
    created.description = `Release "${state.release}" failed: ${failure.error}`;
    save();
    throw new HelmExit(`Error: release ${state.release} failed: ${failure.error}`);
  }
  for (const revision of state.revisions) if (revision.status === 'deployed') revision.status = 'superseded';
  created.status = 'deployed';
  save();
  stdout.push(SUCCESS);
  return 0;
}

function misbehave(how: Misbehaviour, answer: string): Promise<number> {
  switch (how.as) {
    case 'hang':
      if (how.ignoreSigterm) process.on('SIGTERM', () => undefined);
      return new Promise(() => setInterval(() => undefined, 60_000));
    case 'truncated-json':
      process.stdout.write(answer.slice(0, Math.max(1, Math.floor(answer.length / 2))));
      return Promise.resolve(0);
    case 'html-page':
      process.stdout.write(
        '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>\n',
      );
      return Promise.resolve(0);
    case 'flood':
      return new Promise((resolve) => {
        const chunk = Buffer.alloc(1024 * 1024, 'x');
        let left = 50;
        process.stdout.on('error', () => resolve(1));
        const write = () => {
          while (left > 0) {
            left -= 1;
            if (!process.stdout.write(chunk)) return void process.stdout.once('drain', write);
          }
          resolve(0);
        };
        write();
      });
    case 'trickle':
      return new Promise((resolve) => {
        let sent = 0;
        const timer = setInterval(() => {
          process.stdout.write(answer.charAt(sent));
          sent += 1;
          if (sent >= answer.length) {
            clearInterval(timer);
            resolve(0);
          }
        }, 1_000);
      });
  }
}

export async function main(dir: string, args: string[]): Promise<void> {
  appendFileSync(join(dir, 'calls.jsonl'), `${JSON.stringify(args)}\n`);
  appendFileSync(join(dir, 'pids'), `${process.pid}\n`);
  const statePath = join(dir, 'state.json');
  const state = JSON.parse(readFileSync(statePath, 'utf8')) as FakeHelmState;
  const save = () => writeFileSync(statePath, `${JSON.stringify(state, null, 2)}\n`);
  const stdout: string[] = [];
  const stderr: string[] = [];
  let code = 0;
  try {
    const [sub, ...rest] = args;
    if (sub !== 'history' && sub !== 'rollback' && sub !== 'status')
      throw new HelmExit(`Error: unknown command "${sub ?? ''}" for "helm"`);
    let flags: Flags;
    try {
      flags = parse(sub, rest, state.helmVersion);
    } catch (error) {
      // Helm would refuse it too; the action never should have sent it.
      if (error instanceof HelmExit)
        appendFileSync(join(dir, 'violations.jsonl'), `${JSON.stringify({ args, breaches: [error.stderr] })}\n`);
      throw error;
    }
    const breaches = violations(sub, rest, flags, state);
    if (breaches.length > 0) {
      appendFileSync(join(dir, 'violations.jsonl'), `${JSON.stringify({ args, breaches })}\n`);
      throw new HelmExit(`Error: fake helm: ${breaches.join('; ')}`);
    }
    const scripted = state.errors?.[sub];
    if (scripted) throw new HelmExit(scripted);
    const namespace = flags.values.get('--namespace') ?? flags.values.get('-n');
    if (flags.positionals[0] !== state.release || namespace !== state.namespace || state.revisions.length === 0)
      throw new HelmExit('Error: release: not found');

    let answer = '';
    if (sub === 'history') answer = historyJson(state, Number(flags.values.get('--max') ?? 256));
    if (sub === 'status') answer = statusJson(state, state.revisions.at(-1) as FakeRevision);
    if (sub === 'rollback') code = await rollback(state, flags, save, stdout, stderr);
    if (state.misbehave?.on.includes(sub)) {
      code = await misbehave(state.misbehave, answer);
      process.exitCode = code;
      return;
    }
    if (answer) stdout.push(answer.trimEnd());
  } catch (error) {
    if (!(error instanceof HelmExit)) throw error;
    stderr.push(error.stderr);
    code = error.code;
  }
  if (stdout.length > 0) process.stdout.write(`${stdout.join('\n')}\n`);
  if (stderr.length > 0) process.stderr.write(`${stderr.join('\n')}\n`);
  process.exitCode = code;
}
