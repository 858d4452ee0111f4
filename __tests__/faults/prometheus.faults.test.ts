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

const inconclusive = (lastError: string): Expected => ({
  outcome: 'warning',
  says: startsWith(`inconclusive — only 0 usable samples of 3 (last error: ${lastError}`),
});

const scrapeNote = (cell: Cell) => cell.report.monitor?.scrapeInterval?.note;
const gate = (cell: Cell) => cell.report.monitor?.gates.find((item) => item.name === 'error-rate');

describeParty<Cell>({
  party: 'prometheus',
  async run(fault: Fault) {
    const { url, server, injected } = await httpTarget(fault);
    try {
      // Three samples a second apart: each query's timeout is the interval, 1s.
      const { report } = await runConfig({
        'prometheus-url': url,
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
      cell.report.checks.find((check) => check.name === 'error-rate')?.detail ?? 'no error-rate gate in the report',
    ),
  }),
  // Every fault is an error sample; three of them leave the gate without data to judge by: a warning
  // (on-inconclusive: warn), never a pass and never a failure of the release.
  expected: {
    refused: inconclusive('Prometheus query failed: connection refused by 127.0.0.1:PORT)'),
    hang: inconclusive('timed out: no answer from Prometheus at 127.0.0.1:PORT within 1s)'),
    'status-500': inconclusive(
      'Prometheus at 127.0.0.1:PORT answered HTTP 500 with a non-JSON body (text/plain; charset=utf-8): "internal server error (injected)", not the API\'s JSON: a server error from Prometheus or a proxy in front of it)',
    ),
    'status-429': inconclusive(
      'Prometheus at 127.0.0.1:PORT answered HTTP 429 with a non-JSON body (text/plain; charset=utf-8): "too many requests (injected)", not the API\'s JSON: queries are rate limited',
    ),
    'truncated-json': inconclusive(
      'Prometheus at 127.0.0.1:PORT answered HTTP 200 with a non-JSON body (application/json): "{"status":"success"',
    ),
    'html-page': inconclusive(
      'Prometheus at 127.0.0.1:PORT answered HTTP 200 with an HTML page ("Upstream error"), not the API\'s JSON',
    ),
    flood: inconclusive('Prometheus at 127.0.0.1:PORT answered more than 1 MiB (HTTP 200): a gate needs one number'),
    trickle: inconclusive('timed out: no answer from Prometheus at 127.0.0.1:PORT within 1s)'),
    'untrusted-tls': inconclusive('Prometheus query failed: TLS error with 127.0.0.1:PORT: self-signed certificate'),
    unresolvable: inconclusive('Prometheus query failed: DNS lookup failed for fault-injection.invalid (ENOTFOUND))'),
  },
  // The monitor asks for the scrape interval first: whatever that read meets, the run goes on with the 1m
  // default and takes every sample, so it never fails or stalls the run.
  always: (cell) => {
    expect(cell.report.monitor?.scrapeInterval).toEqual({ ms: 60_000, source: 'default', note: expect.any(String) });
    expect(cell.report.timedOut).toBe(false);
    expect(cell.report.monitor?.samples).toBe(3);
  },
  also: {
    // Cut at the read's own 2s limit, not the window's: the samples after it still came.
    hang: (cell) => expect(scrapeNote(cell)).toMatch(/^timed out: no answer from Prometheus at .* within 2s$/),
    trickle: (cell) => expect(scrapeNote(cell)).toMatch(/^timed out: no answer from Prometheus at .* within 2s$/),
    flood: (cell) => {
      expect(scrapeNote(cell)).toMatch(
        /answered more than 1 MiB \(HTTP 200\): its configuration is too large .*; set scrape-interval$/,
      );
      expect(cell.server?.flood.cutShort).toBe(true);
      expect(cell.server?.flood.written).toBeLessThan(FLOOD_BYTES / 2);
      expect(gate(cell)?.counts.error).toBe(3);
    },
  },
});
