import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback Datadog read API: GET /api/v1/query (QueryMetrics) and GET /api/v1/monitor (ListMonitors),
// held to ../shared/contracts/datadog-events.json. Every request is checked against the operation it
// names (method, path, both auth headers, required parameters, parameter types and limits, nothing the
// operation does not declare); what departs from it is written to `violations`, which a test expects
// empty. Answers take the contract's shapes: MetricsQueryResponse with [ms, value|null] points, arrays
// of Monitor, APIErrorResponse { errors: [...] }, and 429 with Datadog's X-RateLimit-* headers. The
// wording of errors is the fake's own.

export interface FakeSeries {
  /** Datadog's scope of the series, e.g. "service:shop-api" or "host:a". */
  scope?: string;
  /** Spread evenly over the asked window, oldest first; null is a bucket without data. */
  points: (number | null)[];
}

export interface FakeMonitor {
  id: number;
  name: string;
  /** MonitorOverallStates: Alert, Ignored, No Data, OK, Skipped, Unknown, Warn. */
  overall_state: string;
  tags: string[];
}

export interface FakeRateLimit {
  /** Seconds until the period resets (X-RateLimit-Reset). */
  reset: number;
  limit?: number;
  period?: number;
  name?: string;
}

/** What a request gets instead of the answer from `series` or `monitors`, once its checks are done. */
export type FakeReply =
  | { status: number; errors: string[]; rateLimit?: FakeRateLimit }
  | { status: number; contentType: string; body: string }
  | { status?: number; json: unknown }
  | 'hang'
  | 'close';

export interface RecordedRead {
  method: string;
  path: string;
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The status sent, or what happened instead. */
  answer: number | 'hang' | 'close';
}

export interface FakeDatadogApi {
  url: string;
  apiKey: string;
  appKey: string;
  requests: RecordedRead[];
  /** Each way a request departed from the contract, with the request's path. */
  violations: string[];
  /** What /api/v1/query answers: one entry per series. */
  series: FakeSeries[];
  /**
   * When set, the n-th query (from 0) is answered with entry n instead of `series`, the last repeating: a run in
   * another process sees its metric change at a known read, with no clock in the test.
   */
  seriesByRead?: FakeSeries[][];
  /**
   * When set, answers each query from its text and asked window (epoch seconds) instead, before `seriesByRead`:
   * queries sent at once (a comparison's four) get each its own series whatever order they arrive in.
   */
  seriesFor?: (query: string, window: { from: number; to: number }) => FakeSeries[];
  /** The organisation's monitors; /api/v1/monitor lists those with all the asked monitor_tags. */
  monitors: FakeMonitor[];
  /**
   * When set, the n-th monitor list (from 0) is taken from entry n instead of `monitors`, the last repeating: a
   * run in another process sees a monitor change state at a known read, with no clock in the test.
   */
  monitorsByRead?: FakeMonitor[][];
  /** Queues replies for the next requests, in order. */
  reply(...replies: FakeReply[]): void;
  close(): Promise<void>;
}

type ParamCheck = (value: string) => string | undefined;
const INT64 = /^-?\d{1,19}$/;
const integer: ParamCheck = (value) => (INT64.test(value) ? undefined : 'must be an integer');
const text: ParamCheck = () => undefined;
const boolean: ParamCheck = (value) => (value === 'true' || value === 'false' ? undefined : 'must be true or false');
const upTo =
  (max: number): ParamCheck =>
  (value) =>
    integer(value) ?? (Number(value) > max ? `is at most ${max}` : undefined);

interface Operation {
  params: Record<string, ParamCheck>;
  required: string[];
}

// The parameters each operation declares, with their schema types; both require apiKeyAuth and appKeyAuth.
const OPERATIONS: Record<string, Operation> = {
  '/api/v1/query': { params: { from: integer, to: integer, query: text }, required: ['from', 'to', 'query'] },
  '/api/v1/monitor': {
    params: {
      group_states: text,
      name: text,
      tags: text,
      monitor_tags: text,
      with_downtimes: boolean,
      id_offset: integer,
      page: integer,
      page_size: upTo(1000),
    },
    required: [],
  },
};

