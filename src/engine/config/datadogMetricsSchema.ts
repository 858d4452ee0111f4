import { z } from 'zod';

/** The keys that read Datadog's metrics; the API key, site and URL are shared with the events. */
export const datadogMetricsShape = {
  'datadog-app-key': z.string().min(1).optional().meta({
    description: 'Datadog application key (a secret): with datadog-api-key, lets gates read Datadog metrics.',
  }),
  'datadog-error-rate-query': z.string().min(1).optional().meta({
    description:
      'Datadog metric query giving the error ratio: the built-in error-rate gate reads Datadog instead of Prometheus.',
  }),
};
