import { parseAllDocuments } from 'yaml';
import type { z } from 'zod';
import { formatDuration } from '../../engine/config/duration.js';
import {
  ClusterError,
  RollbackError,
  type Revision,
  type RollbackContext,
  type RollbackPreview,
  type Undone,
} from '../../engine/ports.js';
import { invalidKubernetesNames } from '../shared/kubernetesNames.js';
import { checkedRevision } from '../shared/rollbackRequest.js';
import { helmMessage, parseHelmJson, releaseNotFound, runHelm, type HelmResult } from './helm.js';
import { historySchema, statusSchema, type HistoryEntry, type ReleaseStatus } from './helmSchema.js';

export interface HelmRollbackerOptions {
  release: string;
  namespace: string;
  context?: string;
  /** --kube-insecure-skip-tls-verify: the user named kubernetes in insecure-skip-tls-verify. */
  insecureSkipTlsVerify?: boolean;
  /** Path or name of the helm binary; "helm" on PATH by default. */
  helm?: string;
  /** helm's whole environment (PATH, KUBECONFIG, HELM_*): the step's by default. */
  env?: NodeJS.ProcessEnv;
  /** Each history or status read is stopped after this; 30 s by default. */
  readTimeoutMs?: number;
  /** How long past its own --timeout `helm rollback` may run before it is killed; 10 s by default. */
  killMarginMs?: number;
}

/** Every step of the Rollbacker port: Helm reads its own history, undoes and reports its own status. */
export interface HelmRollbacker {
  preview(toRevision: number | undefined, signal: AbortSignal): Promise<RollbackPreview>;
  undo(toRevision: number | undefined, signal: AbortSignal, context: RollbackContext): Promise<Undone>;
  confirm(
    timeoutMs: number,
    signal: AbortSignal,
    preview: RollbackPreview | undefined,
  ): Promise<{ complete: boolean; message: string }>;
}

// Helm has no request timeout of its own for these reads: a silent apiserver would hold them for ever.
const READ_TIMEOUT_MS = 30_000;
// helm rollback ends on its own --timeout (the rollback-timeout); this is its time to record the outcome.
const KILL_MARGIN_MS = 10_000;
// Helm keeps 10 revisions by default (--history-max): 20 holds a whole history but for a raised limit.
const HISTORY_MAX = 20;
const SUCCESS = 'Rollback was a success! Happy Helming!';

/** A revision whose operation has not ended: a rollback now would race it, or find the release locked. */
const IN_PROGRESS = new Set(['pending-install', 'pending-upgrade', 'pending-rollback', 'uninstalling']);
/** What a rollback may restore unasked: a revision that was once the release's deployed state. */
const RESTORABLE = new Set(['deployed', 'superseded']);

// Helm's own rule for release names: a DNS-1123 subdomain, short enough for the Secrets Helm stores.
const MAX_RELEASE_CHARS = 53;

