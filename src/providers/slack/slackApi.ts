import { formatDuration } from '../../engine/config/duration.js';
import { ProbeError } from '../../engine/ports.js';
import type { Redactor } from '../../engine/secrets.js';
import { createAgent } from '../shared/agent.js';
import { readBounded } from '../shared/body.js';
import { deadline } from '../shared/deadline.js';
import { describeNetworkError } from '../shared/networkError.js';
import { parseRetryAfter } from '../shared/noticeRequest.js';

// Slack answers a line of JSON; anything bigger is a proxy's page, of which the start suffices.
const MAX_BODY_BYTES = 64 * 1024;

export type SlackMethod = 'chat.postMessage' | 'chat.update';

export interface SlackApiOptions {
  /** The Web API base, e.g. https://slack.com/api; a method name is appended to it. */
  apiUrl: string;
  /** A bot token, sent as `Authorization: Bearer`. */
  token: string;
  userAgent?: string;
  /** Per call: connecting, sending and reading Slack's answer. */
  timeoutMs: number;
  insecureSkipTlsVerify?: boolean;
}

/** One call's answer. `body` is Slack's JSON object, or undefined when the answer was not one. */
export interface SlackApiAnswer {
  status: number;
  body?: { ok?: unknown; error?: unknown; ts?: unknown; channel?: unknown; needed?: unknown };
  /** The raw text, for a detail when `body` is undefined. */
  text: string;
  retryAfterMs?: number;
}

export interface SlackApi {
  /** Where `method` is posted, for dry-run: the token travels in a header, so the URL holds no secret. */
  url(method: SlackMethod): string;
  /** One POST, no retries: the engine decides about those. Rejects with a ProbeError when nothing answered. */
  call(
    method: SlackMethod,
    args: Record<string, unknown>,
    signal: AbortSignal,
    redact: Redactor,
  ): Promise<SlackApiAnswer>;
}

/**
 * Slack's Web API, the two chat methods, by hand over the shared agent (proxy and TLS choice). The body is
 * form-encoded as Slack's own client sends it: strings as they are, blocks JSON-encoded into their field.
 */
export function createSlackApi(options: SlackApiOptions): SlackApi {
  const base = parseApiUrl(options.apiUrl);
  const agent = createAgent({ connections: 1, insecureSkipTlsVerify: options.insecureSkipTlsVerify });
  const urlOf = (method: SlackMethod) => new URL(`${base.pathname.replace(/\/+$/, '')}/${method}`, base.origin);

  return {
    url: (method) => urlOf(method).href,

    async call(method, args, signal, redact) {
      const url = urlOf(method);
      const limit = deadline(signal, options.timeoutMs);
      try {
        const response = await agent.request({
          origin: url.origin,
          path: url.pathname,
          method: 'POST',
          headers: {
            authorization: `Bearer ${options.token}`,
            'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
            accept: 'application/json',
            ...(options.userAgent ? { 'user-agent': options.userAgent } : {}),
          },
          body: formBody(args),
          signal: limit.signal,
          headersTimeout: options.timeoutMs,
          bodyTimeout: options.timeoutMs,
          // Nothing is kept open between the start and the end notice: the channel needs no close().
          reset: true,
        });
        const { text } = await readBounded(response.body, MAX_BODY_BYTES);
        const retryAfter = response.headers['retry-after'];
        const retryAfterMs = parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, Date.now());
        return {
          status: response.statusCode,
          text,
          ...jsonObject(text),
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        };
      } catch (error) {
        if (signal.aborted) throw ProbeError.stopped();
        if (limit.expired)
          throw new ProbeError(
            'timeout',
            `timed out: no answer from Slack at ${url.host} within ${formatDuration(options.timeoutMs)}`,
          );
        const { kind, message } = describeNetworkError(error, url.href);
        throw new ProbeError(kind, redact(`Slack: ${message}`));
      } finally {
        limit.clear();
      }
    },
  };
}

/** undefined and null dropped; strings, numbers and booleans as text; anything else (blocks) as JSON. */
export function formBody(args: Record<string, unknown>): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null) continue;
    const text =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
    form.append(name, text);
  }
  return form.toString();
}

function jsonObject(text: string): { body?: SlackApiAnswer['body'] } {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? { body: parsed as SlackApiAnswer['body'] }
      : {};
  } catch {
    return {};
  }
}

function parseApiUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error('slack-api-url is not a valid URL (expected https://slack.com/api)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`slack-api-url must be https, not ${url.protocol}`);
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  return url;
}
