import { z } from 'zod';
import { decimal, oneOf, wholeNumber, yamlList } from './fields.js';
import { onInconclusive } from './monitorSchema.js';
import { gateMode } from './trustSchema.js';
import { placeholdersIn } from '../monitor/placeholders.js';

/** What `baseline` says to compare the canary with its own queries over a stretch before the action started. */
export const BEFORE = 'before';
export const DEFAULT_MAX_INCREASE = 1.5;
export const DEFAULT_CONFIDENCE = 0.99;
export const DEFAULT_MIN_EVENTS = 10;
/** Where a comparison counts: a web endpoint's one number has no two sides to count. */
const COMPARE_SOURCES = ['prometheus', 'datadog'] as const;

const BASELINE_REQUIRED = `required: the value of {{side}} for the old version (e.g. stable), or ${BEFORE} to compare with the same queries over a stretch before the run`;

const quoted = (value: unknown) => JSON.stringify(String(value));

/** At least 1: a limit under 1 would fail a canary that is better than the baseline by a little. */
const maxIncrease = decimal(0, { exclusive: true }).refine((value) => value >= 1, {
  error: (issue) =>
    `${quoted(issue.input)} is below 1: it would fail a canary exactly as good as the baseline; use 1 (no increase allowed) or more, e.g. 1.5`,
});

/** A probability strictly between 0 and 1: at 1 no evidence is ever enough, at 0 none is needed. */
const confidence = decimal(0, { exclusive: true }).refine((value) => value < 1, {
  error: (issue) =>
    `${quoted(issue.input)} is not a probability below 1: the comparison could never fail a canary; use e.g. 0.99 or 0.95`,
});

/** One canary-versus-baseline comparison: two counts per side, cumulative from the window's start, from Prometheus or Datadog. */
export const compareSchema = z
  .strictObject({
    name: z.string().min(1),
    source: oneOf(COMPARE_SOURCES, {
      web: 'cannot be compared: a comparison counts errors and requests on two sides, and a web endpoint answers one number; use prometheus or datadog',
    }).optional(),
    'errors-query': z.string().min(1),
    'requests-query': z.string().min(1),
    canary: z
      .string({ error: 'required: the value of {{side}} for the new version, e.g. canary' })
      .min(1, { error: 'required: the value of {{side}} for the new version, e.g. canary' }),
    baseline: z.string({ error: BASELINE_REQUIRED }).min(1, { error: BASELINE_REQUIRED }),
    'max-increase': maxIncrease.prefault(DEFAULT_MAX_INCREASE),
    confidence: confidence.prefault(DEFAULT_CONFIDENCE),
    'min-events': wholeNumber(1, 1_000_000_000).prefault(DEFAULT_MIN_EVENTS),
    mode: gateMode.optional(),
    'on-inconclusive': onInconclusive.optional(),
  })
  .superRefine((entry, ctx) => {
    sourceRules(entry, ctx);
    if (entry.baseline === BEFORE) return;
    for (const key of ['errors-query', 'requests-query'] as const) {
      if (!placeholdersIn(entry[key]).includes('side'))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `has no {{side}}: canary and baseline would run the same query and count the same thing; put {{side}} in a label matcher (e.g. track="{{side}}"), or set baseline: ${BEFORE}`,
        });
    }
  });

// A Datadog count query: the points of `.as_count()` (or of a sum rollup) add up to the events between them.
const COUNTED = /\.as_count\(\s*\)|\.rollup\(\s*sum\b/;

/** A Datadog comparison's queries: counts it can add up, with no PromQL range. */
function sourceRules(
  entry: { source?: (typeof COMPARE_SOURCES)[number]; 'errors-query': string; 'requests-query': string },
  ctx: z.RefinementCtx,
): void {
  if (entry.source !== 'datadog') return;
  for (const key of ['errors-query', 'requests-query'] as const) {
    const query = entry[key];
    if (placeholdersIn(query).includes('range'))
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message:
          "has {{range}}, a PromQL range: a Datadog comparison reads every point since the window's start by itself; remove it",
      });
    if (!COUNTED.test(query))
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message:
          "is not a count: a Datadog comparison adds up the query's points since the window started, so each point must count events; end the query with .as_count() (or .rollup(sum, 60))",
      });
  }
}

export type CompareEntry = z.output<typeof compareSchema>;

export const compareShape = {
  compare: yamlList(
    compareSchema,
    'comparisons (- name: ..., errors-query: ..., requests-query: ..., canary: ..., baseline: ...)',
  )
    .prefault([])
    .meta({
      description:
        'YAML list of canary-versus-baseline comparisons: name, source (prometheus or datadog), errors-query, requests-query (with {{side}}), canary, baseline (or before), max-increase, confidence, min-events, mode, on-inconclusive.',
    }),
};
