import type { Socket } from 'node:net';
import type { Report } from '../../src/engine/report/model.js';
import {
  floodTo,
  FLOOD_BYTES,
  HTML_PAGE,
  refusedPort,
  startTcpFaultServer,
  trickleTo,
  UNRESOLVABLE_HOST,
  type FaultServer,
  type FloodStats,
} from '../support/faultServer.js';
import { describeParty, startsWith } from './describeParty.js';
import type { Fault } from '../../scripts/faultMatrix.js';
import { stable } from './matrix.js';
import { runConfig } from './runConfig.js';

interface Cell {
  report: Report;
  server?: FaultServer;
  injected: string;
}

type Converse = (socket: Socket, flood: FloodStats) => void;

/** Answers the first command (PING) with `reply`. */
const onCommand =
  (reply: (socket: Socket, flood: FloodStats) => void): Converse =>
  (socket, flood) =>
    socket.once('data', () => reply(socket, flood));

const SCRIPTS: Record<
  Exclude<Fault, 'refused' | 'unresolvable'>,
  { injected: string; converse: Converse; tls?: boolean }
> = {
  hang: { injected: 'accepts, never answers', converse: () => undefined },
  'status-500': {
    injected: '-ERR to PING',
    converse: onCommand((socket) => socket.write('-ERR internal error (injected)\r\n')),
  },
  // What redis-server does past maxclients: the error as soon as the connection opens, then close.
  'status-429': {
    injected: '-ERR max number of clients reached, on connect',
    converse: (socket) => socket.end('-ERR max number of clients reached\r\n'),
  },
  'truncated-json': {
    injected: 'a reply cut off mid-line, then close',
    converse: onCommand((socket) => socket.end('+PO')),
  },
  'html-page': {
    injected: 'an HTML error page instead of RESP',
    converse: onCommand((socket) => socket.end(HTML_PAGE)),
  },
  flood: {
    injected: 'a 50 MB bulk reply to PING',
    converse: onCommand((socket, flood) => floodTo(socket, FLOOD_BYTES, flood, Buffer.from(`$${FLOOD_BYTES}\r\n`))),
  },
  trickle: {
    injected: '+PONG at 1 byte/s',
    converse: onCommand((socket) => trickleTo(socket, Buffer.from('+PONG\r\n'))),
  },
  'untrusted-tls': {
    injected: 'rediss://, a self-signed certificate',
    converse: onCommand((socket) => socket.write('+PONG\r\n')),
    tls: true,
  },
};

async function target(fault: Fault): Promise<{ url: string; server?: FaultServer; injected: string }> {
  if (fault === 'refused')
    return { url: `redis://127.0.0.1:${await refusedPort()}`, injected: 'nothing listens on the port' };
  if (fault === 'unresolvable') return { url: `redis://${UNRESOLVABLE_HOST}`, injected: UNRESOLVABLE_HOST };
  const { injected, converse, tls } = SCRIPTS[fault];
  const server = await startTcpFaultServer(converse, { tls });
  return { url: `${tls ? 'rediss' : 'redis'}://127.0.0.1:${server.port}`, server, injected };
}

const cache = (cell: Cell) => cell.report.checks.find((check) => check.name === 'cache');

describeParty<Cell>({
  party: 'redis',
  async run(fault) {
    const { url, server, injected } = await target(fault);
    try {
      const dependencies = `- name: cache\n  type: redis\n  url: ${url}\n  timeout: 2s`;
      const { report } = await runConfig({ dependencies, timeout: '1m' });
      return { report, server, injected };
    } finally {
      await server?.close();
    }
  },
  observe: (cell) => ({
    injected: cell.injected,
    outcome: cell.report.verdict.result,
    says: stable(cache(cell)?.detail ?? 'no dependency check in the report'),
  }),
  // A required dependency that does not answer as it should fails the verdict, saying which step failed.
  expected: {
    refused: { outcome: 'failed', says: 'connection refused by 127.0.0.1:PORT' },
    hang: { outcome: 'failed', says: '127.0.0.1:PORT accepted the connection but did not answer PING within 2s' },
    'status-500': { outcome: 'failed', says: 'PING on 127.0.0.1:PORT failed: ERR internal error (injected)' },
    'status-429': { outcome: 'failed', says: 'PING on 127.0.0.1:PORT failed: ERR max number of clients reached' },
    'truncated-json': { outcome: 'failed', says: '127.0.0.1:PORT closed the connection before answering PING' },
    'html-page': {
      outcome: 'failed',
      says: '127.0.0.1:PORT is not speaking Redis: not a Redis reply (starts with "<!DOCTYPE html>\\n")',
    },
    flood: {
      outcome: 'failed',
      says: '127.0.0.1:PORT sent more than 1 MiB in reply to PING, more than a health check needs: the check stopped reading',
    },
    trickle: { outcome: 'failed', says: '127.0.0.1:PORT accepted the connection but did not answer PING within 2s' },
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
