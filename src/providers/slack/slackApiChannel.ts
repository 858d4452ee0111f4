import type { DeployNotice, NoticeAttempt, NoticeChannel, NoticeRequest } from '../../engine/ports.js';
import { createRedactor, type Redactor } from '../../engine/secrets.js';
import { slackMessage, slackThreadReply, type SlackMessage } from './slackBlocks.js';
import { createSlackApi, type SlackApiAnswer, type SlackMethod } from './slackApi.js';

export interface SlackApiChannelOptions {
  /** A bot token (xoxb-…) with chat:write. */
  token: string;
  /** The channel ID: C…, G… or D…. */
  channel: string;
  /** https://slack.com/api, or Slack's government cloud, a proxy, a test double. */
  apiUrl: string;
  /** Prepended, raw, to the failure reply: `<!subteam^S0123>`, `<@U0123>`, `<!here>`. */
  mention?: string;
  userAgent?: string;
  /** Per call. */
  timeoutMs: number;
  insecureSkipTlsVerify?: boolean;
}

const INVITE = 'invite the app to the channel: /invite @<your app> in the channel';
const NEW_TOKEN =
  "slack-bot-token is not accepted: copy the Bot User OAuth Token (xoxb-…) again from the app's OAuth & Permissions page";

/** Slack's error codes, from its Web API description and what it is known to answer, with what fixes each. */
const FIXES: Record<string, string> = {
  not_in_channel: `the app is not a member of the channel: ${INVITE}`,
  channel_not_found: `no channel with this ID is visible to the app: check slack-channel (the ID, e.g. C0123456789, not the name); for a private channel, ${INVITE}`,
  is_archived: 'the channel is archived: unarchive it or set another slack-channel',
  channel_is_archived: 'the channel is archived: unarchive it or set another slack-channel',
  invalid_auth: NEW_TOKEN,
  not_authed: NEW_TOKEN,
  token_revoked: `${NEW_TOKEN} (this one was revoked)`,
  token_expired: `${NEW_TOKEN} (this one expired)`,
  account_inactive: `${NEW_TOKEN} (the app or its user was deactivated)`,
  missing_scope: 'the token lacks the chat:write scope: add it under OAuth & Permissions and reinstall the app',
  not_allowed_token_type: 'a bot token (xoxb-…) is needed here',
  no_permission: 'the token may not post here: check its scopes (chat:write) and the channel',
  restricted_action: 'a workspace admin restricts posting in this channel',
  ratelimited: 'Slack rate-limited the app: it takes about one message per second per channel',
  rate_limited: 'Slack rate-limited the app: it takes about one message per second per channel',
  msg_too_long: 'the message was too long for Slack',
  no_text: 'Slack saw no text in the message',
  invalid_blocks: "Slack rejected the message's blocks",
  too_many_attachments: 'Slack rejected the message: too many attachments',
  message_not_found: 'the message to update is gone (deleted?)',
  cant_update_message: 'the app may not edit the message',
  edit_window_closed: "the workspace's edit window for the message has closed",
  fatal_error: 'Slack failed on its side',
  internal_error: 'Slack failed on its side',
  request_timeout: 'Slack timed out on its side',
};

/** The start message can no longer be edited: the verdict goes out as a message of its own. */
const UNEDITABLE = new Set(['message_not_found', 'cant_update_message', 'edit_window_closed']);
const DETAIL_CHARS = 300;
const START_TS = '<ts of the start message>';

/**
 * Slack through its Web API: one message per deploy. The start is `chat.postMessage`, whose ts this channel keeps;
 * the end is `chat.update` of that same message, so the channel shows one message whose header turns into the
 * verdict, and the failing checks and the rollback go as a reply in its thread (`chat.postMessage` with
 * `thread_ts`). Without a start message (slack-notify-on without start, or the start failed) the end posts a new
 * message, details in its thread. The state (the ts) lives here: the engine's port stays one `send` per notice.
 */
