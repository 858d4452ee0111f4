import { MetricError, type MetricReading, type MetricSource } from '../../engine/ports.js';
import { createRedactor, headerSecrets, type Redactor } from '../../engine/secrets.js';
import { createAgent } from '../shared/agent.js';
import { boundedGet } from '../shared/boundedGet.js';
import { basicAuth, withDefaults } from '../shared/headers.js';
import { parseEnvelope, type QueryData } from './envelope.js';
import { notJsonMessage, rejectedMessage, unexpectedJsonMessage, type Answer } from './failure.js';
import { missingFrom, presenceQuery } from './presence.js';
import { toReading } from './reading.js';
import { scrapeIntervalOf } from './statusConfig.js';

export interface PrometheusSourceOptions {
  /** Where `/api/v1/query` lives: https://host, or with a prefix such as https://host/prometheus. */
  baseUrl: string;
  /** Sent with every query (auth); the values are secrets. */
  headers: Record<string, string>;
  userAgent: string;
  /** Accept any certificate: the user named prometheus in insecure-skip-tls-verify. */
  insecureSkipTlsVerify?: boolean;
}

// A gate needs one number; an answer this large is a query that forgot to aggregate.
const MAX_BODY_BYTES = 1024 * 1024;
const TOO_LARGE_ANSWER = 'a gate needs one number, so aggregate the query, e.g. with sum() or max()';
// A configuration with thousands of static targets can pass the limit: only the input avoids reading it.
const TOO_LARGE_CONFIG = 'its configuration is too large to read the scrape interval from; set scrape-interval';
// The monitor runs a handful of gates at once; more sockets would only queue on Prometheus.
const CONNECTIONS = 16;

/** Instant queries against the Prometheus HTTP API (or Thanos, Mimir, VictoriaMetrics, which share it). */
export function createPrometheusSource(options: PrometheusSourceOptions): MetricSource {
  const base = parseBase(options.baseUrl);
  const auth = withDefaults(options.headers, basicAuth(base));
  const headers = withDefaults(auth, { accept: 'application/json', 'user-agent': options.userAgent });
  const redact = createRedactor(Object.entries(auth).flatMap(([name, value]) => headerSecrets(name, value)));
  const agent = createAgent({ connections: CONNECTIONS, insecureSkipTlsVerify: options.insecureSkipTlsVerify });
  const { host } = base;

  /** One GET of the API; `tooLarge` says what an answer past the size limit means for what was asked. */
  async function get(url: URL, timeoutMs: number, signal: AbortSignal, tooLarge: string): Promise<Answer> {
    const answer = await boundedGet(
      {
        agent,
        url,
        headers,
        timeoutMs,
        signal,
        maxBytes: MAX_BODY_BYTES,
        words: { vendor: 'Prometheus', host, limit: '1 MiB', tooLarge, failed: 'Prometheus query failed' },
      },
      redact,
    );
    return { status: answer.status, contentType: String(answer.headers['content-type'] ?? ''), body: answer.text };
  }

  /** One instant query's answer, or a MetricError saying why there is none. */
  async function instant(query: string, at: Date | undefined, timeoutMs: number, signal: AbortSignal) {
    const url = queryUrl(base, query, at, timeoutMs);
    return interpret(await get(url, timeoutMs, signal, TOO_LARGE_ANSWER), host, url.pathname, redact);
  }

  return {
    async query(query, { at, timeoutMs, signal }): Promise<MetricReading> {
      const { data, warnings } = await instant(query, at, timeoutMs, signal);
      return toReading(data, warnings);
    },
    async missingMetrics(names, { timeoutMs, signal }): Promise<string[]> {
      // `{__name__=~""}` is a query Prometheus refuses: no name, nothing to look up.
      if (names.length === 0) return [];
      const { data } = await instant(presenceQuery(names), undefined, timeoutMs, signal);
      return missingFrom(names, data);
    },
    async scrapeInterval({ timeoutMs, signal }): Promise<number> {
      const url = apiUrl(base, 'status/config');
      return scrapeIntervalOf(await get(url, timeoutMs, signal, TOO_LARGE_CONFIG), url.pathname);
    },
    close: () => agent.close(),
  };
}

function interpret(
  answer: Answer,
  host: string,
  path: string,
  redact: Redactor,
): { data: QueryData; warnings: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    // Masked before the message cuts an excerpt from it: a secret cut at its edge would show its first part.
    throw safe(notJsonMessage({ ...answer, body: redact(answer.body) }, host, path), redact);
  }
  const parsed = parseEnvelope(json);
  if ('problem' in parsed) throw safe(unexpectedJsonMessage(answer, host, path, parsed.problem), redact);
  const { envelope } = parsed;
  if (envelope.status === 'error')
    throw safe(rejectedMessage(envelope, answer.status), redact, envelope.errorType === 'bad_data');
  if (answer.status < 200 || answer.status >= 300)
    throw safe(unexpectedJsonMessage(answer, host, path, 'status "success" under an HTTP error'), redact);
  if (!envelope.data) throw safe(unexpectedJsonMessage(answer, host, path, 'status "success" without data'), redact);
  return { data: envelope.data, warnings: envelope.warnings ?? [] };
}

/** Every message may quote what a server sent back; none may show a header value we sent. */
function safe(message: string, redact: Redactor, queryRejected = false): MetricError {
  return new MetricError(redact(message), queryRejected);
}

function parseBase(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    // The text itself may hold credentials, so it is not repeated.
    throw new MetricError('prometheus-url is not a valid URL (expected e.g. https://prometheus.example.com)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new MetricError(`prometheus-url must be http or https, not ${url.protocol}`);
  return url;
}

/** `endpoint` of the API under the base, without the base's credentials (they go in a header). */
function apiUrl(base: URL, endpoint: string): URL {
  const url = new URL(base.href);
  url.username = '';
  url.password = '';
  // A base copied from the API docs (…/api/v1 or …/api/v1/query) still means the same API.
  url.pathname = `${url.pathname.replace(/\/+$/, '').replace(/\/api\/v1(?:\/query)?$/, '')}/api/v1/${endpoint}`;
  return url;
}

function queryUrl(base: URL, query: string, at: Date | undefined, timeoutMs: number): URL {
  const url = apiUrl(base, 'query');
  url.searchParams.set('query', query);
  if (at) url.searchParams.set('time', (at.getTime() / 1000).toFixed(3));
  // Prometheus then stops evaluating a query we have given up on, instead of for up to its 2m default.
  url.searchParams.set('timeout', `${Math.max(1, Math.round(timeoutMs))}ms`);
  return url;
}
