import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatDuration } from '../../engine/config/duration.js';
import { RollbackError, type RollbackContext, type Undone } from '../../engine/ports.js';
import type { Redactor } from '../../engine/secrets.js';
import { runInProcessGroup, type GroupEnd } from '../shared/processGroup.js';
import { LineSplitter } from './lineSplitter.js';
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
      if (ended.kind === 'not-started')
        throw new RollbackError(`the rollback command could not be started: ${ended.message}`, output);
      if (ended.kind === 'stopped')
        throw new RollbackError(
          `the rollback command did not finish within rollback-timeout (${formatDuration(context.timeoutMs)}): its process group was killed`,
          output,
        );
      if (ended.kind === 'signalled')
        throw new RollbackError(`the rollback command was killed by ${ended.signal}${last}`, output);
      if (ended.exitCode !== 0)
        throw new RollbackError(`the rollback command exited with code ${ended.exitCode}${last}`, output);
      return {
        rolledBack: true,
        message: 'the rollback command exited 0',
        output,
        ...(restored ? { restored: { revision: restored, images: [] } } : {}),
      };
    },
  };
}

function run(
  options: CommandRollbackerOptions,
  context: RollbackContext,
  reportPath: string,
  onLine: (line: string) => void,
): Promise<GroupEnd> {
  const lines = new LineSplitter(onLine);
  const { ended } = runInProcessGroup(options.shell ?? 'bash', ['-eo', 'pipefail', '-c', options.command], {
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
    timeoutMs: context.timeoutMs,
    onStdout: (chunk) => lines.push(chunk),
    onStderr: (chunk) => lines.push(chunk),
    // Its last words before the kill belong in the tail, and a timeout is reported once the group has gone.
    settleOnStop: 'when-closed',
  });
  return ended.finally(() => lines.end());
}
