import { z } from 'zod';
import { checkSchema } from './checkSchema.js';
import { formatDuration } from './duration.js';
import { errorRateGate, monitorShape, OFF } from './monitorSchema.js';
import { verifyShape } from './verifySchema.js';
import { rollbackIssues, rollbackShape } from './rollbackSchema.js';
import { noticesShape, slackIssues } from './noticesSchema.js';
import { githubIssues, githubShape } from './githubSchema.js';
import { trustShape } from './trustSchema.js';
import { builtInTrafficQuery, trafficShape } from './trafficSchema.js';
import { SLO_GATE_NAME, sloShape } from './sloSchema.js';
import { gateSourceIssues } from './gateSourceSchema.js';
import { DATADOG_MONITORS_GATE, datadogMetricsShape } from './datadogMetricsSchema.js';
import { compareShape } from './compareSchema.js';
import { syntheticTrafficIssues, syntheticTrafficShape } from './syntheticTrafficSchema.js';
import { placeholderIssues } from './placeholderIssues.js';
import { unreachableFailureThreshold } from '../monitor/sampleCount.js';
import {
  durationBetween,
  flag,
  httpUrl,
  isHttpUrl,
  oneOf,
  urlOrPath,
  wholeNumber,
  wordList,
  yamlList,
} from './fields.js';

// A run parses its configuration once: zod's fast path, code it generates and compiles per schema on
// first use, costs more than it saves (5 to 10 ms of every start, measured).
z.config({ jitless: true });

const SECOND = 1_000;
const HOUR = 3_600_000;

/** The parties whose TLS verification `insecure-skip-tls-verify` can turn off (`version`: the version check); a check has its own key. */
const TLS_PARTIES = ['version', 'prometheus', 'kubernetes', 'grafana', 'datadog', 'slack'] as const;

/**
 * The one source of truth for configuration: the inputs of action.yml, the keys of a config file,
 * the CLI flags, the JSON Schema for editors and the TypeScript types all come from here.
 * `meta.default` is the default as a user writes it; `x-default` describes one taken from the run.
 */
export const configShape = {
  service: z.string().min(1).optional().meta({
    description: 'Service name, used in the report and the summary.',
    'x-default': 'the repository name',
  }),
  environment: z.string().min(1).prefault('production').meta({
    description: 'Environment name.',
    default: 'production',
  }),
  version: z.string().min(1).optional().meta({
    description: 'The version that should now be serving.',
    'x-default': '${{ github.sha }}',
  }),
  'base-url': httpUrl
    .refine((url) => !isHttpUrl(url) || !/[?#]/.test(url), {
      error: 'a base URL cannot have a query or fragment: paths are appended to it; put ?query in each check path',
    })
    .optional()
    .meta({ description: 'Base URL; check paths and a version-url path resolve against it.' }),
  checks: yamlList(checkSchema, 'smoke checks (- /health, - GET /ready or - path: ...)').prefault([]).meta({
    description: 'YAML list of smoke checks: "/path", "GET /path", a full URL, or an object (see Smoke checks).',
  }),
  'version-url': urlOrPath.optional().meta({
    description: 'URL or path that reports the deployed version; setting it turns the version check on.',
  }),
  'version-field': z.string().min(1).prefault('commit').meta({
    description: 'Dot path into the JSON response (build.sha); a non-JSON body is the version itself, trimmed.',
    default: 'commit',
  }),
  'version-timeout': durationBetween(SECOND, 6 * HOUR)
    .prefault('2m')
    .meta({
      description: 'How long to keep polling until the version converges.',
      default: '2m',
    }),
  concurrency: wholeNumber(1, 256).prefault(8).meta({
    description: 'How many checks run at once.',
    default: '8',
  }),
  // A job may run for at most 6 hours on GitHub-hosted runners.
  timeout: durationBetween(SECOND, 6 * HOUR)
    .prefault('15m')
    .meta({
      description: 'Hard limit for the whole step.',
      default: '15m',
    }),
  'dry-run': flag.prefault(false).meta({
    description: 'Run the checks, take no action, print what would have been done.',
    default: 'false',
  }),
  ...verifyShape,
  ...monitorShape,
  ...trustShape,
  ...trafficShape,
  ...sloShape,
  ...compareShape,
  ...syntheticTrafficShape,
  ...rollbackShape,
  ...noticesShape,
  ...datadogMetricsShape,
  ...githubShape,
  'insecure-skip-tls-verify': wordList('prometheus, kubernetes')
    .pipe(z.array(oneOf(TLS_PARTIES)).transform((parties) => new Set(parties)))
    .prefault([])
    .meta({
      description: `Parties whose TLS certificate is not verified, from ${TLS_PARTIES.join(', ')} (version: the version check); for a check, set insecure-skip-tls-verify: true on it. A warning names each.`,
      'x-default': 'none',
    }),
};

