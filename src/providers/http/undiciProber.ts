import { interceptors, type Dispatcher } from 'undici';
import { formatDuration } from '../../engine/config/duration.js';
import { ProbeError, type HttpProber, type HttpRequest, type HttpResponse } from '../../engine/ports.js';
import { createAgent } from '../shared/agent.js';
import { readBounded } from '../shared/body.js';
import { deadline } from '../shared/deadline.js';
import { basicAuth, withDefaults } from '../shared/headers.js';
import { describeNetworkError } from '../shared/networkError.js';

export interface UndiciProberOptions {
  /** Bytes of a body kept; the rest is discarded unread so a huge answer cannot exhaust memory. */
  maxBodyBytes?: number;
  userAgent: string;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const MAX_REDIRECTIONS = 5;

/**
 * HTTP through one pooled undici agent (see createAgent for why a proxy-aware one). Checks marked
 * insecure-skip-tls-verify get an agent of their own, made on first use: a pool shared with verified
 * checks could hand them a connection whose certificate was never checked.
 */
export function createUndiciProber(options: UndiciProberOptions): HttpProber {
  const verified = dispatchers(createAgent({ connections: 128 }));
  let unverified: Dispatchers | undefined;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  return {
    async send(req: HttpRequest): Promise<HttpResponse> {
      const limit = deadline(req.signal, req.timeoutMs);
      const url = new URL(req.url);
      const headers = withDefaults(req.headers, { 'user-agent': options.userAgent, ...basicAuth(url) });
      const { agent, redirecting } = req.insecureSkipTlsVerify
        ? (unverified ??= dispatchers(createAgent({ connections: 128, insecureSkipTlsVerify: true })))
        : verified;
      try {
        const response = await (req.followRedirects ? redirecting : agent).request({
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: req.method as Dispatcher.HttpMethod,
          headers,
          body: req.body,
          signal: limit.signal,
          // Every header of a check may be a credential: none may follow a redirect to another origin.
          ...(req.followRedirects ? { stripHeadersOnCrossOriginRedirect: Object.keys(headers) } : {}),
          headersTimeout: req.timeoutMs,
          bodyTimeout: req.timeoutMs,
        });
        const { text, truncated } = await readBounded(response.body, maxBodyBytes);
        return {
          status: response.statusCode,
          headers: flattenHeaders(response.headers),
          body: text,
          bodyTruncated: truncated,
        };
      } catch (error) {
        if (limit.expired)
          throw new ProbeError('timeout', `no complete answer within ${formatDuration(req.timeoutMs)}`);
        if (req.signal.aborted) throw ProbeError.stopped();
        const { kind, message } = describeNetworkError(error, req.url);
        throw new ProbeError(kind, message);
      } finally {
        limit.clear();
      }
    },
    close: async () => {
      await Promise.all([verified.agent.close(), unverified?.agent.close()]);
    },
  };
}

interface Dispatchers {
  agent: Dispatcher;
  redirecting: Dispatcher;
}

function dispatchers(agent: Dispatcher): Dispatchers {
  return { agent, redirecting: agent.compose(interceptors.redirect({ maxRedirections: MAX_REDIRECTIONS })) };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
