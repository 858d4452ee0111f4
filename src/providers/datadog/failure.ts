import { MetricError } from '../../engine/ports.js';
import type { Redactor } from '../../engine/secrets.js';
import { vendorDetail, type JsonAnswer } from '../shared/noticeRequest.js';
import { datadogErrors } from './apiErrors.js';

/** What a read asked for, in the words its failures use. */
export interface ReadContext {
  /** e.g. "the query", "the monitor list". */
  what: string;
  /** The permission the application key needs for it: timeseries_query, monitors_read. */
  permission: string;
  /** The API host, e.g. api.datadoghq.com. */
  host: string;
  path: string;
}

/** A MetricError whose message can show no key: it may quote what a server or a library said. */
export function safeError(message: string, redact: Redactor, queryRejected = false, rateLimited = false): MetricError {
  return new MetricError(redact(message), queryRejected, rateLimited);
}

/** A non-2xx answer other than 429, in terms a person can act on. */
export function refusal(answer: JsonAnswer, context: ReadContext, redact: Redactor): MetricError {
  const said = datadogErrors(answer.json);
  // A malformed query is a setup problem, like malformed PromQL: Datadog says what is wrong with it.
  if (answer.status === 400 && said) return safeError(`Datadog rejected ${context.what}: ${said}`, redact, true);
  if (answer.status === 401 || answer.status === 403)
    return safeError(
      `Datadog refused ${context.what} (HTTP ${answer.status}${said ? `: ${said}` : ''}): datadog-api-key must be ` +
        `an API key and datadog-app-key an application key of the same organisation at ${context.host}, and the ` +
        `application key needs the ${context.permission} permission`,
      redact,
    );
  if (answer.json === undefined) return notJson(answer, context, redact);
  const detail = vendorDetail(answer, datadogErrors, redact);
  const hint = statusHint(answer.status, context.path);
  return safeError(
    `Datadog at ${context.host} answered HTTP ${answer.status}${detail ? ` (${detail})` : ''}${hint ? `: ${hint}` : ''}`,
    redact,
  );
}

/** An answer that is not the API's JSON: usually a proxy, a login page or a wrong datadog-api-url. */
export function notJson(answer: JsonAnswer, context: ReadContext, redact: Redactor): MetricError {
  const detail = vendorDetail(answer, () => undefined, redact);
  const what = /^\s*</.test(answer.text)
    ? `an HTML page${detail ? ` ("${detail}")` : ''}`
    : detail
      ? `a non-JSON body ("${detail}")`
      : 'an empty body';
  const hint =
    statusHint(answer.status, context.path) ??
    `is datadog-api-url the base URL the API lives under? (${context.path} was asked)`;
  return safeError(
    `Datadog at ${context.host} answered HTTP ${answer.status} with ${what}, not the API's JSON: ${hint}`,
    redact,
  );
}

/** JSON of the wrong shape under a 2xx: `problem` says where. */
export function unexpectedJson(answer: JsonAnswer, context: ReadContext, problem: string, redact: Redactor) {
  return safeError(
    `Datadog at ${context.host} answered HTTP ${answer.status} with JSON that is not the answer to ${context.what} (${problem})`,
    redact,
  );
}

function statusHint(status: number, path: string): string | undefined {
  if (status >= 300 && status < 400)
    return 'a redirect, which is not followed: is datadog-api-url behind a login page?';
  if (status === 404) return `nothing at ${path}: is datadog-api-url the base URL the API lives under?`;
  if (status === 502 || status === 503 || status === 504)
    return 'a proxy or load balancer in front of Datadog answered; Datadog or the proxy may be unavailable';
  if (status >= 500) return 'a server error at Datadog or a proxy in front of it';
  return undefined;
}
