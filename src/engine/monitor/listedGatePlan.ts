import { joinUrl } from '../checks/naming.js';
import { requestOf } from '../checks/httpPlan.js';
import { hasHeader } from '../http.js';
import type { GateSource } from '../config/gateSourceSchema.js';
import { DEFAULT_LOOKBACK_MS } from '../config/gateSourceSchema.js';
import type { Config } from '../config/schema.js';
import type { InconclusiveAction } from './judge.js';
import type { PlannedGate, PlannedWebRead } from './plannedGate.js';
import { redactUrl } from '../secrets.js';

type ListedGate = Config['gates'][number];

/** One entry of `gates`, planned with its source: the limits are the same whatever the source. */
export function planListedGate(gate: ListedGate, config: Config, onInconclusive: InconclusiveAction): PlannedGate {
  const source = sourceOf(gate, config);
  const web = source === 'web' ? webRead(gate, config['base-url']) : undefined;
  return {
    name: gate.name,
    // A web gate has no query: what it shows in the query's place is the request it sends.
    query: web ? `${web.request.method} ${redactUrl(web.request.url)} → ${web.valuePath}` : (gate.query ?? ''),
    max: gate.max,
    min: gate.min,
    maxRatio: gate['max-ratio'],
    onInconclusive: gate['on-inconclusive'] ?? onInconclusive,
    ...(gate['max-consecutive-errors'] !== undefined ? { maxConsecutiveErrors: gate['max-consecutive-errors'] } : {}),
    ...(gate['min-delta'] !== undefined ? { minDelta: gate['min-delta'] } : {}),
    mode: gate.mode ?? 'enforce',
    ...(gate['traffic-query'] !== undefined
      ? { traffic: { query: gate['traffic-query'], minRequests: gate['min-requests'] ?? 0 } }
      : {}),
    ...(source !== 'prometheus' ? { source } : {}),
    ...(source === 'datadog' ? { lookbackMs: gate.lookback ?? DEFAULT_LOOKBACK_MS } : {}),
    ...(web ? { web } : {}),
  };
}

/** `source`, or Prometheus while prometheus-url is set (the config rejects a gate with neither). */
export function sourceOf(gate: { source?: GateSource }, config: { 'prometheus-url'?: string }): GateSource {
  return gate.source ?? (config['prometheus-url'] !== undefined ? 'prometheus' : 'web');
}

function webRead(gate: ListedGate, baseUrl: string | undefined): PlannedWebRead {
  const target = (gate.url ?? gate.path) as string;
  const url = baseUrl && target.startsWith('/') ? joinUrl(baseUrl, target) : target;
  const headers = { ...gate.headers };
  if (!hasHeader(headers, 'accept')) headers.accept = 'application/json';
  return {
    request: requestOf({ method: gate.method ?? 'GET', url, headers, body: gate.body, json: gate.json }),
    valuePath: gate.value as string,
    insecureSkipTlsVerify: gate['insecure-skip-tls-verify'] ?? false,
  };
}
