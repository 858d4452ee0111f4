import { z } from 'zod';
import { httpMethod, requestHeaders } from './checkSchema.js';
import { durationBetween, flag, oneOf, urlOrPath } from './fields.js';

/** Where a gate reads its number: a PromQL query, a Datadog metric query, or a JSON endpoint. */
export const GATE_SOURCES = ['prometheus', 'datadog', 'web'] as const;
export type GateSource = (typeof GATE_SOURCES)[number];

const HOUR = 3_600_000;
/** Datadog ingests with a delay: a sample reads the last point of this much time, not the present instant. */
export const DEFAULT_LOOKBACK_MS = 5 * 60_000;

/** The keys a gate adds to say where it reads: `source`, a Datadog `lookback`, a web gate's request and `value`. */
export const gateSourceShape = {
  source: oneOf(GATE_SOURCES).optional(),
  lookback: durationBetween(1_000, 24 * HOUR).optional(),
  url: urlOrPath.optional(),
  path: urlOrPath.optional(),
  method: httpMethod.optional(),
  headers: requestHeaders.optional(),
  body: z.string().optional(),
  json: z.unknown().optional(),
  /** Dot path into the JSON answer, as version-field; a plain-text answer is the number itself. */
  value: z.string().min(1).optional(),
  'insecure-skip-tls-verify': flag.optional(),
};

type GateSourceKeys = z.output<z.ZodObject<typeof gateSourceShape>> & {
  query?: string;
  'max-ratio'?: number;
  'traffic-query'?: string;
};

const WEB_KEYS = ['url', 'path', 'method', 'headers', 'body', 'json', 'value', 'insecure-skip-tls-verify'] as const;

/** What each source needs and what it cannot use, said where the gate is written. */
export function gateSourceRules(gate: GateSourceKeys, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (gate.source !== 'datadog' && gate.lookback !== undefined) {
    issue('lookback', 'is how far back a Datadog gate reads: set source: datadog, or remove it');
  }
  if (gate.source !== 'web') {
    if (gate.query === undefined) issue('query', `a ${gate.source ?? 'prometheus'} gate needs query`);
    for (const key of WEB_KEYS) {
      if (gate[key] !== undefined) issue(key, 'belongs to a web gate: set source: web, or remove it');
    }
    return;
  }
  if (gate.query !== undefined) issue('query', 'a web gate reads url (or path) and value, not a query');
  if ((gate.url === undefined) === (gate.path === undefined)) {
    issue('url', 'a web gate needs exactly one of url (a full URL) or path (resolved against base-url)');
  }
  if (gate.value === undefined) {
    issue('value', 'a web gate needs value: the dot path of the number in the JSON answer (e.g. data.score)');
  }
  // A JSON endpoint answers for now only: there is no earlier value to take a ratio to.
  if (gate['max-ratio'] !== undefined) issue('max-ratio', 'a web gate has no baseline: use max or min');
  if (gate['traffic-query'] !== undefined) issue('traffic-query', 'a web gate has no queries to count requests with');
  if (gate.body !== undefined && gate.json !== undefined) issue('json', 'set body or json, not both');
  const method = gate.method ?? 'GET';
  if ((gate.body !== undefined || gate.json !== undefined) && (method === 'GET' || method === 'HEAD')) {
    issue('method', `${method} sends no body; set method: POST (or PUT, PATCH) to send body or json`);
  }
}

/** What the sources of the listed gates and the comparisons need from the rest of the configuration. */
export function gateSourceIssues(config: {
  gates: readonly { source?: GateSource; path?: string }[];
  compare: readonly { source?: GateSource }[];
  'prometheus-url'?: string;
  'base-url'?: string;
  'datadog-api-key'?: string;
  'datadog-app-key'?: string;
  'datadog-error-rate-query'?: string;
  'datadog-monitor-tags'?: string;
}): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const unsourced = (list: 'gates' | 'compare', index: number, sources: string) =>
    issues.push({
      path: [list, index, 'source'],
      message: `is needed without prometheus-url: set source: ${sources}, or prometheus-url for a PromQL ${list === 'gates' ? 'gate' : 'comparison'}`,
    });
  config.gates.forEach((gate, index) => {
    if (gate.source === undefined && config['prometheus-url'] === undefined)
      unsourced('gates', index, 'datadog or web');
    if (gate.source === 'web' && gate.path !== undefined && config['base-url'] === undefined) {
      issues.push({ path: ['gates', index, 'path'], message: 'needs base-url (or give a full url)' });
    }
  });
  config.compare.forEach((entry, index) => {
    if (entry.source === undefined && config['prometheus-url'] === undefined) unsourced('compare', index, 'datadog');
  });
  const readsMetrics =
    [...config.gates, ...config.compare].some((each) => each.source === 'datadog') ||
    config['datadog-error-rate-query'] !== undefined;
  const readsMonitors = config['datadog-monitor-tags'] !== undefined;
  // Said for what the run reads, so the reader sees which key turned Datadog on.
  const message = readsMetrics
    ? 'is required to read Datadog metrics: a gate or a comparison reads Datadog (source: datadog or datadog-error-rate-query)'
    : 'is required to read Datadog monitors: datadog-monitor-tags turns on the datadog-monitors gate';
  if (readsMetrics || readsMonitors) {
    for (const key of ['datadog-api-key', 'datadog-app-key'] as const) {
      if (config[key] === undefined) issues.push({ path: [key], message });
    }
  }
  return issues;
}
