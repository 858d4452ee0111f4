import { plannedRequest, type PlannedRequest } from '../checks/httpPlan.js';
import { planNaming } from '../checks/naming.js';
import type { CheckConfig } from '../config/checkSchema.js';
import { formatDuration } from '../config/duration.js';
import type { Config } from '../config/schema.js';
import {
  trafficMaxErrorRate,
  type SyntheticTrafficConfig,
  type TrafficRequestConfig,
} from '../config/syntheticTrafficSchema.js';
import { OFF } from '../config/monitorSchema.js';
import { builtInMinRequests } from '../config/trafficSchema.js';
import type { InconclusiveAction } from '../monitor/judge.js';
import type { PlannedGate } from '../monitor/plannedGate.js';
import { redactUrl } from '../secrets.js';
import { TOOL } from '../../version.js';

export const TRAFFIC_GATE_NAME = 'traffic';
/** Sent with every traffic request, so a team can filter the action's own requests out of dashboards and SLOs. */
export const TRAFFIC_HEADERS = {
  'user-agent': `${TOOL.name}/${TOOL.version} (traffic)`,
  'x-post-deploy-check': 'traffic',
};
// Redirects are answers: a traffic request that is sent on to a login page has still been served.
const ANSWERED = ['2xx', '3xx'] as const;

export interface PlannedTrafficRequest {
  /** "GET /health": its row in the report. */
  name: string;
  request: PlannedRequest;
  expect: CheckConfig['expect'];
  timeoutMs: number;
  followRedirects: boolean;
  insecureSkipTlsVerify: boolean;
}

export interface PlannedTraffic {
  ratePerSecond: number;
  /** Sent in turn, the first again after the last. */
  requests: PlannedTrafficRequest[];
  maxInFlight: number;
  /** The budget: no request starts past it. */
  maxRequests: number;
}

export const MAX_DROPPED_SHARE = 0.1;

/** The requests `traffic` sends and the gate that judges them; absent without `traffic`. */
export function planTraffic(
  config: Config,
  onInconclusive: InconclusiveAction,
): { traffic: PlannedTraffic; gate: PlannedGate } | undefined {
  const given = config.traffic;
  if (!given) return undefined;
  const resolve = planNaming(config, []).resolve;
  const sources: TrafficRequestConfig[] =
    given.requests ?? config.checks.filter((check) => check.method === 'GET' || check.method === 'HEAD');
  const requests = sources.map((source) => trafficRequest(source, resolve));
  const traffic: PlannedTraffic = {
    ratePerSecond: given.rate,
    requests,
    maxInFlight: given['max-in-flight'],
    maxRequests: given['max-requests'] ?? Math.max(1, Math.round((given.rate * config['monitor-window']) / 1_000)),
  };
  return { traffic, gate: trafficGate(given, config, traffic, onInconclusive) };
}

function trafficRequest(source: TrafficRequestConfig, resolve: (target: string) => string): PlannedTrafficRequest {
  const name = source.name ?? `${source.method} ${redactUrl((source.url ?? source.path) as string)}`;
  const planned = plannedRequest({ ...source, retries: 0, 'retry-on': [] }, resolve, name);
  // Ours replace any User-Agent the request names: the marker is what lets a team filter the traffic out.
  const headers = Object.fromEntries(
    Object.entries(planned.request.headers).filter(([header]) => !(header.toLowerCase() in TRAFFIC_HEADERS)),
  );
  return {
    name,
    request: { ...planned.request, headers: { ...headers, ...TRAFFIC_HEADERS } },
    expect: { ...planned.expect, status: planned.expect.status ?? [...ANSWERED] },
    timeoutMs: planned.timeoutMs,
    followRedirects: planned.followRedirects,
    insecureSkipTlsVerify: planned.insecureSkipTlsVerify,
  };
}

function trafficGate(
  given: SyntheticTrafficConfig,
  config: Config,
  traffic: PlannedTraffic,
  onInconclusive: InconclusiveAction,
): PlannedGate {
  const maxErrorRate = trafficMaxErrorRate(given, config['max-error-rate']);
  const maxP95 = given['max-p95'];
  return {
    name: TRAFFIC_GATE_NAME,
    query: `${traffic.ratePerSecond}/s of ${traffic.requests.map((request) => request.name).join(', ')}`,
    ...(maxErrorRate !== OFF ? { max: maxErrorRate } : {}),
    onInconclusive: given['on-inconclusive'] ?? onInconclusive,
    ...(given.mode ? { mode: given.mode } : {}),
    synthetic: {
      ...(maxP95 !== undefined ? { maxP95Ms: maxP95 * 1_000 } : {}),
      minRequests: builtInMinRequests({ 'min-requests': given['min-requests'], 'max-error-rate': maxErrorRate }),
      maxDroppedShare: MAX_DROPPED_SHARE,
    },
  };
}

/** "2/s, at most 16 in flight and 600 requests: GET https://shop/health, …", for the dry-run plan. */
export function trafficLine(traffic: PlannedTraffic, windowMs: number): string {
  return `traffic ${traffic.ratePerSecond} requests/s for ${formatDuration(windowMs)}, at most ${traffic.maxInFlight} in flight and ${traffic.maxRequests} in all: ${traffic.requests.map((request) => `${request.request.method} ${redactUrl(request.request.url)}`).join(', ')}`;
}
