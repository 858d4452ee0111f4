import { z } from 'zod';
import { decimal, durationBetween } from './fields.js';

/** The burn-rate gate's name in the report, the outputs and the notices. */
export const SLO_GATE_NAME = 'slo-burn-rate';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Errors over the window a burn rate is evaluated in: `{{range}}` here is that window, not the scrape range. */
export const DEFAULT_SLO_ERRORS_QUERY = 'sum(increase(http_requests_total{status=~"5.."}[{{range}}]))';
export const DEFAULT_SLO_REQUESTS_QUERY = 'sum(increase(http_requests_total[{{range}}]))';

/** An availability objective in percent, `99.9` or `99.9%`: below 100, as 100% leaves no budget to burn. */
const objective = z
  .union([z.number(), z.string()], { error: 'expected a percentage such as 99.9 or 99.9%' })
  .transform((value, ctx) => {
    const text = String(value).trim().replace(/%$/, '').trim();
    const percent = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
    if (!(percent > 0 && percent < 100)) {
      const why =
        percent === 100
          ? 'an objective of 100% leaves no error budget: every error would burn it infinitely fast'
          : 'is not a percentage above 0 and below 100';
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(String(value))}: ${why}; use e.g. 99.9 or 99.9%` });
      return z.NEVER;
    }
    return percent;
  });

/** The SLO burn-rate gate: how fast this release spends the service's error budget. */
export const sloShape = {
  'slo-objective': objective.optional().meta({
    description: 'Availability objective in percent (99.9 or 99.9%); turns the SLO burn-rate gate on.',
  }),
  'slo-period': durationBetween(DAY, 400 * DAY)
    .prefault('30d')
    .meta({
      description: 'The period the objective holds over: the error budget is (100% - objective) of its requests.',
      default: '30d',
    }),
  'max-burn-rate': decimal(0, { exclusive: true }).prefault(5).meta({
    description:
      'The burn-rate gate fails when the short and the long window both burn the budget faster than this (failure-threshold samples in a row).',
    default: '5',
  }),
  'warn-burn-rate': decimal(0, { exclusive: true }).prefault(2).meta({
    description: 'Both windows above this, and not failing: a warning, a rollback review.',
    default: '2',
  }),
  'burn-short-window': durationBetween(MINUTE, DAY).prefault('5m').meta({
    description: 'The short window of the burn rate; the long one is the monitor window so far, at least this.',
    default: '5m',
  }),
  'slo-errors-query': z.string().min(1).prefault(DEFAULT_SLO_ERRORS_QUERY).meta({
    description: 'PromQL giving the failed requests over {{range}}, the window a burn rate is evaluated in.',
    default: DEFAULT_SLO_ERRORS_QUERY,
  }),
  'slo-requests-query': z.string().min(1).prefault(DEFAULT_SLO_REQUESTS_QUERY).meta({
    description: 'PromQL giving all requests over {{range}}, the window a burn rate is evaluated in.',
    default: DEFAULT_SLO_REQUESTS_QUERY,
  }),
};
