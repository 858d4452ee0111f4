import { deliver } from '../../src/engine/notices/deliver.js';
import { ProbeError, type DeployNotice, type NoticeAttempt, type NoticeChannel } from '../../src/engine/ports.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { slackMessage, slackThreadReply } from '../../src/providers/slack/slackBlocks.js';
import { createSlackApiChannel, type SlackApiChannelOptions } from '../../src/providers/slack/slackApiChannel.js';
import {
  BOT_TOKEN,
  CHANNEL_ID,
  slackApiAnswers,
  startFakeSlackApi,
  type FakeSlackApi,
} from '../support/fakeSlackApi.js';
import { FakeClock } from '../support/fakeClock.js';
import { RecordingLogger } from '../support/fixtures.js';

// The Web API channel over undici against a loopback Slack that holds every call to the contract and answers
// as Slack does: one message per deploy, posted at the start, updated at the end, details in its thread.
const MENTION = '<!subteam^S0123>';

let fake: FakeSlackApi;
let said: string[];

beforeEach(async () => {
  fake = await startFakeSlackApi();
  said = [];
});
afterEach(async () => {
  expect(said.join('\n')).not.toContain(BOT_TOKEN);
  expect(fake.calls.flatMap((call) => call.problems)).toEqual([]);
  await fake.close();
});

function channel(overrides: Partial<SlackApiChannelOptions> = {}): NoticeChannel {
  return createSlackApiChannel({
    token: BOT_TOKEN,
    channel: CHANNEL_ID,
    apiUrl: fake.apiUrl,
    mention: MENTION,
    timeoutMs: 2_000,
    ...overrides,
  });
}

const START: DeployNotice = {
  event: 'start',
  service: 'shop',
  environment: 'production',
  version: 'v1.4.2',
  commitUrl: 'https://github.com/acme/shop/commit/4f2a9c1',
  runUrl: 'https://github.com/acme/shop/actions/runs/42',
  actor: 'octocat',
  startedAt: Date.UTC(2026, 0, 15, 12),
  failures: [],
  runbookUrl: 'https://wiki.example.com/runbook',
};

function failure(overrides: Partial<DeployNotice> = {}): DeployNotice {
  return {
    ...START,
    event: 'failure',
    finishedAt: Date.UTC(2026, 0, 15, 12, 2),
    summary: 'failed: shop v1.4.2 in production — gate error rate 0.042 > 0.01',
    failures: [{ name: 'gate: error rate', detail: '0.042 > 0.01 (max)' }],
    rollback: { outcome: 'rolled-back', message: 'deployment "shop" rolled back', toRevision: 6 },
    ...overrides,
  };
}

async function send(target: NoticeChannel, notice: DeployNotice, signal = new AbortController().signal) {
  const attempt: NoticeAttempt = await target.send(notice, signal);
  said.push(JSON.stringify(attempt));
  return attempt;
}

const header = (blocks: unknown[] | undefined) =>
  (blocks?.[0] as { text?: { text?: string } } | undefined)?.text?.text ?? '';