export const configSchema = z.strictObject(configShape).superRefine((config, ctx) => {
  const gated =
    config.gates.length > 0 ||
    config.compare.length > 0 ||
    config.traffic !== undefined ||
    config['datadog-error-rate-query'] !== undefined ||
    config['datadog-monitor-tags'] !== undefined ||
    (config['prometheus-url'] !== undefined &&
      (errorRateGate(config) !== undefined ||
        config['latency-query'] !== undefined ||
        config['slo-objective'] !== undefined));
  const watching = config['monitor-window'] > 0 && (gated || config['kube-deployment'] !== undefined);
  if (config['prometheus-url'] !== undefined && config['monitor-window'] > 0 && !watching) {
    const key = config['max-error-rate'] === OFF ? 'max-error-rate' : 'error-rate-query';
    ctx.addIssue({
      code: 'custom',
      path: [key],
      message:
        'off leaves prometheus-url no gate to watch: add gates or latency-query, set kube-deployment (pod health), or set monitor-window to 0',
    });
  }
  const waitingForRollout = config['kube-deployment'] !== undefined && config['rollout-timeout'] > 0;
  for (const issue of rollbackIssues(config)) ctx.addIssue({ code: 'custom', ...issue });
  const verifying =
    config.checks.length > 0 ||
    config['version-url'] !== undefined ||
    config.dependencies.length > 0 ||
    config.flows.length > 0;
  if (config.command !== 'rollback' && !verifying && !watching && !waitingForRollout) {
    ctx.addIssue({
      code: 'custom',
      message:
        'nothing to check: set checks (a list of smoke checks such as "/health"), version-url (a version check), prometheus-url (metric gates) or kube-deployment (rollout and pod health)',
    });
  }
  const watchedFor =
    (config['kube-deployment'] ? config['rollout-timeout'] : 0) +
    (watching ? config['monitor-delay'] + config['monitor-window'] : 0);
  if (watchedFor >= config.timeout) {
    ctx.addIssue({
      code: 'custom',
      path: ['timeout'],
      message: `is shorter than rollout-timeout + monitor-delay + monitor-window (${formatDuration(watchedFor)}): every run would end at the time limit; raise timeout or shorten the window`,
    });
  }
  if (config['monitor-window'] > 0 && config['monitor-interval'] > config['monitor-window']) {
    ctx.addIssue({
      code: 'custom',
      path: ['monitor-interval'],
      message: 'is longer than monitor-window: the window would hold no sample; shorten it or widen the window',
    });
  }
  for (const issue of placeholderIssues(config)) ctx.addIssue({ code: 'custom', ...issue });
  const minRequests = config['min-requests'];
  if (typeof minRequests === 'number' && minRequests > 0 && builtInTrafficQuery(config) === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['min-requests'],
      message:
        'needs traffic-query: with your own error-rate-query there is no default count of requests; set traffic-query, e.g. sum(increase(http_requests_total[{{range}}]))',
    });
  }
  if (config['slo-objective'] !== undefined && config['prometheus-url'] === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['slo-objective'],
      message: 'the burn-rate gate queries Prometheus: set prometheus-url',
    });
  }
  for (const issue of duplicateGateNames(config)) ctx.addIssue({ code: 'custom', ...issue });
  for (const issue of gateSourceIssues(config)) ctx.addIssue({ code: 'custom', ...issue });
  for (const issue of syntheticTrafficIssues(config)) ctx.addIssue({ code: 'custom', ...issue });
  for (const issue of slackIssues(config)) ctx.addIssue({ code: 'custom', ...issue });
  for (const issue of githubIssues(config)) ctx.addIssue({ code: 'custom', ...issue });
  if (config['grafana-url'] !== undefined && config['grafana-token'] === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['grafana-token'],
      message: 'required with grafana-url: a service-account token with annotation rights',
    });
  }
  if (config['datadog-api-url'] !== undefined && config['datadog-api-key'] === undefined) {
    ctx.addIssue({ code: 'custom', path: ['datadog-api-key'], message: 'required with datadog-api-url' });
  }
  if (config['latency-query'] === undefined) {
    for (const key of ['max-latency', 'max-latency-ratio'] as const) {
      if (config[key] !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'limits the latency gate, which latency-query turns on: set latency-query',
        });
    }
  } else if (config['prometheus-url'] === undefined) {
    ctx.addIssue({ code: 'custom', path: ['latency-query'], message: 'is a Prometheus query: set prometheus-url' });
  }
  if (config['log-error-pattern'] !== undefined && config['kube-deployment'] === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['log-error-pattern'],
      message: 'scans the pods of kube-deployment: set kube-deployment',
    });
  }
  if (config['base-url'] === undefined) {
    config.checks.forEach((check, index) => {
      if (check.path !== undefined || check.url?.startsWith('/')) {
        ctx.addIssue({
          code: 'custom',
          path: ['checks', index],
          message: `path ${JSON.stringify(check.path ?? check.url)} needs base-url (or give a full URL)`,
        });
      }
    });
    config.flows.forEach((flow, index) =>
      flow.steps.forEach((step, stepIndex) => {
        if (step.path !== undefined || step.url?.startsWith('/')) {
          ctx.addIssue({
            code: 'custom',
            path: ['flows', index, 'steps', stepIndex],
            message: `path ${JSON.stringify(step.path ?? step.url)} needs base-url (or give a full URL)`,
          });
        }
      }),
    );
    if (config['version-url']?.startsWith('/')) {
      ctx.addIssue({ code: 'custom', path: ['version-url'], message: 'a path needs base-url (or give a full URL)' });
    }
  }
  if (config['version-url'] !== undefined && config.version === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['version'],
      message: 'required when version-url is set: the version that should be serving',
    });
  }
});

