import { ErrorCode, IncomingWebhook, type IncomingWebhookHTTPError } from '@slack/webhook';
import { formatDuration } from '../../engine/config/duration.js';
import { ProbeError, type DeployNotice, type NoticeAttempt, type NoticeChannel } from '../../engine/ports.js';
import { createRedactor, type Redactor } from '../../engine/secrets.js';
import { createAgent } from '../shared/agent.js';
import { describeNetworkError } from '../shared/networkError.js';
import { slackMessage, type SlackMessage } from './slackBlocks.js';
import { slackExchange } from './slackFetch.js';
import { parseRetryAfter } from '../shared/noticeRequest.js';

export interface SlackChannelOptions {
  /** The incoming-webhook URL; its path is the credential. */
  webhookUrl: string;
  /** Prepended, raw, to failure messages: `<!subteam^S0123>`, `<@U0123>`, `<!here>`. */
  mention?: string;
  /** Per attempt: connecting, sending and reading Slack's answer. */
  timeoutMs: number;
  /** Accept any certificate: the user named slack in insecure-skip-tls-verify. */
  insecureSkipTlsVerify?: boolean;
}

// Slack's plain-text error bodies, as its incoming-webhook documentation lists them, in terms a person can act on.
const SLACK_ERRORS: Record<string, string> = {
  invalid_payload: 'Slack could not read the message (malformed JSON or blocks)',
  invalid_blocks: 'Slack rejected the message blocks',
  invalid_blocks_format: 'Slack rejected the message blocks',
  no_text: 'the message had no text',
  user_not_found: 'a user in the message does not exist',
  action_prohibited: 'a workspace admin restricts posting through this webhook',
  channel_not_found: "the webhook's channel no longer exists: create a new webhook",
  channel_is_archived: "the webhook's channel is archived: unarchive it or create a new webhook",
  no_service: 'the webhook was revoked or its app removed: create a new webhook URL',
  no_team: 'the Slack workspace was not found or was deleted',
  invalid_token: 'the webhook token is invalid or revoked: create a new webhook URL',
  team_disabled: 'the Slack workspace is disabled',
  posting_to_general_channel_denied: 'only admins may post to this channel',
  rollup_error: 'Slack failed on its side',
};
const DETAIL_CHARS = 300;

/** The whole webhook URL and its path (the credential on its own), for masking before anything is printed. */
export function webhookSecrets(url: string): string[] {
  const found = new Set<string>();
  const trimmed = url.trim();
  if (trimmed) found.add(trimmed);
  try {
    const parsed = new URL(trimmed);
    found.add(parsed.href);
    if (parsed.pathname.length > 1) found.add(parsed.pathname);
  } catch {
    // Not a URL: the text as a whole is all there is to mask.
  }
  return [...found];
}

/** `https://hooks.slack.com/services/***`: the host, never the path that authenticates. */
function maskedUrl(url: URL): string {
  return url.pathname.startsWith('/services/') ? `${url.origin}/services/***` : `${url.origin}/***`;
}

/**
 * Slack messages through an incoming webhook: one attempt per `send`. The engine decides about
 * retries, and which events reach Slack at all (slack-notify-on, in its notices plan).
 */
