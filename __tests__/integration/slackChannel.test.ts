import { ProbeError, type DeployNotice, type NoticeAttempt } from '../../src/engine/ports.js';
import { parseRetryAfter } from '../../src/providers/shared/noticeRequest.js';
import {
  createSlackChannel,
  webhookSecrets,
  type SlackChannelOptions,
} from '../../src/providers/slack/slackChannel.js';
import { slackMessage } from '../../src/providers/slack/slackBlocks.js';
import { SECRET_TOKEN, slackAnswers, startFakeSlack, type FakeSlack } from '../support/fakeSlack.js';
import { startTestService } from '../support/testService.js';

// The channel, through the real @slack/webhook client and undici, against a loopback Slack that holds
// every POST to the contract and answers as Slack does.
const MENTION = '<!subteam^S0123>';

let fake: FakeSlack;
/** Everything the channel said, to prove the webhook path (the credential) never shows. */
let said: string[];

beforeEach(async () => {
  fake = await startFakeSlack();
  said = [];
});
afterEach(async () => {
  expect(said.join('\n')).not.toContain(SECRET_TOKEN);
  expect(said.join('\n')).not.toContain(fake.secretPath);
  await fake.close();
});

function channel(overrides: Partial<SlackChannelOptions> = {}) {
  return createSlackChannel({
    webhookUrl: fake.webhookUrl,
    mention: MENTION,
    timeoutMs: 2_000,
    ...overrides,
  });
}

function notice(overrides: Partial<DeployNotice> = {}): DeployNotice {
  return {
    event: 'failure',
    service: 'shop',
    environment: 'production',
    version: 'v1.4.2',
    commitUrl: 'https://github.com/acme/shop/commit/4f2a9c1',
    runUrl: 'https://github.com/acme/shop/actions/runs/42',
    actor: 'octocat',
    startedAt: Date.UTC(2025, 0, 15, 12),
    finishedAt: Date.UTC(2025, 0, 15, 12, 2),
    summary: 'failed: gate error rate 0.042 > 0.01',
    failures: [{ name: 'gate: error rate', detail: '0.042 > 0.01 (max)' }],
    rollback: { outcome: 'rolled-back', message: 'rolled back', toRevision: 6 },
    runbookUrl: 'https://wiki.example.com/runbook',
    ...overrides,
  };
}

async function send(
  target = channel(),
  what = notice(),
  signal = new AbortController().signal,
): Promise<NoticeAttempt> {
  const attempt = await target.send(what, signal);
  said.push(JSON.stringify(attempt));
  return attempt;
}

async function noAnswer(promise: Promise<unknown>): Promise<ProbeError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ProbeError)) throw new Error(`expected a ProbeError, got ${String(error)}`);
  said.push(error.message, String(error.stack));
  return error;
}

