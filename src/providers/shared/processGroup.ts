import { spawn } from 'node:child_process';

/** Why this runner stopped a process group. */
export type StopReason = 'timed-out' | 'aborted' | 'too-much-output';

/** How a run ended: on its own, stopped by this runner, or never started. */
export type GroupEnd =
  | { kind: 'exited'; exitCode: number }
  /** Ended by a signal nobody here sent (the OOM killer, a person). */
  | { kind: 'signalled'; signal: string }
  /** Its process group was sent SIGTERM, and SIGKILL after a grace. */
  | { kind: 'stopped'; reason: StopReason }
  /** `notFound`: the program is not on PATH (or not at the path given). */
  | { kind: 'not-started'; notFound: boolean; message: string };

export interface GroupOptions {
  /** Where it runs: this process's working directory unless given. */
  cwd?: string;
  /** The whole environment of the program (PATH included). */
  env: NodeJS.ProcessEnv;
  /** Past this the group is stopped: every run has one. */
  timeoutMs: number;
  /** Aborting stops the group. A run that must not be interrupted passes none. */
  signal?: AbortSignal;
  /** Each chunk of output as it comes, until the run has settled. */
  onStdout: (chunk: Buffer) => void;
  onStderr: (chunk: Buffer) => void;
  /**
   * When a stopped run settles. 'at-once': the caller answers at its limit, and a program that ignores
   * SIGTERM must not hold it for the grace. 'when-closed': the caller keeps what the group prints on its way
   * out, and learns of the stop only once the group has gone.
   */
  settleOnStop: 'at-once' | 'when-closed';
}

export interface GroupRun {
  ended: Promise<GroupEnd>;
  /** Stops the group, as the time limit does: for a caller that has seen enough (a flood of output). */
  stop: (reason: StopReason) => void;
}

// After SIGTERM to the group, this long for it to end before SIGKILL: time to clean up, never to hang on.
const KILL_GRACE_MS = 2_000;

/**
 * Runs a program with an argument array (never a shell of ours) in a process group of its own: a stop kills
 * the whole group (a wrapper script and what it started), and a cancel that reaches the action's own group
 * (Ctrl-C at a terminal) does not reach it, so nothing is interrupted mid-operation unless this runner says so.
 */
export function runInProcessGroup(command: string, args: readonly string[], options: GroupOptions): GroupRun {
  if (options.signal?.aborted)
    return { ended: Promise.resolve({ kind: 'stopped', reason: 'aborted' }), stop: () => undefined };
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let resolveEnd: (end: GroupEnd) => void = () => undefined;
  const ended = new Promise<GroupEnd>((resolve) => (resolveEnd = resolve));
  let settled = false;
  let stopped: StopReason | undefined;
  let killer: NodeJS.Timeout | undefined;

  const settle = (end: GroupEnd) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    resolveEnd(end);
  };
  const stop = (reason: StopReason) => {
    if (settled || stopped) return;
    stopped = reason;
    clearTimeout(timer);
    signalGroup(child.pid, 'SIGTERM');
    killer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
    if (options.settleOnStop === 'at-once') settle({ kind: 'stopped', reason });
  };
  const onAbort = () => stop('aborted');
  const timer = setTimeout(() => stop('timed-out'), options.timeoutMs);
  options.signal?.addEventListener('abort', onAbort, { once: true });

  child.stdout.on('data', (chunk: Buffer) => {
    if (!settled) options.onStdout(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    if (!settled) options.onStderr(chunk);
  });
  child.on('error', (error: NodeJS.ErrnoException) => {
    settle({ kind: 'not-started', notFound: error.code === 'ENOENT', message: error.message });
  });
  child.on('close', (code, signal) => {
    clearTimeout(killer);
    // Whatever the group left behind (a background job) goes with it.
    signalGroup(child.pid, 'SIGKILL');
    if (stopped) settle({ kind: 'stopped', reason: stopped });
    else if (code !== null) settle({ kind: 'exited', exitCode: code });
    else settle({ kind: 'signalled', signal: signal ?? 'a signal' });
  });
  return { ended, stop };
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has already ended.
  }
}