/**
 * A gate's name is its key in the report, the outputs and the notices: two gates of one name would be one
 * row with two meanings. The built-in gates' names are taken while they are on.
 */
function duplicateGateNames(config: {
  gates: readonly { name: string }[];
  compare: readonly { name: string }[];
  'latency-query'?: string;
  'slo-objective'?: number;
  'max-error-rate': number | typeof OFF;
  'error-rate-query': string;
  'datadog-monitor-tags'?: string;
}): { path: PropertyKey[]; message: string }[] {
  const taken = new Map<string, string>([
    ...(config['datadog-monitor-tags'] !== undefined
      ? [[DATADOG_MONITORS_GATE, 'the Datadog monitors gate (datadog-monitor-tags)'] as const]
      : []),
    ...(errorRateGate(config) ? [['error-rate', 'the built-in error-rate gate'] as const] : []),
    ...(config['latency-query'] !== undefined ? [['latency', 'the latency gate'] as const] : []),
    ...(config['slo-objective'] !== undefined ? [[SLO_GATE_NAME, 'the SLO burn-rate gate'] as const] : []),
  ]);
  const listed = [
    ...config.gates.map((gate, index) => ({
      name: gate.name,
      path: ['gates', index, 'name'],
      what: `gates[${index}]`,
    })),
    ...config.compare.map((entry, index) => ({
      name: entry.name,
      path: ['compare', index, 'name'],
      what: `compare[${index}]`,
    })),
  ];
  return listed.flatMap(({ name, path, what }) => {
    const owner = taken.get(name);
    taken.set(name, owner ?? what);
    return owner
      ? [{ path, message: `${JSON.stringify(name)} is already the name of ${owner}; give each gate its own name` }]
      : [];
  });
}

