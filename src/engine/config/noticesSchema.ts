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
/** A conversation ID as Slack's Web API spec gives it: C (channel), G (private group) or D (direct message). */
export const SLACK_CHANNEL_ID = /^[CGD][A-Z0-9]{8,}$/;
export const SLACK_API_URL = 'https://slack.com/api';
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
  'slack-bot-token': z.string().min(1).optional().meta({
    description:
      'A Slack bot token (xoxb-…, scope chat:write) with slack-channel: one message per deploy through the Web API, updated with the verdict. Instead of slack-webhook-url.',
  }),
  'slack-channel': z
    .string()
    .regex(SLACK_CHANNEL_ID, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a Slack channel ID (C, G or D and 8 or more capital letters and digits, e.g. C0123456789): in Slack, open the channel's details; the ID is at the bottom`,
    })
    .optional()
    .meta({ description: 'The channel ID the bot posts to (e.g. C0123456789); invite the app to it.' }),
  'slack-api-url': httpUrl.prefault(SLACK_API_URL).meta({
    description: "Slack's Web API base URL (for Slack's government cloud, a proxy, or tests).",
    default: SLACK_API_URL,
  }),
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
  'slack-bot-token',
  'github-token',
] as const;

/**
 * The two Slack paths exclude each other: a webhook posts where its app was set up, a bot where slack-channel says.
 * Both set is an error rather than a silent choice: which one a team meant cannot be told.
 */
export function slackIssues(config: {
  'slack-webhook-url'?: string;
  'slack-bot-token'?: string;
  'slack-channel'?: string;
}): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const bot = config['slack-bot-token'] !== undefined;
  if (bot && config['slack-webhook-url'] !== undefined)
    issues.push({
      path: ['slack-webhook-url'],
      message:
        'set slack-bot-token (one message per deploy, updated with the verdict) or slack-webhook-url (one message per event), not both',
    });
  if (bot && config['slack-channel'] === undefined)
    issues.push({
      path: ['slack-channel'],
      message: 'required with slack-bot-token: the ID of the channel to post to (e.g. C0123456789)',
    });
  if (!bot && config['slack-channel'] !== undefined)
    issues.push({
      path: ['slack-bot-token'],
      message: 'required with slack-channel: a bot token (xoxb-…) with chat:write; a webhook posts to its own channel',
    });
  return issues;
}
