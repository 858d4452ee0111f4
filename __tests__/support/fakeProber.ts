import { ProbeError, type HttpProber, type HttpRequest, type HttpResponse } from '../../src/engine/ports.js';
import type { FakeClock } from './fakeClock.js';

/** One scripted answer: an HTTP response, or a ProbeError the prober rejects with. */
export type Reply = HttpResponse | ProbeError;

/** An HTTP response as a prober returns it; header names are lower-cased as the port promises. */
export function response(status: number, body = '', headers: Record<string, string> = {}): HttpResponse {
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { status, body, headers: lower, bodyTruncated: false };
}

export function jsonResponse(status: number, value: unknown): HttpResponse {
  return response(status, JSON.stringify(value), { 'content-type': 'application/json' });
}

export function probeError(kind: ProbeError['kind'], message = `${kind} error`): ProbeError {
  return new ProbeError(kind, message);
}

/**
 * An HttpProber that answers from scripted replies and records every request.
 * Replies are taken in order, per URL when the script is a map; the last reply repeats once the list runs out,
 * so a version endpoint can keep answering the same thing. `latencyMs` advances the fake clock per request.
 */
export class FakeProber implements HttpProber {
  readonly requests: HttpRequest[] = [];
  closed = false;
  /** Requests sent and not yet answered, and the most there ever were at once. */
  inFlight = 0;
  peakInFlight = 0;
  private readonly queues: Map<string | undefined, Reply[]>;

  constructor(
    script: Reply[] | Record<string, Reply[]>,
    private readonly options: { clock?: FakeClock; latencyMs?: number } = {},
  ) {
    this.queues = Array.isArray(script)
      ? new Map([[undefined, [...script]]])
      : new Map(Object.entries(script).map(([url, replies]) => [url, [...replies]]));
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    this.requests.push(request);
    const queue = this.queues.get(request.url) ?? this.queues.get(undefined);
    if (!queue || queue.length === 0)
      throw new Error(`FakeProber: no reply scripted for ${request.method} ${request.url}`);
    const reply = (queue.length > 1 ? queue.shift() : queue[0]) as Reply;
    if (this.options.clock && this.options.latencyMs) this.options.clock.advance(this.options.latencyMs);
    this.inFlight++;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
    // Answer on a later tick, so that concurrent requests really overlap.
    await new Promise((resolve) => setImmediate(resolve));
    this.inFlight--;
    if (reply instanceof ProbeError) throw reply;
    return reply;
  }

  /** The URLs requested, in order. */
  get urls(): string[] {
    return this.requests.map((request) => request.url);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
