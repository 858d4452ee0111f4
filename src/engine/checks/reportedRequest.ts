import type { PlannedRequest } from '../plan.js';
import type { CheckOutcome } from '../report/model.js';
import { redactUrl, type Redactor } from '../secrets.js';

/** The request as the report shows it: credentials out of the URL, header names only (their values may authenticate). */
export function reportedRequest(request: PlannedRequest, redact: Redactor): NonNullable<CheckOutcome['request']> {
  return {
    method: request.method,
    url: redact(redactUrl(request.url)),
    headers: Object.fromEntries(Object.keys(request.headers).map((name) => [name, '***'])),
  };
}