export function createSlackApiChannel(options: SlackApiChannelOptions): NoticeChannel {
  const redact = createRedactor([options.token]);
  const api = createSlackApi(options);
  const channel = options.channel;
  let ts: string | undefined;
  // The end notice whose main message is already done (and how): a retry of its thread reply does not repeat it.
  let ended: DeployNotice | undefined;
  let endedHow = 'message updated';
  let pendingStart: Promise<unknown> | undefined;
  // Dry-run: a previewed start stands for the message the end would update.
  let previewedStart = false;

  const main = (notice: DeployNotice): SlackMessage =>
    slackMessage(notice, { mention: options.mention, details: 'thread' });

  const call = async (method: SlackMethod, args: Record<string, unknown>, signal: AbortSignal) =>
    api.call(method, { channel, ...args }, signal, redact);

  const endMain = async (notice: DeployNotice, signal: AbortSignal): Promise<NoticeAttempt | undefined> => {
    if (ended === notice) return undefined;
    if (ts !== undefined) {
      const answer = await call('chat.update', { ts, ...main(notice) }, signal);
      const error = slackError(answer);
      if (error === undefined || !UNEDITABLE.has(error)) {
        const attempt = outcome(answer, 'chat.update', redact);
        if (!isDone(attempt)) return attempt;
        ended = notice;
        endedHow = 'message updated';
        return undefined;
      }
      // The start message cannot be edited any more: the verdict is posted beside it.
      ts = undefined;
    }
    const answer = await call('chat.postMessage', { ...main(notice) }, signal);
    const attempt = outcome(answer, 'chat.postMessage', redact);
    if (!isDone(attempt)) return attempt;
    ts = attempt.reference;
    ended = notice;
    endedHow = 'message posted';
    return undefined;
  };

  const sendEnd = async (notice: DeployNotice, signal: AbortSignal): Promise<NoticeAttempt> => {
    const failed = await endMain(notice, signal);
    if (failed) return failed;
    const reply = slackThreadReply(notice, { mention: options.mention });
    const done = { status: 200, detail: `${endedHow}, ts ${ts}`, reference: ts };
    if (!reply || ts === undefined) return done;
    const answer = await call('chat.postMessage', { thread_ts: ts, ...reply }, signal);
    const attempt = outcome(answer, 'chat.postMessage', redact);
    if (isDone(attempt)) return { ...done, detail: `${done.detail}, details in its thread` };
    // The verdict is in the channel; only the reply is missing: said as such, with the message's ts.
    return {
      ...attempt,
      detail: `the verdict is posted, but its reply in the thread is not: ${attempt.detail}`,
      reference: ts,
    };
  };

  return {
    name: 'slack',

    async send(notice, signal) {
      if (notice.event === 'start') {
        const started = (async (): Promise<NoticeAttempt> => {
          const answer = await call('chat.postMessage', { ...main(notice) }, signal);
          const attempt = outcome(answer, 'chat.postMessage', redact);
          if (isDone(attempt)) ts = attempt.reference;
          return attempt;
        })();
        pendingStart = started;
        return started;
      }
      // The start is sent without delaying the checks: an end that overtakes it waits for its ts
      // rather than posting a second message beside it.
      await pendingStart?.catch(() => undefined);
      return sendEnd(notice, signal);
    },

    preview(notice) {
      const message = main(notice);
      if (notice.event === 'start') {
        previewedStart = true;
        return request('chat.postMessage', { channel, ...message });
      }
      const parent = ts ?? (previewedStart ? START_TS : undefined);
      const first =
        parent !== undefined
          ? request('chat.update', { channel, ts: parent, ...message })
          : request('chat.postMessage', { channel, ...message });
      const reply = slackThreadReply(notice, { mention: options.mention });
      const threadTs = parent ?? '<ts of the message above>';
      return reply
        ? { ...first, more: [request('chat.postMessage', { channel, thread_ts: threadTs, ...reply })] }
        : first;
    },
  };

  function request(method: SlackMethod, body: Record<string, unknown>): NoticeRequest {
    return { method: 'POST', url: api.url(method), body };
  }
}

function isDone(attempt: NoticeAttempt): attempt is NoticeAttempt & { reference: string } {
  return attempt.status >= 200 && attempt.status < 300 && !attempt.refused && !attempt.unconfirmed;
}

function slackError(answer: SlackApiAnswer): string | undefined {
  if (answer.status !== 200 || answer.body?.ok !== false) return undefined;
  return typeof answer.body.error === 'string' ? answer.body.error : 'unknown_error';
}

/** One call's answer as the engine reads an attempt: Slack's ok:false on HTTP 200 is a refusal, with its fix. */
function outcome(answer: SlackApiAnswer, method: SlackMethod, redact: Redactor): NoticeAttempt {
  const { status, body } = answer;
  const retry = answer.retryAfterMs === undefined ? {} : { retryAfterMs: answer.retryAfterMs };
  if (status === 429) {
    const said = typeof body?.error === 'string' ? `${body.error}: ` : '';
    return { status, ...retry, detail: `${said}rate limited: Slack takes about one message per second per channel` };
  }
  if (status < 200 || status >= 300)
    return {
      status,
      ...retry,
      detail: `${method}: ${line(typeof body?.error === 'string' ? body.error : answer.text, redact) || 'no detail'}`,
    };
  if (body?.ok === true && typeof body.ts === 'string' && body.ts)
    return { status, detail: `${method}: ok, ts ${body.ts}`, reference: body.ts };
  if (body?.ok === false) {
    const code = typeof body.error === 'string' ? body.error : 'unknown_error';
    const needed = typeof body.needed === 'string' ? ` (needed: ${body.needed})` : '';
    const fix = FIXES[code] ?? `see https://api.slack.com/methods/${method} for what it means`;
    return { status, ...retry, refused: true, detail: line(`${method}: ${code}${needed} — ${fix}`, redact) };
  }
  // A 2xx that is not Slack's JSON (a proxy's page) or JSON without a ts: nothing confirms a message.
  return {
    status,
    unconfirmed: true,
    detail: `${method}: ${line(answer.text, redact) || 'an empty body'}`,
  };
}

function line(text: string, redact: Redactor): string {
  const one = redact(text).replace(/\s+/g, ' ').trim();
  return one.length > DETAIL_CHARS ? `${one.slice(0, DETAIL_CHARS - 1)}…` : one;
}
