import { getExecOutput } from '@actions/exec';
import type { z } from 'zod';
import { ClusterError } from '../../engine/ports.js';

export interface KubectlResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs kubectl with an argument array (never a shell), output captured and kept out of the log.
 *
 * @actions/exec has no AbortSignal and does not hand out the child, so an abort cannot kill kubectl:
 * it settles this call at once and leaves kubectl to end on its own --request-timeout / --timeout,
 * which is why every invocation must carry one.
 */
export async function runKubectl(
  tool: string,
  args: string[],
  signal: AbortSignal,
  env?: Record<string, string>,
): Promise<KubectlResult> {
  if (signal.aborted) throw stopped();
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(stopped());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  const environment = env ? { ...inherited(), ...env } : undefined;
  const run = getExecOutput(tool, args, {
    ignoreReturnCode: true,
    silent: true,
    ...(environment ? { env: environment } : {}),
  }).catch((error: unknown) => {
    throw notStarted(tool, error);
  });
  try {
    return await Promise.race([run, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function inherited(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

function stopped(): ClusterError {
  return new ClusterError('stopped: the step was cancelled or reached its time limit');
}

// @actions/exec looks the tool up on PATH before spawning and says "Unable to locate executable file";
// a spawn that fails anyway surfaces as "... spawn <tool> ENOENT".
function notStarted(tool: string, error: unknown): ClusterError {
  const message = error instanceof Error ? error.message : String(error);
  if (/Unable to locate executable file|ENOENT/.test(message)) {
    return new ClusterError(`kubectl is not installed or not on PATH: ${tool} was not found`);
  }
  return new ClusterError(`kubectl could not be started (${tool}): ${firstLine(message)}`);
}

const klogLine = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s/;

/** kubectl's own complaint: its first few lines, client-go's klog noise left out when there is more. */
export function kubectlMessage(result: KubectlResult): string {
  const lines = result.stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const plain = lines.filter((line) => !klogLine.test(line));
  const chosen = (plain.length > 0 ? plain : lines).slice(0, 3).join(' / ');
  return chosen || `exit code ${result.exitCode} and nothing on stderr`;
}

export function failure(what: string, result: KubectlResult): ClusterError {
  return new ClusterError(`kubectl ${what} failed: ${kubectlMessage(result)}`);
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

// Bounds every request kubectl makes, so that a silent apiserver cannot hold the step.
const requestTimeout = '--request-timeout=30s';

/** The arguments every invocation ends with: one argument each, so a context can never be read as another flag's value. */
export function clusterArgs(options: {
  namespace: string;
  context?: string;
  insecureSkipTlsVerify?: boolean;
}): string[] {
  const context = options.context ? [`--context=${options.context}`] : [];
  const tls = options.insecureSkipTlsVerify ? ['--insecure-skip-tls-verify=true'] : [];
  return ['--namespace', options.namespace, ...context, ...tls, requestTimeout];
}

/** kubectl's `-o json` output, checked against the fields the caller reads. */
export function parseOutput<T>(schema: z.ZodType<T>, result: KubectlResult, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    throw new ClusterError(`kubectl ${what} printed something other than JSON: ${result.stdout.slice(0, 200)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new ClusterError(`kubectl ${what} printed JSON of an unexpected shape: ${issue?.message ?? ''}${where}`);
  }
  return parsed.data;
}

export function lastLine(text: string): string | undefined {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .at(-1);
}
