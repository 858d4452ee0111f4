import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback Grafana annotations API that holds each request to Grafana's annotations HTTP API reference
// (Grafana's swagger: PostAnnotationsCmd, PatchAnnotationsCmd, ErrorResponseBody; the handler notes)
// and answers as Grafana does. Where Grafana would silently ignore a field it does not know, the fake
// refuses it (400, "bad request data"), so a field the channel sends in vain fails a test.

export interface GrafanaAnnotation {
  id: number;
  time: number;
  timeEnd: number;
  tags: string[];
  text: string;
  dashboardUID?: string;
}

export interface RecordedGrafanaRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** What the fake did: the status it answered, or hang / close. */
  answer: number | 'hang' | 'close';
}

/** What the next request gets instead of Grafana's answer. */
export type Trouble = { status: number; message?: string; retryAfter?: string } | 'hang' | 'close';

export interface FakeGrafana {
  url: string;
  token: string;
  requests: RecordedGrafanaRequest[];
  /** The annotations as Grafana would store them, after each POST and PATCH. */
  annotations: Map<number, GrafanaAnnotation>;
  /** Queues troubles for the next requests, one each; then the fake answers normally again. */
  trouble(...troubles: Trouble[]): void;
  close(): Promise<void>;
}

const POST_FIELDS: Record<string, FieldType> = {
  dashboardId: 'integer',
  dashboardUID: 'string',
  data: 'object',
  panelId: 'integer',
  tags: 'string[]',
  text: 'string',
  time: 'integer',
  timeEnd: 'integer',
};
const PATCH_FIELDS: Record<string, FieldType> = {
  data: 'object',
  id: 'integer',
  tags: 'string[]',
  text: 'string',
  time: 'integer',
  timeEnd: 'integer',
};
type FieldType = 'integer' | 'string' | 'string[]' | 'object';

export async function startFakeGrafana(options: { token?: string; firstId?: number } = {}): Promise<FakeGrafana> {
  const token = options.token ?? 'glsa_fakeGrafanaToken0123456789_abcdef';
  const requests: RecordedGrafanaRequest[] = [];
  const annotations = new Map<number, GrafanaAnnotation>();
  const troubles: Trouble[] = [];
  let nextId = options.firstId ?? 1;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded: RecordedGrafanaRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        answer: 0,
      };
      requests.push(recorded);
      const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        recorded.answer = status;
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
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
        reply(
          trouble.status,
          { message: trouble.message ?? (trouble.status === 429 ? 'Too Many Requests' : 'Internal Server Error') },
          trouble.retryAfter ? { 'retry-after': trouble.retryAfter } : {},
        );
        return;
      }
      handle(recorded, reply);
    });
  });

  function handle(request: RecordedGrafanaRequest, reply: (status: number, body: unknown) => void): void {
    const path = request.path.split('?')[0] ?? '';
    const patchMatch = /^\/api\/annotations\/([^/]+)$/.exec(path);
    const known =
      (path === '/api/annotations' && request.method === 'POST') || (patchMatch && request.method === 'PATCH');
    if (!known) return reply(404, { message: 'Not found' });
    // Service-account token as Bearer (auth_and_headers.service_account_token).
    const authorization = request.headers.authorization;
    if (!authorization) return reply(401, { message: 'Unauthorized' });
    if (authorization !== `Bearer ${token}`) return reply(401, { message: 'Invalid API key' });
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json'))
      return reply(400, { message: 'bad request data' });
    let body: unknown;
    try {
      body = JSON.parse(request.body);
    } catch {
      return reply(400, { message: 'bad request data' });
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body))
      return reply(400, { message: 'bad request data' });
    const fields = body as Record<string, unknown>;
    if (!typesMatch(fields, patchMatch ? PATCH_FIELDS : POST_FIELDS))
      return reply(400, { message: 'bad request data' });

    if (!patchMatch) {
      // PostAnnotationsCmd requires text; an empty one is "Failed to save annotation".
      if (typeof fields.text !== 'string' || fields.text === '')
        return reply(400, { message: 'Failed to save annotation' });
      let time = (fields.time as number | undefined) ?? 0;
      let timeEnd = (fields.timeEnd as number | undefined) ?? 0;
      // validateTimeRange: both missing is ErrTimerangeMissing (400); one stands in for the other; swapped when reversed.
      if (time === 0 && timeEnd === 0) return reply(400, { message: 'Failed to save annotation' });
      if (timeEnd === 0) timeEnd = time;
      if (time === 0) time = timeEnd;
      if (timeEnd < time) [time, timeEnd] = [timeEnd, time];
      const id = nextId++;
      annotations.set(id, {
        id,
        time,
        timeEnd,
        tags: (fields.tags as string[] | undefined) ?? [],
        text: fields.text,
        ...(typeof fields.dashboardUID === 'string' ? { dashboardUID: fields.dashboardUID } : {}),
      });
      return reply(200, { message: 'Annotation added', id });
    }

    const rawId = patchMatch[1] ?? '';
    if (!/^\d+$/.test(rawId)) return reply(400, { message: 'annotationId is invalid' });
    const existing = annotations.get(Number(rawId));
    if (!existing) return reply(404, { message: 'Annotation not found' });
    // PATCH semantics: only non-empty text, non-nil tags, time > 0 and timeEnd > 0 overwrite.
    if (typeof fields.text === 'string' && fields.text !== '') existing.text = fields.text;
    if (Array.isArray(fields.tags)) existing.tags = fields.tags as string[];
    if (typeof fields.time === 'number' && fields.time > 0) existing.time = fields.time;
    if (typeof fields.timeEnd === 'number' && fields.timeEnd > 0) existing.timeEnd = fields.timeEnd;
    return reply(200, { message: 'Annotation patched' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    requests,
    annotations,
    trouble: (...more) => troubles.push(...more),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Every field is one Grafana knows, of its swagger type (int64 is a whole number); Go's decoder fails otherwise. */
function typesMatch(fields: Record<string, unknown>, schema: Record<string, FieldType>): boolean {
  return Object.entries(fields).every(([name, value]) => {
    const type = schema[name];
    if (type === undefined) return false;
    if (value === null) return true;
    switch (type) {
      case 'integer':
        return typeof value === 'number' && Number.isSafeInteger(value);
      case 'string':
        return typeof value === 'string';
      case 'string[]':
        return Array.isArray(value) && value.every((item) => typeof item === 'string');
      case 'object':
        return typeof value === 'object';
    }
  });
}
