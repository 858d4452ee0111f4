import type { DeployNotice, NoticeAttempt, NoticeChannel } from '../../engine/ports.js';
import { createRedactor } from '../../engine/secrets.js';
import { escapeHtml } from '../../engine/report/escape.js';
import {
  createJsonSender,
  joinPath,
  parseBase,
  shortCommit,
  vendorDetail,
  type JsonAnswer,
} from '../shared/noticeRequest.js';

export interface GrafanaChannelOptions {
  /** Grafana's base URL, with any sub-path it is served under (https://host/grafana). */
  url: string;
  /** A service-account token, sent as `Authorization: Bearer`. */
  token: string;
  /** Annotate this dashboard; without it the annotation is organization-wide. */
  dashboardUid?: string;
  /** Extra tags, after the ones always sent. */
  tags: string[];
  userAgent: string;
  timeoutMs: number;
  /** Accept any certificate: the user named this provider in insecure-skip-tls-verify. */
  insecureSkipTlsVerify?: boolean;
}

type AnnotationRequest = { method: 'POST' | 'PATCH'; url: URL; body: Record<string, unknown> };

const OUTCOME_TAG: Record<Exclude<DeployNotice['event'], 'start'>, string> = {
  success: 'passed',
  warning: 'warning',
  failure: 'failed',
  cancelled: 'cancelled',
};
const RESULT_WORD: Record<Exclude<DeployNotice['event'], 'start'>, string> = {
  success: 'Passed',
  warning: 'Passed with warnings',
  failure: 'Failed',
  cancelled: 'Cancelled',
};

/**
 * The deploy as a Grafana annotation: a point when the check starts (POST /api/annotations), turned
 * into a region covering the verification when it ends (PATCH /api/annotations/{id}: timeEnd, the
 * whole tag list with the outcome tag, since a PATCH replaces the tags, and the result line). When the
 * start never got an id, the end posts the region whole.
 */
export function createGrafanaChannel(options: GrafanaChannelOptions): NoticeChannel {
  // Credentials written into the URL are dropped from it (and masked): the token authenticates.
  const api = apiBase(parseBase(options.url, 'grafana-url'));
  const redact = createRedactor([options.token, ...urlPasswords(options.url)]);
  const headers = { authorization: `Bearer ${options.token}`, 'user-agent': options.userAgent };
  const send = createJsonSender({ insecureSkipTlsVerify: options.insecureSkipTlsVerify });
  let annotationId: string | undefined;
  let pendingStart: Promise<unknown> | undefined;

  const plan = (notice: DeployNotice): AnnotationRequest => {
    const tags = baseTags(notice, options.tags);
    const text = startText(notice);
    const time = Math.round(notice.startedAt);
    if (notice.event === 'start') {
      return {
        method: 'POST',
        url: joinPath(api, '/annotations'),
        body: { time, tags, text, ...(options.dashboardUid ? { dashboardUID: options.dashboardUid } : {}) },
      };
    }
    const timeEnd = Math.round(notice.finishedAt ?? Date.now());
    const endTags = [...tags, ...outcomeTags(notice)];
    const endText = `${text}<br>${resultLine(notice)}`;
    if (annotationId !== undefined) {
      return {
        method: 'PATCH',
        url: joinPath(api, `/annotations/${encodeURIComponent(annotationId)}`),
        body: { time, timeEnd, tags: endTags, text: endText },
      };
    }
    return {
      method: 'POST',
      url: joinPath(api, '/annotations'),
      body: {
        time,
        timeEnd,
        tags: endTags,
        text: endText,
        ...(options.dashboardUid ? { dashboardUID: options.dashboardUid } : {}),
      },
    };
  };

  const attempt = async (notice: DeployNotice, signal: AbortSignal): Promise<NoticeAttempt> => {
    const { method, url, body } = plan(notice);
    const answer = await send(
      { method, url, headers, body, timeoutMs: options.timeoutMs, signal, vendor: 'Grafana' },
      redact,
    );
    const detail = vendorDetail(answer, grafanaMessage, redact);
    if (answer.status < 200 || answer.status >= 300) {
      return {
        status: answer.status,
        ...(detail ? { detail } : {}),
        ...(answer.retryAfterMs === undefined ? {} : { retryAfterMs: answer.retryAfterMs }),
      };
    }
    if (method === 'POST') {
      const id = createdId(answer);
      if (id === undefined)
        return { status: answer.status, unconfirmed: true, detail: `no annotation id${detail ? ` (${detail})` : ''}` };
      annotationId = id;
    }
    // Grafana answers a PATCH with a JSON message; anything else came from something in between.
    if (answer.json === undefined)
      return { status: answer.status, unconfirmed: true, detail: `no JSON answer${detail ? ` (${detail})` : ''}` };
    return {
      status: answer.status,
      ...(detail ? { detail } : {}),
      ...(annotationId === undefined ? {} : { reference: annotationId }),
    };
  };

  return {
    name: 'grafana',
    async send(notice, signal) {
      if (notice.event === 'start') {
        const started = attempt(notice, signal);
        pendingStart = started;
        return started;
      }
      // The start is sent without delaying the checks: an end that overtakes it waits for its id
      // rather than posting a second annotation beside it.
      await pendingStart?.catch(() => undefined);
      return attempt(notice, signal);
    },
    preview(notice) {
      const { method, url, body } = plan(notice);
      return { method, url: url.href, body };
    },
  };
}

