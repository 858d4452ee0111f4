import { formatDuration } from '../../engine/config/duration.js';
import { ProbeError } from '../../engine/ports.js';
import type { Redactor } from '../../engine/secrets.js';
import { createAgent } from './agent.js';
import { readBounded } from './body.js';
import { describeNetworkError } from './networkError.js';

// Shared by the Grafana and Datadog channels (and fit for any JSON notice API): one attempt, one
// answer, no retries, since the engine decides about those.

// A notice answer is a line of JSON; anything bigger is a proxy's page, of which the start suffices.
const MAX_BODY_BYTES = 64 * 1024;
// Longest vendor message quoted back in a notice's detail.
const MAX_DETAIL_CHARS = 300;
// A notice makes one or two requests per run: sockets are not kept for a next one that never comes.
const CONNECTIONS = 2;

export interface JsonRequest {
  method: 'POST' | 'PATCH';
  url: URL;
  /** Authentication included; every value is treated as a secret in what comes back. */
  headers: Record<string, string>;
  body: unknown;
  timeoutMs: number;
  signal: AbortSignal;
  /** For messages: "Grafana", "Datadog". */
  vendor: string;
}

export interface JsonAnswer {
  status: number;
  /** Lower-cased names. */
  headers: Record<string, string>;
  text: string;
  /** The body parsed, or undefined when it is not JSON. */
  json: unknown;
  retryAfterMs?: number;
}

export type JsonSender = (request: JsonRequest, redact: Redactor) => Promise<JsonAnswer>;

/**
 * A sender with its own agent. Each request closes its socket after the answer (`reset`), so a
 * channel holds nothing open between its start and end notices and needs no close().
 */
export function createJsonSender(options: { insecureSkipTlsVerify?: boolean } = {}): JsonSender {
  const agent = createAgent({ connections: CONNECTIONS, insecureSkipTlsVerify: options.insecureSkipTlsVerify });
  return async (options, redact) => {
    const { url, timeoutMs, signal } = options;
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
      const response = await agent.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: options.method,
        headers: { ...options.headers, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(options.body),
        signal: AbortSignal.any([signal, deadline]),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        reset: true,
      });
      const { text } = await readBounded(response.body, MAX_BODY_BYTES);
      const headers = lowerCased(response.headers);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      const retryAfterMs = parseRetryAfter(headers['retry-after'], Date.now());
      return {
        status: response.statusCode,
        headers,
        text,
        json,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      };
    } catch (error) {
      if (signal.aborted) throw ProbeError.stopped();
      if (deadline.aborted)
        throw new ProbeError(
          'timeout',
          `timed out: no answer from ${options.vendor} at ${url.host} within ${formatDuration(timeoutMs)}`,
        );
      const { kind, message } = describeNetworkError(error, url.href);
      throw new ProbeError(kind, redact(`${options.vendor}: ${message}`));
    }
  };
}

/**
 * Retry-After as delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"), in
 * milliseconds from `now`; a date already past means "now" (0). Anything else is no advice.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1_000;
  // Date.parse also reads forms like "2015-10-21" or "5": only the HTTP-date shapes count.
  if (!/^[A-Za-z]{3},? /.test(text) && !/^[A-Za-z]+day, /.test(text)) return undefined;
  // asctime ("Sun Nov  6 08:49:37 1994") names no zone: HTTP dates are all GMT.
  const at = Date.parse(/^[A-Za-z]{3} [A-Za-z]{3} /.test(text) ? `${text} GMT` : text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** What a vendor said, on one line, trimmed and secret-free: its JSON message, an HTML page's title, or the start of the text. */
export function vendorDetail(
  answer: JsonAnswer,
  fromJson: (json: unknown) => string | undefined,
  redact: Redactor,
): string | undefined {
  let said = answer.json === undefined ? undefined : fromJson(answer.json);
  if (said === undefined) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(answer.text)?.[1];
    said = title ?? answer.text;
  }
  const line = redact(said).replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  return line.length > MAX_DETAIL_CHARS ? `${line.slice(0, MAX_DETAIL_CHARS - 1)}…` : line;
}

/** A base URL from configuration, without any credentials written into it and without a trailing slash. */
export function parseBase(text: string, input: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // The text itself may hold credentials, so it is not repeated.
    throw new Error(`${input} is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${input} must be http or https, not ${url.protocol}`);
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/** `base` with `path` appended to its own path (a Grafana under /grafana keeps the prefix). */
export function joinPath(base: URL, path: string): URL {
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`;
  return url;
}

function lowerCased(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** `4f2a9c1` from a commit URL, for a link's label; `commit` when the URL ends in something else. */
export function shortCommit(commitUrl: string): string {
  const last = commitUrl.replace(/\/+$/, '').split('/').pop() ?? '';
  return /^[0-9a-f]{7,40}$/i.test(last) ? last.slice(0, 7) : 'commit';
}
