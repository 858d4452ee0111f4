import { z } from 'zod';
import { textHeaders } from './checkSchema.js';
import { gateMode } from './trustSchema.js';
import { gateSourceRules, gateSourceShape } from './gateSourceSchema.js';
import {
  decimal,
  durationBetween,
  headerLines,
  httpUrl,
  kubeName,
  kubeNamespace,
  oneOf,
  regexText,
  wholeNumber,
  yamlList,
} from './fields.js';

const SECOND = 1_000;
const HOUR = 3_600_000;

export const DEFAULT_ERROR_RATE_QUERY =
  'sum(rate(http_requests_total{status=~"5.."}[{{range}}])) / sum(rate(http_requests_total[{{range}}]))';
/** What `max-error-rate` or `error-rate-query` say to turn the built-in error-rate gate off. */
export const OFF = 'off';
/** The built-in error-rate gate's query and limit; none when either of its inputs says `off`. */
export function errorRateGate(config: {
  'max-error-rate': number | typeof OFF;
  'error-rate-query': string;
}): { query: string; max: number } | undefined {
  const max = config['max-error-rate'];
  const query = config['error-rate-query'];
  return max === OFF || query === OFF ? undefined : { query, max };
}

export const INCONCLUSIVE_ACTIONS = ['pass', 'warn', 'fail'] as const;
export const DEFAULT_MAX_CONSECUTIVE_ERRORS = 4;
const consecutiveErrors = wholeNumber(1, 100);
/** Applied in the plan, not by the schema, so that a ratio set without latency-query can be told from the default and rejected. */
export const DEFAULT_MAX_LATENCY_RATIO = 2;

export const onInconclusive = oneOf(INCONCLUSIVE_ACTIONS);
/** A number of requests: min-requests, here per gate and at the top level. */
export const requestCount = wholeNumber(0, 1_000_000_000);

export const gateSchema = z
  .strictObject({
    name: z.string().min(1),
    query: z.string().min(1).optional(),
    ...gateSourceShape,
    max: decimal(Number.NEGATIVE_INFINITY).optional(),
    min: decimal(Number.NEGATIVE_INFINITY).optional(),
    'max-ratio': decimal(0, { exclusive: true }).optional(),
    'on-inconclusive': onInconclusive.optional(),
    'max-consecutive-errors': consecutiveErrors.optional(),
    'min-delta': decimal(0).optional(),
    mode: gateMode.optional(),
    'traffic-query': z.string().min(1).optional(),
    'min-requests': requestCount.optional(),
  })
  .superRefine((gate, ctx) => {
    gateSourceRules(gate, ctx);
    if (gate.max === undefined && gate.min === undefined && gate['max-ratio'] === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a gate needs max, min or max-ratio: a limit to judge its samples by' });
    }
    if (gate['min-requests'] !== undefined && gate['min-requests'] > 0 && gate['traffic-query'] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['min-requests'],
        message: 'needs traffic-query: the PromQL counting the requests a sample covers',
      });
    }
  });

