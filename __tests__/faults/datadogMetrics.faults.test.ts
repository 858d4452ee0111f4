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
  party: 'datadog-metrics',
  async run(fault: Fault) {
    const { url, server, injected } = await httpTarget(fault);
    try {
      // The built-in error-rate gate on Datadog; three samples a second apart, each read bounded by the interval.
      const { report } = await runConfig({
        'datadog-error-rate-query': 'sum:errors{service:shop-api}.as_count() / sum:hits{service:shop-api}.as_count()',
        'datadog-api-key': 'ddapikey-fault-suite-0123',
        'datadog-app-key': 'ddappkey-fault-suite-4567',
        'datadog-api-url': url,
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
  // Every fault is an error sample: the gate cannot judge, a warning (on-inconclusive: warn), never a pass.
  expected: {
    refused: inconclusive('Datadog read of the query failed: connection refused by 127.0.0.1:PORT)'),
    hang: inconclusive('timed out: no answer from Datadog at 127.0.0.1:PORT within 1s)'),
    'status-500': inconclusive(
      'Datadog at 127.0.0.1:PORT answered HTTP 500 with a non-JSON body ("internal server error (injected)"),',
    ),
    'status-429': inconclusive(
      'Datadog rate-limited the query (HTTP 429: too many requests (injected)) without saying when it resets;',
    ),
    'truncated-json': inconclusive('Datadog at 127.0.0.1:PORT answered HTTP 200 with a non-JSON body'),
    'html-page': inconclusive(
      'Datadog at 127.0.0.1:PORT answered HTTP 200 with an HTML page ("Upstream error"), not the API\'s JSON: is ',
    ),
    flood: inconclusive(
      'Datadog at 127.0.0.1:PORT answered more than 1024 KiB (HTTP 200): a gate needs one number, so aggregate',
    ),
    trickle: inconclusive('timed out: no answer from Datadog at 127.0.0.1:PORT within 1s)'),
    'untrusted-tls': inconclusive(
      'Datadog read of the query failed: TLS error with 127.0.0.1:PORT: self-signed certificate; if the root CA',
    ),
    unresolvable: inconclusive(
      'Datadog read of the query failed: DNS lookup failed for fault-injection.invalid (ENOTFOUND))',
    ),
  },
  always: (cell) => {
    expect(cell.report.timedOut).toBe(false);
    expect(cell.report.monitor?.samples).toBe(3);
  },
});