/** `helm rollback` of one release, with its history read first and its status read after. */
export function createHelmRollbacker(options: HelmRollbackerOptions): HelmRollbacker {
  const tool = options.helm ?? 'helm';
  const env = options.env ?? process.env;
  const readTimeoutMs = options.readTimeoutMs ?? READ_TIMEOUT_MS;
  const killMarginMs = options.killMarginMs ?? KILL_MARGIN_MS;
  const { release, namespace } = options;
  const invalid = invalidKubernetesNames({
    object: { name: release, kind: 'Helm release name', maxLength: MAX_RELEASE_CHARS },
    namespace,
    context: { name: options.context, kind: 'kube context' },
  });
  const where = `Helm release "${release}" in namespace "${namespace}"`;
  // One argument each, after the sub-command's own: never a shell, never a value read as a flag.
  const scope = [
    '--namespace',
    namespace,
    ...(options.context ? ['--kube-context', options.context] : []),
    ...(options.insecureSkipTlsVerify ? ['--kube-insecure-skip-tls-verify'] : []),
  ];
  /** The preview the undo restores: the revision it chose is passed to `helm rollback` explicitly. */
  let previewed: RollbackPreview | undefined;

  function failed(args: string[], result: HelmResult): ClusterError {
    if (releaseNotFound(result))
      return new ClusterError(
        `${where} was not found (helm ${args[0]}: release: not found): check helm-release, kube-namespace and kube-context`,
      );
    return new ClusterError(`helm ${args[0]} failed: ${helmMessage(result)}`);
  }

  async function read<T>(args: string[], schema: z.ZodType<T>, signal: AbortSignal): Promise<T> {
    const full = [...args, ...scope];
    const result = await runHelm(full, { tool, env, timeoutMs: readTimeoutMs, signal });
    if (result.exitCode !== 0) throw failed(full, result);
    return parseHelmJson(schema, result, full);
  }

  const readHistory = (signal: AbortSignal): Promise<HistoryEntry[]> =>
    read(['history', release, '-o', 'json', '--max', String(HISTORY_MAX)], historySchema, signal).then((entries) =>
      // Oldest first, as Helm prints it; sorted all the same, since the choice depends on it.
      [...entries].sort((a, b) => a.revision - b.revision),
    );
  const readStatus = (signal: AbortSignal): Promise<ReleaseStatus> =>
    read(['status', release, '-o', 'json'], statusSchema, signal);

  async function preview(toRevision: number | undefined, signal: AbortSignal): Promise<RollbackPreview> {
    const wanted = checkedRevision(invalid, toRevision);
    const history = await readHistory(signal);
    const newest = history.at(-1);
    if (!newest) return {};
    if (IN_PROGRESS.has(newest.status)) {
      throw new ClusterError(
        `another operation is in progress on the release (${newest.status}): helm history shows revision ${newest.revision} as ${newest.status}${newest.description ? ` ("${newest.description}")` : ''}, so no rollback was attempted; once it has ended run the rollback again, or, if it was interrupted, roll back by hand`,
      );
    }
    const chosen = chooseTarget(history, wanted);
    const status = await readStatus(signal);
    const gitOps = status.manifest !== undefined && fluxManaged(status.manifest) ? 'Flux' : undefined;
    previewed = {
      current: revisionOf(newest),
      ...(chosen ? { target: chosen } : {}),
      ...(gitOps ? { gitOps } : {}),
    };
    return previewed;
  }

  return {
    preview,

    async undo(toRevision, signal, context) {
      const target = (previewed ?? (await preview(toRevision, signal))).target;
      if (!target) throw new RollbackError(`${where} has no earlier revision to roll back to`);
      const timeout = `${Math.ceil(context.timeoutMs / 1000)}s`;
      // `--wait` without a value is valid in both: Helm 3's bool (wait for the resources), Helm 4's
      // watcher strategy. `--wait=true` draws a deprecation warning from Helm 4, `--wait=watcher` an error from Helm 3.
      const args = ['rollback', release, String(target.revision), '--wait', '--timeout', timeout, ...scope];
      const result = await runHelm(args, {
        tool,
        env,
        // The run's signal never reaches here (the engine lets an undo end); its own --timeout ends it,
        // and this kills it should it not.
        timeoutMs: context.timeoutMs + killMarginMs,
        signal,
        timedOut: () =>
          new RollbackError(
            `helm rollback did not end within rollback-timeout (${formatDuration(context.timeoutMs)}) and ${formatDuration(killMarginMs)} more, and was killed: ${where} may be left pending-rollback; see helm history ${release} --namespace ${namespace}`,
          ),
      });
      if (result.exitCode !== 0) {
        if (releaseNotFound(result)) throw new RollbackError(failed(args, result).message);
        throw new RollbackError(`helm rollback failed: ${helmMessage(result)}`);
      }
      const said = result.stdout.includes(SUCCESS)
        ? SUCCESS
        : `exited 0${lastLine(result.stdout) ? `: ${lastLine(result.stdout)}` : ''}`;
      return { rolledBack: true, message: `helm rollback ${release} ${target.revision}: ${said}` };
    },

    async confirm(_timeoutMs, signal, before) {
      // helm rollback --wait has waited for the resources: what is left is to see that Helm recorded the
      // restored revision as deployed, and that it runs what the target ran.
      if (invalid) throw new ClusterError(invalid);
      const status = await readStatus(signal);
      const history = await readHistory(signal);
      const revision = status.version ?? history.at(-1)?.revision;
      const current = before?.current?.revision;
      const target = before?.target;
      const at = `revision ${revision ?? '?'} of ${where}`;
      if (status.info.status !== 'deployed') {
        const why = status.info.description ? `: ${status.info.description}` : '';
        return { complete: false, message: `helm status shows ${at} as ${status.info.status}, not deployed${why}` };
      }
      if (revision === undefined || (typeof current === 'number' && revision <= current)) {
        return {
          complete: false,
          message: `helm status shows ${at} as deployed, but no revision after the failed ${current ?? '?'}: the rollback recorded none`,
        };
      }
      const entry = history.find((item) => item.revision === revision);
      if (target && entry) {
        if (target.chart !== undefined && (entry.chart !== target.chart || entry.app_version !== target.appVersion))
          return {
            complete: false,
            message: `${at} is deployed but runs ${runs(entry)}, not revision ${target.revision}'s ${runs({ chart: target.chart, app_version: target.appVersion ?? '' })}`,
          };
        if (entry.rollback_revision !== undefined && entry.rollback_revision !== target.revision)
          return {
            complete: false,
            message: `${at} is deployed but is a rollback to revision ${entry.rollback_revision}, not ${target.revision}`,
          };
      }
      const ran = entry
        ? `: ${runs(entry)}${target?.chart !== undefined ? `, as revision ${target.revision} had` : ''}`
        : '';
      return { complete: true, message: `release ${release} is deployed at revision ${revision}${ran}` };
    },
  };
}

