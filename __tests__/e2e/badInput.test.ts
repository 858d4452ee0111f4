import { access, chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/engine/config/load.js';
import { escapeHtml } from '../../src/engine/report/escape.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { parse } from 'yaml';
import { GITHUB_ENV, GITHUB_TOKEN, ROOT, runAction, type ActionRun } from '../support/runAction.js';
import { json, startTestService, text, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it, with one thing wrong at a time in a configuration that
// otherwise reaches every party: the service, Prometheus, Grafana, Datadog, Slack, a PostgreSQL
// dependency and kubectl. Each case must fail the step naming the input and the accepted form, and
// must do so before a single connection is opened or kubectl is started.

type Inputs = Partial<Record<ConfigKey | 'config', string>>;

/** Stands for the counting HTTP server's URL in a case's values. */
const SERVICE = '{service}';

/** Valid, and using every party, so that any case that failed late would show up as traffic. */
function baseline(service: string, database: string): Inputs {
  return {
    'base-url': service,
    checks: [
      '- /health',
      '- name: products',
      '  path: /api/products',
      '  headers: { authorization: Bearer smoke-token-123 }',
      '  expect: { status: 200 }',
    ].join('\n'),
    dependencies: [
      '- name: orders database',
      '  type: postgres',
      `  url: postgres://smoke:smoke-pw-123@${new URL(database).host}/orders`,
      '  required: false',
    ].join('\n'),
    'prometheus-url': service,
    'latency-query': 'histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket[5m])) by (le))',
    'max-latency': '0.5',
    gates: ['- name: queue-depth', '  query: max(queue_depth)', '  max: 500'].join('\n'),
    'kube-deployment': 'shop-api',
    'kube-namespace': 'shop',
    'kube-context': 'staging',
    rollback: 'auto',
    'log-error-pattern': 'panic|FATAL',
    'grafana-url': service,
    'grafana-token': 'glsa_smoke_token_123',
    'datadog-api-key': 'dd-smoke-key-123',
    'datadog-api-url': service,
    'slack-webhook-url': `${service}/services/T000/B000/XXXX`,
    'github-token': GITHUB_TOKEN,
    'github-deployment': 'create',
    'pr-comment': 'always',
    'pr-number': '42',
  };
}

interface BadCase {
  /** What is wrong: the test's name. */
  what: string;
  /** Inputs changed from the baseline; undefined removes one. */
  set?: Inputs;
  /** A config file, passed as the `config` input (inputs that are set win over it). */
  file?: string;
  /** A line of the error annotation: the input or key, what is wrong and the accepted form. */
  says: string;
}

const DURATION = 'use e.g. 500ms, 30s, 5m, 1h or 1m30s';
const NOT_HTTP = 'is not an http(s) URL; use e.g. https://api.example.com';
const KUBE_NAME =
  'is not a Kubernetes name; use lower-case letters, digits, "-" and ".", starting and ending with a letter or digit';
const KUBE_NAMESPACE =
  'is not a Kubernetes namespace; use at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit';
const KUBE_CONTEXT =
  'kube-context: a context cannot be empty, start with "-" or hold a line break or control character; use the context name from your kubeconfig';
const CONFIG_FILE = 'post-deploy-check.yml';
const lines = (...text: string[]) => text.join('\n');
/** A valid comparison with the keys in `more` added: keys it lacks, as a YAML mapping cannot hold one twice. */
const compareEntry = (...more: string[]) =>
  lines(
    '- name: errors vs stable',
    '  errors-query: sum(increase(http_requests_total{status="500",track="{{side}}"}[{{range}}]))',
    '  requests-query: sum(increase(http_requests_total{track="{{side}}"}[{{range}}]))',
    '  canary: canary',
    '  baseline: stable',
    ...more,
    '',
  );

const CASES: BadCase[] = [
  // Durations
  {
    what: 'a duration in words',
    set: { 'version-timeout': '5 minutes' },
    says: `version-timeout: "5 minutes" is not a duration; ${DURATION}`,
  },
  {
    what: 'a negative duration',
    set: { 'monitor-interval': '-1s' },
    says: `monitor-interval: "-1s" is not a duration; ${DURATION}`,
  },
  {
    what: 'a zero timeout',
    set: { timeout: '0s' },
    says: 'timeout: "0s" is out of range; use a duration from 1s to 6h',
  },
  {
    what: 'a zero monitor-interval',
    set: { 'monitor-interval': '0s' },
    says: 'monitor-interval: "0s" is out of range; use a duration from 1s to 1h',
  },
  {
    what: 'a timeout past the 6 hours a job may run',
    set: { timeout: '7h' },
    says: 'timeout: "7h" is out of range; use a duration from 1s to 6h',
  },
  {
    what: 'a rollback-timeout over its bound',
    set: { 'rollback-timeout': '2h' },
    says: 'rollback-timeout: "2h" is out of range; use a duration from 1s to 1h',
  },
  {
    what: 'a baseline-offset over a week',
    set: { 'baseline-offset': '200h' },
    says: 'baseline-offset: "200h" is out of range; use a duration from 1s to 7d',
  },
  {
    what: "a check's zero timeout",
    set: { checks: lines('- path: /health', '  timeout: 0s') },
    says: 'checks[0].timeout: "0s" is out of range; use a duration from 1ms to 1h',
  },
  {
    what: "a dependency's timeout in words",
    set: {
      dependencies: lines('- name: db', '  type: postgres', '  url: postgres://127.0.0.1:1/db', '  timeout: 5 seconds'),
    },
    says: `dependencies[0].timeout: "5 seconds" is not a duration; ${DURATION}`,
  },
  // URLs
  {
    what: 'a base-url without a scheme',
    set: { 'base-url': 'shop.example.com' },
    says: `base-url: "shop.example.com" ${NOT_HTTP}`,
  },
  {
    what: 'a base-url with a query',
    set: { 'base-url': 'https://shop.example.com/?env=prod' },
    says: 'base-url: a base URL cannot have a query or fragment: paths are appended to it; put ?query in each check path',
  },
  {
    what: 'an ftp prometheus-url',
    set: { 'prometheus-url': 'ftp://prometheus.example.com' },
    says: `prometheus-url: "ftp://prometheus.example.com" ${NOT_HTTP}`,
  },
  {
    what: 'a grafana-url with a space',
    set: { 'grafana-url': 'https://graf ana.example.com' },
    says: `grafana-url: "https://graf ana.example.com" ${NOT_HTTP}`,
  },
  {
    what: 'a javascript: runbook-url',
    set: { 'runbook-url': 'javascript:alert(1)' },
    says: `runbook-url: "javascript:alert(1)" ${NOT_HTTP}`,
  },
  {
    what: 'a javascript: datadog-api-url',
    set: { 'datadog-api-url': 'javascript:alert(1)' },
    says: `datadog-api-url: "javascript:alert(1)" ${NOT_HTTP}`,
  },
  // The webhook URL is a secret as a whole: masked even in its own error.
  {
    what: 'a slack-webhook-url without a scheme',
    set: { 'slack-webhook-url': 'hooks.slack.com/services/T0/B0/XYZ' },
    says: `slack-webhook-url: "***" ${NOT_HTTP}`,
  },
  {
    what: 'an ftp check url',
    set: { checks: '- url: ftp://files.example.com/health' },
    says: 'checks[0].url: "ftp://files.example.com/health" is neither a path starting with "/" nor an http(s) URL',
  },
  {
    what: 'a check url with a space',
    set: { checks: '- url: https://shop example.com/health' },
    says: 'checks[0].url: "https://shop example.com/health" is neither a path starting with "/" nor an http(s) URL',
  },
  {
    what: 'a version-url that is neither a path nor a URL',
    set: { 'version-url': 'version' },
    says: 'version-url: "version" is neither a path starting with "/" nor an http(s) URL',
  },
  {
    what: 'an http URL for a postgres dependency',
    set: { dependencies: lines('- name: db', '  type: postgres', `  url: ${SERVICE}/db`) },
    says: 'dependencies[0].url: a postgres URL starts with postgres:// or postgresql://',
  },
  // Numbers
  { what: 'concurrency 0', set: { concurrency: '0' }, says: 'concurrency: "0" is not a whole number from 1 to 256' },
  {
    what: 'concurrency in letters',
    set: { concurrency: 'abc' },
    says: 'concurrency: "abc" is not a whole number from 1 to 256',
  },
  {
    what: 'concurrency 1e9',
    set: { concurrency: '1e9' },
    says: 'concurrency: "1e9" is not a whole number from 1 to 256',
  },
  {
    what: 'failure-threshold 0',
    set: { 'failure-threshold': '0' },
    says: 'failure-threshold: "0" is not a whole number from 1 to 100',
  },
  {
    what: 'max-error-rate as a percentage',
    set: { 'max-error-rate': '150%' },
    says: 'max-error-rate: "150%" is a percentage; write it as a plain number, e.g. 1.5 for 150%',
  },
  {
    what: 'a negative max-error-rate',
    set: { 'max-error-rate': '-0.1' },
    says: 'max-error-rate: "-0.1" is not a number of at least 0; use e.g. 0.01 or 2.5',
  },
  {
    what: 'max-latency-ratio 0',
    set: { 'max-latency-ratio': '0' },
    says: 'max-latency-ratio: "0" is not a number above 0; use e.g. 0.01 or 2.5',
  },
  {
    what: 'negative max-restarts',
    set: { 'max-restarts': '-1' },
    says: 'max-restarts: "-1" is not a whole number from 0 to 10000',
  },
  {
    what: 'rollback-to-revision 0',
    set: { 'rollback-to-revision': '0' },
    says: 'rollback-to-revision: "0" is not a whole number from 1 to 1000000000',
  },
  {
    what: 'check retries over 10',
    set: { checks: lines('- path: /health', '  retries: 11') },
    says: 'checks[0].retries: "11" is not a whole number from 0 to 10',
  },
  // Enums
  {
    what: 'an unknown rollback mode',
    set: { rollback: 'always' },
    says: 'rollback: "always" is not one of auto, manual, off',
  },
  {
    what: 'rollback-with: helm without helm-release',
    set: { 'rollback-with': 'helm' },
    says: 'helm-release: is required with rollback-with: helm',
  },
  {
    what: 'an unknown rollback-with',
    set: { 'rollback-with': 'argo' },
    says: 'rollback-with: "argo" is not one of kubectl, helm, command',
  },
  {
    what: 'a helm-release with a space',
    set: { 'rollback-with': 'helm', 'helm-release': 'shop api' },
    says: 'helm-release: "shop api" is not a Helm release name: lower-case letters, digits, "-" and ".", at most 53 characters',
  },
  {
    what: 'an unknown on-inconclusive',
    set: { 'on-inconclusive': 'ignore' },
    says: 'on-inconclusive: "ignore" is not one of pass, warn, fail',
  },
  // Gates a team can trust
  {
    what: 'mode: enforcing on a gate',
    set: {
      'prometheus-url': 'http://prometheus.example:9090',
      gates: '- name: q\n  query: up\n  max: 1\n  mode: enforcing',
    },
    says: 'gates[0].mode: "enforcing" is not one of observe, warn, enforce; did you mean "enforce"?',
  },
  {
    what: 'an unknown error-rate-mode',
    set: { 'error-rate-mode': 'off' },
    says: 'error-rate-mode: "off" is not one of observe, warn, enforce',
  },
  {
    what: 'a success-threshold in words',
    set: { 'success-threshold': 'three' },
    says: 'success-threshold: "three" is not a whole number from 0 to 10000',
  },
  {
    what: 'a negative latency-min-delta',
    set: { 'latency-min-delta': '-0.1' },
    says: 'latency-min-delta: "-0.1" is not a number of at least 0; use e.g. 0.01 or 2.5',
  },
  {
    what: 'a min-delta that is not a number',
    set: {
      'prometheus-url': 'http://prometheus.example:9090',
      gates: '- name: q\n  query: up\n  max-ratio: 2\n  min-delta: lots',
    },
    says: 'gates[0].min-delta: "lots" is not a number of at least 0; use e.g. 0.01 or 2.5',
  },
  // Queries that fit the scrape interval
  {
    what: 'a scrape-interval in words',
    set: { 'scrape-interval': 'fast' },
    says: `scrape-interval: "fast" is not a duration; ${DURATION}`,
  },
  {
    what: 'a zero scrape-interval',
    set: { 'scrape-interval': '0s' },
    says: 'scrape-interval: "0s" is out of range; use a duration from 1s to 1h',
  },
  {
    what: 'a scrape-interval over an hour',
    set: { 'scrape-interval': '2h' },
    says: 'scrape-interval: "2h" is out of range; use a duration from 1s to 1h',
  },
  {
    what: 'a mistyped placeholder',
    set: { 'error-rate-query': 'sum(rate(http_requests_total{status=~"5.."}[{{rnage}}]))' },
    says: 'error-rate-query: {{rnage}} is not a placeholder (did you mean {{range}}?)',
  },
  {
    what: '{{deployment}} without kube-deployment',
    set: {
      'kube-deployment': undefined,
      'log-error-pattern': undefined,
      rollback: 'off',
      gates: lines(
        '- name: restarts',
        '  query: max(kube_deployment_status_replicas{deployment="{{deployment}}"})',
        '  min: 1',
      ),
    },
    says: 'gates[0].query: {{deployment}} is the Deployment: set kube-deployment',
  },
  // Minimum traffic
  {
    what: 'a min-requests in words',
    set: { 'min-requests': 'lots' },
    says: 'min-requests: "lots" is not a whole number from 0 to 1000000000',
  },
  {
    what: 'a negative min-requests',
    set: { 'min-requests': '-1' },
    says: 'min-requests: "-1" is not a whole number from 0 to 1000000000',
  },
  {
    what: "a gate's min-requests without its traffic-query",
    set: {
      gates: lines(
        '- name: checkout',
        '  query: sum(rate(checkout_errors_total[5m]))',
        '  max: 1',
        '  min-requests: 10',
      ),
    },
    says: 'gates[0].min-requests: needs traffic-query: the PromQL counting the requests a sample covers',
  },
  {
    what: 'min-requests with a custom error-rate-query and no traffic-query',
    set: { 'error-rate-query': 'sum(rate(errors_total[5m]))', 'min-requests': '50' },
    says: 'min-requests: needs traffic-query: with your own error-rate-query there is no default count of requests',
  },
  {
    what: 'an unknown placeholder in traffic-query',
    set: { 'traffic-query': 'sum(increase(http_requests_total[{{window}}]))' },
    says: 'traffic-query: {{window}} is not a placeholder',
  },
  // Traffic
  {
    what: 'a traffic rate of 0',
    set: { traffic: lines('rate: 0', 'min-requests: 1') },
    says: 'traffic.rate: "0" is not a number of at least 0.1',
  },
  {
    what: 'a traffic rate of 500 a second',
    set: { traffic: lines('rate: 500', 'min-requests: 1') },
    says: 'traffic.rate: "500" requests a second is more than 50: traffic gives the gates something to judge, it is not a load test; use 50 or less',
  },
  {
    what: 'a POST in traffic without allow-writes',
    set: { traffic: lines('min-requests: 1', 'requests:', '  - POST /api/orders') },
    says: 'traffic.requests[0].method: POST may change data, and traffic sends it again and again; use GET, HEAD or OPTIONS, or set allow-writes: true if the endpoint is safe to call that often',
  },
  {
    what: 'a traffic max-in-flight of 0',
    set: { traffic: lines('max-in-flight: 0', 'min-requests: 1') },
    says: 'traffic.max-in-flight: "0" is not a whole number from 1 to 1000',
  },
  {
    what: 'traffic that lists no request',
    set: { traffic: lines('min-requests: 1', 'requests: []') },
    says: 'traffic.requests: lists no request: list one (e.g. - /health), or leave it out to cycle the GET checks',
  },
  {
    what: 'traffic with no GET check to send again',
    set: {
      checks: lines('- name: create order', '  method: POST', '  path: /api/orders', '  json: { sku: smoke-1 }'),
      traffic: 'min-requests: 1',
    },
    says: 'traffic.requests: is needed: there is no GET or HEAD check to send again; list requests (e.g. - /health)',
  },
  // SLO burn rate
  {
    what: 'an objective of 100%',
    set: { 'slo-objective': '100' },
    says: 'slo-objective: "100": an objective of 100% leaves no error budget',
  },
  {
    what: 'an objective of 150%',
    set: { 'slo-objective': '150%' },
    says: 'slo-objective: "150%": is not a percentage above 0 and below 100; use e.g. 99.9 or 99.9%',
  },
  {
    what: 'a max-burn-rate of 0',
    set: { 'slo-objective': '99.9', 'max-burn-rate': '0' },
    says: 'max-burn-rate: "0" is not a number above 0',
  },
  {
    what: 'a burn-short-window under a minute',
    set: { 'slo-objective': '99.9', 'burn-short-window': '30s' },
    says: 'burn-short-window: "30s" is out of range; use a duration from 1m to 1d',
  },
  {
    what: 'a burn-rate key without slo-objective',
    set: { 'warn-burn-rate': '3' },
    says: 'warn-burn-rate: belongs to the SLO burn-rate gate, which slo-objective turns on',
  },
  // Canary versus baseline
  {
    what: 'a comparison confidence of 1.2',
    set: { compare: compareEntry('  confidence: 1.2') },
    says: 'compare[0].confidence: "1.2" is not a probability below 1',
  },
  {
    what: 'a comparison without its baseline',
    set: { compare: compareEntry().replace('  baseline: stable\n', '') },
    says: 'compare[0].baseline: required: the value of {{side}} for the old version (e.g. stable), or before',
  },
  {
    what: 'a comparison max-increase of 0.9',
    set: { compare: compareEntry('  max-increase: 0.9') },
    says: 'compare[0].max-increase: "0.9" is below 1: it would fail a canary exactly as good as the baseline',
  },
  {
    what: 'a comparison whose queries lack {{side}}',
    set: {
      compare: lines(
        '- name: errors vs stable',
        '  errors-query: sum(increase(http_requests_total{status="500"}[{{range}}]))',
        '  requests-query: sum(increase(http_requests_total[{{range}}]))',
        '  canary: canary',
        '  baseline: stable',
      ),
    },
    says: 'compare[0].errors-query: has no {{side}}: canary and baseline would run the same query and count the same thing',
  },
  {
    what: '{{side}} outside a comparison',
    set: { 'error-rate-query': 'sum(rate(http_requests_total{status="500",track="{{side}}"}[{{range}}]))' },
    says: 'error-rate-query: {{side}} is the canary or the baseline of a comparison: it has a value only in the queries of a compare entry',
  },
  // A source per gate
  {
    what: 'an unknown gate source',
    set: { gates: lines('- name: g', '  source: influx', '  query: q', '  max: 1') },
    says: 'gates[0].source: "influx" is not one of prometheus, datadog, web',
  },
  {
    what: 'a Datadog gate without datadog-app-key',
    set: { gates: lines('- name: g', '  source: datadog', '  query: avg:x{*}', '  max: 1') },
    says: 'datadog-app-key: is required to read Datadog metrics',
  },
  {
    what: 'a zero lookback',
    set: { gates: lines('- name: g', '  source: datadog', '  query: avg:x{*}', '  max: 1', '  lookback: 0') },
    says: 'gates[0].lookback: "0" is out of range',
  },
  {
    what: 'a web gate without value',
    set: { gates: lines('- name: g', '  source: web', '  path: /score', '  min: 1') },
    says: 'gates[0].value: a web gate needs value',
  },
  {
    what: 'a comparison reading a web endpoint',
    set: { compare: compareEntry('  source: web') },
    says: 'compare[0].source: "web" cannot be compared: a comparison counts errors and requests on two sides',
  },
  {
    what: 'a Datadog comparison whose query is not a count',
    set: {
      'datadog-api-key': 'k',
      'datadog-app-key': 'a',
      compare: lines(
        '- name: errors vs stable',
        '  source: datadog',
        '  errors-query: avg:trace.http.request.errors{version:{{side}}}',
        '  requests-query: sum:trace.http.request.hits{version:{{side}}}.as_count()',
        '  canary: canary',
        '  baseline: stable',
      ),
    },
    says: "compare[0].errors-query: is not a count: a Datadog comparison adds up the query's points since the window started",
  },
  {
    what: 'datadog-monitor-tags that name no tag',
    set: { 'datadog-monitor-tags': ' , ' },
    says: 'datadog-monitor-tags: names no tag',
  },
  { what: 'an unknown command', set: { command: 'undo' }, says: 'command: "undo" is not one of check, rollback' },
  {
    what: 'a slack-bot-token without slack-channel',
    set: { 'slack-webhook-url': undefined, 'slack-bot-token': 'xoxb-bad-input-token-123' },
    says: 'slack-channel: required with slack-bot-token: the ID of the channel to post to (e.g. C0123456789)',
  },
  {
    what: 'a slack-channel given by name, not ID',
    set: { 'slack-webhook-url': undefined, 'slack-bot-token': 'xoxb-bad-input-token-123', 'slack-channel': '#deploys' },
    says: `slack-channel: "#deploys" is not a Slack channel ID (C, G or D and 8 or more capital letters and digits, e.g. C0123456789): in Slack, open the channel's details; the ID is at the bottom`,
  },
  {
    what: 'both slack-bot-token and slack-webhook-url',
    set: { 'slack-bot-token': 'xoxb-bad-input-token-123', 'slack-channel': 'C0123456789' },
    says: 'slack-webhook-url: set slack-bot-token (one message per deploy, updated with the verdict) or slack-webhook-url (one message per event), not both',
  },
  {
    what: 'an unknown slack-notify-on event',
    set: { 'slack-notify-on': 'start,failed' },
    says: 'slack-notify-on[1]: "failed" is not one of start, success, warning, failure',
  },
  {
    what: 'a mistyped datadog-site',
    set: { 'datadog-site': 'datadoghq.co' },
    says: 'datadog-site: "datadoghq.co" is not one of datadoghq.com, us3.datadoghq.com',
  },
  {
    what: 'a mistyped datadog-site, guessed',
    set: { 'datadog-site': 'datadoghq.co' },
    says: 'did you mean "datadoghq.com"?',
  },
  {
    what: 'an unknown check method',
    set: { checks: lines('- path: /health', '  method: FETCH') },
    says: 'checks[0].method: expected one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
  },
  {
    what: 'an unknown dependency type',
    set: { dependencies: lines('- name: db', '  type: mysql', '  url: mysql://127.0.0.1:1/db') },
    says: 'dependencies[0].type: "mysql" is not one of postgres, redis, tcp',
  },
  {
    what: 'dry-run that is no boolean',
    set: { 'dry-run': 'yes' },
    says: 'dry-run: "yes" is not a boolean; use true or false',
  },
  {
    what: 'an unknown provider in insecure-skip-tls-verify',
    set: { 'insecure-skip-tls-verify': 'prometheus, kuberentes' },
    says: 'insecure-skip-tls-verify[1]: "kuberentes" is not one of version, prometheus, kubernetes, grafana, datadog, slack; did you mean "kubernetes"?',
  },
  // YAML syntax, with the line
  {
    what: 'a YAML error in checks',
    set: { checks: lines('- path: /health', '  expect:', '    status: 200', '   headers: {}') },
    says: 'checks: YAML error at line 4, column 1: All mapping items must start at the same column',
  },
  {
    what: 'a YAML error in gates',
    set: { gates: lines('- name: queue-depth', '  query: max(queue_depth)', '  max: [500') },
    says: 'gates: YAML error at line 3, column 12: Flow sequence in block collection must be sufficiently indented and end with a ]',
  },
  {
    what: 'a YAML error in dependencies',
    set: { dependencies: lines('- name: db', '  type: postgres', '  type: redis') },
    says: 'dependencies: YAML error at line 3, column 3: Map keys must be unique',
  },
  {
    what: 'a YAML error in the config file',
    file: lines('service: shop-api', 'environment: staging', 'service: web'),
    says: `config file ${CONFIG_FILE}: YAML error at line 3, column 1: Map keys must be unique`,
  },
  // Unknown keys
  {
    what: 'a mistyped key in the config file',
    file: 'prometheus-ulr: https://prometheus.example.com',
    says: `unknown key "prometheus-ulr"; did you mean "prometheus-url"? (in ${CONFIG_FILE})`,
  },
  {
    what: "a mistyped key in a config file's check",
    set: { checks: undefined },
    file: lines('checks:', '  - path: /health', '    expct: { status: 200 }'),
    says: `checks[0]: unknown key "expct"; did you mean "expect"? (in ${CONFIG_FILE})`,
  },
  {
    what: 'a mistyped key in a check',
    set: { checks: lines('- path: /health', '  folow-redirects: true') },
    says: 'checks[0]: unknown key "folow-redirects"; did you mean "follow-redirects"?',
  },
  {
    what: 'a mistyped key in a gate',
    set: { gates: lines('- name: queue-depth', '  query: max(queue_depth)', '  max-ratoi: 2') },
    says: 'gates[0]: unknown key "max-ratoi"; did you mean "max-ratio"?',
  },
  {
    what: 'dependencies as a `|` block in the config file',
    set: { dependencies: undefined },
    file: lines('dependencies: |', '  - name: db', '    type: postgres', '    url: postgres://127.0.0.1:1/db'),
    says: `dependencies: expected a YAML list of dependencies (- name: ..., type: postgres|redis|tcp, url: ...), got a string: in a config file write the list itself, not a \`|\` block (in ${CONFIG_FILE})`,
  },
  {
    what: 'flows as a `|` block in the config file',
    file: lines('flows: |', '  - name: login', '    steps: [{ path: /login }]'),
    says: `flows: expected a YAML list of flows (- name: ..., steps: [...]), got a string: in a config file write the list itself, not a \`|\` block (in ${CONFIG_FILE})`,
  },
  {
    what: 'a config file that cannot be read',
    set: { config: 'missing.yml' },
    says: 'config: cannot read "missing.yml" (no such file); give the path of a YAML or JSON config file, relative to the working directory',
  },
  {
    what: 'a mistyped key in a flow step',
    set: { flows: lines('- name: login', '  steps:', '    - path: /login', '      captur: { token: auth.token }') },
    says: 'flows[0].steps[0]: unknown key "captur"; did you mean "capture"?',
  },
  // Contradictions
  {
    what: 'rollback auto without kube-deployment',
    set: { 'kube-deployment': undefined, 'log-error-pattern': undefined },
    says: 'rollback: auto rolls back kube-deployment: set kube-deployment (and kube-namespace), or rollback-with: helm or command',
  },
  {
    what: 'max-latency-ratio without latency-query',
    set: { 'latency-query': undefined, 'max-latency': undefined, 'max-latency-ratio': '3' },
    says: 'max-latency-ratio: limits the latency gate, which latency-query turns on: set latency-query',
  },
  {
    what: 'max-latency without latency-query',
    set: { 'latency-query': undefined },
    says: 'max-latency: limits the latency gate, which latency-query turns on: set latency-query',
  },
  {
    what: 'latency-query without prometheus-url',
    set: { 'prometheus-url': undefined, gates: undefined },
    says: 'latency-query: is a Prometheus query: set prometheus-url',
  },
  {
    what: 'timeout shorter than rollout-timeout + monitor-window',
    set: { timeout: '9m' },
    says: 'timeout: is shorter than rollout-timeout + monitor-delay + monitor-window (10m): every run would end at the time limit; raise timeout or shorten the window',
  },
  {
    what: 'monitor-interval longer than monitor-window',
    set: { 'monitor-window': '5s', 'monitor-interval': '10s' },
    says: 'monitor-interval: is longer than monitor-window: the window would hold no sample; shorten it or widen the window',
  },
  {
    what: 'monitor-window with nothing to watch',
    set: {
      'monitor-window': '2m',
      'prometheus-url': undefined,
      'latency-query': undefined,
      'max-latency': undefined,
      gates: undefined,
      'kube-deployment': undefined,
      'log-error-pattern': undefined,
      rollback: undefined,
    },
    says: 'monitor-window: is how long the monitor watches, and nothing turns it on: set prometheus-url (metric gates) or kube-deployment (pod health), or set monitor-window to 0',
  },
  {
    what: 'url and path both set',
    set: { checks: lines(`- url: ${SERVICE}/health`, '  path: /health') },
    says: 'checks[0]: set exactly one of url (a full URL) or path (resolved against base-url)',
  },
  {
    what: 'a body with GET',
    set: { checks: lines('- path: /orders', '  body: hello') },
    says: 'checks[0].method: GET sends no body; set method: POST (or PUT, PATCH) to send body or json',
  },
  {
    what: 'body and json both',
    set: { checks: lines('- path: /orders', '  method: POST', '  body: hello', '  json: { a: 1 }') },
    says: 'checks[0].json: set body or json, not both',
  },
  {
    what: 'grafana-url without a token',
    set: { 'grafana-token': undefined },
    says: 'grafana-token: required with grafana-url: a service-account token with annotation rights',
  },
  {
    what: 'a flow using a value no step captured',
    set: {
      flows: lines(
        '- name: profile',
        '  steps:',
        '    - path: /me',
        '      headers: { authorization: "Bearer {{token}}" }',
      ),
    },
    says: 'flows[0].steps[0]: {{token}} is used before a step captures it',
  },
  // Names that would reach kubectl
  {
    what: 'a Deployment name with a shell command',
    set: { 'kube-deployment': 'api;rm -rf /' },
    says: `kube-deployment: "api;rm -rf /" ${KUBE_NAME}`,
  },
  {
    what: 'a Deployment name that is a kubectl flag',
    set: { 'kube-deployment': '--kubeconfig=/etc/x' },
    says: `kube-deployment: "--kubeconfig=/etc/x" ${KUBE_NAME}`,
  },
  {
    what: 'a Deployment name that is a path',
    set: { 'kube-deployment': '../x' },
    says: `kube-deployment: "../x" ${KUBE_NAME}`,
  },
  {
    what: 'a namespace with a shell command',
    set: { 'kube-namespace': 'shop;rm -rf /' },
    says: `kube-namespace: "shop;rm -rf /" ${KUBE_NAMESPACE}`,
  },
  {
    what: 'a namespace that is a kubectl flag',
    set: { 'kube-namespace': '--kubeconfig=/etc/x' },
    says: `kube-namespace: "--kubeconfig=/etc/x" ${KUBE_NAMESPACE}`,
  },
  {
    what: 'a namespace that is a path',
    set: { 'kube-namespace': '../x' },
    says: `kube-namespace: "../x" ${KUBE_NAMESPACE}`,
  },
  { what: 'a context that is a kubectl flag', set: { 'kube-context': '--kubeconfig=/etc/x' }, says: KUBE_CONTEXT },
  { what: 'a context with a line break', set: { 'kube-context': 'staging\n--kubeconfig=/etc/x' }, says: KUBE_CONTEXT },
  {
    what: 'a selector with a shell command',
    set: { 'kube-selector': 'app=shop;rm -rf /' },
    says: 'kube-selector: "app=shop;rm -rf /" is not a label selector; use e.g. app=shop,tier!=canary',
  },
  // Headers
  {
    what: 'a check header value with a line break',
    set: { checks: lines('- path: /health', '  headers:', '    authorization: "Bearer abc123\\r\\nX-Evil: 1"') },
    says: 'checks[0].headers.authorization: a header value cannot contain a line break or NUL; trim the secret',
  },
  {
    what: 'a check header name with a line break',
    set: { checks: lines('- path: /health', '  headers:', '    "x-a\\nb": one') },
    says: 'checks[0].headers["x-a\\nb"]: "x-a\\nb" is not a valid header name',
  },
  {
    what: 'a prometheus-headers line without a colon',
    set: { 'prometheus-headers': 'Authorization Bearer abc123' },
    says: 'prometheus-headers: line 1 is not "Name: value"',
  },
  {
    what: 'a prometheus-headers value with a carriage return',
    set: { 'prometheus-headers': 'Authorization: Bearer abc123\rX-Evil: 1' },
    says: 'prometheus-headers.Authorization: a header value cannot contain a line break or NUL; trim the secret',
  },
  {
    what: 'a prometheus-headers name with a space',
    set: { 'prometheus-headers': 'X Scope OrgID: tenant-1' },
    says: 'prometheus-headers["X Scope OrgID"]: "X Scope OrgID" is not a valid header name',
  },
  // Patterns
  {
    what: 'a log-error-pattern that does not compile',
    set: { 'log-error-pattern': '(unclosed' },
    says: 'log-error-pattern: "(unclosed" is not a valid regular expression',
  },
  {
    what: 'an expected value regex that does not compile',
    set: { checks: lines('- path: /health', '  expect:', '    json:', "      id: '/[a-/'") },
    says: 'checks[0].expect.json.id: /[a-/ is not a valid regular expression',
  },
  // Rollback with a command
  {
    what: 'rollback-with command without rollback-command',
    set: { 'rollback-with': 'command' },
    says: 'rollback-command: is required with rollback-with: command',
  },
  {
    what: 'rollback-to-revision with a rollback command',
    set: { 'rollback-with': 'command', 'rollback-command': './rollback.sh', 'rollback-to-revision': '3' },
    says: 'rollback-to-revision: is for kubectl and helm: a rollback command decides what it restores',
  },
  {
    what: 'a failure-threshold the window never reaches',
    set: { 'monitor-window': '1m', 'failure-threshold': '8' },
    says: 'failure-threshold: 8 breaching samples in a row is more than the 6 samples monitor-window 1m at monitor-interval 10s takes',
  },
  // GitHub deployments
  {
    what: 'github-deployment update without github-deployment-id',
    set: { 'github-deployment': 'update' },
    says: 'github-deployment-id: is required with github-deployment: update',
  },
  {
    what: 'a github-deployment that is not a mode',
    set: { 'github-deployment': 'maybe' },
    says: 'github-deployment: "maybe" is not one of off, create, update',
  },
  // The pull-request comment
  {
    what: 'a pr-comment that is not a mode',
    set: { 'pr-comment': 'sometimes' },
    says: 'pr-comment: "sometimes" is not one of off, always, on-failure',
  },
  {
    what: 'a pr-number with pr-comment off',
    set: { 'pr-comment': 'off' },
    says: 'pr-number: is the pull request pr-comment comments on; with pr-comment: off it would be ignored',
  },
];

/** The counting servers every URL points at, and a kubectl that records that it ran. */
interface Parties {
  service: TestService;
  database: TestService;
  /** Where the fake kubectl appends its arguments: it exists only if kubectl ran. */
  kubectlLog: string;
  env: Record<string, string>;
}

async function startParties(): Promise<Parties> {
  const [service, database] = await Promise.all([startTestService(), startTestService()]);
  const dir = await mkdtemp(join(tmpdir(), 'pdc-bad-input-'));
  const bin = join(dir, 'bin');
  const kubectlLog = join(dir, 'kubectl-argv');
  await mkdir(bin);
  await writeFile(
    join(bin, 'kubectl'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> '${kubectlLog}'\necho 'error: this kubectl is a recorder' >&2\nexit 1\n`,
  );
  await chmod(join(bin, 'kubectl'), 0o755);
  return {
    service,
    database,
    kubectlLog,
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, GITHUB_API_URL: service.url },
  };
}

function inputsFor(parties: Parties, badCase: Pick<BadCase, 'set' | 'file'>): Inputs {
  const inputs: Inputs = {
    ...baseline(parties.service.url, parties.database.url),
    ...(badCase.file === undefined ? {} : { config: CONFIG_FILE }),
  };
  for (const [key, value] of Object.entries(badCase.set ?? {}) as [ConfigKey, string | undefined][]) {
    if (value === undefined) delete inputs[key];
    else inputs[key] = value.replaceAll(SERVICE, parties.service.url);
  }
  return inputs;
}

async function run(parties: Parties, badCase: Pick<BadCase, 'set' | 'file'>): Promise<ActionRun> {
  const inputs = inputsFor(parties, badCase) as Record<string, string>;
  return runAction(inputs, {
    env: parties.env,
    files: badCase.file === undefined ? {} : { [CONFIG_FILE]: badCase.file },
  });
}

/** The text of the ::error:: workflow command, its escapes undone. */
function errorAnnotation(stdout: string): string {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith('::error::')) ?? '';
  return line.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('bad input to the action', () => {
  it('starts from a baseline that is valid', async () => {
    const parties = await startParties();
    try {
      const loaded = await loadConfig({ inputs: inputsFor(parties, {}), context: { version: GITHUB_ENV.GITHUB_SHA } });
      expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    } finally {
      await Promise.all([parties.service.close(), parties.database.close()]);
    }
  });

  it('reaches every party and kubectl from that baseline, so silence in a bad case means an early stop', async () => {
    const parties = await startParties();
    const { service } = parties;
    service.route('/health', (_, res) => text(res, 200, 'ok'));
    service.route('/api/products', (_, res) => json(res, 200, { items: [] }));
    service.route('/api/v1/query', (_, res) =>
      json(res, 200, {
        status: 'success',
        data: { resultType: 'vector', result: [{ metric: {}, value: [0, '0.001'] }] },
      }),
    );
    service.route('/api/annotations', (_, res) => json(res, 200, { id: 1, message: 'Annotation added' }));
    service.route('/api/v1/events', (_, res) => json(res, 202, { status: 'ok' }));
    service.route('/services/T000/B000/XXXX', (_, res) => text(res, 200, 'ok'));
    try {
      const result = await run(parties, {
        set: { 'rollout-timeout': '0', 'monitor-window': '2s', 'monitor-interval': '1s' },
      });

      const paths = service.requests.map((request) => request.url.split('?')[0]);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/health',
          '/api/products',
          '/api/v1/status/config',
          '/api/v1/query',
          '/api/annotations',
          '/api/v1/events',
          '/services/T000/B000/XXXX',
          '/repos/acme/shop-api/deployments',
          '/repos/acme/shop-api/issues/42/comments',
        ]),
      );
      expect(parties.database.connections).toBeGreaterThan(0);
      expect(await readFile(parties.kubectlLog, 'utf8')).toContain('--namespace shop --context=staging');
      expect(result.stdout).not.toContain('Invalid configuration');
    } finally {
      await Promise.all([service.close(), parties.database.close()]);
    }
  });

  it.concurrent.each(CASES)('rejects $what before sending anything', async (badCase) => {
    const parties = await startParties();
    try {
      const result = await run(parties, badCase);

      expect(result.code).toBe(1);
      const annotation = errorAnnotation(result.stdout);
      expect(annotation).toMatch(/^Invalid configuration, nothing was checked:\n/);
      expect(annotation.split('\n').map((line) => line.trim())).toContainEqual(expect.stringContaining(badCase.says));
      // The same error in the job summary, for whoever opens the run rather than its log.
      expect(result.summary).toContain('## ⛔ Invalid configuration — nothing was checked');
      expect(result.summary).toContain(escapeHtml(badCase.says));
      expect(result.outputs.result).toBe('invalid');
      expect(parties.service.requests).toEqual([]);
      expect(parties.service.connections).toBe(0);
      expect(parties.database.connections).toBe(0);
      expect(await exists(parties.kubectlLog)).toBe(false);
    } finally {
      await Promise.all([parties.service.close(), parties.database.close()]);
    }
  });

  it('sets every output, so a downstream job can tell invalid from failed', async () => {
    const parties = await startParties();
    try {
      const result = await run(parties, { set: { concurrency: '0', 'monitor-interval': '-1s' } });

      expect(result.outputs).toEqual({
        result: 'invalid',
        'failed-checks': '[]',
        'deployed-version': '',
        'report-path': '',
        'duration-seconds': expect.stringMatching(/^\d+\.\d\d$/),
        summary: 'invalid configuration: 2 errors, nothing was checked',
        'error-rate': '',
        'burn-rate': '',
        'error-budget-used': '',
        metrics: '{}',
        'traffic-requests': '',
        'rolled-back': 'false',
        'rollback-required': 'false',
        'rollback-revision': '',
        'rollback-command': '',
        'grafana-annotation-id': '',
        'slack-message-ts': '',
        'github-deployment-id': '',
      });
      const manifest = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as { outputs: object };
      expect(Object.keys(result.outputs).sort()).toEqual(Object.keys(manifest.outputs).sort());
    } finally {
      await Promise.all([parties.service.close(), parties.database.close()]);
    }
  });

  it('covers at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });
});
