import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import { formatDuration } from '../../engine/config/duration.js';
import { MetricError, ProbeError } from '../../engine/ports.js';
import type { Redactor } from '../../engine/secrets.js';
import { readBounded } from './body.js';
import { deadline } from './deadline.js';
import { describeNetworkError } from './networkError.js';

export interface BoundedGet {
  agent: Dispatcher;
  url: URL;
  headers: Record<string, string>;
  timeoutMs: number;
  signal: AbortSignal;
  /** The body limit: an answer past it is an error, and the rest of it is not read. */
  maxBytes: number;
  /** The words of its failures. */
  words: {
    /** Who answers: "Datadog", "Prometheus". */
    vendor: string;
    host: string;
    /** `maxBytes` as the messages say it: "1 MiB". */
    limit: string;
    /** What an answer past the limit means for what was asked. */
    tooLarge: string;
    /** How a network failure's message begins: "Prometheus query failed". */
    failed: string;
  };
}

export interface BoundedAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/**
 * One GET of a metrics API, its body read up to the limit, or a MetricError saying why there is no answer.
 * Every message is masked: it may quote what a library said about a request that carried secrets.
 */
export async function boundedGet(get: BoundedGet, redact: Redactor): Promise<BoundedAnswer> {
  const { url, timeoutMs, signal, words } = get;
  // One timer for the headers and the body alike, so a server that stalls anywhere ends as a timeout.
  const limit = deadline(signal, timeoutMs);
  try {
    const response = await get.agent.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: get.headers,
      signal: limit.signal,
    });
    const { text, truncated } = await readBounded(response.body, get.maxBytes);
    if (truncated)
      throw new MetricError(
        `${words.vendor} at ${words.host} answered more than ${words.limit} (HTTP ${response.statusCode}): ${words.tooLarge}`,
      );
    return { status: response.statusCode, headers: response.headers, text };
  } catch (error) {
    if (error instanceof MetricError) throw masked(error.message, redact);
    if (signal.aborted) throw masked(ProbeError.stopped().message, redact);
    if (limit.expired)
      throw masked(
        `timed out: no answer from ${words.vendor} at ${words.host} within ${formatDuration(timeoutMs)}`,
        redact,
      );
    throw masked(`${words.failed}: ${describeNetworkError(error, url.href).message}`, redact);
  } finally {
    limit.clear();
  }
}

function masked(message: string, redact: Redactor): MetricError {
  return new MetricError(redact(message));
}
