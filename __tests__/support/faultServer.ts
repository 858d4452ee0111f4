import { readFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server as HttpServer,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import type { Writable } from 'node:stream';

/**
 * Servers that misbehave on purpose, for the fault-injection suite: an HTTP mode whose answers are
 * the faults below, and a raw TCP mode whose conversation a test scripts (PostgreSQL, Redis). Both
 * can serve TLS with a self-signed certificate that nothing trusts.
 */

/** A long-lived self-signed certificate for 127.0.0.1 and localhost (see __tests__/fixtures/tls). */
export const untrustedCertificate = {
  cert: readFileSync(new URL('../fixtures/tls/cert.pem', import.meta.url)),
  key: readFileSync(new URL('../fixtures/tls/key.pem', import.meta.url)),
};

/** `.invalid` is reserved (RFC 6761): it never resolves, and resolvers answer at once. */
export const UNRESOLVABLE_HOST = 'fault-injection.invalid';

/** 50 MiB: far past every body limit the providers keep. */
export const FLOOD_BYTES = 50 * 1024 * 1024;
const FLOOD_CHUNK = Buffer.alloc(64 * 1024, 'x');
const TRICKLE_MS = 1_000;

/** How much of the last flood went out before the client hung up. */
export interface FloodStats {
  written: number;
  /** The client closed the connection before the last byte was written. */
  cutShort: boolean;
}

export interface FaultServer {
  /** http(s)://127.0.0.1:PORT in HTTP mode, tcp://127.0.0.1:PORT in TCP mode. */
  url: string;
  port: number;
  /** Connections accepted so far. */
  connections: number;
  flood: FloodStats;
  close(): Promise<void>;
}

export type HttpFault =
  'hang' | 'status-500' | 'status-429' | 'truncated-json' | 'html-page' | 'flood' | 'trickle' | 'healthy';

/** Answers a request with `fault`; `healthy` is what the TLS fault serves behind its bad certificate. */
export function answerWith(fault: HttpFault, res: ServerResponse, flood: FloodStats): void {
  switch (fault) {
    case 'hang':
      return;
    case 'status-500':
      return plain(res, 500, {}, 'internal server error (injected)');
    case 'status-429':
      return plain(res, 429, { 'retry-after': '1' }, 'too many requests (injected)');
    case 'truncated-json':
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(TRUNCATED_JSON);
    case 'html-page':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(HTML_PAGE);
    case 'flood':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(FLOOD_BYTES) });
      return void floodTo(res, FLOOD_BYTES, flood);
    case 'trickle':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(TRICKLED_JSON.length) });
      res.flushHeaders();
      return void trickleTo(res, TRICKLED_JSON);
    case 'healthy':
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{"status":"ok"}');
  }
}

// A JSON answer cut off mid-document, with a content-length that matches what is sent: the HTTP
// message is complete, only the document is not.
export const TRUNCATED_JSON = '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"val';
export const HTML_PAGE =
  '<!DOCTYPE html>\n<html><head><title>Upstream error</title></head><body><h1>Upstream error</h1><p>The proxy could not reach the service (injected).</p></body></html>\n';
// Long enough that it cannot finish before any timeout the suite sets.
const TRICKLED_JSON = Buffer.from(`{"status":"ok","padding":"${'.'.repeat(120)}"}`);

function plain(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

/** Writes `total` bytes (after `head`) as fast as the client reads them; stops when the client hangs up. */
export function floodTo(target: Writable, total: number, stats: FloodStats, head: Buffer = Buffer.alloc(0)): void {
  // Each answer floods afresh: a client that asks again gets all of it again.
  Object.assign(stats, { written: 0, cutShort: false });
  let closed = false;
  target.once('close', () => {
    closed = true;
    stats.cutShort = stats.written < total;
  });
  target.on('error', () => undefined);
  if (head.length > 0) target.write(head);
  const pump = () => {
    while (!closed && stats.written < total) {
      const chunk = FLOOD_CHUNK.subarray(0, Math.min(FLOOD_CHUNK.length, total - stats.written));
      stats.written += chunk.length;
      if (!target.write(chunk)) return void target.once('drain', pump);
    }
    if (!closed) target.end();
  };
  pump();
}

/** One byte a second until `bytes` are out or the client hangs up. */
export function trickleTo(target: Writable, bytes: Buffer): void {
  let sent = 0;
  const timer = setInterval(() => {
    if (target.destroyed || target.writableEnded) return void clearInterval(timer);
    target.write(bytes.subarray(sent, sent + 1));
    sent += 1;
    if (sent === bytes.length) {
      clearInterval(timer);
      target.end();
    }
  }, TRICKLE_MS);
  target.once('close', () => clearInterval(timer));
  target.on('error', () => undefined);
}

/** An HTTP (or, with `tls`, HTTPS) server on a free loopback port answering every request with `fault`. */
export async function startHttpFaultServer(fault: HttpFault, options: { tls?: boolean } = {}): Promise<FaultServer> {
  const flood: FloodStats = { written: 0, cutShort: false };
  const handler = (_req: IncomingMessage, res: ServerResponse) => answerWith(fault, res, flood);
  const server: HttpServer = options.tls ? createHttpsServer(untrustedCertificate, handler) : createHttpServer(handler);
  return listening(server, options.tls ? 'https' : 'http', flood, () => server.closeAllConnections());
}

/** A TCP (or TLS) server on a free loopback port; `converse` scripts each connection. */
export async function startTcpFaultServer(
  converse: (socket: Socket, flood: FloodStats) => void,
  options: { tls?: boolean } = {},
): Promise<FaultServer> {
  const flood: FloodStats = { written: 0, cutShort: false };
  const sockets = new Set<Socket>();
  const onSocket = (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('close', () => sockets.delete(socket));
    converse(socket, flood);
  };
  const server: NetServer = options.tls ? createTlsServer(untrustedCertificate, onSocket) : createNetServer(onSocket);
  // A client that rejects the certificate aborts the handshake: expected here, not a test failure.
  server.on('tlsClientError', () => undefined);
  return listening(server, 'tcp', flood, () => sockets.forEach((socket) => socket.destroy()));
}

async function listening(
  server: NetServer,
  scheme: string,
  flood: FloodStats,
  dropAll: () => void,
): Promise<FaultServer> {
  let connections = 0;
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    get connections() {
      return connections;
    },
    flood,
    close: () =>
      new Promise<void>((resolve) => {
        dropAll();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port that was free a moment ago and has no listener: connecting to it is refused. */
export async function refusedPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
