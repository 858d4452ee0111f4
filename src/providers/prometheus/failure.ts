import type { Envelope } from './envelope.js';

/** An HTTP answer as read: the body at most the size limit. */
export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

const EXCERPT_CHARS = 200;

const ERROR_LEADS: Record<string, string> = {
  bad_data: 'Prometheus rejected the query',
  execution: 'Prometheus could not execute the query',
  timeout: 'Prometheus timed out evaluating the query',
  canceled: 'Prometheus canceled the query',
};

/** `status: "error"` in Prometheus's own words; its error text is what a person fixes the query by. */
export function rejectedMessage(envelope: Envelope, status: number): string {
  const type = envelope.errorType ?? 'no errorType';
  const lead = ERROR_LEADS[type] ?? 'Prometheus failed the query';
  // 400 is implied by bad_data; for the others the status tells Prometheus's 422/503 from a proxy's 5xx.
  const code = type === 'bad_data' ? '' : `, HTTP ${status}`;
  return `${lead} (${type}${code}): ${envelope.error ?? 'no error text'}`;
}

/** An answer that is not the API's JSON: usually a proxy, a login page or a wrong base URL. */
export function notJsonMessage(answer: Answer, host: string, path: string): string {
  const what = isHtml(answer)
    ? `an HTML page${titleOf(answer.body)}`
    : answer.body.trim() === ''
      ? 'an empty body'
      : `a non-JSON body (${answer.contentType || 'no content-type'}): "${excerpt(answer.body)}"`;
  const hint =
    statusHint(answer.status, path) ?? `is prometheus-url the base URL the API lives under? (${path} was asked)`;
  return `Prometheus at ${host} answered HTTP ${answer.status} with ${what}, not the API's JSON: ${hint}`;
}

/** JSON, but not the envelope, or a success envelope under an error status. */
export function unexpectedJsonMessage(answer: Answer, host: string, path: string, problem: string): string {
  const hint = statusHint(answer.status, path);
  return `Prometheus at ${host} answered HTTP ${answer.status} with JSON that is not a Prometheus API answer (${problem})${hint ? `: ${hint}` : ''}`;
}

function statusHint(status: number, path: string): string | undefined {
  if (status >= 300 && status < 400) return 'a redirect, which is not followed: is prometheus-url behind a login page?';
  if (status === 401 || status === 403) return 'the credentials were refused: check prometheus-headers';
  if (status === 404) return `nothing at ${path}: is prometheus-url the base URL the API lives under?`;
  if (status === 429)
    return 'queries are rate limited (a hosted Prometheus or a proxy in front of it): lower the gate count or raise monitor-interval';
  if (status === 502 || status === 503 || status === 504)
    return 'a proxy or load balancer in front of Prometheus answered; Prometheus may be down or restarting';
  // Asking whether the base URL is right would send a person the wrong way: something there failed.
  if (status >= 500) return 'a server error from Prometheus or a proxy in front of it';
  return undefined;
}

function isHtml(answer: Answer): boolean {
  return /html/i.test(answer.contentType) || /^\s*</.test(answer.body);
}

function titleOf(body: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1];
  return title?.trim() ? ` ("${excerpt(title)}")` : '';
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
}
