import { formatDuration } from '../../engine/config/duration.js';
import type { DeployNotice } from '../../engine/ports.js';

/** Block Kit's limits for a message, as Slack's Block Kit reference gives them. */
export const SLACK_LIMITS = {
  blocks: 50,
  /** section.text and any other text object */
  text: 3000,
  fields: 10,
  fieldText: 2000,
  header: 150,
  contextElements: 10,
  /** The top-level fallback text; Slack truncates at 40 000, we stay far below. */
  fallbackText: 3000,
} as const;

/** How many failing checks are listed before "… and N more", and how long each part may be. */
const LISTED_FAILURES = 20;
const FAILURE_NAME_CHARS = 150;
const FAILURE_DETAIL_CHARS = 500;
const SUMMARY_CHARS = 1500;
const ROLLBACK_MESSAGE_CHARS = 1500;
const LINK_LABEL_CHARS = 100;
/** A link longer than this is shown as its label only: it would crowd out the text around it. */
const LINK_URL_CHARS = 800;

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
  /** true: Slack does not turn bare names, channels or URLs into mentions or links. */
  verbatim?: boolean;
}
export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text?: Mrkdwn; fields?: Mrkdwn[] }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'divider' };

export interface SlackMessage {
  /** Notification and fallback text. */
  text: string;
  blocks: SlackBlock[];
}

