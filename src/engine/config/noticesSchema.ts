import { z } from 'zod';
import { httpUrl, oneOf, wordList } from './fields.js';

export const DATADOG_SITES = [
  'datadoghq.com',
  'us3.datadoghq.com',
  'us5.datadoghq.com',
  'datadoghq.eu',
  'ap1.datadoghq.com',
  'ap2.datadoghq.com',
  'uk1.datadoghq.com',
  'ddog-gov.com',
  'us2.ddog-gov.com',
] as const;
export const NOTICE_EVENTS = ['start', 'success', 'warning', 'failure', 'cancelled'] as const;
export type NoticeEvent = (typeof NOTICE_EVENTS)[number];

// A cancel mid-deploy is news to whoever asked to hear of failures: `failure` includes `cancelled`.
const noticeEvents = wordList('failure, cancelled').pipe(
  z
    .array(oneOf(NOTICE_EVENTS))
    .transform((events) => new Set<NoticeEvent>(events.includes('failure') ? [...events, 'cancelled'] : events)),
);

/** The notices' keys: Grafana annotations, Datadog events, Slack messages. Every credential is a secret. */
export const noticesShape = {
  'grafana-url': httpUrl.optional().meta({ description: 'Grafana base URL; turns Grafana on.' }),
  'grafana-token': z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Service-account token, sent as Authorization: Bearer.' }),
  'grafana-dashboard-uid': z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Annotate this dashboard; without it the annotation is organization-wide.' }),
  'grafana-tags': wordList('team:shop, tier:web').prefault([]).meta({
    description: 'Extra tags; always added: deploy, service:<service>, env:<environment>, version:<version>.',
  }),
  'datadog-api-key': z.string().min(1).optional().meta({ description: 'Turns Datadog events on.' }),
  'datadog-site': oneOf(DATADOG_SITES).prefault('datadoghq.com').meta({
    description: "One of Datadog's sites; the API host is api.<site>.",
    default: 'datadoghq.com',
  }),
  'datadog-api-url': httpUrl
    .optional()
    .meta({ description: 'Overrides the API host derived from the site (a proxy, a private endpoint).' }),
  'datadog-tags': wordList('team:shop, tier:web')
    .prefault([])
    .meta({ description: 'Extra tags; always added: service:, env:, version:.' }),
  'slack-webhook-url': httpUrl.optional().meta({ description: 'A Slack incoming-webhook URL; turns Slack on.' }),
  'slack-notify-on': noticeEvents.prefault('start,success,warning,failure').meta({
    description: 'Which events post a message (rollback outcomes and cancelled are part of failure).',
    default: 'start,success,warning,failure',
  }),
  'slack-mention': z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Prepended on failure, e.g. <!subteam^S0123> or <@U0123>.' }),
  'runbook-url': httpUrl.optional().meta({ description: 'Linked from every failure notice and the summary.' }),
};

/** Keys whose whole value is a credential. */
export const CREDENTIAL_KEYS = [
  'grafana-token',
  'datadog-api-key',
  'datadog-app-key',
  'slack-webhook-url',
  'github-token',
] as const;
