import { createHash } from 'node:crypto';
import { DATADOG_SITES } from '../../engine/config/noticesSchema.js';
import type { DeployNotice, NoticeAttempt, NoticeChannel } from '../../engine/ports.js';
import { createRedactor } from '../../engine/secrets.js';
import { createJsonSender, joinPath, shortCommit, vendorDetail, type JsonAnswer } from '../shared/noticeRequest.js';
import { datadogErrors, rateLimitOf } from './apiErrors.js';
import { datadogApiBase } from './site.js';

// The config schema owns the list (the engine may not import providers); it is re-exported here so the
// site-to-host mapping and the input's allowed values cannot drift apart.
export { DATADOG_SITES, datadogApiBase };
export type DatadogSite = (typeof DATADOG_SITES)[number];

export interface DatadogChannelOptions {
  apiKey: string;
  /** One of DATADOG_SITES; the API host is api.<site>. */
  site: string;
  /** Overrides the host derived from the site: a proxy or a private endpoint. */
  apiUrl?: string;
  /** Extra tags, after service:, env: and version:. */
  tags: string[];
  userAgent: string;
  timeoutMs: number;
  /** Shared by the start and end events of one run, so Datadog groups them; cut to 100 characters. */
  aggregationKey: string;
  /** Accept any certificate: the user named this provider in insecure-skip-tls-verify. */
  insecureSkipTlsVerify?: boolean;
}

/** The fields of POST /api/v1/events (EventCreateRequest) this channel sends. */
export interface DatadogEvent {
  title: string;
  text: string;
  alert_type: 'info' | 'success' | 'warning' | 'error';
  aggregation_key: string;
  tags: string[];
  source_type_name: string;
  priority: 'normal';
  date_happened: number;
}

// EventCreateRequest limits: text maxLength 4000, aggregation_key maxLength 100.
export const MAX_TEXT = 4_000;
export const MAX_AGGREGATION_KEY = 100;
// The text opts into markdown with these markers, which count towards the 4000.
const MARKDOWN_OPEN = '%%% \n';
const MARKDOWN_CLOSE = '\n %%%';
const ELLIPSIS = '…';
// "my_apps" is the API's own example for events posted by your own tooling.
const SOURCE_TYPE_NAME = 'my_apps';

const ALERT_TYPE: Record<DeployNotice['event'], DatadogEvent['alert_type']> = {
  start: 'info',
  success: 'success',
  warning: 'warning',
  failure: 'error',
  cancelled: 'warning',
};

/**
 * The deploy as Datadog events: `info` when the check starts, `success`, `warning` or `error` when it
 * ends, both under one aggregation key so the event stream groups them. The API answers 202.
 */
export function createDatadogChannel(options: DatadogChannelOptions): NoticeChannel {
  const url = joinPath(new URL(datadogApiBase(options.site, options.apiUrl)), '/api/v1/events');
  const redact = createRedactor([options.apiKey]);
  const headers = { 'dd-api-key': options.apiKey, 'user-agent': options.userAgent };
  const aggregationKey = fitAggregationKey(options.aggregationKey);
  const send = createJsonSender({ insecureSkipTlsVerify: options.insecureSkipTlsVerify });

  return {
    name: 'datadog',
    async send(notice, signal): Promise<NoticeAttempt> {
      const body = datadogEvent(notice, options.tags, aggregationKey);
      const answer = await send(
        { method: 'POST', url, headers, body, timeoutMs: options.timeoutMs, signal, vendor: 'Datadog' },
        redact,
      );
      if (answer.status >= 200 && answer.status < 300) {
        const id = eventId(answer);
        // Datadog answers {"status": "ok", "event": {…}}; anything else came from something in between.
        const accepted = id !== undefined || (answer.json as { status?: unknown } | undefined)?.status === 'ok';
        if (!accepted)
          return {
            status: answer.status,
            unconfirmed: true,
            detail: `no Datadog event in the answer${answer.text ? ` (${vendorDetail(answer, datadogErrors, redact)})` : ''}`,
          };
        return { status: answer.status, detail: id ? `event ${id}` : 'event accepted' };
      }
      const detail = vendorDetail(answer, datadogErrors, redact);
      const retryAfterMs = answer.retryAfterMs ?? rateLimitReset(answer);
      return {
        status: answer.status,
        ...(detail ? { detail } : {}),
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      };
    },
    preview(notice) {
      return { method: 'POST', url: url.href, body: datadogEvent(notice, options.tags, aggregationKey) };
    },
  };
}

/** The event for a notice; `aggregationKey` must already fit (see fitAggregationKey). */
export function datadogEvent(notice: DeployNotice, extraTags: readonly string[], aggregationKey: string): DatadogEvent {
  const at = notice.event === 'start' ? notice.startedAt : (notice.finishedAt ?? Date.now());
  return {
    title: title(notice),
    text: markdown(notice),
    alert_type: ALERT_TYPE[notice.event],
    aggregation_key: aggregationKey,
    tags: datadogTags(notice, extraTags),
    source_type_name: SOURCE_TYPE_NAME,
    priority: 'normal',
    date_happened: Math.floor(at / 1_000),
  };
}