export async function startFakeDatadogApi(options: { apiKey?: string; appKey?: string } = {}): Promise<FakeDatadogApi> {
  const apiKey = options.apiKey ?? 'ddapikey0123456789abcdef01234567';
  const appKey = options.appKey ?? 'ddappkey0123456789abcdef0123456789abcdef';
  const requests: RecordedRead[] = [];
  const violations: string[] = [];
  const replies: FakeReply[] = [];

  const fake: FakeDatadogApi = {
    url: '',
    apiKey,
    appKey,
    requests,
    violations,
    series: [],
    monitors: [],
    reply: (...more) => replies.push(...more),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const names = [...url.searchParams.keys()];
    const params = Object.fromEntries(url.searchParams);
    const recorded: RecordedRead = {
      method: req.method ?? '',
      path: url.pathname,
      params,
      headers: req.headers,
      answer: 0,
    };
    requests.push(recorded);
    const violated = (problem: string) => violations.push(`${recorded.method} ${url.pathname}: ${problem}`);
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      recorded.answer = status;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body);
    };
    const errors = (status: number, ...messages: string[]) => send(status, JSON.stringify({ errors: messages }));

    const operation = OPERATIONS[url.pathname];
    if (req.method !== 'GET') violated('not a GET');
    if (!operation) {
      violated('no such operation in the contract');
      return errors(404, 'Not Found');
    }
    for (const header of ['dd-api-key', 'dd-application-key'])
      if (!req.headers[header]) violated(`no ${header.toUpperCase()} header`);
    for (const name of new Set(names)) {
      const check = operation.params[name];
      if (!check) violated(`${name} is not a parameter of the operation`);
      else if (url.searchParams.getAll(name).length > 1) violated(`${name} is given more than once`);
      else {
        const problem = check(url.searchParams.get(name) ?? '');
        if (problem) violated(`${name} ${problem}`);
      }
    }
    for (const name of operation.required) if (!url.searchParams.has(name)) violated(`${name} is required`);
    // "Without `page` all monitors are returned unpaginated": a page_size alone limits nothing.
    if (url.searchParams.has('page_size') && !url.searchParams.has('page')) violated('page_size without page');
    // Both are epoch seconds of one window; the other way round the window is empty.
    if (url.pathname === '/api/v1/query' && Number(params.from) >= Number(params.to)) violated('from is not before to');

    const reply = replies.shift();
    if (reply === 'hang') {
      recorded.answer = 'hang';
      return;
    }
    if (reply === 'close') {
      recorded.answer = 'close';
      req.socket.destroy();
      return;
    }
    if (reply && 'errors' in reply) {
      const limit = reply.rateLimit;
      const headers: Record<string, string> = limit
        ? {
            'x-ratelimit-limit': String(limit.limit ?? 100),
            'x-ratelimit-period': String(limit.period ?? 60),
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(limit.reset),
            ...(limit.name ? { 'x-ratelimit-name': limit.name } : {}),
          }
        : {};
      return send(reply.status, JSON.stringify({ errors: reply.errors }), headers);
    }
    if (reply && 'body' in reply) {
      recorded.answer = reply.status;
      res.writeHead(reply.status, { 'content-type': reply.contentType });
      return res.end(reply.body);
    }
    if (reply) return send(reply.status ?? 200, JSON.stringify(reply.json));

    if (req.headers['dd-api-key'] !== apiKey || req.headers['dd-application-key'] !== appKey)
      return errors(403, 'Forbidden');
    if (url.pathname === '/api/v1/query') {
      const reads = fake.requests.filter((request) => request.path === '/api/v1/query').length - 1;
      const window = { from: Number(params.from), to: Number(params.to) };
      const scripted =
        fake.seriesFor?.(params.query ?? '', window) ??
        fake.seriesByRead?.[Math.min(reads, fake.seriesByRead.length - 1)];
      return send(200, JSON.stringify(queryAnswer(params, scripted ?? fake.series)));
    }
    const lists = fake.requests.filter((request) => request.path === '/api/v1/monitor').length - 1;
    const listed = fake.monitorsByRead?.[Math.min(lists, fake.monitorsByRead.length - 1)];
    return send(200, JSON.stringify(monitorPage(params, listed ?? fake.monitors)));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** MetricsQueryResponse for the asked window; each series' points spread over it, newest last. */
function queryAnswer(params: Record<string, string>, series: FakeSeries[]) {
  const from = Number(params.from) * 1_000;
  const to = Number(params.to) * 1_000;
  const query = params.query ?? '';
  const metric = /:([\w.]+)\{/.exec(query)?.[1] ?? query;
  return {
    status: 'ok',
    res_type: 'time_series',
    resp_version: 1,
    query,
    message: '',
    error: '',
    from_date: from,
    to_date: to,
    group_by: [],
    series: series.map((each) => {
      const interval = Math.max(1_000, Math.floor((to - from) / Math.max(1, each.points.length)));
      return {
        metric,
        display_name: metric,
        expression: query,
        scope: each.scope ?? '*',
        tag_set: each.scope ? each.scope.split(',') : [],
        aggr: /^(\w+):/.exec(query)?.[1] ?? null,
        unit: [null, null],
        query_index: 0,
        interval,
        length: each.points.length,
        start: from,
        end: to,
        // JSON writes 1.7e12 as an integer; Datadog's points are doubles, which zod and JSON read alike.
        pointlist: each.points.map((value, at) => [to - (each.points.length - 1 - at) * interval, value]),
      };
    }),
  };
}

/** The matching monitors as Datadog lists them: a bare array, one page of it when `page` is given. */
function monitorPage(params: Record<string, string>, monitors: FakeMonitor[]) {
  const wanted = (params.monitor_tags ?? '').split(',').filter((tag) => tag !== '');
  const matching = monitors.filter((monitor) => wanted.every((tag) => monitor.tags.includes(tag)));
  const size = Number(params.page_size ?? 100);
  const shown =
    params.page === undefined ? matching : matching.slice(Number(params.page) * size, (Number(params.page) + 1) * size);
  return shown.map((monitor) => ({
    id: monitor.id,
    org_id: 321813,
    type: 'query alert',
    name: monitor.name,
    message: `${monitor.name} @slack-shop-oncall`,
    tags: monitor.tags,
    query: `avg(last_5m):avg:trace.http.request.duration{${monitor.tags.join(',')}} > 0.5`,
    options: { notify_no_data: false, thresholds: { critical: 0.5 }, silenced: {} },
    multi: false,
    created_at: 1_620_047_024_000,
    created: '2021-05-03T13:03:44.905085+00:00',
    modified: '2021-05-03T13:03:44.905085+00:00',
    deleted: null,
    restricted_roles: null,
    priority: null,
    overall_state_modified: '2021-05-03T13:06:23+00:00',
    overall_state: monitor.overall_state,
    creator: { name: null, handle: 'shop@example.com', email: 'shop@example.com', id: 1_445_416 },
  }));
}