describe('Slack channel', () => {
  it('posts the Block Kit message once, as JSON, and Slack takes it', async () => {
    const dashboardUrl = 'https://grafana.example.com/d/abc/shop';
    const attempt = await send(channel(), notice({ dashboardUrl }));
    expect(attempt).toEqual({ status: 200, detail: 'ok' });
    expect(fake.posts).toHaveLength(1);
    const [post] = fake.posts;
    expect(post?.problems).toEqual([]);
    expect(post?.request.headers['content-type']).toBe('application/json');
    expect(post?.request.headers['user-agent']).toMatch(/^@slack:webhook\/8\./);
    expect(post?.payload).toEqual(slackMessage(notice({ dashboardUrl }), { mention: MENTION }));
  });

  it('posts every event in a run: start, warning, failure with 200 failures, inside the contract', async () => {
    const failures = Array.from({ length: 200 }, (_, index) => ({
      name: `check ${index}`,
      detail: 'd'.repeat(index === 0 ? 10_000 : 20),
    }));
    await send(
      channel(),
      notice({ event: 'start', finishedAt: undefined, summary: undefined, failures: [], rollback: undefined }),
    );
    await send(channel(), notice({ event: 'warning', rollback: undefined }));
    await send(channel(), notice({ failures }));
    expect(fake.posts.map((post) => post.problems)).toEqual([[], [], []]);
  });

  it("passes Slack's invalid_payload on with what it means", async () => {
    fake.answer(slackAnswers.invalidPayload);
    expect(await send()).toEqual({
      status: 400,
      detail: 'invalid_payload — Slack could not read the message (malformed JSON or blocks)',
    });
    expect(fake.posts).toHaveLength(1);
  });

  it('names a revoked webhook and an archived channel', async () => {
    fake.answer(slackAnswers.noService, 'once');
    fake.answer(slackAnswers.archived, 'once');
    expect(await send()).toEqual({
      status: 404,
      detail: 'no_service — the webhook was revoked or its app removed: create a new webhook URL',
    });
    expect(await send()).toEqual({
      status: 410,
      detail: "channel_is_archived — the webhook's channel is archived: unarchive it or create a new webhook",
    });
  });

  it('reads Retry-After (seconds) from a 429, makes one attempt and leaves the retry to the engine', async () => {
    fake.answer(slackAnswers.rateLimited(7));
    expect(await send()).toEqual({
      status: 429,
      retryAfterMs: 7_000,
      detail: '{"retry_after":7} — rate limited: Slack takes about one message per second per webhook',
    });
    expect(fake.posts).toHaveLength(1);
  });

  it('answers a 500 once, without the SDK retrying it', async () => {
    fake.answer(slackAnswers.serverError);
    expect(await send()).toEqual({ status: 500, detail: 'rollup_error — Slack failed on its side' });
    expect(fake.posts).toHaveLength(1);
  });

  it('rejects with a timeout ProbeError when Slack accepts the request and never answers', async () => {
    fake.answer('hang');
    const error = await noAnswer(send(channel({ timeoutMs: 300 })));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`Slack at ${fake.host} did not answer within 300ms`);
    expect(fake.posts).toHaveLength(1);
  });

  it("stops when the run's signal aborts", async () => {
    fake.answer('hang');
    const controller = new AbortController();
    const pending = noAnswer(send(channel(), notice(), controller.signal));
    while (fake.posts.length === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    const error = await pending;
    expect(error.kind).toBe('aborted');
    expect(await noAnswer(send(channel(), notice(), controller.signal))).toMatchObject({ kind: 'aborted' });
  });

  it('rejects with a refused ProbeError when nothing listens', async () => {
    const closed = await startTestService();
    await closed.close();
    const webhookUrl = `${closed.url}${fake.secretPath}`;
    const error = await noAnswer(send(channel({ webhookUrl })));
    expect(error.kind).toBe('refused');
    expect(error.message).toBe(`connection refused by ${new URL(closed.url).host}`);
  });

  it('previews the request with the host only, never the webhook path', () => {
    const preview = channel().preview(notice());
    said.push(JSON.stringify(preview));
    expect(preview).toEqual({
      method: 'POST',
      url: `http://${fake.host}/services/***`,
      body: slackMessage(notice(), { mention: MENTION }),
    });
  });

  it('masks the webhook path even when an answer echoes it', async () => {
    fake.answer({ status: 400, body: `invalid_token for ${fake.webhookUrl} (${fake.secretPath})` });
    const attempt = await send();
    expect(attempt.detail).toBe(`invalid_token for *** (***)`);
  });

  it('refuses a webhook URL that does not parse, without repeating it', () => {
    let message = '';
    try {
      createSlackChannel({ webhookUrl: `hooks.slack.com${fake.secretPath}`, timeoutMs: 1_000 });
    } catch (error) {
      message = (error as Error).message;
    }
    said.push(message);
    expect(message).toBe('slack-webhook-url is not a valid URL (expected https://hooks.slack.com/services/…)');
  });
});

describe('the fake Slack', () => {
  it('answers 400 invalid_payload to what breaks the contract, and says why', async () => {
    const tooMany = { text: 'x', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) };
    const badShapes = {
      blocks: [
        { type: 'header', text: { type: 'mrkdwn', text: 'h'.repeat(151) } },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: 't'.repeat(3001), emoji: true },
          fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })),
        },
      ],
    };
    for (const body of [
      JSON.stringify(tooMany),
      JSON.stringify(badShapes),
      JSON.stringify({ unfurl_links: false }),
      'not json',
    ]) {
      const response = await fetch(fake.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect([response.status, await response.text()]).toEqual([400, 'invalid_payload']);
    }
    expect(fake.posts.map((post) => post.problems)).toEqual([
      ['51 blocks (max 50)'],
      [
        'blocks[0].text.type must be plain_text',
        'blocks[0].text.text has 151 characters (max 150)',
        'blocks[1].text.text has 3001 characters (max 3000)',
        'blocks[1].text.emoji is only for plain_text, as a boolean',
        'blocks[1].fields has 11 items (max 10)',
      ],
      ['neither text nor blocks'],
      ['body is not JSON'],
    ]);
  });
});

describe('Slack helpers', () => {
  it('lists the whole webhook URL and its path as secrets', () => {
    expect(webhookSecrets('https://hooks.slack.com/services/T0/B0/abc123')).toEqual([
      'https://hooks.slack.com/services/T0/B0/abc123',
      '/services/T0/B0/abc123',
    ]);
    expect(webhookSecrets('not a url')).toEqual(['not a url']);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.UTC(2025, 0, 15, 12);
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter(new Date(now + 5_000).toUTCString(), now)).toBe(5_000);
    expect(parseRetryAfter(new Date(now - 5_000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
