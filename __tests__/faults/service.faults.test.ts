import type { Report } from '../../src/engine/report/model.js';
import { FLOOD_BYTES, type FaultServer } from '../support/faultServer.js';
import { describeParty } from './describeParty.js';
import type { Fault } from '../../scripts/faultMatrix.js';
import { httpTarget } from './httpTargets.js';
import { stable } from './matrix.js';
import { runConfig } from './runConfig.js';

interface Cell {
  report: Report;
  server?: FaultServer;
  injected: string;
}

// One attempt may take 2s, and one retry shows which faults are retried.
const checks = (url: string) =>
  `- name: readiness\n  url: ${url}/health\n  timeout: 2s\n  retries: 1\n  expect: { json: { status: ok } }`;

const readiness = (cell: Cell) => cell.report.checks.find((check) => check.name === 'readiness');

describeParty<Cell>({
  party: 'service',
  async run(fault: Fault) {
    const { url, server, injected } = await httpTarget(fault);
    try {
      const { report } = await runConfig({ checks: checks(url), timeout: '1m' });
      return { report, server, injected };
    } finally {
      await server?.close();
    }
  },
  observe: (cell) => ({
    injected: cell.injected,
    outcome: cell.report.verdict.result,
    says: stable(readiness(cell)?.detail ?? 'no readiness check in the report'),
  }),
  expected: {
    refused: { outcome: 'failed', says: 'connection refused by 127.0.0.1:PORT (after 2 attempts)' },
    hang: { outcome: 'failed', says: 'no complete answer within 2s (after 2 attempts)' },
    'status-500': { outcome: 'failed', says: 'status 500, expected 2xx (after 2 attempts)' },
    'status-429': { outcome: 'failed', says: 'status 429, expected 2xx' },
    'truncated-json': { outcome: 'failed', says: 'body is not JSON' },
    'html-page': { outcome: 'failed', says: 'body is not JSON' },
    flood: { outcome: 'failed', says: 'body is not JSON' },
    trickle: { outcome: 'failed', says: 'no complete answer within 2s (after 2 attempts)' },
    'untrusted-tls': {
      outcome: 'failed',
      says: /^TLS error with 127\.0\.0\.1:PORT: self-signed certificate.*\(DEPTH_ZERO_SELF_SIGNED_CERT\)$/,
    },
    unresolvable: {
      outcome: 'failed',
      says: 'DNS lookup failed for fault-injection.invalid (ENOTFOUND) (after 2 attempts)',
    },
  },
  also: {
    // A 4xx is final: no second attempt, whatever Retry-After says.
    'status-429': (cell) => expect(readiness(cell)?.attempts).toHaveLength(1),
    // A bad certificate does not heal by retrying.
    'untrusted-tls': (cell) => expect(readiness(cell)?.attempts).toHaveLength(1),
    flood: (cell) => {
      // The prober read its 1 MiB and hung up: the server never got to write the 50 MB.
      expect(cell.server?.flood.cutShort).toBe(true);
      expect(cell.server?.flood.written).toBeLessThan(FLOOD_BYTES / 2);
      expect(readiness(cell)?.response?.bodyExcerpt.length).toBeLessThanOrEqual(2_000 + '\n… (trimmed)'.length);
      expect(readiness(cell)?.response?.bodyExcerpt).toMatch(/… \(trimmed\)$/);
    },
  },
});
