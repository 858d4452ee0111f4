import type { HttpRequest } from '../ports.js';
import type { CheckOutcome } from '../report/model.js';
import { redactUrl, type Redactor } from '../secrets.js';
import type { PlannedHttpCheck, PlannedRequest } from './httpPlan.js';

/** What the prober is asked to send for a planned check: its request and its own transport settings. */
export function httpRequestOf(check: PlannedHttpCheck, signal: AbortSignal): HttpRequest {
  return {
    ...check.request,
    timeoutMs: check.timeoutMs,
    followRedirects: check.followRedirects,
    insecureSkipTlsVerify: check.insecureSkipTlsVerify,
    signal,
  };
}

/** The request as the report shows it: credentials out of the URL, header names only (their values may authenticate). */
export function reportedRequest(request: PlannedRequest, redact: Redactor): NonNullable<CheckOutcome['request']> {
  return {
    method: request.method,
    url: redact(redactUrl(request.url)),
    headers: Object.fromEntries(Object.keys(request.headers).map((name) => [name, '***'])),
  };
}
