import type { Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import type { Report } from '../../src/engine/report/model.js';
import {
  floodTo,
  FLOOD_BYTES,
  HTML_PAGE,
  refusedPort,
  startTcpFaultServer,
  trickleTo,
  UNRESOLVABLE_HOST,
  untrustedCertificate,
  type FaultServer,
  type FloodStats,
} from '../support/faultServer.js';
import { describeParty, startsWith } from './describeParty.js';
import type { Fault } from '../../scripts/faultMatrix.js';
import { stable } from './matrix.js';
import {
  dataRowHeader,
  errorResponse,
  readFrontend,
  rowDescription,
  selectOne,
  sessionStarted,
} from './postgresWire.js';
import { runConfig } from './runConfig.js';

interface Cell {
  report: Report;
  server?: FaultServer;
  injected: string;
}

type Converse = (socket: Socket, flood: FloodStats) => void;

/** A server that starts the session and answers queries with `onQuery`. */
const answering =
  (onQuery: (socket: Socket, flood: FloodStats) => void): Converse =>
  (socket, flood) =>
    readFrontend(socket, (message) => {
      if (message === 'startup') socket.write(sessionStarted());
      if (message === 'query') onQuery(socket, flood);
    });

const atStartup =
  (answer: (socket: Socket) => void): Converse =>
  (socket) =>
    readFrontend(socket, (message) => message === 'startup' && answer(socket));

const SCRIPTS: Record<Exclude<Fault, 'refused' | 'unresolvable'>, { injected: string; converse: Converse }> = {
  hang: { injected: 'accepts, never answers', converse: () => undefined },
  'status-500': {
    injected: 'ErrorResponse XX000 to the query',
    converse: answering((socket) => socket.write(errorResponse('ERROR', 'XX000', 'internal error (injected)'))),
  },
  'status-429': {
    injected: 'FATAL 53300 (too many connections) at login',
    converse: atStartup((socket) => socket.end(errorResponse('FATAL', '53300', 'sorry, too many clients already'))),
  },
  'truncated-json': {
    injected: 'a login answer cut off mid-message, then close',
    converse: atStartup((socket) => socket.end(sessionStarted().subarray(0, 6))),
  },
  'html-page': {
    injected: 'an HTML error page instead of the protocol',
    converse: atStartup((socket) => socket.end(HTML_PAGE)),
  },
  flood: {
    injected: 'a 50 MB row to the query',
    converse: answering((socket, flood) =>
      floodTo(socket, FLOOD_BYTES, flood, Buffer.concat([rowDescription(), dataRowHeader(FLOOD_BYTES)])),
    ),
  },
  trickle: {
    injected: 'the login answer at 1 byte/s',
    converse: atStartup((socket) => trickleTo(socket, sessionStarted())),
  },
  'untrusted-tls': {
    injected: 'sslmode=verify-full, a self-signed certificate',
    converse: (socket) =>
      readFrontend(socket, (message) => {
        if (message !== 'ssl-request') return;
        socket.write('S');
        const secure = new TLSSocket(socket, { isServer: true, ...untrustedCertificate });
        secure.on('error', () => undefined);
        readFrontend(secure, (next) => next === 'query' && secure.write(selectOne()));
      }),
  },
};

async function target(fault: Fault): Promise<{ url: string; server?: FaultServer; injected: string }> {
  if (fault === 'refused')
    return {
      url: `postgres://app:app-password@127.0.0.1:${await refusedPort()}/app`,
      injected: 'nothing listens on the port',
    };
  if (fault === 'unresolvable')
    return { url: `postgres://app:app-password@${UNRESOLVABLE_HOST}/app`, injected: UNRESOLVABLE_HOST };
  const { injected, converse } = SCRIPTS[fault];
  const server = await startTcpFaultServer(converse);
  const tls = fault === 'untrusted-tls' ? '?sslmode=verify-full' : '';
  return { url: `postgres://app:app-password@127.0.0.1:${server.port}/app${tls}`, server, injected };
}

const database = (cell: Cell) => cell.report.checks.find((check) => check.name === 'orders database');

describeParty<Cell>({
  party: 'postgres',
  async run(fault) {
    const { url, server, injected } = await target(fault);
    try {
      const dependencies = `- name: orders database\n  type: postgres\n  url: ${url}\n  timeout: 2s`;
      const { report } = await runConfig({ dependencies, timeout: '1m' });
      return { report, server, injected };
    } finally {
      await server?.close();
    }
  },
  observe: (cell) => ({
    injected: cell.injected,
    outcome: cell.report.verdict.result,
    says: stable(database(cell)?.detail ?? 'no dependency check in the report'),
  }),
  // A required dependency that does not answer as it should fails the verdict, saying which step failed.
  expected: {
    refused: { outcome: 'failed', says: 'connection refused by 127.0.0.1:PORT' },
    hang: {
      outcome: 'failed',
      says: '127.0.0.1:PORT accepted the connection but no PostgreSQL session started within 2s',
    },
    'status-500': {
      outcome: 'failed',
      says: 'the query failed on 127.0.0.1:PORT: internal error (injected) (SQLSTATE XX000)',
    },
    'status-429': {
      outcome: 'failed',
      says: 'login to 127.0.0.1:PORT failed: sorry, too many clients already (SQLSTATE 53300)',
    },
    'truncated-json': {
      outcome: 'failed',
      says: 'connecting to 127.0.0.1:PORT failed: Connection terminated unexpectedly',
    },
    'html-page': { outcome: 'failed', says: 'connecting to 127.0.0.1:PORT failed: Connection terminated unexpectedly' },
    flood: {
      outcome: 'failed',
      says: '127.0.0.1:PORT sent more than 1 MiB, more than a health check needs: the check stopped reading (its query should return a few rows)',
    },
    trickle: {
      outcome: 'failed',
      says: '127.0.0.1:PORT accepted the connection but no PostgreSQL session started within 2s',
    },
    'untrusted-tls': { outcome: 'failed', says: startsWith('TLS error with 127.0.0.1:PORT: self-signed certificate') },
    unresolvable: { outcome: 'failed', says: 'DNS lookup failed for fault-injection.invalid (ENOTFOUND)' },
  },
  also: {
    flood: (cell) => {
      expect(cell.server?.flood.cutShort).toBe(true);
      expect(cell.server?.flood.written).toBeLessThan(FLOOD_BYTES / 2);
    },
  },
});
