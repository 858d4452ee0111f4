import { EnvHttpProxyAgent, interceptors, request, type Dispatcher } from 'undici';
import { formatDuration } from '../../engine/config/duration.js';
import { ProbeError, type HttpProber, type HttpRequest, type HttpResponse } from '../../engine/ports.js';
import { describeNetworkError } from './networkError.js';

export interface UndiciProberOptions {
  /** Bytes of a body kept; the rest is discarded unread so a huge answer cannot exhaust memory. */
  maxBodyBytes?: number;
  userAgent: string;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const MAX_REDIRECTIONS = 5;

/**
 * HTTP through one pooled undici agent. EnvHttpProxyAgent honours HTTPS_PROXY / NO_PROXY, which
 * self-hosted runners behind a proxy rely on; without them it behaves as a plain Agent.
 */
export function createUndiciProber(options: UndiciProberOptions): HttpProber {
  const agent = new EnvHttpProxyAgent({ keepAliveTimeout: 4_000, connections: 128 });
  const redirecting = agent.compose(interceptors.redirect({ maxRedirections: MAX_REDIRECTIONS }));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  return {
    async send(req: HttpRequest): Promise<HttpResponse> {
      const deadline = AbortSignal.timeout(req.timeoutMs);
      const signal = AbortSignal.any([req.signal, deadline]);
      const headers = { 'user-agent': options.userAgent, ...req.headers };
      try {
        const response = await request(req.url, {
          dispatcher: req.followRedirects ? redirecting : agent,
          method: req.method as Dispatcher.HttpMethod,
          headers,
          body: req.body,
          signal,
          headersTimeout: req.timeoutMs,
          bodyTimeout: req.timeoutMs,
        });
        const { text, truncated } = await readBounded(response.body, maxBodyBytes);
        return { status: response.statusCode, headers: flattenHeaders(response.headers), body: text, bodyTruncated: truncated };
      } catch (error) {
        if (deadline.aborted) throw new ProbeError('timeout', `no complete answer within ${formatDuration(req.timeoutMs)}`);
        if (req.signal.aborted) throw new ProbeError('aborted', 'stopped: the step reached its time limit');
        const { kind, message } = describeNetworkError(error, req.url);
        throw new ProbeError(kind, message);
      }
    },
    close: () => agent.close(),
  };
}

async function readBounded(body: Dispatcher.ResponseData['body'], limit: number): Promise<{ text: string; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    const room = limit - size;
    if (chunk.length >= room) {
      chunks.push(chunk.subarray(0, room));
      body.destroy();
      return { text: Buffer.concat(chunks).toString('utf8'), truncated: true };
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  return { text: Buffer.concat(chunks).toString('utf8'), truncated: false };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
