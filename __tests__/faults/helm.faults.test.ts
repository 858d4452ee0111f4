import { describeParty, startsWith, type Expected } from './describeParty.js';
import { runHelmCell, type HelmCell } from './helmTargets.js';
import { stable } from './matrix.js';

// A failed smoke check, then rollback-with: helm through a fake helm that plays the fault on every call:
// the first, helm history, meets it, so nothing is rolled back and the run says why. Each helm read is
// stopped after 30 s (helm has no timeout of its own for it), so hang and trickle take that long.
const inputs = {
  'monitor-window': '0',
  'rollback-timeout': '10s',
  timeout: '2m',
};

const refused = (error: string): Expected => ({
  outcome: 'failed, nothing rolled back',
  says: `could not read the history of Helm release shop in shop-prod: ${error}`,
});
const unreachable = (cause: string) => refused(`helm history failed: Error: kubernetes cluster unreachable: ${cause}`);

describeParty<HelmCell>({
  party: 'helm',
  run: (fault) => runHelmCell(fault, inputs),
  observe: (cell) => ({
    injected: cell.injected,
    outcome: `${cell.report.verdict.result}, ${cell.report.rollback?.rolledBack ? 'rolled back' : cell.report.rollback?.attempted ? 'rollback failed' : 'nothing rolled back'}`,
    says: stable(cell.report.rollback?.message ?? 'no rollback in the report'),
  }),
  // Never rolled back on a fault it could not see through: a rollback is attempted only on a history read.
  expected: {
    refused: unreachable('Get "https://127.0.0.1:PORT/version": dial tcp 127.0.0.1:PORT: connect: connection refused'),
    hang: refused('helm history did not end within 30s: it was stopped'),
    'status-500': unreachable(
      'an error on the server ("internal server error (injected)") has prevented the request from succeeding',
    ),
    'status-429': unreachable('the server has received too many requests and has asked us to try again later'),
    'truncated-json': {
      outcome: 'failed, nothing rolled back',
      says: startsWith(
        'could not read the history of Helm release shop in shop-prod: helm history printed something other than JSON: [{"revision":1,',
      ),
    },
    'html-page': refused(
      'helm history printed something other than JSON: <html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
    ),
    flood: refused('helm history printed more than 16 MB: it was stopped, and none of it read'),
    trickle: refused('helm history did not end within 30s: it was stopped'),
    'untrusted-tls': unreachable(
      'Get "https://127.0.0.1:PORT/version": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    ),
    unresolvable: unreachable(
      'Get "https://fault-injection.invalid/version": dial tcp: lookup fault-injection.invalid: no such host',
    ),
  },
  // helm history was the one call: no status, and above all no helm rollback on a release it could not read.
  always: (cell) => {
    expect(cell.calls).toEqual(['history']);
    expect(cell.report.rollback?.attempted).toBe(false);
    // Every helm the run started has ended: a stopped one was killed, not left behind.
    expect(cell.leftRunning).toBe(0);
  },
  rejections: (cell) => cell.rejections,
});
