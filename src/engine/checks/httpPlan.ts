import type { CheckConfig, RequestConfig } from '../config/checkSchema.js';
import type { Config } from '../config/schema.js';
import { hasHeader } from '../http.js';
import { redactUrl } from '../secrets.js';
import type { PlanNaming } from './naming.js';

export interface PlannedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface PlannedHttpCheck {
  name: string;
  request: PlannedRequest;
  expect: CheckConfig['expect'];
  timeoutMs: number;
  retries: number;
  retryOn: number[];
  followRedirects: boolean;
  /** This request only is sent without verifying the server's certificate. */
  insecureSkipTlsVerify: boolean;
  required: boolean;
  /** A rate-limit check: this many requests at once. */
  burst?: number;
}

export function planHttpChecks(config: Config, naming: PlanNaming): PlannedHttpCheck[] {
  return config.checks.map((check): PlannedHttpCheck => ({
    ...plannedRequest(
      check,
      naming.resolve,
      naming.unique(check.name ?? `${check.method} ${redactUrl((check.url ?? check.path) as string)}`),
    ),
    required: check.required,
    ...(check.burst ? { burst: check.burst } : {}),
  }));
}

/** The exact request a check or a flow step sends, and how its answer is judged. */
export function plannedRequest(
  check: RequestConfig,
  resolve: (target: string) => string,
  name: string,
): Omit<PlannedHttpCheck, 'required'> {
  const target = (check.url ?? check.path) as string;
  return {
    name,
    request: requestOf({ ...check, url: resolve(target) }),
    expect: check.expect,
    timeoutMs: check.timeout,
    retries: check.retries,
    retryOn: check['retry-on'],
    followRedirects: check['follow-redirects'],
    insecureSkipTlsVerify: check['insecure-skip-tls-verify'],
  };
}

/** The request as sent: a `json` body serialised, with its content type unless the headers give one. */
export function requestOf(parts: {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  json?: unknown;
}): PlannedRequest {
  const request: PlannedRequest = { method: parts.method, url: parts.url, headers: { ...parts.headers } };
  if (parts.json !== undefined) {
    request.body = JSON.stringify(parts.json);
    if (!hasHeader(request.headers, 'content-type')) request.headers['content-type'] = 'application/json';
  } else if (parts.body !== undefined) {
    request.body = parts.body;
  }
  return request;
}
