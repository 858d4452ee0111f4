import type { ServerResponse } from 'node:http';
import { blockProblems, SLACK_CONTRACT } from './fakeSlack.js';
import { json, startTestService, type RecordedRequest, type TestService } from './testService.js';

// A loopback Slack Web API for chat.postMessage and chat.update, held to the wire contract
// (/work/shared/contracts/slack-web-api.json): POST to <base>/<method>, Authorization: Bearer xoxb-…, a form-encoded
// or JSON body, channel (a conversation ID), text or blocks (blocks JSON-encoded in a form), ts for an update and a
// thread_ts naming a parent message for a reply. It keeps the messages it took, answers with Slack's shapes
// (ok:true with channel, ts, message), and errors as Slack does: ok:false on HTTP 200, 429 with Retry-After.
// A request that breaks the contract is recorded with its problems and refused whatever the script says.

export const BOT_TOKEN = 'xoxb-1234567890-0987654321-FaKeBoTtOkEnV4lue';
export const CHANNEL_ID = 'C0DEPLOYS1';

const TS = /^\d{10}\.\d{6}$/;
const CHANNEL = /^[CGD][A-Z0-9]{8,}$/;
const METHODS = ['chat.postMessage', 'chat.update'] as const;
type Method = (typeof METHODS)[number];
const KNOWN_ARGS: Record<Method, Set<string>> = {
  'chat.postMessage': new Set([
    'channel',
    'text',
    'blocks',
    'attachments',
    'thread_ts',
    'reply_broadcast',
    'mrkdwn',
    'parse',
    'link_names',
    'unfurl_links',
    'unfurl_media',
    'username',
    'icon_emoji',
    'icon_url',
    'as_user',
    'metadata',
    'markdown_text',
  ]),
  'chat.update': new Set([
    'channel',
    'ts',
    'text',
    'blocks',
    'attachments',
    'parse',
    'link_names',
    'as_user',
    'metadata',
    'markdown_text',
    'file_ids',
    'reply_broadcast',
  ]),
};

/**
 * A scripted answer: `ok` (the default: Slack does what was asked), a Slack error code (ok:false on HTTP 200, with
 * `needed` for missing_scope), any status and body, or no answer at all.
 */
export type SlackApiAnswer =
  | 'ok'
  | 'hang'
  | { error: string; needed?: string }
  | { status: number; body: string; headers?: Record<string, string> };

export const slackApiAnswers = {
  notInChannel: { error: 'not_in_channel' },
  channelNotFound: { error: 'channel_not_found' },
  invalidAuth: { error: 'invalid_auth' },
  msgTooLong: { error: 'msg_too_long' },
  missingScope: { error: 'missing_scope', needed: 'chat:write' },
  rateLimited: (seconds: number) => ({
    status: 429,
    body: JSON.stringify({ ok: false, error: 'ratelimited' }),
    headers: { 'retry-after': String(seconds), 'content-type': 'application/json' },
  }),
  serverError: { status: 500, body: '<html><title>500 Internal Server Error</title></html>' },
} satisfies Record<string, SlackApiAnswer | ((...args: never[]) => SlackApiAnswer)>;

export interface SlackApiCall {
  method: Method | string;
  request: RecordedRequest;
  /** The arguments as Slack reads them: form fields, blocks decoded from their JSON text. */
  args: Record<string, unknown>;
  /** Contract violations; empty when Slack would have taken the call. */
  problems: string[];
}

export interface SlackApiMessage {
  channel: string;
  ts: string;
  text: string;
  blocks?: unknown[];
  /** The parent's ts, for a reply. */
  threadTs?: string;
  /** How many times chat.update changed it. */
  edits: number;
}

export interface FakeSlackApi {
  /** The base to configure as slack-api-url: http://127.0.0.1:port/api */
  apiUrl: string;
  host: string;
  calls: SlackApiCall[];
  /** Every message the fake holds, in the order they were posted. */
  messages: SlackApiMessage[];
  /** A method's answers from now on; `once`: the next call of that method only. */
  answer(method: Method, answer: SlackApiAnswer, once?: 'once'): void;
  close(): Promise<void>;
}