/**
 * The revision to restore: `toRevision` when it is in the history and not the current one, else the newest
 * earlier revision that was deployed (deployed or superseded), never a failed one. Helm's own default is
 * simply current - 1, whatever its status, which is why the choice is passed to it explicitly.
 */
function chooseTarget(history: HistoryEntry[], toRevision: number | undefined): Revision | undefined {
  const newest = history.at(-1);
  const earlier = history.slice(0, -1);
  if (toRevision === undefined) {
    const found = earlier.findLast((entry) => RESTORABLE.has(entry.status));
    return found && revisionOf(found);
  }
  if (toRevision === newest?.revision) return undefined;
  const found = earlier.find((entry) => entry.revision === toRevision);
  if (found) return revisionOf(found);
  // Older than the --max newest read: Helm may still hold it, and `helm rollback` says if it does not.
  const oldest = history[0]?.revision;
  if (history.length >= HISTORY_MAX && oldest !== undefined && toRevision < oldest)
    return { revision: toRevision, images: [] };
  return undefined;
}

function revisionOf(entry: HistoryEntry): Revision {
  return { revision: entry.revision, images: [], chart: entry.chart, appVersion: entry.app_version };
}

function runs(entry: Pick<HistoryEntry, 'chart' | 'app_version'>): string {
  return `chart ${entry.chart}, app version ${entry.app_version}`;
}

const FLUX_LABEL = 'helm.toolkit.fluxcd.io/name';

/**
 * Flux's helm-controller installs and upgrades a HelmRelease through the Helm SDK, with a post-renderer that
 * labels every object it renders with helm.toolkit.fluxcd.io/name and /namespace (the HelmRelease's). Helm
 * stores the manifest after post-rendering, so the label is in `helm status -o json`'s manifest, on the
 * objects' metadata.labels: a release of Flux's shows it, one installed by hand does not. (Argo CD renders
 * charts with `helm template` and applies the objects itself: there is no Helm release to roll back.)
 */
export function fluxManaged(manifest: string): boolean {
  if (!manifest.includes(FLUX_LABEL)) return false;
  return parseAllDocuments(manifest).some((document) => {
    try {
      const object = document.toJS() as { metadata?: { labels?: Record<string, unknown> } } | null;
      const labels = object?.metadata?.labels;
      return typeof labels === 'object' && labels !== null && FLUX_LABEL in labels;
    } catch {
      return false;
    }
  });
}

function lastLine(text: string): string | undefined {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .at(-1);
}