describe('Slack Web API channel', () => {
  it('posts one message at the start and updates that same message with the verdict, details in its thread', async () => {
    const slack = channel();
    const started = await send(slack, START);
    expect(started).toEqual({
      status: 200,
      detail: expect.stringMatching(/^chat\.postMessage: ok, ts /),
      reference: fake.messages[0]?.ts,
    });
    const ts = fake.messages[0]?.ts ?? '';
    expect(header(fake.messages[0]?.blocks)).toBe(':mag: Checking: shop in production');

    const ended = await send(slack, failure());
    expect(ended).toEqual({ status: 200, detail: `message updated, ts ${ts}, details in its thread`, reference: ts });
    expect(fake.calls.map((call) => [call.method, call.args.ts ?? call.args.thread_ts ?? null])).toEqual([
      ['chat.postMessage', null],
      ['chat.update', ts],
      ['chat.postMessage', ts],
    ]);
    // One message in the channel, its header now the verdict; one reply under it.
    const [message, reply] = fake.messages;
    expect(fake.messages).toHaveLength(2);
    expect(message).toMatchObject({ channel: CHANNEL_ID, ts, edits: 1 });
    expect(header(message?.blocks)).toBe(':leftwards_arrow_with_hook: Failed, rolled back: shop in production');
    expect(message?.blocks).toEqual(slackMessage(failure(), { details: 'thread' }).blocks);
    expect(JSON.stringify(message)).not.toContain(MENTION);
    expect(reply).toMatchObject({ threadTs: ts, edits: 0 });
    expect(reply?.text).toBe(slackThreadReply(failure(), { mention: MENTION })?.text);
    expect(reply?.text.startsWith(MENTION)).toBe(true);
    expect(JSON.stringify(reply?.blocks)).toContain('rolled back');
    expect(JSON.stringify(reply?.blocks)).toContain('gate: error rate');
  });

  it('sends the form encoding of the contract: Bearer token, form body, blocks as JSON text', async () => {
    await send(channel(), START);
    const [call] = fake.calls;
    expect(call?.request.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(call?.request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(call?.request.url).toBe('/api/chat.postMessage');
    const form = new URLSearchParams(call?.request.body);
    expect(form.get('channel')).toBe(CHANNEL_ID);
    expect(JSON.parse(form.get('blocks') ?? '')).toEqual(slackMessage(START, { details: 'thread' }).blocks);
    expect(call?.request.body).not.toContain(BOT_TOKEN);
  });

  it('posts no reply for a pass: the updated message says it all', async () => {
    const slack = channel();
    await send(slack, START);
    const ended = await send(slack, { ...failure(), event: 'success', failures: [], rollback: undefined });
    expect(ended.detail).toBe(`message updated, ts ${fake.messages[0]?.ts}`);
    expect(fake.calls.map((call) => call.method)).toEqual(['chat.postMessage', 'chat.update']);
  });

  it('without a start message, posts the verdict as a new message, details in its thread', async () => {
    const ended = await send(channel(), failure());
    const [message, reply] = fake.messages;
    expect(ended).toEqual({
      status: 200,
      detail: `message posted, ts ${message?.ts}, details in its thread`,
      reference: message?.ts,
    });
    expect(fake.calls.map((call) => call.method)).toEqual(['chat.postMessage', 'chat.postMessage']);
    expect(header(message?.blocks)).toMatch(/^:leftwards_arrow_with_hook: Failed, rolled back/);
    expect(reply?.threadTs).toBe(message?.ts);
  });

  it('turns not_in_channel into a refusal with the fix, and the end then posts nothing twice', async () => {
    await fake.close();
    fake = await startFakeSlackApi({ channels: [] });
    const slack = channel();
    const started = await send(slack, START);
    expect(started).toEqual({
      status: 200,
      refused: true,
      detail:
        'chat.postMessage: not_in_channel — the app is not a member of the channel: invite the app to the channel: /invite @<your app> in the channel',
    });
    const ended = await send(slack, failure());
    expect(ended.refused).toBe(true);
    expect(fake.messages).toHaveLength(0);
  });

  it.each([
    ['channel_not_found', slackApiAnswers.channelNotFound, /check slack-channel \(the ID, e\.g\. C0123456789/],
    ['invalid_auth', slackApiAnswers.invalidAuth, /slack-bot-token is not accepted: copy the Bot User OAuth Token/],
    ['msg_too_long', slackApiAnswers.msgTooLong, /too long for Slack/],
    [
      'missing_scope',
      slackApiAnswers.missingScope,
      /missing_scope \(needed: chat:write\) — the token lacks the chat:write scope/,
    ],
    [
      'an unknown code',
      { error: 'team_access_not_granted' },
      /team_access_not_granted — see https:\/\/api\.slack\.com\/methods\/chat\.postMessage/,
    ],
  ])('names the fix for %s', async (_, answer, fix) => {
    fake.answer('chat.postMessage', answer);
    const attempt = await send(channel(), START);
    expect(attempt).toMatchObject({ status: 200, refused: true, detail: expect.stringMatching(fix) });
  });

  it('reads Retry-After from a 429 and leaves the wait to the engine, which retries within its budget', async () => {
    fake.answer('chat.postMessage', slackApiAnswers.rateLimited(2), 'once');
    const attempt = await send(channel(), START);
    expect(attempt).toEqual({
      status: 429,
      retryAfterMs: 2_000,
      detail: 'ratelimited: rate limited: Slack takes about one message per second per channel',
    });

    fake.answer('chat.postMessage', slackApiAnswers.rateLimited(3), 'once');
    const clock = new FakeClock();
    const result = await deliver(channel(), START, {
      clock,
      logger: new RecordingLogger(),
      redact: createRedactor([BOT_TOKEN]),
      signal: new AbortController().signal,
      dryRun: false,
    });
    expect(result).toMatchObject({ channel: 'slack', sent: true, attempts: 2, reference: fake.messages[0]?.ts });
    expect(clock.sleeps).toEqual([3_000]);
  });

  it('gives a refusal to the engine as not sent, final, with the fix', async () => {
    fake.answer('chat.postMessage', slackApiAnswers.notInChannel);
    const result = await deliver(channel(), START, {
      clock: new FakeClock(),
      logger: new RecordingLogger(),
      redact: createRedactor([BOT_TOKEN]),
      signal: new AbortController().signal,
      dryRun: false,
    });
    expect(result).toEqual({
      channel: 'slack',
      event: 'start',
      sent: false,
      attempts: 1,
      detail: expect.stringContaining('not_in_channel — the app is not a member of the channel: invite the app'),
    });
  });

  it('a retried end repeats only what failed: the reply, not the update', async () => {
    const slack = channel();
    await send(slack, START);
    const notice = failure();
    fake.answer('chat.postMessage', slackApiAnswers.rateLimited(1), 'once');
    const first = await send(slack, notice);
    expect(first).toMatchObject({ status: 429, retryAfterMs: 1_000, reference: fake.messages[0]?.ts });
    expect(first.detail).toMatch(/^the verdict is posted, but its reply in the thread is not: /);
    const second = await send(slack, notice);
    expect(second.status).toBe(200);
    expect(fake.calls.map((call) => call.method)).toEqual([
      'chat.postMessage',
      'chat.update',
      'chat.postMessage',
      'chat.postMessage',
    ]);
    expect(fake.messages[0]?.edits).toBe(1);
  });

  it('posts the verdict anew when the start message can no longer be edited', async () => {
    const slack = channel();
    await send(slack, START);
    fake.answer('chat.update', { error: 'message_not_found' }, 'once');
    const ended = await send(slack, failure());
    expect(ended.status).toBe(200);
    expect(fake.calls.map((call) => call.method)).toEqual([
      'chat.postMessage',
      'chat.update',
      'chat.postMessage',
      'chat.postMessage',
    ]);
    expect(fake.messages.map((message) => message.threadTs)).toEqual([undefined, undefined, fake.messages[1]?.ts]);
  });

  it('counts a 200 that is not Slack JSON as unconfirmed, and a 500 as an HTTP error', async () => {
    fake.answer('chat.postMessage', { status: 200, body: '<html><title>Proxy login</title></html>' }, 'once');
    expect(await send(channel(), START)).toMatchObject({ status: 200, unconfirmed: true });
    fake.answer('chat.postMessage', slackApiAnswers.serverError, 'once');
    expect(await send(channel(), START)).toMatchObject({ status: 500 });
  });

  it('rejects with a timeout ProbeError when Slack never answers', async () => {
    fake.answer('chat.postMessage', 'hang');
    const error = await channel({ timeoutMs: 300 })
      .send(START, new AbortController().signal)
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(ProbeError);
    expect((error as ProbeError).kind).toBe('timeout');
    expect((error as ProbeError).message).toBe(`timed out: no answer from Slack at ${fake.host} within 300ms`);
  });

  it('previews the calls for dry-run: the post, then the update of that message and the reply, no token', () => {
    const slack = channel();
    const start = slack.preview(START);
    expect(start).toEqual({
      method: 'POST',
      url: `${fake.apiUrl}/chat.postMessage`,
      body: { channel: CHANNEL_ID, ...slackMessage(START, { details: 'thread' }) },
    });
    const end = slack.preview(failure());
    expect(end).toMatchObject({
      url: `${fake.apiUrl}/chat.update`,
      body: { channel: CHANNEL_ID, ts: '<ts of the start message>' },
      more: [
        {
          url: `${fake.apiUrl}/chat.postMessage`,
          body: { channel: CHANNEL_ID, thread_ts: '<ts of the start message>' },
        },
      ],
    });
    said.push(JSON.stringify([start, end]));
    expect(fake.calls).toHaveLength(0);
  });
});