export async function startFakeSlackApi(
  options: { token?: string; channels?: readonly string[] } = {},
): Promise<FakeSlackApi> {
  const token = options.token ?? BOT_TOKEN;
  // The channels the app is a member of.
  const joined = new Set(options.channels ?? [CHANNEL_ID]);
  const standing: Record<Method, SlackApiAnswer> = { 'chat.postMessage': 'ok', 'chat.update': 'ok' };
  const queued: Record<Method, SlackApiAnswer[]> = { 'chat.postMessage': [], 'chat.update': [] };
  const calls: SlackApiCall[] = [];
  const messages: SlackApiMessage[] = [];
  let clock = 1_767_225_600; // 2026-01-01, in seconds: ts values are 10 digits, a dot and 6.
  let sequence = 0;
  const nextTs = () => `${clock++}.${String(++sequence).padStart(6, '0')}`;

  const service: TestService = await startTestService();
  for (const method of METHODS) {
    service.route(`/api/${method}`, (request, response) => {
      const call = check(method, request, token);
      calls.push(call);
      const scripted = queued[method].shift() ?? standing[method];
      if (scripted === 'hang') return;
      if (typeof scripted === 'object' && 'status' in scripted) {
        response.writeHead(scripted.status, { 'content-type': 'text/plain', ...scripted.headers });
        return void response.end(scripted.body);
      }
      if (call.problems.length > 0) return refuse(response, call.problems[0] ?? 'invalid_arguments', call);
      if (typeof scripted === 'object') return refuse(response, scripted.error, call, scripted.needed);
      const { args } = call;
      const channel = String(args.channel);
      if (!joined.has(channel)) return refuse(response, 'not_in_channel', call);
      const text = typeof args.text === 'string' ? args.text : '';
      const blocks = Array.isArray(args.blocks) ? args.blocks : undefined;
      if (method === 'chat.update') {
        const message = messages.find((each) => each.channel === channel && each.ts === args.ts);
        if (!message) return refuse(response, 'message_not_found', call);
        message.text = text;
        message.blocks = blocks;
        message.edits++;
        return json(response, 200, {
          ok: true,
          channel,
          ts: message.ts,
          text,
          message: { text, ...(blocks ? { blocks } : {}) },
        });
      }
      const threadTs = typeof args.thread_ts === 'string' ? args.thread_ts : undefined;
      if (threadTs !== undefined) {
        const parent = messages.find((each) => each.channel === channel && each.ts === threadTs);
        // Slack wants the parent's ts: a reply's own ts is not a thread.
        if (!parent || parent.threadTs !== undefined) {
          call.problems.push(`thread_ts ${threadTs} is not a parent message in ${channel}`);
          return refuse(response, 'thread_not_found', call);
        }
      }
      const ts = nextTs();
      messages.push({ channel, ts, text, ...(blocks ? { blocks } : {}), ...(threadTs ? { threadTs } : {}), edits: 0 });
      json(response, 200, {
        ok: true,
        channel,
        ts,
        message: {
          type: 'message',
          subtype: 'bot_message',
          text,
          ts,
          bot_id: 'B0FAKEBOT1',
          ...(threadTs ? { thread_ts: threadTs } : {}),
          ...(blocks ? { blocks } : {}),
        },
      });
    });
  }
  return {
    apiUrl: `${service.url}/api`,
    host: new URL(service.url).host,
    calls,
    messages,
    answer: (method, answer, once) => {
      if (once) queued[method].push(answer);
      else standing[method] = answer;
    },
    close: () => service.close(),
  };
}

function refuse(response: ServerResponse, error: string, call: SlackApiCall, needed?: string): void {
  // Errors come back on HTTP 200: Slack's status codes say nothing but 429.
  json(response, 200, {
    ok: false,
    error,
    ...(needed ? { needed, provided: 'channels:read' } : {}),
    ...(call.problems.length > 0 ? { response_metadata: { messages: call.problems.map((p) => `[ERROR] ${p}`) } } : {}),
  });
}

/** The call held to the contract; the first problem's code is what Slack would answer. */
function check(method: Method, request: RecordedRequest, token: string): SlackApiCall {
  const problems: string[] = [];
  const args: Record<string, unknown> = {};
  const call = { method, request, args, problems };
  if (request.method !== 'POST') problems.push('invalid_post_type');
  const auth = String(request.headers.authorization ?? '');
  if (!auth) problems.push('not_authed');
  else if (!/^Bearer xox[bp]-/.test(auth) || auth !== `Bearer ${token}`) problems.push('invalid_auth');
  const contentType = String(request.headers['content-type'] ?? '').toLowerCase();
  let raw: Record<string, unknown> = {};
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    raw = Object.fromEntries(new URLSearchParams(request.body));
    for (const key of ['blocks', 'attachments', 'metadata']) {
      if (typeof raw[key] !== 'string') continue;
      try {
        raw[key] = JSON.parse(raw[key]);
      } catch {
        problems.push('invalid_blocks');
      }
    }
  } else if (contentType.startsWith('application/json')) {
    try {
      const parsed: unknown = JSON.parse(request.body);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        raw = parsed as Record<string, unknown>;
      else problems.push('json_not_object');
    } catch {
      problems.push('invalid_json');
    }
  } else problems.push(contentType ? 'invalid_post_type' : 'missing_post_type');
  Object.assign(args, raw);
  for (const key of Object.keys(args)) if (!KNOWN_ARGS[method].has(key)) problems.push(`invalid_arg_name`);
  if (typeof args.channel !== 'string' || !CHANNEL.test(args.channel)) problems.push('channel_not_found');
  const hasText = typeof args.text === 'string' && args.text.length > 0;
  const hasBlocks = Array.isArray(args.blocks) && args.blocks.length > 0;
  if (!hasText && !hasBlocks) problems.push('no_text');
  if (typeof args.text === 'string' && args.text.length > SLACK_CONTRACT.topLevelText) problems.push('msg_too_long');
  if (args.blocks !== undefined) {
    const found = blockProblems(args.blocks);
    if (found.length > 0) problems.push('invalid_blocks', ...found);
  }
  if (method === 'chat.update' && (typeof args.ts !== 'string' || !TS.test(args.ts)))
    problems.push('message_not_found');
  if (args.thread_ts !== undefined && (typeof args.thread_ts !== 'string' || !TS.test(args.thread_ts)))
    problems.push('thread_ts is not a ts');
  return call;
}