/**
 * Rules on what was written rather than on the parsed config, where a default cannot be told from the
 * same value given: monitor-window defaults to 5m, and is only a mistake when someone set it.
 */
export function givenValueIssues(given: Record<string, unknown>): { path: PropertyKey[]; message: string }[] {
  return [
    ...windowIssues(given),
    ...failureThresholdIssues(given),
    ...sloIssues(given),
    ...errorRateSourceIssues(given),
  ];
}

/** A failure-threshold set above the samples the window takes, defaults and all, would let every gate pass. */
function failureThresholdIssues(given: Record<string, unknown>): { path: PropertyKey[]; message: string }[] {
  if (given['failure-threshold'] === undefined) return [];
  const threshold = configShape['failure-threshold'].safeParse(given['failure-threshold']);
  const window = configShape['monitor-window'].safeParse(given['monitor-window']);
  const interval = configShape['monitor-interval'].safeParse(given['monitor-interval']);
  if (!threshold.success || !window.success || !interval.success) return [];
  const issue = unreachableFailureThreshold({
    windowMs: window.data,
    intervalMs: interval.data,
    failureThreshold: threshold.data,
  });
  return issue ? [issue] : [];
}

/** One source per gate: the built-in error-rate gate reads Prometheus or Datadog, never both. */
function errorRateSourceIssues(given: Record<string, unknown>): { path: PropertyKey[]; message: string }[] {
  if (given['datadog-error-rate-query'] === undefined || given['error-rate-query'] === undefined) return [];
  return [
    {
      path: ['datadog-error-rate-query'],
      message:
        'and error-rate-query both set the error-rate gate: keep datadog-error-rate-query to read Datadog, or error-rate-query for Prometheus',
    },
  ];
}

/** The burn-rate keys only mean something with slo-objective; their defaults cannot be told from values given. */
function sloIssues(given: Record<string, unknown>): { path: PropertyKey[]; message: string }[] {
  if (given['slo-objective'] !== undefined) return [];
  return SLO_KEYS.filter((key) => given[key] !== undefined).map((key) => ({
    path: [key],
    message: 'belongs to the SLO burn-rate gate, which slo-objective turns on: set slo-objective (e.g. 99.9)',
  }));
}

const SLO_KEYS = Object.keys(sloShape).filter((key) => key !== 'slo-objective');

function windowIssues(given: Record<string, unknown>): { path: PropertyKey[]; message: string }[] {
  const window = configShape['monitor-window'].safeParse(given['monitor-window']);
  const watched = [
    'prometheus-url',
    'kube-deployment',
    'gates',
    'compare',
    'traffic',
    'datadog-error-rate-query',
    'datadog-monitor-tags',
  ].some((key) => given[key] !== undefined);
  if (given['monitor-window'] === undefined || !window.success || window.data === 0 || watched) return [];
  return [
    {
      path: ['monitor-window'],
      message:
        'is how long the monitor watches, and nothing turns it on: set prometheus-url (metric gates) or kube-deployment (pod health), or set monitor-window to 0',
    },
  ];
}

export type ConfigKey = keyof typeof configShape;
export type Config = z.output<typeof configSchema>;
export const CONFIG_KEYS = Object.keys(configShape) as ConfigKey[];
