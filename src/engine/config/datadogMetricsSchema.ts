import { z } from 'zod';

/** The gate datadog-monitor-tags turns on. */
export const DATADOG_MONITORS_GATE = 'datadog-monitors';

/**
 * Comma-separated monitor tags, trimmed. None at all is refused: Datadog would then list every monitor of the
 * organisation, never what a gate on one service means.
 */
const monitorTags = z.string().transform((text, ctx) => {
  const tags = text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  if (tags.length === 0) {
    ctx.addIssue({
      code: 'custom',
      message: 'names no tag: give the tags of the monitors to watch, e.g. service:shop-api,env:production',
    });
    return z.NEVER;
  }
  return tags.join(',');
});

/** The keys that read Datadog's metrics and monitors; the API key, site and URL are shared with the events. */
export const datadogMetricsShape = {
  'datadog-app-key': z.string().min(1).optional().meta({
    description: 'Datadog application key (a secret): with datadog-api-key, lets gates read Datadog metrics.',
  }),
  'datadog-error-rate-query': z.string().min(1).optional().meta({
    description:
      'Datadog metric query giving the error ratio: the built-in error-rate gate reads Datadog instead of Prometheus.',
  }),
  'datadog-monitor-tags': monitorTags.optional().meta({
    description:
      'Datadog monitor tags, comma-separated (e.g. service:shop-api,env:production): turns on the datadog-monitors gate, which breaches while a monitor with all of them is in Alert.',
  }),
};
