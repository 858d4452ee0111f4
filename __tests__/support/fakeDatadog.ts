import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback Datadog events intake that holds each request to Datadog's Events API reference
// (POST /api/v1/events: apiKeyAuth DD-API-KEY, EventCreateRequest, 202 EventCreateResponse, 400 and 429
// APIErrorResponse) and answers as Datadog does. The wording of the 400 errors is the fake's own; the
// shape, { "errors": [...] }, is Datadog's. Fields the schema does not know are refused, so a field the
// channel sends in vain fails a test.

export interface RecordedDatadogRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  answer: number | 'hang' | 'close';
}

/** What the next request gets instead of Datadog's answer. */
export type Trouble =
  { status: number; errors?: string[]; retryAfter?: string; rateLimitReset?: string } | 'hang' | 'close';

export interface FakeDatadog {
  url: string;
  apiKey: string;
  requests: RecordedDatadogRequest[];
  /** The events accepted (202), as sent. */
  events: Record<string, unknown>[];
  trouble(...troubles: Trouble[]): void;
  close(): Promise<void>;
}

const ALERT_TYPES = ['error', 'warning', 'info', 'success', 'user_update', 'recommendation', 'snapshot'];
const PRIORITIES = ['normal', 'low'];
const MAX_TEXT = 4_000;
const MAX_AGGREGATION_KEY = 100;
// date_happened: "Limited to events up to 18 hours in the past and two hours in the future."
const MAX_PAST_S = 18 * 3_600;
const MAX_FUTURE_S = 2 * 3_600;

type Check = (value: unknown) => string | undefined;
const string: Check = (value) => (typeof value === 'string' ? undefined : 'must be a string');
const integer: Check = (value) =>
  typeof value === 'number' && Number.isSafeInteger(value) ? undefined : 'must be an integer (no quotes)';
const oneOf =
  (values: string[]): Check =>
  (value) =>
    typeof value === 'string' && values.includes(value) ? undefined : `must be one of ${values.join(', ')}`;
const maxLength =
  (limit: number): Check =>
  (value) =>
    typeof value !== 'string'
      ? 'must be a string'
      : [...value].length > limit
        ? `is limited to ${limit} characters`
        : undefined;

// EventCreateRequest: required title and text.
const FIELDS: Record<string, Check> = {
  aggregation_key: maxLength(MAX_AGGREGATION_KEY),
  alert_type: oneOf(ALERT_TYPES),
  date_happened: integer,
  device_name: string,
  host: string,
  priority: (value) => (value === null ? undefined : oneOf(PRIORITIES)(value)),
  related_event_id: integer,
  source_type_name: string,
  tags: (value) =>
    Array.isArray(value) && value.every((tag) => typeof tag === 'string') ? undefined : 'must be a list of strings',
  text: maxLength(MAX_TEXT),
  title: string,
};

export async function startFakeDatadog(options: { apiKey?: string } = {}): Promise<FakeDatadog> {
  const apiKey = options.apiKey ?? 'ddapikey0123456789abcdef01234567';
  const requests: RecordedDatadogRequest[] = [];
  const events: Record<string, unknown>[] = [];
  const troubles: Trouble[] = [];
  let nextId = 7_300_000_000_000_000_001n;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded: RecordedDatadogRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        answer: 0,
      };
      requests.push(recorded);
      const reply = (status: number, body: string, headers: Record<string, string> = {}) => {
        recorded.answer = status;
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(body);
      };
      const errors = (status: number, ...messages: string[]) => reply(status, JSON.stringify({ errors: messages }));
      const trouble = troubles.shift();
      if (trouble === 'hang') {
        recorded.answer = 'hang';
        return;
      }
      if (trouble === 'close') {
        recorded.answer = 'close';
        req.socket.destroy();
        return;
      }
      if (trouble) {
        const headers: Record<string, string> = {
          ...(trouble.retryAfter ? { 'retry-after': trouble.retryAfter } : {}),
          ...(trouble.rateLimitReset
            ? {
                'x-ratelimit-limit': '1000',
                'x-ratelimit-period': '60',
                'x-ratelimit-remaining': '0',
                'x-ratelimit-reset': trouble.rateLimitReset,
              }
            : {}),
        };
        reply(
          trouble.status,
          JSON.stringify({
            errors: trouble.errors ?? [trouble.status === 429 ? 'Too many requests' : 'Internal Server Error'],
          }),
          headers,
        );
        return;
      }

      if ((req.url ?? '').split('?')[0] !== '/api/v1/events' || req.method !== 'POST') return errors(404, 'Not found');
      const key = req.headers['dd-api-key'];
      if (key !== apiKey) return errors(403, 'Forbidden');
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
        return errors(400, 'Content-Type must be application/json');
      let body: unknown;
      try {
        body = JSON.parse(recorded.body);
      } catch {
        return errors(400, 'Payload is not in the expected format: invalid JSON');
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body))
        return errors(400, 'Payload is not in the expected format: expected an object');
      const event = body as Record<string, unknown>;
      const problems: string[] = [];
      for (const required of ['title', 'text']) if (!(required in event)) problems.push(`${required} is required`);
      for (const [name, value] of Object.entries(event)) {
        const check = FIELDS[name];
        const problem = check ? check(value) : 'is not a field of EventCreateRequest';
        if (problem) problems.push(`${name} ${problem}`);
      }
      if (typeof event.date_happened === 'number') {
        const now = Math.floor(Date.now() / 1_000);
        if (event.date_happened < now - MAX_PAST_S) problems.push('date_happened is more than 18 hours in the past');
        if (event.date_happened > now + MAX_FUTURE_S) problems.push('date_happened is more than 2 hours in the future');
      }
      if (problems.length) return errors(400, ...problems);

      events.push(event);
      const id = nextId++;
      // EventCreateResponse; the 64-bit id is written as a JSON integer, as Datadog does, beside id_str.
      const answer = {
        status: 'ok',
        event: {
          id: '__ID__',
          id_str: String(id),
          title: event.title,
          text: event.text,
          date_happened: event.date_happened ?? Math.floor(Date.now() / 1_000),
          priority: event.priority ?? 'normal',
          alert_type: event.alert_type ?? 'info',
          tags: event.tags ?? [],
          url: `/event/event?id=${id}`,
        },
      };
      reply(202, JSON.stringify(answer).replace('"__ID__"', String(id)));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    events,
    trouble: (...more) => troubles.push(...more),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
