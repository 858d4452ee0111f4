import type { NoticeEvent } from '../config/noticesSchema.js';
import type { Config } from '../config/schema.js';
import type { DeployNotice, NoticeChannel } from '../ports.js';

export interface NoticesPlan {
  grafana?: { url: string; token: string; dashboardUid?: string; tags: string[]; insecureSkipTlsVerify: boolean };
  datadog?: { apiKey: string; site: string; apiUrl?: string; tags: string[]; insecureSkipTlsVerify: boolean };
  /** Exactly one of webhookUrl (an incoming webhook) and bot (the Web API: one message per deploy, updated). */
  slack?: {
    webhookUrl?: string;
    bot?: { token: string; channel: string; apiUrl: string };
    notifyOn: Set<NoticeEvent>;
    mention?: string;
    insecureSkipTlsVerify: boolean;
  };
  /** The Grafana dashboard a failure notice links to, when grafana-dashboard-uid names one. */
  dashboardUrl?: string;
}

/**
 * The one place that says which channel posts which event: Slack only those of slack-notify-on
 * (a channel with alerting on every message would page people for each start), the others all.
 */
export function channelWants(
  notices: NoticesPlan | undefined,
  channel: NoticeChannel['name'],
  event: DeployNotice['event'],
): boolean {
  return channel !== 'slack' || (notices?.slack?.notifyOn.has(event) ?? true);
}

/** Absent when no channel is configured. */
export function planNotices(config: Config): NoticesPlan | undefined {
  const grafanaUrl = config['grafana-url'];
  const grafanaToken = config['grafana-token'];
  const apiKey = config['datadog-api-key'];
  const webhookUrl = config['slack-webhook-url'];
  const botToken = config['slack-bot-token'];
  const slackChannel = config['slack-channel'];
  // The schema refuses both paths at once and a token without a channel: the bot is set up whole or not at all.
  const bot =
    botToken && slackChannel ? { token: botToken, channel: slackChannel, apiUrl: config['slack-api-url'] } : undefined;
  const insecure = config['insecure-skip-tls-verify'];
  const notices: NoticesPlan = {
    ...(grafanaUrl && grafanaToken
      ? {
          grafana: {
            url: grafanaUrl,
            token: grafanaToken,
            dashboardUid: config['grafana-dashboard-uid'],
            tags: config['grafana-tags'],
            insecureSkipTlsVerify: insecure.has('grafana'),
          },
        }
      : {}),
    ...(apiKey
      ? {
          datadog: {
            apiKey,
            site: config['datadog-site'],
            apiUrl: config['datadog-api-url'],
            tags: config['datadog-tags'],
            insecureSkipTlsVerify: insecure.has('datadog'),
          },
        }
      : {}),
    ...(bot || webhookUrl
      ? {
          slack: {
            ...(bot ? { bot } : { webhookUrl }),
            notifyOn: config['slack-notify-on'],
            mention: config['slack-mention'],
            insecureSkipTlsVerify: insecure.has('slack'),
          },
        }
      : {}),
    dashboardUrl:
      grafanaUrl && config['grafana-dashboard-uid']
        ? dashboardLink(grafanaUrl, config['grafana-dashboard-uid'])
        : undefined,
  };
  return notices.grafana || notices.datadog || notices.slack ? notices : undefined;
}

/** A link goes to people and to Slack: never with the credentials or the query a grafana-url may carry. */
function dashboardLink(grafanaUrl: string, uid: string): string {
  const base = new URL(grafanaUrl);
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}/d/${encodeURIComponent(uid)}`;
}
