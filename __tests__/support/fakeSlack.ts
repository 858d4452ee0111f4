import type { ServerResponse } from 'node:http';
import { startTestService, text, type RecordedRequest, type TestService } from './testService.js';

// A loopback Slack incoming webhook that holds every POST to Slack's incoming-webhook and Block Kit
// references: JSON body, text or blocks, Block Kit's limits and block shapes. A payload that breaks the contract gets
// Slack's own answer (400 invalid_payload) whatever the scripted answer is, and its problems are recorded.

export const SLACK_CONTRACT = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  header: 150,
  blockId: 255,
  contextElements: 10,
  topLevelText: 40_000,
} as const;

/** A scripted answer: Slack's `ok`, an error status with a body (and headers), or no answer at all. */
export type SlackAnswer = 'ok' | 'hang' | { status: number; body: string; headers?: Record<string, string> };

export const slackAnswers = {
  invalidPayload: { status: 400, body: 'invalid_payload' },
  noService: { status: 404, body: 'no_service' },
  archived: { status: 410, body: 'channel_is_archived' },
  serverError: { status: 500, body: 'rollup_error' },
  rateLimited: (seconds: number) => ({
    status: 429,
    body: JSON.stringify({ retry_after: seconds }),
    headers: { 'retry-after': String(seconds) },
  }),
} satisfies Record<string, SlackAnswer | ((...args: never[]) => SlackAnswer)>;

export interface SlackPost {
  request: RecordedRequest;
  /** The parsed JSON body, when it parsed. */
  payload?: Record<string, unknown>;
  /** Contract violations; empty when Slack would have taken the message. */
  problems: string[];
}

export interface FakeSlack {
  /** The webhook URL to configure: http://127.0.0.1:port/services/T…/B…/secret */
  webhookUrl: string;
  /** The path, which is the credential. */
  secretPath: string;
  host: string;
  posts: SlackPost[];
  /** Answers from now on; `once` answers the next request only, then goes back to the previous answer. */
  answer(answer: SlackAnswer, once?: 'once'): void;
  close(): Promise<void>;
}

export const SECRET_TOKEN = 'xSeCrEtW3bh00kT0kenV4lue';

/** `token` is the secret last part of the webhook path; a test that tracks its own sentinels sets it. */
export async function startFakeSlack(options: { token?: string } = {}): Promise<FakeSlack> {
  const secretPath = `/services/T0FAKETEAM/B0FAKEHOOK/${options.token ?? SECRET_TOKEN}`;
  let standing: SlackAnswer = 'ok';
  const queued: SlackAnswer[] = [];
  const posts: SlackPost[] = [];
  const service: TestService = await startTestService();
  service.route(secretPath, (request, response) => {
    const post = check(request);
    posts.push(post);
    const scripted = queued.shift() ?? standing;
    if (scripted === 'hang') return;
    if (post.problems.length > 0) return text(response, 400, 'invalid_payload');
    reply(response, scripted);
  });
  return {
    webhookUrl: `${service.url}${secretPath}`,
    secretPath,
    host: new URL(service.url).host,
    posts,
    answer: (answer, once) => {
      if (once) queued.push(answer);
      else standing = answer;
    },
    close: () => service.close(),
  };
}

function reply(response: ServerResponse, answer: Exclude<SlackAnswer, 'hang'>): void {
  if (answer === 'ok') return text(response, 200, 'ok');
  response.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
  response.end(answer.body);
}

const TOP_LEVEL = new Set([
  'text',
  'blocks',
  'attachments',
  'unfurl_links',
  'unfurl_media',
  'metadata',
  'username',
  'icon_emoji',
  'icon_url',
  'channel',
  'link_names',
  'thread_ts',
  'mrkdwn',
]);

function check(request: RecordedRequest): SlackPost {
  const problems: string[] = [];
  if (request.method !== 'POST') problems.push(`method ${request.method}, not POST`);
  const contentType = String(request.headers['content-type'] ?? '');
  if (!/^application\/json\b/i.test(contentType))
    problems.push(`content-type ${contentType || '(none)'}, not application/json`);
  let payload: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(request.body);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      payload = parsed as Record<string, unknown>;
    else problems.push('body is not a JSON object');
  } catch {
    problems.push('body is not JSON');
  }
  if (payload) checkPayload(payload, problems);
  return { request, ...(payload ? { payload } : {}), problems };
}

