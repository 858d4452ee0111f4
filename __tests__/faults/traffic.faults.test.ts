import type { Report } from '../../src/engine/report/model.js';
import { FLOOD_BYTES, type FaultServer } from '../support/faultServer.js';
import { describeParty, startsWith, type Expected } from './describeParty.js';
import type { Fault } from '../../scripts/faultMatrix.js';
import { httpTarget } from './httpTargets.js';
import { stable } from './matrix.js';
import { runConfig } from './runConfig.js';

interface Cell {
  report: Report;
  server?: FaultServer;
  injected: string;
}

// Every request of a sample fails alike: "5 of 5 requests failed" says no more than that, and the count
// varies with the moment each sample is taken. A sample where only some failed keeps its numbers.
const everyOne = (text: string) => text.replace(/\b(\d+) of \1 requests failed\b/g, 'N of N requests failed');

const trafficGate = (cell: Cell) => cell.report.monitor?.gates.find((gate) => gate.name === 'traffic');

/** Two breaching samples in a row, every request of each failing alike: the gate fails at the second. */
const failed = (firstError: string): Expected => ({
  outcome: 'failed',
  says: startsWith(`2 breaching samples in a row: 1 > max 0.01: N of N requests failed (${firstError}`),
});

describeParty<Cell>({
  party: 'traffic',
  async run(fault: Fault) {
    const { url, server, injected } = await httpTarget(fault);
    try {
      // 10 requests a second, each given 500ms and a JSON body to check: every sample holds enough requests to
      // judge even when each one waits out its timeout, and a 200 that is not the answer fails too.
      const { report } = await runConfig({
        traffic: [
          'rate: 10',
          'min-requests: 3',
          'requests:',
          `  - url: ${url}/health`,
          '    timeout: 500ms',
          '    expect: { json: { status: ok } }',
        ].join('\n'),
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
    says: everyOne(stable(trafficGate(cell)?.detail ?? 'no traffic gate in the report')),
  }),
  // Every fault fails the requests that meet it: the gate fails, never passes.
  expected: {
    refused: failed('GET http://127.0.0.1:PORT/health: connection refused by 127.0.0.1:PORT)'),
    hang: failed('GET http://127.0.0.1:PORT/health: no complete answer within 500ms)'),
    'status-500': failed('GET http://127.0.0.1:PORT/health: status 500, expected 2xx or 3xx)'),
    'status-429': failed('GET http://127.0.0.1:PORT/health: status 429, expected 2xx or 3xx)'),
    'truncated-json': failed('GET http://127.0.0.1:PORT/health: body is not JSON)'),
    'html-page': failed('GET http://127.0.0.1:PORT/health: body is not JSON)'),
    flood: failed('GET http://127.0.0.1:PORT/health: body is not JSON)'),
    trickle: failed('GET http://127.0.0.1:PORT/health: no complete answer within 500ms)'),
    'untrusted-tls': failed(
      'GET https://127.0.0.1:PORT/health: TLS error with 127.0.0.1:PORT: self-signed certificate',
    ),
    unresolvable: failed(
      'GET http://fault-injection.invalid/health: DNS lookup failed for fault-injection.invalid (ENOTFOUND))',
    ),
  },
  also: {
    flood: (cell) => {
      // Each request read its bounded prefix and hung up: the server never got to write the 50 MB.
      expect(cell.server?.flood.cutShort).toBe(true);
      expect(cell.server?.flood.written).toBeLessThan(FLOOD_BYTES / 2);
    },
  },
  always: (cell) => {
    expect(cell.report.timedOut).toBe(false);
    // The gate stopped the window, and the traffic with it, before the last sample: at the second, or at the
    // third when too few requests had finished (timed out) for the first to judge.
    const stoppedEarly = cell.report.monitor?.stoppedEarly;
    expect(stoppedEarly).toMatch(/^traffic failed at sample [23] of 3$/);
    expect(cell.report.monitor?.traffic?.stoppedBecause).toBe(stoppedEarly);
    const traffic = cell.report.monitor?.traffic;
    expect(traffic?.ok).toBe(0);
    expect(traffic?.failed).toBeGreaterThan(0);
    expect(trafficGate(cell)?.counts.ok).toBe(0);
  },
});
