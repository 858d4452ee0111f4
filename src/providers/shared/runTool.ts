import { runInProcessGroup } from './processGroup.js';

/** How a tool's run ended: on its own, or stopped by this runner (and why). */
export type ToolEnd =
  | { kind: 'exited'; exitCode: number; stdout: string; stderr: string }
  /** Ended by a signal nobody here sent (the OOM killer, a person). */
  | { kind: 'signalled'; signal: string; stdout: string; stderr: string }
  /** Still running at `timeoutMs`: its process group was killed. */
  | { kind: 'timed-out'; stdout: string; stderr: string }
  /** Printed more than `maxStdoutBytes`: its process group was killed, nothing of it is read. */
  | { kind: 'too-much-output' }
  /** The caller's signal aborted: its process group was killed. */
  | { kind: 'aborted' }
  /** Not on PATH. */
  | { kind: 'not-found' }
  | { kind: 'not-started'; message: string };

export interface ToolOptions {
  /** Past this the tool is killed: every invocation has one. */
  timeoutMs: number;
  signal: AbortSignal;
  /** The whole environment of the tool (PATH included): the step's, as the caller has it. */
  env: NodeJS.ProcessEnv;
  /** At most this much of stdout is kept; more kills the tool. */
  maxStdoutBytes: number;
}

// What is kept of stderr: its end, where a CLI's `Error: …` line is.
const MAX_STDERR_BYTES = 64 * 1024;

/**
 * Runs a tool with an argument array (never a shell) and its output captured, bounded in time and size.
 *
 * node:child_process rather than @actions/exec (which kubectl.ts uses): @actions/exec neither hands out the
 * child nor takes a signal, so it can neither kill a tool at its time limit nor stop reading a flood of
 * output. A stopped tool's run settles at once: what it would still print is not waited for. A caller that
 * must not be interrupted (a Helm rollback) passes a signal that never aborts and lets the tool end on its
 * own time limit.
 */
export async function runTool(command: string, args: readonly string[], options: ToolOptions): Promise<ToolEnd> {
  const stdout: Buffer[] = [];
  let stdoutBytes = 0;
  const stderr: Buffer[] = [];
  let stderrBytes = 0;
  const run = runInProcessGroup(command, args, {
    env: options.env,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    settleOnStop: 'at-once',
    onStdout: (chunk) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > options.maxStdoutBytes) {
        stdout.length = 0;
        run.stop('too-much-output');
        return;
      }
      stdout.push(chunk);
    },
    onStderr: (chunk) => {
      stderr.push(chunk);
      stderrBytes += chunk.length;
      while (stderrBytes > MAX_STDERR_BYTES && stderr.length > 1) stderrBytes -= stderr.shift()?.length ?? 0;
    },
  });
  const end = await run.ended;
  const output = { stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
  switch (end.kind) {
    case 'exited':
      return { kind: 'exited', exitCode: end.exitCode, ...output };
    case 'signalled':
      return { kind: 'signalled', signal: end.signal, ...output };
    case 'stopped':
      return end.reason === 'timed-out' ? { kind: 'timed-out', ...output } : { kind: end.reason };
    case 'not-started':
      return end.notFound ? { kind: 'not-found' } : { kind: 'not-started', message: end.message };
  }
}
