import type { FetchFunction } from '@slack/webhook';
import { fetch, type Dispatcher } from 'undici';
import { readBounded } from '../shared/body.js';

// Slack answers "ok" or an error word; more is a proxy's page, of which the start suffices.
const MAX_BODY_BYTES = 64 * 1024;

/** One send as seen beneath @slack/webhook, whose errors carry no headers and may re-wrap what was thrown. */
export interface SlackExchange {
  /** For the SDK's `fetch` option. */
  fetch: FetchFunction;
  /** Status and Retry-After, set once the answer's headers arrived. */
  answer?: { status: number; retryAfter: string | null };
  /** The transport's error as it was thrown, before the SDK wrapped it. */
  error?: unknown;
}

/**
 * @slack/webhook 8 sends through the `fetch` it is given and takes no agent or dispatcher: undici's fetch
 * on our agent brings its proxy and TLS choice, which Node's global fetch would ignore. The run's signal
 * joins the SDK's timeout signal, so a stopped run stops the request too.
 */
export function slackExchange(agent: Dispatcher, signal: AbortSignal): SlackExchange {
  const exchange: SlackExchange = {
    fetch: async (target, init) => {
      const response = await fetch(target, {
        method: init?.method,
        // Closes the socket after the answer, as the other notices do: nothing is left open between the
        // start and end notices and the channel needs no close().
        headers: { ...init?.headers, connection: 'close' },
        // IncomingWebhook sends JSON text; FormData is in the shared type for another of the SDK's clients.
        body: typeof init?.body === 'string' ? init.body : undefined,
        // The SDK asks for 'error', which turns a 3xx into a bare "fetch failed"; 'manual' hands the 3xx
        // back, so the SDK reports it with its status. Neither follows it: the webhook stays on its host.
        redirect: 'manual',
        signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal,
        dispatcher: agent,
      }).catch(failed);
      exchange.answer = { status: response.status, retryAfter: response.headers.get('retry-after') };
      // The SDK reads the answer with text() alone, on success and on an HTTP error: that read is bounded.
      const bounded = async () => (response.body ? (await readBounded(response.body, MAX_BODY_BYTES)).text : '');
      return Object.assign(response, { text: () => bounded().catch(failed) });
    },
  };
  const failed = (error: unknown): never => {
    exchange.error = unwrapped(error);
    throw error;
  };
  return exchange;
}

/**
 * fetch reports a transport failure as a TypeError ("fetch failed", or "terminated" while reading the
 * body) whose cause is undici's own error, the one request() throws: messages are built from that.
 * Duck-typed: in tests the error may come from another realm.
 */
function unwrapped(error: unknown): unknown {
  const { name, cause } = (error ?? {}) as { name?: unknown; cause?: unknown };
  return name === 'TypeError' && cause !== undefined ? cause : error;
}
