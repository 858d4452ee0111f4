import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatDuration } from '../../engine/config/duration.js';
import { RollbackError, type RollbackContext, type Undone } from '../../engine/ports.js';
import type { Redactor } from '../../engine/secrets.js';
import { OutputTail } from './outputTail.js';

export interface CommandRollbackerOptions {
  command: string;
  /** The workspace: where a workflow's `run:` steps run. */
  cwd: string;
  /** The step's environment, which the command inherits. */
  env: NodeJS.ProcessEnv;
  service: string;
  environment: string;
  version?: string;
  /** Under which the report so far is written, in a directory of its own, for PDC_REPORT_PATH. */
  tempRoot: string;
  redact: Redactor;
  /** Each line of output as it comes, already masked. */
  log: (line: string) => void;
  /** "bash" on PATH unless a test names another. */
  shell?: string;
}

// After SIGTERM to the group, this long for it to end before SIGKILL: time to clean up, never to hang on.
const KILL_GRACE_MS = 2_000;
const REVISION_LINE = /^rollback-revision=(.+)$/;

/**
 * The team's own rollback command, run as a workflow `run:` step runs it (bash -eo pipefail -c), in its own
 * process group so that a timeout kills everything it started. Its output is streamed to the log, masked;
 * the last lines are kept for the report.
 */
export function createCommandRollbacker(options: CommandRollbackerOptions) {
  return {
    async undo(_toRevision: number | undefined, _signal: AbortSignal, context: RollbackContext): Promise<Undone> {
      const reportPath = join(await mkdtemp(join(options.tempRoot, 'pdc-rollback-')), 'report-before-rollback.json');
      await writeFile(reportPath, `${JSON.stringify(context.reportSoFar, null, 2)}\n`);
      const tail = new OutputTail(options.redact);
      let restored: string | undefined;
      const ended = await run(options, context, reportPath, (line) => {
        const masked = tail.push(line);
        options.log(masked);
        const revision = REVISION_LINE.exec(masked.trim());
        if (revision?.[1]) restored = revision[1].trim();
      });
      const output = tail.lines();
      const last = output.length > 0 ? '' : ' and printed nothing';
      if ('error' in ended)
        throw new RollbackError(`the rollback command could not be started: ${ended.error}`, output);
      if (ended.timedOut)
        throw new RollbackError(
          `the rollback command did not finish within rollback-timeout (${formatDuration(context.timeoutMs)}): its process group was killed`,
          output,
        );
      if (ended.signal) throw new RollbackError(`the rollback command was killed by ${ended.signal}${last}`, output);
      if (ended.code !== 0)
        throw new RollbackError(`the rollback command exited with code ${ended.code}${last}`, output);
      return {
        rolledBack: true,
        message: 'the rollback command exited 0',
        output,
        ...(restored ? { restored: { revision: restored, images: [] } } : {}),
      };
    },
  };
}

type Ended = { code: number | null; signal: NodeJS.Signals | null; timedOut: boolean } | { error: string };

function run(
  options: CommandRollbackerOptions,
  context: RollbackContext,
  reportPath: string,
  onLine: (line: string) => void,
): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn(options.shell ?? 'bash', ['-eo', 'pipefail', '-c', options.command], {
      cwd: options.cwd,
      env: {
        ...options.env,
        PDC_RESULT: context.result,
        PDC_SERVICE: options.service,
        PDC_ENVIRONMENT: options.environment,
        PDC_VERSION: options.version ?? '',
        PDC_FAILED_CHECKS: context.failedChecks.join(','),
        PDC_REPORT_PATH: reportPath,
      },
      // A group of its own: on timeout the whole group is killed, not only bash.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let timedOut = false;
    let killer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      signalGroup(child.pid, 'SIGTERM');
      killer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
    }, context.timeoutMs);
    const lines = new LineSplitter(onLine);
    child.stdout.on('data', (chunk: Buffer) => lines.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => lines.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ error: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killer);
      lines.end();
      // Whatever the group left behind (a background job of the command) goes with it.
      signalGroup(child.pid, 'SIGKILL');
      resolve({ code, signal, timedOut });
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

// A line without an end is cut here: output with no newline must not grow without bound.
const MAX_LINE_CHARS = 64 * 1024;

/** Bytes to whole lines, as they arrive. */
class LineSplitter {
  private rest = '';

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer): void {
    const parts = (this.rest + chunk.toString('utf8')).split('\n');
    this.rest = parts.pop() ?? '';
    parts.forEach((line) => this.onLine(line.replace(/\r$/, '')));
    if (this.rest.length > MAX_LINE_CHARS) {
      this.onLine(this.rest.slice(0, MAX_LINE_CHARS));
      this.rest = '';
    }
  }

  end(): void {
    if (this.rest !== '') this.onLine(this.rest);
    this.rest = '';
  }
}
