import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Route = (request: RecordedRequest, response: ServerResponse, hits: number) => void;

/** A real HTTP server on a free loopback port whose routes a test scripts; it records every request. */
export interface TestService {
  url: string;
  requests: RecordedRequest[];
  /** TCP connections accepted, HTTP or not: a client that speaks another protocol (PostgreSQL) counts too. */
  readonly connections: number;
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

/** The long-lived self-signed certificate for 127.0.0.1 and localhost in __tests__/fixtures/tls: trusted by nobody. */
export const SELF_SIGNED = {
  certPath: new URL('../fixtures/tls/cert.pem', import.meta.url).pathname,
  cert: readFileSync(new URL('../fixtures/tls/cert.pem', import.meta.url)),
  key: readFileSync(new URL('../fixtures/tls/key.pem', import.meta.url)),
};

/** With `tls`, the service speaks HTTPS with the SELF_SIGNED certificate. */
export async function startTestService(
  routes: Record<string, Route> = {},
  options: { tls?: boolean } = {},
): Promise<TestService> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const listener: RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      requests.push(recorded);
      const path = recorded.url.split('?')[0] ?? '';
      const count = (hits.get(path) ?? 0) + 1;
      hits.set(path, count);
      const handler = table.get(path);
      if (handler) handler(recorded, res, count);
      else json(res, 404, { error: 'not found' });
    });
  };
  const server: Server = options.tls
    ? createHttpsServer({ cert: SELF_SIGNED.cert, key: SELF_SIGNED.key }, listener)
    : createServer(listener);
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    get connections() {
      return connections;
    },
    route: (path, handler) => table.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export function text(res: ServerResponse, status: number, body: string, contentType = 'text/plain'): void {
  res.writeHead(status, { 'content-type': contentType });
  res.end(body);
}

/** Accepts the request and never answers: what a hung upstream looks like. */
export const hang: Route = () => undefined;
