import { getExecOutput } from '@actions/exec';
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
export async function runKubectl(tool: string, args: string[], signal: AbortSignal, env?: Record<string, string>): Promise<KubectlResult> {
  if (signal.aborted) throw stopped();
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(stopped());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  const environment = env ? { ...inherited(), ...env } : undefined;
  const run = getExecOutput(tool, args, { ignoreReturnCode: true, silent: true, ...(environment ? { env: environment } : {}) }).catch((error: unknown) => {
    throw notStarted(tool, error);
  });
  try {
    return await Promise.race([run, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function inherited(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function stopped(): ClusterError {
  return new ClusterError('stopped: the step reached its time limit');
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
  const lines = result.stderr.split('\n').map((line) => line.trim()).filter((line) => line !== '');
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