/** The monitor window's keys: Prometheus gates and Kubernetes pod health. */
export const monitorShape = {
  'prometheus-url': httpUrl.optional().meta({
    description: 'Prometheus (or compatible: Thanos, Mimir, VictoriaMetrics) base URL; turns the metric gates on.',
  }),
  'prometheus-headers': headerLines.pipe(textHeaders).optional().meta({
    description: '"Name: value" lines sent with every query (auth); values are secrets.',
  }),
  // `off` is a string like any query; the plan reads it as the gate turned off.
  'error-rate-query': z
    .string()
    .min(1)
    .prefault(DEFAULT_ERROR_RATE_QUERY)
    .meta({
      description: `PromQL giving the error ratio (placeholders such as {{range}} allowed); ${OFF} turns the error-rate gate off.`,
      default: DEFAULT_ERROR_RATE_QUERY,
    }),
  // The number first: a value that is neither is reported with the number's message, the form most meant.
  'max-error-rate': z
    .union([decimal(0), z.literal(OFF)])
    .prefault(0.01)
    .meta({
      description: `The error-rate gate fails above this; ${OFF} turns the gate off (keeping prometheus-url for gates).`,
      default: '0.01',
    }),
  'latency-query': z.string().min(1).optional().meta({
    description:
      'PromQL giving a latency in seconds (placeholders such as {{range}} allowed); turns the latency gate on.',
  }),
  'max-latency': decimal(0, { exclusive: true }).optional().meta({
    description: 'Absolute limit in seconds for the latency gate.',
  }),
  'max-latency-ratio': decimal(0, { exclusive: true })
    .optional()
    .meta({
      description: 'The latency gate also fails above this multiple of its baseline.',
      'x-default': String(DEFAULT_MAX_LATENCY_RATIO),
    }),
  'scrape-interval': durationBetween(SECOND, HOUR).optional().meta({
    description:
      'How often Prometheus scrapes the service: {{range}} is 4 times it, and shorter ranges are refused before the window.',
    'x-default': "global.scrape_interval from Prometheus's /api/v1/status/config; where that cannot be read, 1m",
  }),
  'baseline-offset': durationBetween(SECOND, 7 * 24 * HOUR)
    .prefault('10m')
    .meta({
      description: 'The baseline of a ratio gate is its own query evaluated this long before the action started.',
      default: '10m',
    }),
  gates: yamlList(gateSchema, 'gates (- name: ..., query: ..., max: ...)').prefault([]).meta({
    description:
      'YAML list of more gates: name, source (prometheus, datadog, web), query (or url/path and value for web), max and/or min, max-ratio, min-delta, mode, traffic-query, min-requests, lookback, on-inconclusive, max-consecutive-errors.',
  }),
  'monitor-window': durationBetween(0, 6 * HOUR)
    .prefault('5m')
    .meta({
      description: 'How long to watch; 0 turns the monitor off.',
      default: '5m',
    }),
  'monitor-interval': durationBetween(SECOND, HOUR).prefault('10s').meta({
    description: 'Time between samples.',
    default: '10s',
  }),
  'monitor-delay': durationBetween(0, HOUR).prefault('0s').meta({
    description: 'Wait before the first sample (telemetry warm-up).',
    default: '0s',
  }),
  'failure-threshold': wholeNumber(1, 100).prefault(2).meta({
    description: 'Consecutive breaching samples that fail a gate.',
    default: '2',
  }),
  'max-consecutive-errors': consecutiveErrors.prefault(DEFAULT_MAX_CONSECUTIVE_ERRORS).meta({
    description:
      'Errors in a row from a metric source (or kubectl, for pod health) after which a gate is inconclusive; gates may set their own.',
    default: String(DEFAULT_MAX_CONSECUTIVE_ERRORS),
  }),
  'on-inconclusive': onInconclusive.prefault('warn').meta({
    description:
      'pass, warn or fail: what a gate yields when it ends with no usable data or its provider kept failing.',
    default: 'warn',
  }),
  'kube-deployment': kubeName.optional().meta({
    description: 'Deployment name; turns on rollout wait and pod health.',
  }),
  'kube-namespace': kubeNamespace.prefault('default').meta({
    description: 'Namespace of the Deployment.',
    default: 'default',
  }),
  'kube-context': z
    .string()
    // Free-form (EKS contexts are ARNs) and passed as one argument, but never empty, a flag, or split over lines.
    // eslint-disable-next-line no-control-regex
    .refine((context) => context.trim() !== '' && !context.startsWith('-') && !/[\u0000-\u001f\u007f]/.test(context), {
      error:
        'a context cannot be empty, start with "-" or hold a line break or control character; use the context name from your kubeconfig',
    })
    .optional()
    .meta({ description: 'kubectl context.' }),
  'kube-selector': z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/=!,() -]*$/, {
      error: (issue) => `${JSON.stringify(issue.input)} is not a label selector; use e.g. app=shop,tier!=canary`,
    })
    .optional()
    .meta({
      description: 'Label selector of its pods.',
      'x-default': "the Deployment's own spec.selector.matchLabels",
    }),
  'rollout-timeout': durationBetween(0, HOUR).prefault('5m').meta({
    description: 'First wait for kubectl rollout status; 0 skips.',
    default: '5m',
  }),
  'max-restarts': wholeNumber(0, 10_000).prefault(2).meta({
    description: "Container restarts, summed over the pods, counted from the window's start.",
    default: '2',
  }),
  'log-error-pattern': regexText.optional().meta({
    description: "Regular expression; when set, the pods' logs over the window are scanned for it.",
  }),
  'max-log-errors': wholeNumber(0, 1_000_000).prefault(0).meta({
    description: 'Matching lines allowed.',
    default: '0',
  }),
};