/** Always sent, in this order: deploy, service:, env:, version:, then the extra tags; no repeats, no blanks. */
export function baseTags(notice: DeployNotice, extra: readonly string[]): string[] {
  const tags = [
    'deploy',
    `service:${notice.service}`,
    `env:${notice.environment}`,
    ...(notice.version ? [`version:${notice.version}`] : []),
    ...extra.map((tag) => tag.trim()),
  ];
  return [...new Set(tags.filter((tag) => tag !== ''))];
}

/** passed, warning or failed, and rolled-back when the rollback went through. */
export function outcomeTags(notice: DeployNotice): string[] {
  if (notice.event === 'start') return [];
  return [OUTCOME_TAG[notice.event], ...(notice.rollback?.outcome === 'rolled-back' ? ['rolled-back'] : [])];
}

/** Grafana renders annotation text as sanitized HTML: links work, and our values are escaped. */
function startText(notice: DeployNotice): string {
  const head = `Deploy of <b>${escapeHtml(notice.service)}</b>${notice.version ? ` ${escapeHtml(notice.version)}` : ''} to <b>${escapeHtml(notice.environment)}</b>`;
  const facts = [
    notice.commitUrl ? `commit ${link(notice.commitUrl, shortCommit(notice.commitUrl))}` : undefined,
    notice.actor ? `by ${escapeHtml(notice.actor)}` : undefined,
    notice.runUrl ? link(notice.runUrl, 'workflow run') : undefined,
  ].filter((fact): fact is string => fact !== undefined);
  return facts.length ? `${head}<br>${facts.join(' · ')}` : head;
}

/** The one line appended at the end: the outcome, the summary, the rollback, the runbook on a failure. */
function resultLine(notice: DeployNotice): string {
  if (notice.event === 'start') return '';
  const said = notice.summary ?? notice.failures.map((failure) => `${failure.name}: ${failure.detail}`).join('; ');
  const parts = [`<b>${RESULT_WORD[notice.event]}</b>${said ? `: ${escapeHtml(said)}` : ''}`];
  if (notice.rollback) {
    const revision = notice.rollback.toRevision === undefined ? '' : ` to revision ${notice.rollback.toRevision}`;
    parts.push(
      notice.rollback.outcome === 'rolled-back'
        ? `rolled back${revision}`
        : `rollback: ${escapeHtml(notice.rollback.outcome)}`,
    );
  }
  if (notice.event === 'failure' && notice.runbookUrl) parts.push(link(notice.runbookUrl, 'runbook'));
  return parts.join(' · ');
}

function link(url: string, label: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

/** Grafana's error body is `{ "message": "…" }` (ErrorResponseBody); its success bodies carry one too. */
function grafanaMessage(json: unknown): string | undefined {
  const message = (json as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : undefined;
}

function createdId(answer: JsonAnswer): string | undefined {
  const id = (answer.json as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'number' && Number.isInteger(id) ? String(id) : undefined;
}

/** Where the annotations API lives; a base copied with /api (or /api/annotations) still means Grafana's root. */
function apiBase(base: URL): URL {
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '').replace(/\/api(?:\/annotations)?$/, '')}/api`;
  return url;
}

function urlPasswords(text: string): string[] {
  let password = '';
  try {
    password = new URL(text).password;
    return password ? [password, decodeURIComponent(password)] : [];
  } catch {
    return password ? [password] : [];
  }
}
