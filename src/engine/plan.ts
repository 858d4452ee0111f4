import type { CheckConfig } from './config/checkSchema.js';
import type { Config } from './config/schema.js';
import { hasHeader } from './http.js';
import { redactUrl } from './secrets.js';

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
  required: boolean;
}

export interface PlannedVersionCheck {
  name: string;
  url: string;
  field: string;
  expected: string;
  timeoutMs: number;
}

export interface Plan {
  service: string;
  environment: string;
  version?: string;
  httpChecks: PlannedHttpCheck[];
  versionCheck?: PlannedVersionCheck;
  concurrency: number;
  timeoutMs: number;
  dryRun: boolean;
}

export const VERSION_CHECK_NAME = 'version';

/** Resolves every check to the exact request it will send; names are made unique for the report. */
export function buildPlan(config: Config): Plan {
  const resolve = (target: string) => (config['base-url'] && target.startsWith('/') ? joinUrl(config['base-url'], target) : target);
  const taken = new Set<string>(config['version-url'] ? [VERSION_CHECK_NAME] : []);
  const httpChecks = config.checks.map((check): PlannedHttpCheck => {
    const target = (check.url ?? check.path) as string;
    const request: PlannedRequest = { method: check.method, url: resolve(target), headers: { ...check.headers } };
    if (check.json !== undefined) {
      request.body = JSON.stringify(check.json);
      if (!hasHeader(request.headers, 'content-type')) request.headers['content-type'] = 'application/json';
    } else if (check.body !== undefined) {
      request.body = check.body;
    }
    return {
      name: uniqueName(check.name ?? `${check.method} ${redactUrl(target)}`, taken),
      request,
      expect: check.expect,
      timeoutMs: check.timeout,
      retries: check.retries,
      retryOn: check['retry-on'],
      followRedirects: check['follow-redirects'],
      required: check.required,
    };
  });
  const versionUrl = config['version-url'];
  return {
    service: config.service ?? 'service',
    environment: config.environment,
    version: config.version,
    httpChecks,
    versionCheck:
      versionUrl && config.version
        ? { name: VERSION_CHECK_NAME, url: resolve(versionUrl), field: config['version-field'], expected: config.version, timeoutMs: config['version-timeout'] }
        : undefined,
    concurrency: config.concurrency,
    timeoutMs: config.timeout,
    dryRun: config['dry-run'],
  };
}

/** `https://x/api` + `/health` -> `https://x/api/health`: a base path is kept, not replaced. */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} #${n}`;
  taken.add(candidate);
  return candidate;
}
