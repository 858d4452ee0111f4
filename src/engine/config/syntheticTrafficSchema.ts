import { z } from 'zod';
import { checkShorthand, requestRules, requestShape } from './checkSchema.js';
import { decimal, flag, wholeNumber } from './fields.js';
import { OFF, onInconclusive, requestCount } from './monitorSchema.js';
import { gateMode } from './trustSchema.js';
import { AUTO, builtInMinRequests } from './trafficSchema.js';
import { formatDuration } from './duration.js';

export const DEFAULT_TRAFFIC_RATE = 2;
export const MAX_TRAFFIC_RATE = 50;
export const DEFAULT_MAX_IN_FLIGHT = 16;
/** Methods that read: traffic repeats a request rate × window times, which only these can bear unasked. */
export const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

const quoted = (value: unknown) => JSON.stringify(String(value));

/** One request traffic cycles through: a check's request and expect, sent once each time (no retries). */
const trafficRequestObject = z
  .strictObject({
    name: requestShape.name,
    url: requestShape.url,
    path: requestShape.path,
    method: requestShape.method,
    headers: requestShape.headers,
    body: requestShape.body,
    json: requestShape.json,
    expect: requestShape.expect,
    timeout: requestShape.timeout,
    'follow-redirects': requestShape['follow-redirects'],
    'insecure-skip-tls-verify': requestShape['insecure-skip-tls-verify'],
  })
  .superRefine((request, ctx) => requestRules({ ...request, retries: 0, 'retry-on': [] }, ctx));

export const trafficRequestSchema = z.union([checkShorthand.pipe(trafficRequestObject), trafficRequestObject], {
  error: 'expected a request: "/path", "GET /path", a full URL, or an object with path or url',
});
export type TrafficRequestConfig = z.output<typeof trafficRequestObject>;

const rate = decimal(0.1).refine((value) => value <= MAX_TRAFFIC_RATE, {
  error: (issue) =>
    `${quoted(issue.input)} requests a second is more than ${MAX_TRAFFIC_RATE}: traffic gives the gates something to judge, it is not a load test; use ${MAX_TRAFFIC_RATE} or less`,
});

/** The action's own requests during the monitor window, and the built-in `traffic` gate that judges them. */
export const syntheticTrafficSchema = z
  .strictObject({
    rate: rate.prefault(DEFAULT_TRAFFIC_RATE),
    requests: z.array(trafficRequestSchema).optional(),
    'allow-writes': flag.prefault(false),
    'max-in-flight': wholeNumber(1, 1_000).prefault(DEFAULT_MAX_IN_FLIGHT),
    'max-requests': wholeNumber(1, 10_000_000).optional(),
    'max-error-rate': z.union([decimal(0), z.literal(OFF)]).optional(),
    /** Seconds. */
    'max-p95': decimal(0, { exclusive: true }).optional(),
    'min-requests': z.union([requestCount, z.literal(AUTO)]).prefault(AUTO),
    mode: gateMode.optional(),
    'on-inconclusive': onInconclusive.optional(),
  })
  .superRefine((traffic, ctx) => {
    if (traffic.requests?.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['requests'],
        message: 'lists no request: list one (e.g. - /health), or leave it out to cycle the GET checks',
      });
    if (traffic['allow-writes']) return;
    traffic.requests?.forEach((request, index) => {
      if (!READ_METHODS.has(request.method))
        ctx.addIssue({
          code: 'custom',
          path: ['requests', index, 'method'],
          message: `${request.method} may change data, and traffic sends it again and again; use GET, HEAD or OPTIONS, or set allow-writes: true if the endpoint is safe to call that often`,
        });
    });
  });

export type SyntheticTrafficConfig = z.output<typeof syntheticTrafficSchema>;

export const syntheticTrafficShape = {
  traffic: syntheticTrafficSchema.optional().meta({
    description:
      'YAML object: the action sends its own requests through the monitor window and judges them as the gate traffic: rate (per second, 0.1-50, default 2), requests (default: the GET and HEAD checks), allow-writes, max-in-flight (16), max-requests, max-error-rate, max-p95 (seconds), min-requests, mode, on-inconclusive.',
  }),
};

/** The traffic gate's error-rate limit: its own, or the top-level one; `off` judges latency and drops only. */
export function trafficMaxErrorRate(
  traffic: SyntheticTrafficConfig,
  topLevel: number | typeof OFF,
): number | typeof OFF {
  return traffic['max-error-rate'] ?? topLevel;
}

/** What `traffic` needs from the rest of the configuration, and whether its samples can ever be judged. */
export function syntheticTrafficIssues(config: {
  traffic?: SyntheticTrafficConfig;
  checks: readonly { method: string }[];
  'base-url'?: string;
  'monitor-window': number;
  'monitor-interval': number;
  'max-error-rate': number | typeof OFF;
}): { path: PropertyKey[]; message: string }[] {
  const { traffic } = config;
  if (!traffic) return [];
  const issues: { path: PropertyKey[]; message: string }[] = [];
  if (config['monitor-window'] === 0)
    issues.push({
      path: ['traffic'],
      message: 'runs during the monitor window, and monitor-window is 0: set monitor-window (e.g. 5m)',
    });
  if (
    traffic.requests === undefined &&
    !config.checks.some((check) => check.method === 'GET' || check.method === 'HEAD')
  )
    issues.push({
      path: ['traffic', 'requests'],
      message: 'is needed: there is no GET or HEAD check to send again; list requests (e.g. - /health)',
    });
  if (config['base-url'] === undefined)
    traffic.requests?.forEach((request, index) => {
      if (request.path !== undefined || request.url?.startsWith('/'))
        issues.push({
          path: ['traffic', 'requests', index],
          message: `path ${JSON.stringify(request.path ?? request.url)} needs base-url (or give a full URL)`,
        });
    });
  const minRequests = builtInMinRequests({
    'min-requests': traffic['min-requests'],
    'max-error-rate': trafficMaxErrorRate(traffic, config['max-error-rate']),
  });
  const perSample = Math.floor((traffic.rate * config['monitor-interval']) / 1_000);
  if (config['monitor-window'] > 0 && perSample < minRequests) {
    const enoughRate = Math.ceil((minRequests * 1_000) / config['monitor-interval']);
    const fixes = [
      ...(enoughRate <= MAX_TRAFFIC_RATE ? [`raise rate to ${enoughRate}`] : []),
      `lengthen monitor-interval to ${formatDuration(Math.ceil(minRequests / traffic.rate) * 1_000)}`,
      'or lower min-requests (a looser max-error-rate lowers auto)',
    ];
    issues.push({
      path: ['traffic', 'rate'],
      message: `gives at most ${perSample} requests a sample (${traffic.rate}/s over monitor-interval ${formatDuration(config['monitor-interval'])}), fewer than min-requests ${minRequests}: every sample would be no data; ${fixes.join(', ')}`,
    });
  }
  return issues;
}
