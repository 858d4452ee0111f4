import type { Report } from '../../src/engine/report/model.js';
import type { Fault } from '../../scripts/faultMatrix.js';
import type { FaultServer } from '../support/faultServer.js';
import { refusedPort } from '../support/faultServer.js';
import { describeParty, type Expected } from './describeParty.js';
import { httpTarget } from './httpTargets.js';
import { stable } from './matrix.js';
import { runConfig } from './runConfig.js';

// The team's rollback command meeting each fault on the way to its deploy API: a failed smoke check asks for
// the rollback, and the command (a script POSTing to the faulty URL) fails or never ends. Whatever it meets,
// the rollback is ROLLBACK FAILED with the command's own last line, and a command that hangs is killed at
// rollback-timeout with everything it started: never "rolled back", never a step left running.

const CLIENT = new URL('../fixtures/deployApiClient.mjs', import.meta.url).pathname;

interface Cell {
  report: Report;
  server?: FaultServer;
  injected: string;
}

const failed = (message: string, lastLine?: string): Expected => ({
  outcome: 'failed',
  says: `ROLLBACK FAILED: ${message}${lastLine ? ` — last line: ${lastLine}` : ''}`,
});
const exited = (lastLine: string) => failed('the rollback command exited with code 1', lastLine);
const stillFailing = (lastLine: string) =>
  failed(
    'the command succeeded but the service still fails GET http://127.0.0.1:PORT/health (connection refused by 127.0.0.1:PORT)',
    lastLine,
  );
const killed = failed('the rollback command did not finish within rollback-timeout (2s): its process group was killed');

describeParty<Cell>({
  party: 'rollback-command',
  async run(fault: Fault) {
    const { url, server, injected } = await httpTarget(fault);
    try {
      const { report } = await runConfig({
        checks: `- url: http://127.0.0.1:${await refusedPort()}/health\n  retries: 0`,
        'monitor-window': '0',
        'rollback-with': 'command',
        'rollback-command': `"${process.execPath}" ${CLIENT} ${url}/deployments/rollback`,
        'rollback-timeout': '2s',
        timeout: '1m',
      });
      return { report, server, injected };
    } finally {
      await server?.close();
    }
  },
  observe: (cell) => {
    const rollback = cell.report.rollback;
    const last = rollback?.output?.at(-1);
    return {
      injected: cell.injected,
      outcome: cell.report.verdict.result,
      says: stable(
        rollback
          ? `${rollback.outcome === 'failed' ? 'ROLLBACK FAILED' : rollback.outcome}: ${rollback.message}${last ? ` — last line: ${last}` : ''}`
          : 'no rollback in the report',
      ),
    };
  },
  expected: {
    refused: exited('request failed: ECONNREFUSED'),
    hang: killed,
    'status-500': exited('HTTP 500: internal server error (injected)'),
    'status-429': exited('HTTP 429: too many requests (injected)'),
    // The script takes any 200 for done and exits 0: the re-run smoke check is what finds the service still down.
    'truncated-json': stillFailing('HTTP 200: {"status":"success","data":{"resultType":"vector","result":['),
    'html-page': stillFailing('HTTP 200: <!DOCTYPE html>'),
    flood: stillFailing('HTTP 200: xxx…'),
    // The script reads the first byte and takes the 200 for done.
    trickle: stillFailing('HTTP 200: {'),
    'untrusted-tls': exited('request failed: DEPTH_ZERO_SELF_SIGNED_CERT'),
    unresolvable: exited('request failed: ENOTFOUND'),
  },
  always: (cell) => {
    // Whatever the command met, nothing claims the release was restored: a person must act.
    expect(cell.report.rollback?.outcome).toBe('failed');
    expect(cell.report.rollback?.required).toBe(true);
  },
});