export interface SlackMessageOptions {
  /** Slack mention syntax such as `<!subteam^S0123>` or `<@U0123>`: prepended, unescaped, on failure only. */
  mention?: string;
  /** Linked from the message; falls back to the notice's own dashboardUrl. */
  grafanaDashboardUrl?: string;
  /**
   * `thread`: the failing checks, the rollback and the mention are left out, for `slackThreadReply` to post under
   * the message (an edited message notifies no one, a reply with a mention does). Default `inline`.
   */
  details?: 'inline' | 'thread';
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text from the network rendered as text: `&`, `<` and `>` escaped, so `<!channel>`, `<@U1>` or `<https://x|y>` in
 * a check's detail cannot ping anyone or forge a link; bare @channel/@here/@everyone broken with a zero-width space.
 */
export function escapeSlack(text: string): string {
  return neutralizeBareMentions(text).replace(/[&<>]/g, (char) => ESCAPES[char] ?? char);
}

function neutralizeBareMentions(text: string): string {
  return text.replace(/@(channel|here|everyone)\b/gi, '@\u200B$1');
}

/**
 * At most `max` characters after escaping, ending in "…" when cut. Cuts between code points and never inside an
 * escape such as `&amp;`.
 */
export function fitEscaped(raw: string, max: number): string {
  return fit(
    Array.from(neutralizeBareMentions(raw), (char) => ESCAPES[char] ?? char),
    max,
  );
}

/** At most `max` characters, unescaped (plain_text, our own markup), ending in "…" when cut. */
export function fitPlain(raw: string, max: number): string {
  return fit(Array.from(raw), max);
}

function fit(pieces: string[], max: number): string {
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  if (total <= max) return pieces.join('');
  let out = '';
  for (const piece of pieces) {
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `<url|label>` for an http(s) URL; the escaped label alone for anything else. */
export function slackLink(url: string | undefined, label: string): string {
  const text = fitEscaped(oneLine(label), LINK_LABEL_CHARS);
  if (!url) return text;
  let href: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return text;
    href = parsed.href;
  } catch {
    return text;
  }
  // Inside <…|…> a `|` or `>` would end the URL early; `&` must be escaped like everywhere in mrkdwn.
  href = href.replace(/[|<>]/g, (char) => encodeURIComponent(char)).replace(/&/g, '&amp;');
  if (href.length > LINK_URL_CHARS) return text;
  return `<${href}|${text}>`;
}

const mrkdwn = (text: string): Mrkdwn => ({ type: 'mrkdwn', text, verbatim: true });

type Tone = { emoji: string; title: string };

function tone(notice: DeployNotice): Tone {
  const rollback = notice.rollback?.outcome;
  switch (notice.event) {
    // The step runs once the deploy is out: what starts is the checking, and the verdict replaces it.
    case 'start':
      return { emoji: ':mag:', title: 'Checking' };
    case 'success':
      return { emoji: ':white_check_mark:', title: 'Passed' };
    case 'warning':
      return { emoji: ':warning:', title: 'Passed with warnings' };
    case 'failure':
      if (rollback === 'rolled-back') return { emoji: ':leftwards_arrow_with_hook:', title: 'Failed, rolled back' };
      if (rollback === 'failed') return { emoji: ':rotating_light:', title: 'Failed, ROLLBACK FAILED' };
      return { emoji: ':x:', title: 'Failed' };
    case 'cancelled':
      return { emoji: ':black_square_for_stop:', title: 'Cancelled' };
  }
}

function headline(notice: DeployNotice, { emoji, title }: Tone): string {
  return `${emoji} ${title}: ${oneLine(notice.service)} in ${oneLine(notice.environment)}`;
}

const DEFAULT_LINE: Record<DeployNotice['event'], string> = {
  start: 'Post-deploy checks started.',
  success: 'All post-deploy checks passed.',
  warning: 'Post-deploy checks passed with warnings.',
  failure: 'Post-deploy checks failed.',
  cancelled: 'Post-deploy checks were cancelled before a verdict.',
};

const VERDICT_PREFIX = /^(?:passed|warning|failed|cancelled): /;

/**
 * The run's summary line without what the header already says: it opens "failed: shop-api 4f2a9c1 in production — ",
 * so "Failed: shop-api in production" would be followed by "failed: shop-api … in production" again.
 */
function summaryBody(summary: string, notice: DeployNotice): string {
  const line = oneLine(summary);
  const verdict = VERDICT_PREFIX.exec(line);
  if (!verdict) return line;
  const rest = line.slice(verdict[0].length);
  // The subject: the service, the short version when there is one, and the environment.
  const subject = new RegExp(
    `^${literal(oneLine(notice.service))}(?: \\S+)? in ${literal(oneLine(notice.environment))}(?: — |$)`,
  );
  return rest.replace(subject, '');
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// No Result field: the header already says the verdict, and each fact is said once.
function fields(notice: DeployNotice): Mrkdwn[] {
  const out: string[] = [];
  const version = notice.version
    ? slackLink(notice.commitUrl, notice.version)
    : notice.commitUrl
      ? slackLink(notice.commitUrl, 'commit')
      : undefined;
  if (version) out.push(`*Version*\n${version}`);
  if (notice.actor) out.push(`*Actor*\n${fitEscaped(oneLine(notice.actor), 200)}`);
  if (notice.finishedAt !== undefined)
    out.push(`*Duration*\n${formatDuration(Math.max(0, notice.finishedAt - notice.startedAt))}`);
  else out.push(`*Started*\n${slackDate(notice.startedAt)}`);
  if (notice.repository) out.push(`*Repository*\n${fitEscaped(oneLine(notice.repository), 200)}`);
  return out.slice(0, SLACK_LIMITS.fields).map((text) => mrkdwn(fitPlain(text, SLACK_LIMITS.fieldText)));
}

/** Slack renders `<!date^…>` in each reader's time zone; the ISO text is the fallback. */
function slackDate(epochMs: number): string {
  if (!Number.isFinite(epochMs)) return 'unknown';
  return `<!date^${Math.floor(epochMs / 1000)}^{date_short_pretty} {time_secs}|${new Date(epochMs).toISOString()}>`;
}

/** Lines packed into as few sections as the per-text limit allows. */
function packLines(lines: string[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let current = '';
  for (const line of lines) {
    const piece = fitPlain(line, SLACK_LIMITS.text);
    if (current && current.length + 1 + piece.length > SLACK_LIMITS.text) {
      blocks.push({ type: 'section', text: mrkdwn(current) });
      current = '';
    }
    current = current ? `${current}\n${piece}` : piece;
  }
  if (current) blocks.push({ type: 'section', text: mrkdwn(current) });
  return blocks;
}

function failureBlocks(notice: DeployNotice): SlackBlock[] {
  if (notice.event === 'start' || notice.event === 'success' || notice.failures.length === 0) return [];
  const count = notice.failures.length;
  const title = notice.event === 'warning' ? `*Warnings* (${count})` : `*Failing checks and gates* (${count})`;
  const listed = notice.failures.slice(0, LISTED_FAILURES).map(({ name, detail }) => {
    const line = `• *${fitEscaped(oneLine(name), FAILURE_NAME_CHARS)}*`;
    return detail ? `${line}: ${fitEscaped(oneLine(detail), FAILURE_DETAIL_CHARS)}` : line;
  });
  const rest = count - listed.length;
  return packLines([title, ...listed, ...(rest > 0 ? [`… and ${rest} more`] : [])]);
}

const ROLLBACK_LABEL: Record<string, string> = {
  'rolled-back': ':leftwards_arrow_with_hook: rolled back',
  failed: ':rotating_light: *ROLLBACK FAILED*',
  'not-rolled-back': 'not rolled back',
  manual: 'manual: waiting for approval',
  off: 'off: nothing was undone',
  'dry-run': 'dry run: nothing was undone',
};

function rollbackBlocks(notice: DeployNotice): SlackBlock[] {
  const rollback = notice.rollback;
  if (notice.event !== 'failure' || !rollback) return [];
  const label = ROLLBACK_LABEL[rollback.outcome] ?? fitEscaped(oneLine(rollback.outcome), 100);
  const revision = rollback.toRevision !== undefined ? ` to revision ${rollback.toRevision}` : '';
  const lines = [`*Rollback:* ${label}${revision}`];
  if (rollback.message) lines.push(fitEscaped(rollback.message.trim(), ROLLBACK_MESSAGE_CHARS));
  if (rollback.gitOps) {
    lines.push(
      `:warning: *${fitEscaped(oneLine(rollback.gitOps), 100)} manages this release.* The undo restores service now, but the controller may re-apply the bad revision at its next sync. The lasting fix: revert the change in Git.`,
    );
  }
  return [{ type: 'section', text: mrkdwn(fitPlain(lines.join('\n'), SLACK_LIMITS.text)) }];
}

function linkBlocks(notice: DeployNotice, options: SlackMessageOptions): SlackBlock[] {
  const links: string[] = [];
  if (notice.runUrl) links.push(slackLink(notice.runUrl, 'Workflow run'));
  if (notice.event === 'failure' && notice.runbookUrl) links.push(slackLink(notice.runbookUrl, 'Runbook'));
  const dashboard = options.grafanaDashboardUrl ?? notice.dashboardUrl;
  if (dashboard) links.push(slackLink(dashboard, 'Grafana dashboard'));
  if (links.length === 0) return [];
  return [{ type: 'context', elements: [mrkdwn(fitPlain(links.join('  ·  '), SLACK_LIMITS.text))] }];
}

/** The Block Kit message for one notice, inside Block Kit's limits whatever the notice holds. */
export function slackMessage(notice: DeployNotice, options: SlackMessageOptions = {}): SlackMessage {
  const mood = tone(notice);
  const inline = options.details !== 'thread';
  const mention = inline ? mentionOf(notice, options) : '';
  const header = headline(notice, mood);
  const body = notice.summary ? summaryBody(notice.summary, notice) : '';
  const line = body ? fitEscaped(body, SUMMARY_CHARS) : DEFAULT_LINE[notice.event];
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: fitPlain(header, SLACK_LIMITS.header), emoji: true } },
    { type: 'section', text: mrkdwn(fitPlain(`${mention}${line}`, SLACK_LIMITS.text)) },
    { type: 'section', fields: fields(notice) },
    ...(inline ? [...failureBlocks(notice), ...rollbackBlocks(notice)] : []),
    ...linkBlocks(notice, options),
  ];
  return {
    text: fitPlain(`${mention}${fitEscaped(header, SLACK_LIMITS.header)}: ${line}`, SLACK_LIMITS.fallbackText),
    blocks: capBlocks(blocks),
  };
}

function mentionOf(notice: DeployNotice, options: SlackMessageOptions): string {
  return notice.event === 'failure' && options.mention?.trim() ? `${options.mention.trim()} ` : '';
}

/**
 * What `details: 'thread'` left out of the message, as a reply in its thread: the failing checks, the rollback's
 * outcome and, on failure, the mention. Undefined when there is nothing to add.
 */
export function slackThreadReply(notice: DeployNotice, options: SlackMessageOptions = {}): SlackMessage | undefined {
  const details = [...failureBlocks(notice), ...rollbackBlocks(notice)];
  const mention = mentionOf(notice, options);
  if (details.length === 0 && !mention) return undefined;
  const blocks: SlackBlock[] = [
    ...(mention
      ? [{ type: 'section' as const, text: mrkdwn(fitPlain(`${mention}${tone(notice).title}`, SLACK_LIMITS.text)) }]
      : []),
    ...details,
  ];
  // The notification line: what the reply holds, in words.
  const count = notice.failures.length;
  const rollback = notice.event === 'failure' && notice.rollback ? rollbackText(notice.rollback) : '';
  const failures =
    count === 0
      ? ''
      : notice.event === 'warning'
        ? `${count} warning${count === 1 ? '' : 's'}`
        : `${count} failing ${count === 1 ? 'check or gate' : 'checks or gates'}`;
  const summary = [rollback, failures].filter(Boolean).join('; ') || tone(notice).title;
  return {
    text: fitPlain(`${mention}${summary}`, SLACK_LIMITS.fallbackText),
    blocks: capBlocks(blocks),
  };
}

function rollbackText(rollback: NonNullable<DeployNotice['rollback']>): string {
  const revision =
    rollback.toRevision !== undefined ? ` to revision ${fitEscaped(oneLine(String(rollback.toRevision)), 100)}` : '';
  return `Rollback: ${fitEscaped(oneLine(rollback.outcome), 100)}${revision}`;
}

/** A guard: never more than Slack's 50 blocks, the last one saying how many were left out. */
function capBlocks(blocks: SlackBlock[]): SlackBlock[] {
  if (blocks.length <= SLACK_LIMITS.blocks) return blocks;
  const kept = blocks.slice(0, SLACK_LIMITS.blocks - 1);
  return [...kept, { type: 'section', text: mrkdwn(`… and ${blocks.length - kept.length} more`) }];
}