export function datadogTags(notice: DeployNotice, extra: readonly string[]): string[] {
  const tags = [
    `service:${notice.service}`,
    `env:${notice.environment}`,
    ...(notice.version ? [`version:${notice.version}`] : []),
    ...extra.map((tag) => tag.trim()),
  ];
  return [...new Set(tags.filter((tag) => tag !== ''))];
}

/** A key over 100 characters keeps its start and ends in a hash of the whole, so two long keys stay apart. */
export function fitAggregationKey(key: string): string {
  if (key.length <= MAX_AGGREGATION_KEY) return key;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return `${cut(key, MAX_AGGREGATION_KEY - hash.length - 1)}-${hash}`;
}

function title(notice: DeployNotice): string {
  const what = `${notice.service}${notice.version ? ` ${notice.version}` : ''} on ${notice.environment}`;
  switch (notice.event) {
    case 'start':
      return `Deploy check started: ${what}`;
    case 'success':
      return `Deploy check passed: ${what}`;
    case 'warning':
      return `Deploy check passed with warnings: ${what}`;
    case 'failure':
      return notice.rollback?.outcome === 'rolled-back'
        ? `Deploy check failed, rolled back: ${what}`
        : `Deploy check failed: ${what}`;
    case 'cancelled':
      return `Deploy check cancelled: ${what}`;
  }
}

/**
 * Markdown within Datadog's 4000 characters, markers included: the facts and links always; failing
 * checks while they fit, then "… and N more"; as a last resort the text is cut and ends in "…".
 */
function markdown(notice: DeployNotice): string {
  const budget = MAX_TEXT - MARKDOWN_OPEN.length - MARKDOWN_CLOSE.length;
  const head = [`**${notice.service}**${notice.version ? ` ${notice.version}` : ''} → **${notice.environment}**`];
  const facts = [
    notice.commitUrl ? `Commit: ${mdLink(shortCommit(notice.commitUrl), notice.commitUrl)}` : undefined,
    notice.actor ? `Actor: ${plain(notice.actor)}` : undefined,
    notice.runUrl ? mdLink('Workflow run', notice.runUrl) : undefined,
  ].filter((fact): fact is string => fact !== undefined);
  if (facts.length) head.push(facts.join(' · '));
  if (notice.summary) head.push('', `Result: ${plain(notice.summary)}`);

  const tail: string[] = [];
  if (notice.rollback) {
    const revision = notice.rollback.toRevision === undefined ? '' : ` (revision ${notice.rollback.toRevision})`;
    tail.push('', `Rollback: ${notice.rollback.outcome}${revision}: ${plain(notice.rollback.message)}`);
    if (notice.rollback.gitOps) tail.push(`Managed from Git by ${notice.rollback.gitOps}`);
  }
  const links = [
    notice.event === 'failure' && notice.runbookUrl ? mdLink('Runbook', notice.runbookUrl) : undefined,
    notice.dashboardUrl ? mdLink('Dashboard', notice.dashboardUrl) : undefined,
  ].filter((item): item is string => item !== undefined);
  if (links.length) tail.push('', links.join(' · '));

  const fixed = [...head, ...tail].join('\n').length;
  const failures = notice.failures.map((failure) => `- **${plain(failure.name)}**: ${plain(failure.detail)}`);
  const shown: string[] = [];
  if (failures.length) {
    // The heading, a blank line before it and a newline per line shown.
    let used = fixed + '\n\nFailing:'.length;
    for (const [index, line] of failures.entries()) {
      const rest = failures.length - index - 1;
      const more = rest ? `\n- ${ELLIPSIS} and ${rest} more`.length : 0;
      if (used + 1 + line.length + more > budget) break;
      shown.push(line);
      used += 1 + line.length;
    }
    if (shown.length < failures.length) shown.push(`- ${ELLIPSIS} and ${failures.length - shown.length} more`);
  }
  const body = [...head, ...(shown.length ? ['', 'Failing:', ...shown] : []), ...tail].join('\n');
  const inner = body.length > budget ? `${cut(body, budget - ELLIPSIS.length)}${ELLIPSIS}` : body;
  return `${MARKDOWN_OPEN}${inner}${MARKDOWN_CLOSE}`;
}

function mdLink(label: string, url: string): string {
  return /^https?:\/\//i.test(url) ? `[${label}](${url.replace(/\)/g, '%29')})` : label;
}

/** The first `max` UTF-16 units, never ending in half a surrogate pair. */
function cut(text: string, max: number): string {
  const head = text.slice(0, Math.max(0, max));
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

function eventId(answer: JsonAnswer): string | undefined {
  const event = (answer.json as { event?: { id_str?: unknown; id?: unknown } } | null | undefined)?.event;
  if (typeof event?.id_str === 'string') return event.id_str;
  return typeof event?.id === 'number' ? String(event.id) : undefined;
}

/** On a 429, the wait (ms) Datadog's X-RateLimit-Reset says is left until the limit resets. */
function rateLimitReset(answer: JsonAnswer): number | undefined {
  return answer.status === 429 ? rateLimitOf(answer.headers).resetMs : undefined;
}

/** Text from the network as literal markdown: it must not become a link, an image or a heading in the event. */
function plain(text: string): string {
  return text.replace(/[\\`*_[\]()!#]/g, (char) => `\\${char}`);
}
