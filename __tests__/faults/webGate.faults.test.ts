import type { Report } from '../../src/engine/report/model.js';
import type { FaultServer } from '../support/faultServer.js';
import { describeParty, startsWith, type Expected } from './describeParty.js';
import type { Fault } from '../../scripts/faultMatrix.js';
import { httpTarget } from './httpTargets.js';
import { stable } from './matrix.js';
import { runConfig } from './runConfig.js';

const inconclusive = (lastError: string): Expected => ({
  outcome: 'warning',
  says: startsWith(`inconclusive — only 0 usable samples of 3 (last error: ${lastError}`),
});

interface Cell {
  report: Report;
  server?: FaultServer;
  injected: string;
}

describeParty<Cell>({
  party: 'web-gate',
  async run(fault: Fault) {
    const { url, server, injected } = await httpTarget(fault);
    try {
      // A web gate reading a score; three samples a second apart, each read bounded by the interval.
      const { report } = await runConfig({
        gates: `- name: health-score\n  source: web\n  url: ${url}/score\n  value: data.score\n  min: 0.9`,
        'monitor-window': '3s',
        'monitor-interval': '1s',
        timeout: '1m',
      });
      return { report, server, injected };
    } finally {
      await server?.close();
    }
  },
  observe: (cell) => ({
    injected: cell.injected,
    outcome: cell.report.verdict.result,
    says: stable(
      cell.report.checks.find((check) => check.name === 'health-score')?.detail ?? 'no health-score gate in the report',
    ),
  }),
  // Every fault is an error sample: the gate cannot judge, a warning (on-inconclusive: warn), never a pass.
  expected: {
    refused: inconclusive('GET http://127.0.0.1:PORT/score: connection refused by 127.0.0.1:PORT)'),
    hang: inconclusive('GET http://127.0.0.1:PORT/score: no complete answer within 1s)'),
    'status-500': inconclusive('GET http://127.0.0.1:PORT/score answered HTTP 500)'),
    'status-429': inconclusive('GET http://127.0.0.1:PORT/score answered HTTP 429)'),
    'truncated-json': inconclusive('GET http://127.0.0.1:PORT/score: the answer is neither JSON nor a number:'),
    'html-page': inconclusive(
      'GET http://127.0.0.1:PORT/score: the answer is neither JSON nor a number: "<!DOCTYPE html>',
    ),
    flood: inconclusive(
      'GET http://127.0.0.1:PORT/score answered more than the body limit: a web gate needs a short answer',
    ),
    trickle: inconclusive('GET http://127.0.0.1:PORT/score: no complete answer within 1s)'),
    'untrusted-tls': inconclusive(
      'GET https://127.0.0.1:PORT/score: TLS error with 127.0.0.1:PORT: self-signed certificate; if the root CA',
    ),
    unresolvable: inconclusive(
      'GET http://fault-injection.invalid/score: DNS lookup failed for fault-injection.invalid (ENOTFOUND))',
    ),
  },
  always: (cell) => {
    expect(cell.report.timedOut).toBe(false);
    expect(cell.report.monitor?.samples).toBe(3);
  },
});
