import { spawn } from 'node:child_process';

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

// After SIGTERM to the group, this long for it to end before SIGKILL.
const KILL_GRACE_MS = 2_000;
// What is kept of stderr: its end, where a CLI's `Error: …` line is.
const MAX_STDERR_BYTES = 64 * 1024;

/**
 * Runs a tool with an argument array (never a shell) and its output captured, bounded in time and size.
 *
 * node:child_process rather than @actions/exec (which kubectl.ts uses): @actions/exec neither hands out the
 * child nor takes a signal, so it can neither kill a tool at its time limit nor stop reading a flood of
 * output. The tool runs in a process group of its own, as the rollback command does: a timeout or an abort
 * kills the whole group (a wrapper script and what it started), and a cancel that reaches the action's own
 * group (Ctrl-C at a terminal) does not kill it mid-operation: a caller that must not be interrupted (a
 * Helm rollback) passes a signal that never aborts and lets the tool end on its own time limit.
 */
export function runTool(command: string, args: readonly string[], options: ToolOptions): Promise<ToolEnd> {
  if (options.signal.aborted) return Promise.resolve({ kind: 'aborted' });
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    const stderr: Buffer[] = [];
    let stderrBytes = 0;
    let settled = false;
    let killer: NodeJS.Timeout | undefined;

    const settle = (end: ToolEnd) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      resolve(end);
    };
    const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
    // Settles at once: the group is on its way out, and what it would still print is not waited for.
    const stop = (end: ToolEnd) => {
      signalGroup(child.pid, 'SIGTERM');
      killer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
      settle(end);
    };
    const onAbort = () => stop({ kind: 'aborted' });
    const timer = setTimeout(
      () => stop({ kind: 'timed-out', stdout: text(stdout), stderr: text(stderr) }),
      options.timeoutMs,
    );
    options.signal.addEventListener('abort', onAbort, { once: true });

    child.stdout.on('data', (chunk: Buffer) => {
      if (settled) return;
      stdoutBytes += chunk.length;
      if (stdoutBytes > options.maxStdoutBytes) {
        stdout.length = 0;
        stop({ kind: 'too-much-output' });
        return;
      }
      stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (settled) return;
      stderr.push(chunk);
      stderrBytes += chunk.length;
      while (stderrBytes > MAX_STDERR_BYTES && stderr.length > 1) stderrBytes -= stderr.shift()?.length ?? 0;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') settle({ kind: 'not-found' });
      else settle({ kind: 'not-started', message: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      // Whatever the group left behind goes with it.
      signalGroup(child.pid, 'SIGKILL');
      if (code !== null) settle({ kind: 'exited', exitCode: code, stdout: text(stdout), stderr: text(stderr) });
      else settle({ kind: 'signalled', signal: signal ?? 'a signal', stdout: text(stdout), stderr: text(stderr) });
    });
  });
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has already ended.
  }
}
