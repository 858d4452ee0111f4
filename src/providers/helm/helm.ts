import type { z } from 'zod';
import { formatDuration } from '../../engine/config/duration.js';
import { ClusterError } from '../../engine/ports.js';
import { runTool } from '../shared/runTool.js';

export interface HelmResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface HelmCall {
  /** Path or name of the helm binary. */
  tool: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  signal: AbortSignal;
  /** The error when helm had to be stopped at `timeoutMs`, if not the generic one. */
  timedOut?: () => Error;
}

// `helm status -o json` carries the whole rendered manifest (and on Helm 4 the live objects): a large chart's
// runs to a few MB. Past this it is not a release's answer.
const MAX_STDOUT_BYTES = 16 * 1024 * 1024;

/** The helm sub-command in messages: `helm history`, `helm rollback`. */
export const what = (args: readonly string[]) => `helm ${args[0] ?? ''}`;

/**
 * Runs helm, bounded by `timeoutMs`; resolves with its exit code and output, rejects with a ClusterError when
 * it did not end on its own (not installed, timed out, printed too much, the step stopped).
 */
export async function runHelm(args: readonly string[], call: HelmCall): Promise<HelmResult> {
  const end = await runTool(call.tool, args, {
    timeoutMs: call.timeoutMs,
    signal: call.signal,
    env: call.env,
    maxStdoutBytes: MAX_STDOUT_BYTES,
  });
  switch (end.kind) {
    case 'exited':
      return { exitCode: end.exitCode, stdout: end.stdout, stderr: end.stderr };
    case 'not-found':
      return Promise.reject(new ClusterError(`helm is not installed or not on PATH: ${call.tool} was not found`));
    case 'not-started':
      return Promise.reject(new ClusterError(`helm could not be started (${call.tool}): ${end.message}`));
    case 'aborted':
      return Promise.reject(new ClusterError('stopped: the step was cancelled or reached its time limit'));
    case 'too-much-output':
      return Promise.reject(
        new ClusterError(
          `${what(args)} printed more than ${MAX_STDOUT_BYTES / 1024 / 1024} MB: it was stopped, and none of it read`,
        ),
      );
    case 'timed-out':
      return Promise.reject(
        call.timedOut?.() ??
          new ClusterError(`${what(args)} did not end within ${formatDuration(call.timeoutMs)}: it was stopped`),
      );
    case 'signalled':
      return Promise.reject(new ClusterError(`${what(args)} was killed by ${end.signal}`));
  }
}

/**
 * Helm's own complaint: from its `Error: …` line on (a wait error lists one resource a line), slog's
 * warnings before it left out; at most a few lines.
 */
export function helmMessage(result: HelmResult): string {
  const lines = result.stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const start = lines.findIndex((line) => line.startsWith('Error: '));
  const chosen = start < 0 ? lines.slice(-3) : lines.slice(start);
  const shown = chosen.slice(0, 5).join(' / ');
  const more = chosen.length > 5 ? ` / … ${chosen.length - 5} more lines` : '';
  return shown ? `${shown}${more}` : `exit code ${result.exitCode} and nothing on stderr`;
}

/** Helm's driver.ErrReleaseNotFound, as history, rollback and status print it. */
export function releaseNotFound(result: HelmResult): boolean {
  return /^Error: release: not found\s*$/m.test(result.stderr);
}

/** helm's `-o json` output, checked against the fields the caller reads. */
export function parseHelmJson<T>(schema: z.ZodType<T>, result: HelmResult, args: readonly string[]): T {
  let json: unknown;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    throw new ClusterError(
      `${what(args)} printed something other than JSON: ${result.stdout.trim().slice(0, 200) || '(nothing)'}`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new ClusterError(`${what(args)} printed JSON of an unexpected shape: ${issue?.message ?? ''}${where}`);
  }
  return parsed.data;
}
