import { DEFAULT_ERROR_RATE_QUERY } from '../../src/engine/config/monitorSchema.js';
import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { renderInvalidConfigMarkdown } from '../../src/engine/report/invalidConfigMarkdown.js';
import { renderMarkdown } from '../../src/engine/report/markdown.js';
import { jsonResponse, response } from '../support/fakeProber.js';
import { NEW_SHA } from '../support/fixtures.js';
import { BASE, runReport, type Script } from './runReport.js';

/** Markup a hostile or careless service could put in a response body: the summary must show it as text. */
export const PLANTED = {
  html: '<b>bold</b>',
  image: "<img src=x onerror='globalThis.pwned=1'>",
  stars: '**stars**',
  link: '[link](http://x)',
} as const;

export interface Situation {
  name: string;
  /** The screenshot's file name under .tmp/summaries/. */
  file: string;
  /** A failing run must put its first failure's next step on the first screen too, not only the headline. */
  failing: boolean;
  markdown: () => Promise<string>;
}

const LATENCY_QUERY =
  'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="shop-api"}[5m])))';
const KUBERNETES = { 'kube-deployment': 'shop-api', 'kube-namespace': 'shop', 'kube-context': 'prod-eu-1' };
const MONITOR = { 'prometheus-url': 'http://prometheus:9090', 'monitor-window': '5m', 'monitor-interval': '30s' };
const health = { [`${BASE}/health`]: [response(200)] };

// The readiness answer that names the failing dependency, with the planted markup on one long line as
// services write JSON: it must show escaped, and wrap rather than scroll.
const readinessBody = JSON.stringify({
  status: 'unavailable',
  checks: {
    postgres: {
      status: 'down',
      error: 'connect ECONNREFUSED db.shop.svc.cluster.local:5432 (pool exhausted after 30s)',
    },
    redis: { status: 'up', latencyMs: 2 },
  },
  message: `${PLANTED.html} ${PLANTED.image} ${PLANTED.stars} ${PLANTED.link}`,
});

const summaryOf = (script: Script) => async () => renderMarkdown(await runReport(script));

/** loadConfig's errors for inputs that are wrong, as the action reports them. */
async function configErrors(inputs: Partial<Record<ConfigKey, string>>): Promise<string[]> {
  const loaded = await loadConfig({ inputs });
  if (loaded.ok) throw new Error('expected configuration errors');
  return loaded.errors;
}

/** The situations of issue 14: each run's summary, and the one a wrong configuration writes instead. */
export const SITUATIONS: Situation[] = [
  {
    name: 'pass',
    file: 'pass',
    failing: false,
    markdown: summaryOf({
      inputs: { checks: '/health\n/ready', 'version-url': '/version', version: NEW_SHA, ...KUBERNETES, ...MONITOR },
      replies: {
        ...health,
        [`${BASE}/ready`]: [response(204)],
        [`${BASE}/version`]: [jsonResponse(200, { commit: NEW_SHA })],
      },
      readings: { [DEFAULT_ERROR_RATE_QUERY]: [0.001, 0.002, 0.0015, 0.003, 0.002] },
      cluster: true,
    }),
  },
  {
    name: 'smoke failure',
    file: 'smoke-failure',
    failing: true,
    markdown: summaryOf({
      inputs: {
        checks: '/health\n/ready',
        version: NEW_SHA,
        'runbook-url': 'https://wiki.example.com/runbooks/shop-api',
      },
      replies: {
        ...health,
        [`${BASE}/ready`]: [response(503, readinessBody, { 'content-type': 'application/json' })],
      },
    }),
  },
  {
    name: 'monitor breach with rollback',
    file: 'failed-rollback',
    failing: true,
    markdown: summaryOf({
      inputs: {
        checks: '/health',
        version: NEW_SHA,
        ...KUBERNETES,
        ...MONITOR,
        'latency-query': LATENCY_QUERY,
        'max-latency': '0.5',
      },
      replies: health,
      readings: {
        [DEFAULT_ERROR_RATE_QUERY]: [0.002, 0.004, 0.003, 0.08, 0.19, 0.23],
        [LATENCY_QUERY]: [0.21, 0.24, 0.22, 0.41, 0.62, 0.71],
      },
      baselines: { [LATENCY_QUERY]: 0.2 },
      cluster: true,
    }),
  },
  {
    name: 'approval job (command: rollback)',
    file: 'approval-rollback',
    failing: false,
    markdown: summaryOf({
      inputs: { command: 'rollback', checks: '/health', version: NEW_SHA, ...KUBERNETES },
      replies: health,
      cluster: true,
    }),
  },
  {
    name: 'no data',
    file: 'no-data',
    failing: false,
    markdown: summaryOf({
      inputs: { checks: '/health', version: NEW_SHA, ...MONITOR },
      replies: health,
      readings: { [DEFAULT_ERROR_RATE_QUERY]: ['no-data'] },
    }),
  },
  {
    name: 'config error',
    file: 'config-error',
    failing: false,
    markdown: async () =>
      renderInvalidConfigMarkdown(
        await configErrors({
          'base-url': 'shop.example.com',
          checks: '/health',
          'monitor-window': 'five minutes',
          'max-error-rate': 'lots',
        }),
      ),
  },
];
