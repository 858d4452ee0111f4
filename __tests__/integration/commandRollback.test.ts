import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RollbackError, type RollbackContext } from '../../src/engine/ports.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { createCommandRollbacker } from '../../src/providers/command/commandRollbacker.js';
import { rejectionOf } from '../support/rejection.js';

// The team's own rollback command through real bash: its environment, its output, its exit, its time limit.

const SECRET = 'tok-9f8e7d6c5b4a3928';
let dir: string;
let logged: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pdc-command-'));
  logged = [];
});

const context = (parts: Partial<RollbackContext> = {}): RollbackContext => ({
  result: 'failed',
  failedChecks: ['GET /health', 'version'],
  timeoutMs: 10_000,
  reportSoFar: { verdict: { result: 'failed' }, checks: [{ name: 'GET /health', result: 'failed' }] },
  ...parts,
});

const rollbacker = (command: string) =>
  createCommandRollbacker({
    command,
    cwd: dir,
    env: { PATH: process.env.PATH, STEP_VARIABLE: 'from the step' },
    service: 'shop-api',
    environment: 'production',
    version: '4f2a9c1',
    tempRoot: dir,
    redact: createRedactor([SECRET]),
    log: (line) => logged.push(line),
  });

const undo = (command: string, parts: Partial<RollbackContext> = {}) =>
  rollbacker(command).undo(undefined, new AbortController().signal, context(parts));

/** Running: a process that has ended but not yet been reaped (a zombie, state Z) is not running. */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
};

describe('a rollback command', () => {
  it('runs in the workspace with the step environment and the PDC variables, and says what it restored', async () => {
    const undone = await undo(
      [
        'echo "cwd=$(pwd)"',
        'echo "$PDC_RESULT|$PDC_SERVICE|$PDC_ENVIRONMENT|$PDC_VERSION|$PDC_FAILED_CHECKS|$STEP_VARIABLE"',
        'echo "checks=$(node -e \'console.log(require(process.env.PDC_REPORT_PATH).checks.length)\')"',
        'echo rollback-revision=v41 >&2',
      ].join('\n'),
    );
    expect(undone).toEqual({
      rolledBack: true,
      message: 'the rollback command exited 0',
      output: [
        `cwd=${dir}`,
        'failed|shop-api|production|4f2a9c1|GET /health,version|from the step',
        'checks=1',
        'rollback-revision=v41',
      ],
      restored: { revision: 'v41', images: [] },
    });
    expect(logged).toEqual(undone.output);
  });

  it('writes the report so far where PDC_REPORT_PATH points', async () => {
    const undone = await undo('echo "$PDC_REPORT_PATH"');
    const path = undone.output?.[0] ?? '';
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(context().reportSoFar);
  });

  it('fails with its exit code and its last lines', async () => {
    const error = await rejectionOf(
      undo('echo "switching back"\necho "no such task definition" >&2\nexit 3'),
      RollbackError,
    );
    expect(error.message).toBe('the rollback command exited with code 3');
    expect(error.output).toEqual(['switching back', 'no such task definition']);
  });

  it('fails as bash -eo pipefail does: on the first failing command, and inside a pipe', async () => {
    const error = await rejectionOf(undo('false | cat\necho "never printed"'), RollbackError);
    expect(error.message).toBe('the rollback command exited with code 1 and printed nothing');
  });

  it('is killed with everything it started when it runs past rollback-timeout', async () => {
    const pids = join(dir, 'pids');
    const error = await rejectionOf(
      undo(`sleep 30 & echo $! > ${pids}\necho $$ >> ${pids}\necho started\nwait`, { timeoutMs: 500 }),
      RollbackError,
    );
    expect(error.message).toBe(
      'the rollback command did not finish within rollback-timeout (500ms): its process group was killed',
    );
    expect(error.output).toEqual(['started']);
    const started = (await readFile(pids, 'utf8')).trim().split('\n').map(Number);
    expect(started).toHaveLength(2);
    expect(started.filter(alive)).toEqual([]);
  });

  it('masks every secret in what it logs and keeps', async () => {
    const undone = await undo(`echo "token ${SECRET} accepted"`);
    expect(undone.output).toEqual(['token *** accepted']);
    expect(logged.join('\n')).not.toContain(SECRET);
  });

  it('keeps its last 50 lines for the report, and streams every one', async () => {
    const undone = await undo('for n in $(seq 1 60); do echo "line $n"; done');
    expect(undone.output).toHaveLength(50);
    expect(undone.output?.[0]).toBe('line 11');
    expect(logged).toHaveLength(60);
  });

  it('says when bash cannot be started', async () => {
    const missing = createCommandRollbacker({
      command: 'true',
      cwd: dir,
      env: {},
      service: 's',
      environment: 'e',
      tempRoot: dir,
      redact: createRedactor([]),
      log: () => undefined,
      shell: join(dir, 'no-such-shell'),
    });
    const error = await rejectionOf(missing.undo(undefined, new AbortController().signal, context()), RollbackError);
    expect(error.message).toMatch(/^the rollback command could not be started: spawn .*no-such-shell ENOENT$/);
  });
});