export function createSlackChannel(options: SlackChannelOptions): NoticeChannel {
  const url = parseWebhookUrl(options.webhookUrl);
  const redact = createRedactor(webhookSecrets(options.webhookUrl));
  const shown = maskedUrl(url);
  const message = (notice: DeployNotice): SlackMessage => slackMessage(notice, { mention: options.mention });
  // The agent every other provider uses: it honours HTTPS_PROXY / NO_PROXY and the TLS choice.
  const agent = createAgent({ connections: 1, insecureSkipTlsVerify: options.insecureSkipTlsVerify });

  return {
    name: 'slack',

    preview(notice) {
      return { method: 'POST', url: shown, body: message(notice) };
    },

    async send(notice, signal): Promise<NoticeAttempt> {
      if (signal.aborted) throw ProbeError.stopped();
      const exchange = slackExchange(agent, signal);
      // retries: 0 (the SDK's default, said out loud): one attempt per send.
      const webhook = new IncomingWebhook(url.href, {
        fetch: exchange.fetch,
        timeout: options.timeoutMs,
        retryConfig: { retries: 0 },
      });
      try {
        const result = await webhook.send(message(notice));
        const said = bodyDetail(result.text, redact);
        // Slack's webhook answers exactly "ok"; anything else came from something in between.
        if (said !== 'ok')
          return { status: exchange.answer?.status ?? 200, unconfirmed: true, detail: said || 'an empty answer' };
        return { status: exchange.answer?.status ?? 200, detail: said };
      } catch (error) {
        if (isHttpError(error)) return httpAttempt(error, exchange.answer?.retryAfter ?? null, redact);
        throw noAnswer(exchange.error ?? (error as { original?: unknown }).original ?? error, {
          signal,
          url,
          timeoutMs: options.timeoutMs,
          redact,
          gotHeaders: exchange.answer !== undefined,
        });
      }
    },
  };
}

function parseWebhookUrl(webhookUrl: string): URL {
  let url: URL;
  try {
    url = new URL(webhookUrl.trim());
  } catch {
    // The text is the secret: it is not repeated.
    throw new Error('slack-webhook-url is not a valid URL (expected https://hooks.slack.com/services/…)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`slack-webhook-url must be https, not ${url.protocol}`);
  return url;
}

// Duck-typed: the SDK's classes are CommonJS, and an error may cross a realm in tests.
function isHttpError(error: unknown): error is IncomingWebhookHTTPError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === ErrorCode.HTTPError &&
    typeof (error as { statusCode?: unknown }).statusCode === 'number'
  );
}

function httpAttempt(error: IncomingWebhookHTTPError, retryAfter: string | null, redact: Redactor): NoticeAttempt {
  const status = error.statusCode;
  const said = bodyDetail(error.body ?? '', redact);
  const meaning =
    status === 429 ? 'rate limited: Slack takes about one message per second per webhook' : SLACK_ERRORS[said];
  const detail = [said || error.statusMessage, meaning].filter(Boolean).join(' — ');
  const retryAfterMs = parseRetryAfter(retryAfter ?? undefined, Date.now());
  return { status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}), ...(detail ? { detail } : {}) };
}

/** One line of Slack's answer, masked and short: it goes into the summary. */
function bodyDetail(body: string, redact: Redactor): string {
  const line = redact(body).replace(/\s+/g, ' ').trim();
  return line.length > DETAIL_CHARS ? `${line.slice(0, DETAIL_CHARS - 1)}…` : line;
}

function noAnswer(
  error: unknown,
  context: { signal: AbortSignal; url: URL; timeoutMs: number; redact: Redactor; gotHeaders: boolean },
): ProbeError {
  const { signal, url, timeoutMs, redact } = context;
  if (signal.aborted) return ProbeError.stopped();
  const name = (error as { name?: unknown } | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    const what = context.gotHeaders ? 'sent headers but no complete answer' : 'did not answer';
    return new ProbeError('timeout', `Slack at ${url.host} ${what} within ${formatDuration(timeoutMs)}`);
  }
  const described = describeNetworkError(error, url.href);
  const message = described.kind === 'other' ? `${described.message}${innermostCause(error)}` : described.message;
  return new ProbeError(described.kind, redact(message));
}

/** A wrapping error's message says little; its innermost cause says what happened. */
function innermostCause(error: unknown): string {
  let current = (error as { cause?: unknown } | undefined)?.cause;
  let message: string | undefined;
  for (let depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
    const text = (current as { message?: unknown }).message;
    if (typeof text === 'string' && text) message = text;
    current = (current as { cause?: unknown }).cause;
  }
  return message ? ` (${message})` : '';
}
