import type { Duplex } from 'node:stream';
import pg from 'pg';
import { formatDuration } from '../../engine/config/duration.js';
import { DependencyError, type DependencyProbe, type DependencyTarget } from '../../engine/ports.js';
import { connectTimeout, nameNetworkError, parseEndpoint, redact, stopped, type Endpoint } from '../shared/endpoint.js';

const DEFAULT_PORT = 5432;
const DEFAULT_STATEMENT = 'SELECT 1';
/** How long a polite goodbye (Terminate) may take before the socket is simply destroyed. */
const CLOSE_GRACE_MS = 1_000;
/** A login and a health check's answer take a few hundred bytes; past this the check stops reading. */
const MAX_ANSWER_BYTES = 1024 * 1024;

/**
 * PostgreSQL through `pg`: one client per check, from the URL as pg reads it (sslmode and the other
 * libpq parameters included), the statement run once, and the client ended on every path.
 */
export function createPostgresProbe(): DependencyProbe {
  return { check: (target, signal) => checkPostgres(target, signal) };
}

async function checkPostgres(target: DependencyTarget, signal: AbortSignal): Promise<{ detail: string }> {
  const endpoint = parseEndpoint(target.url, ['postgres:', 'postgresql:'], DEFAULT_PORT);
  const statement = target.statement ?? DEFAULT_STATEMENT;
  if (signal.aborted) throw stopped(endpoint);
  let client: pg.Client;
  try {
    client = new pg.Client({
      connectionString: target.url,
      connectionTimeoutMillis: target.timeoutMs,
      query_timeout: target.timeoutMs,
      statement_timeout: target.timeoutMs,
      application_name: 'post-deploy-check',
    });
  } catch (error) {
    // pg-connection-string rejects a malformed URL here; its message may quote the URL.
    throw new DependencyError(redact(`not a usable PostgreSQL URL: ${(error as Error).message}`, target.url));
  }
  // After the check has its answer a dying connection may still emit an error: nobody else listens.
  client.on('error', () => undefined);
  const progress = { accepted: false, oversized: false };
  client.connection.once('connect', () => (progress.accepted = true));
  capAnswer(client, () => (progress.oversized = true));
  const deadline = AbortSignal.timeout(target.timeoutMs);
  const stop = AbortSignal.any([signal, deadline]);
  let phase: 'connect' | 'query' = 'connect';
  const work = (async () => {
    await client.connect();
    phase = 'query';
    return client.query(statement);
  })();
  try {
    const result = await untilStopped(work, stop);
    return { detail: redact(`${oneLine(statement)} -> ${rows(result)}`, target.url) };
  } catch (error) {
    if (signal.aborted) throw stopped(endpoint);
    if (progress.oversized)
      throw new DependencyError(
        `${endpoint.display} sent more than 1 MiB, more than a health check needs: the check stopped reading (its query should return a few rows)`,
      );
    if (deadline.aborted) throw timedOut(endpoint, phase, progress.accepted, target.timeoutMs);
    throw describe(error, endpoint, phase, progress.accepted, target);
  } finally {
    await close(client);
  }
}

function untilStopped<T>(work: Promise<T>, stop: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onStop = () => reject(stop.reason);
    if (stop.aborted) onStop();
    stop.addEventListener('abort', onStop, { once: true });
    work.then(resolve, reject).finally(() => stop.removeEventListener('abort', onStop));
  });
}

/**
 * pg holds each message until its last byte has arrived, whatever length its header announces: a
 * huge answer, or bytes that are not PostgreSQL's, would be buffered whole. The connection is cut
 * once more has arrived than any health check needs.
 */
function capAnswer(client: pg.Client, onExceeded: () => void): void {
  let received = 0;
  const watch = (stream: Duplex) =>
    stream.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= MAX_ANSWER_BYTES) return;
      onExceeded();
      stream.destroy();
    });
  watch(client.connection.stream);
  // After an SSLRequest pg reads from a TLS stream over the socket: the answer arrives there.
  client.connection.once('sslconnect', () => watch(client.connection.stream));
}

/** end(), which says goodbye to the server; a server that never answers gets its socket destroyed. */
async function close(client: pg.Client): Promise<void> {
  let grace: NodeJS.Timeout | undefined;
  const ended = client.end().catch(() => undefined);
  const late = new Promise<'late'>((resolve) => {
    grace = setTimeout(() => resolve('late'), CLOSE_GRACE_MS);
  });
  if ((await Promise.race([ended, late])) === 'late') {
    client.connection.stream.destroy();
    await ended;
  }
  clearTimeout(grace);
}

function timedOut(
  endpoint: Endpoint,
  phase: 'connect' | 'query',
  accepted: boolean,
  timeoutMs: number,
): DependencyError {
  const within = formatDuration(timeoutMs);
  if (phase === 'query')
    return new DependencyError(`the query got no answer from ${endpoint.display} within ${within}`);
  if (accepted)
    return new DependencyError(
      `${endpoint.display} accepted the connection but no PostgreSQL session started within ${within}`,
    );
  return connectTimeout(endpoint, timeoutMs);
}

interface PgServerError extends Error {
  code?: string;
  severity?: string;
}

function describe(
  error: unknown,
  endpoint: Endpoint,
  phase: 'connect' | 'query',
  accepted: boolean,
  target: DependencyTarget,
): DependencyError {
  const failure = error as PgServerError;
  // The server said no: a login, a missing database or a failing query, in the server's words.
  if (typeof failure?.severity === 'string' && typeof failure.code === 'string') {
    const said = `${failure.message} (SQLSTATE ${failure.code})`;
    return new DependencyError(
      redact(
        phase === 'connect'
          ? `login to ${endpoint.display} failed: ${said}`
          : `the query failed on ${endpoint.display}: ${said}`,
        target.url,
      ),
    );
  }
  const message = failure?.message ?? String(error);
  // pg's own timers: connectionTimeoutMillis and query_timeout.
  if (/timeout/i.test(message) && !(failure as NodeJS.ErrnoException).code)
    return timedOut(endpoint, phase, accepted, target.timeoutMs);
  const named = nameNetworkError(error, endpoint);
  if (named.kind !== 'other') return new DependencyError(redact(named.message, target.url));
  return new DependencyError(
    redact(
      `${phase === 'connect' ? 'connecting to' : 'the query on'} ${endpoint.display} failed: ${message}`,
      target.url,
    ),
  );
}

function rows(result: pg.QueryResult | pg.QueryResult[]): string {
  const last = Array.isArray(result) ? result[result.length - 1] : result;
  const count = last?.rowCount ?? last?.rows.length ?? 0;
  return `${count} row${count === 1 ? '' : 's'}`;
}

function oneLine(statement: string): string {
  const line = statement.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
