import type { z } from 'zod';
import { systemClock } from '../../engine/clock.js';
import { formatDuration } from '../../engine/config/duration.js';
import { ProbeError, type Clock } from '../../engine/ports.js';
import { createRedactor, type Redactor } from '../../engine/secrets.js';
import { createAgent } from '../shared/agent.js';
import { boundedGet } from '../shared/boundedGet.js';
import { joinPath, vendorDetail, type JsonAnswer } from '../shared/noticeRequest.js';
import { datadogErrors, rateLimitOf, type RateLimit } from './apiErrors.js';
import { notJson, refusal, safeError, unexpectedJson, type ReadContext } from './failure.js';
import { datadogApiBase } from './site.js';

/** How to reach Datadog's read API; shared by the metric and the monitor source. */
export interface DatadogReadOptions {
  /** One of DATADOG_SITES; the API host is api.<site>. */
  site: string;
  /** Overrides the host derived from the site: a proxy or a private endpoint. */
  apiUrl?: string;
  /** Both keys are secrets: no message shows either. */
  apiKey: string;
  appKey: string;
  userAgent: string;
  /** Accept any certificate: the user named this provider in insecure-skip-tls-verify. */
  insecureSkipTlsVerify?: boolean;
  /**
   * The longest a read waits for Datadog's rate limit to reset (X-RateLimit-Reset) before its one
   * retry; the monitor passes its sample interval, so a wait never overruns the next sample. 0 (the
   * default) never waits: a 429 is a rate-limited error at once.
   */
  maxRateLimitWaitMs?: number;
  /** Now and the rate-limit wait; the system clock unless the engine passes its own. */
  clock?: Clock;
}

export interface DatadogRead {
  path: string;
  params: Record<string, string>;
  timeoutMs: number;
  signal: AbortSignal;
  /** The body limit: an answer past it is an error that `tooLarge` explains. */
  maxBytes: number;
  tooLarge: string;
  /** The words its failures use; host and path are filled in. */
  what: string;
  permission: string;
}

export interface DatadogReader {
  clock: Clock;
  redact: Redactor;
  /** The 2xx answer's JSON as `shape` reads it, or a MetricError saying why there is none. */
  read<T>(request: DatadogRead, shape: z.ZodType<T>): Promise<T>;
  close(): Promise<void>;
}

// A monitor window reads a handful of gates at once; more sockets would only queue on Datadog's limit.
const CONNECTIONS = 8;

export function createDatadogReader(options: DatadogReadOptions): DatadogReader {
  const base = new URL(datadogApiBase(options.site, options.apiUrl));
  const redact = createRedactor([options.apiKey, options.appKey]);
  // Headers, never the deprecated api_key / application_key query parameters: URLs end up in logs.
  const headers = {
    'dd-api-key': options.apiKey,
    'dd-application-key': options.appKey,
    accept: 'application/json',
    'user-agent': options.userAgent,
  };
  const agent = createAgent({ connections: CONNECTIONS, insecureSkipTlsVerify: options.insecureSkipTlsVerify });
  const clock = options.clock ?? systemClock;
  const maxWaitMs = options.maxRateLimitWaitMs ?? 0;

  /** One GET, its body read up to the limit. */
  async function once(url: URL, request: DatadogRead, context: ReadContext): Promise<JsonAnswer> {
    const answer = await boundedGet(
      {
        agent,
        url,
        headers,
        timeoutMs: request.timeoutMs,
        signal: request.signal,
        maxBytes: request.maxBytes,
        words: {
          vendor: 'Datadog',
          host: context.host,
          limit: `${Math.round(request.maxBytes / 1024)} KiB`,
          tooLarge: request.tooLarge,
          failed: `Datadog read of ${request.what} failed`,
        },
      },
      redact,
    );
    return { status: answer.status, headers: flat(answer.headers), text: answer.text, json: parsed(answer.text) };
  }

  function rateLimited(answer: JsonAnswer, rate: RateLimit, why: string, context: ReadContext) {
    const allowance =
      rate.limit !== undefined && rate.periodSeconds !== undefined
        ? `, ${rate.limit} requests per ${rate.periodSeconds}s${rate.name ? ` (${rate.name})` : ''}`
        : '';
    const said = vendorDetail(answer, datadogErrors, redact);
    return safeError(
      `Datadog rate-limited ${context.what} (HTTP 429${allowance}${said ? `: ${said}` : ''}) ${why}; ` +
        'fewer Datadog gates or a longer monitor-interval send fewer requests',
      redact,
      false,
      true,
    );
  }

  return {
    clock,
    redact,
    async read(request, shape) {
      const url = joinPath(base, request.path);
      for (const [name, value] of Object.entries(request.params)) url.searchParams.set(name, value);
      const context: ReadContext = {
        what: request.what,
        permission: request.permission,
        host: base.host,
        path: request.path,
      };
      let answer = await once(url, request, context);
      if (answer.status === 429) {
        const rate = rateLimitOf(answer.headers);
        if (rate.resetMs === undefined) throw rateLimited(answer, rate, 'without saying when it resets', context);
        if (rate.resetMs > maxWaitMs)
          throw rateLimited(
            answer,
            rate,
            `for ${formatDuration(rate.resetMs)}, longer than the ${formatDuration(maxWaitMs)} a read may wait`,
            context,
          );
        await clock.sleep(rate.resetMs, request.signal);
        if (request.signal.aborted) throw safeError(ProbeError.stopped().message, redact);
        answer = await once(url, request, context);
        if (answer.status === 429)
          throw rateLimited(
            answer,
            rateLimitOf(answer.headers),
            `again after waiting ${formatDuration(rate.resetMs)} for the reset`,
            context,
          );
      }
      if (answer.status < 200 || answer.status >= 300) throw refusal(answer, context, redact);
      if (answer.json === undefined) throw notJson(answer, context, redact);
      const parsed = shape.safeParse(answer.json);
      if (!parsed.success) throw unexpectedJson(answer, context, firstIssue(parsed.error), redact);
      return parsed.data;
    },
    close: () => agent.close(),
  };
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function flat(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

/** Where the JSON first departs from the shape, e.g. "series.0.pointlist: expected array". */
function firstIssue(error: z.ZodError): string {
  const [issue] = error.issues;
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue?.message ?? 'unexpected shape'}`;
}
