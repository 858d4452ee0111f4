import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { formatDuration } from '../../engine/config/duration.js';
import { DependencyError, type ProbeFailureKind } from '../../engine/ports.js';
import { describeNetworkError } from './networkError.js';

/**
 * What the dependency probes share: where a URL points (never with its credentials), one socket
 * opened against a deadline, and network failures named. The URL may hold a password: no message
 * built here quotes the URL, and `redact` strips the password from text that came from elsewhere.
 */
export interface Endpoint {
  host: string;
  port: number;
  /** host:port, as messages name it ([::1]:6379 for IPv6). */
  display: string;
  url: URL;
}

export function parseEndpoint(raw: string, schemes: string[], defaultPort?: number): Endpoint {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DependencyError(
      `not a valid URL (expected ${schemes.map((scheme) => `${scheme}//`).join(' or ')}host:port)`,
    );
  }
  if (!schemes.includes(url.protocol))
    throw new DependencyError(
      `unsupported scheme ${url.protocol}// (expected ${schemes.map((scheme) => `${scheme}//`).join(' or ')})`,
    );
  // URL keeps the brackets of an IPv6 host; sockets want the bare address.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) throw new DependencyError(`the URL has no host (expected ${url.protocol}//host:port)`);
  const port = url.port ? Number(url.port) : defaultPort;
  if (port === undefined) throw new DependencyError(`the URL has no port (expected ${url.protocol}//host:port)`);
  return { host, port, display: `${url.hostname}:${port}`, url };
}

/**
 * Removes the URL's password (raw and decoded) and the URL itself from text that came from a
 * library or a server. A password shorter than 4 characters is left alone: replacing every "p"
 * would garble the message and protect nothing.
 */
export function redact(text: string, raw: string): string {
  const secrets = new Set<string>([raw]);
  try {
    const { password } = new URL(raw);
    for (const secret of [password, safeDecode(password)]) if (secret.length >= 4) secrets.add(secret);
  } catch {
    // not a URL: the raw text is all there is to remove
  }
  let clean = text;
  for (const secret of [...secrets].filter((value) => value.length > 0).sort((a, b) => b.length - a.length))
    clean = clean.split(secret).join('***');
  return clean;
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A connection failure, named: refused, DNS, timeout, TLS — with the host:port and never the URL. */
export function networkFailure(error: unknown, endpoint: Endpoint): DependencyError {
  return new DependencyError(redact(nameNetworkError(error, endpoint).message, endpoint.url.href));
}

/** describeNetworkError for a socket: kind `other` when the error is no network failure it knows. */
export function nameNetworkError(error: unknown, endpoint: Endpoint): { kind: ProbeFailureKind; message: string } {
  // Node's happy-eyeballs connect (localhost: ::1 and 127.0.0.1) fails with an AggregateError whose own code may be absent.
  const first = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
  return describeNetworkError(first, `tcp://${endpoint.display}`);
}

export const connectTimeout = (endpoint: Endpoint, timeoutMs: number) =>
  new DependencyError(`could not connect to ${endpoint.display} within ${formatDuration(timeoutMs)}`);
export const stopped = (endpoint: Endpoint) =>
  new DependencyError(`stopped before ${endpoint.display} answered: the step reached its time limit`);

export interface OpenOptions {
  tls?: boolean;
  timeoutMs: number;
}

/**
 * One socket to the endpoint, connected (and through the TLS handshake for `tls`), or a
 * DependencyError; the socket is destroyed on every failure, on the deadline and on `signal`.
 */
export function openSocket(endpoint: Endpoint, options: OpenOptions, signal: AbortSignal): Promise<Socket> {
  return new Promise<Socket>((resolve, reject) => {
    if (signal.aborted) {
      reject(stopped(endpoint));
      return;
    }
    const socket = options.tls
      ? tlsConnect({
          host: endpoint.host,
          port: endpoint.port,
          ...(isIP(endpoint.host) ? {} : { servername: endpoint.host }),
        })
      : netConnect({ host: endpoint.host, port: endpoint.port });
    const settle = (error?: DependencyError) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      socket.off('error', onError);
      socket.off(options.tls ? 'secureConnect' : 'connect', onConnect);
      if (error) {
        socket.destroy();
        reject(error);
      } else {
        // The caller listens from here on; until it does, a late error must not crash the process.
        socket.on('error', () => undefined);
        resolve(socket);
      }
    };
    let accepted = false;
    socket.once('connect', () => (accepted = true));
    const onConnect = () => settle();
    const onError = (error: Error) => settle(networkFailure(error, endpoint));
    const onAbort = () => settle(stopped(endpoint));
    const onTimeout = () =>
      settle(
        options.tls && accepted
          ? new DependencyError(
              `${endpoint.display} accepted the connection but the TLS handshake did not finish within ${formatDuration(options.timeoutMs)}`,
            )
          : connectTimeout(endpoint, options.timeoutMs),
      );
    const timer = setTimeout(onTimeout, options.timeoutMs);
    socket.once(options.tls ? 'secureConnect' : 'connect', onConnect);
    socket.once('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