function checkPayload(payload: Record<string, unknown>, problems: string[]): void {
  for (const key of Object.keys(payload)) if (!TOP_LEVEL.has(key)) problems.push(`unknown field ${key}`);
  const { text: fallback, blocks } = payload;
  const hasText = typeof fallback === 'string' && fallback.length > 0;
  const hasBlocks = Array.isArray(blocks) && blocks.length > 0;
  if (!hasText && !hasBlocks) problems.push('neither text nor blocks');
  if (fallback !== undefined && typeof fallback !== 'string') problems.push('text is not a string');
  if (typeof fallback === 'string' && fallback.length > SLACK_CONTRACT.topLevelText)
    problems.push(`text has ${fallback.length} characters (max ${SLACK_CONTRACT.topLevelText})`);
  if (blocks === undefined) return;
  if (!Array.isArray(blocks)) return void problems.push('blocks is not an array');
  if (blocks.length > SLACK_CONTRACT.blocks) problems.push(`${blocks.length} blocks (max ${SLACK_CONTRACT.blocks})`);
  blocks.forEach((block: unknown, index) => checkBlock(block, `blocks[${index}]`, problems));
}

/** Block Kit's rules for a message's blocks, shared with the Web API fake: the problems found, empty when valid. */
export function blockProblems(blocks: unknown): string[] {
  const problems: string[] = [];
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  if (blocks.length > SLACK_CONTRACT.blocks) problems.push(`${blocks.length} blocks (max ${SLACK_CONTRACT.blocks})`);
  blocks.forEach((block: unknown, index) => checkBlock(block, `blocks[${index}]`, problems));
  return problems;
}

function checkBlock(block: unknown, at: string, problems: string[]): void {
  if (typeof block !== 'object' || block === null) return void problems.push(`${at} is not an object`);
  const { type, block_id: blockId, text: body, fields, elements } = block as Record<string, unknown>;
  if (blockId !== undefined && (typeof blockId !== 'string' || blockId.length > SLACK_CONTRACT.blockId))
    problems.push(`${at}.block_id is not a string of at most ${SLACK_CONTRACT.blockId}`);
  switch (type) {
    case 'header':
      checkTextObject(body, `${at}.text`, SLACK_CONTRACT.header, problems, 'plain_text');
      break;
    case 'section':
      if (body === undefined && fields === undefined) problems.push(`${at}: a section needs text or fields`);
      if (body !== undefined) checkTextObject(body, `${at}.text`, SLACK_CONTRACT.sectionText, problems);
      if (fields !== undefined) {
        if (!Array.isArray(fields) || fields.length === 0) problems.push(`${at}.fields is not a non-empty array`);
        else {
          if (fields.length > SLACK_CONTRACT.fields)
            problems.push(`${at}.fields has ${fields.length} items (max ${SLACK_CONTRACT.fields})`);
          fields.forEach((field: unknown, index) =>
            checkTextObject(field, `${at}.fields[${index}]`, SLACK_CONTRACT.fieldText, problems),
          );
        }
      }
      break;
    case 'context':
      if (!Array.isArray(elements) || elements.length === 0) problems.push(`${at}.elements is not a non-empty array`);
      else {
        if (elements.length > SLACK_CONTRACT.contextElements)
          problems.push(`${at}.elements has ${elements.length} items (max ${SLACK_CONTRACT.contextElements})`);
        elements.forEach((element: unknown, index) =>
          checkTextObject(element, `${at}.elements[${index}]`, SLACK_CONTRACT.sectionText, problems),
        );
      }
      break;
    case 'divider':
      break;
    default:
      problems.push(`${at}: block type ${String(type)} is not one this fake knows`);
  }
}

function checkTextObject(
  value: unknown,
  at: string,
  max: number,
  problems: string[],
  only?: 'plain_text' | 'mrkdwn',
): void {
  if (typeof value !== 'object' || value === null) return void problems.push(`${at} is not a text object`);
  const { type, text: content, emoji, verbatim } = value as Record<string, unknown>;
  if (type !== 'plain_text' && type !== 'mrkdwn')
    problems.push(`${at}.type is ${String(type)}, not plain_text or mrkdwn`);
  if (only && type !== only) problems.push(`${at}.type must be ${only}`);
  if (typeof content !== 'string' || content.length === 0) problems.push(`${at}.text is not a non-empty string`);
  else if (content.length > max) problems.push(`${at}.text has ${content.length} characters (max ${max})`);
  if (emoji !== undefined && (type !== 'plain_text' || typeof emoji !== 'boolean'))
    problems.push(`${at}.emoji is only for plain_text, as a boolean`);
  if (verbatim !== undefined && (type !== 'mrkdwn' || typeof verbatim !== 'boolean'))
    problems.push(`${at}.verbatim is only for mrkdwn, as a boolean`);
}
