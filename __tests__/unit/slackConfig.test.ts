import { loadConfig } from '../../src/engine/config/load.js';
import { planNotices } from '../../src/engine/notices/noticesPlan.js';

// The two Slack paths as configuration: the bot (slack-bot-token, slack-channel, slack-api-url) or the webhook.
const BASE = { checks: '/health', 'base-url': 'https://shop.example.com' };
const BOT = { 'slack-bot-token': 'xoxb-111-222-abcDEF', 'slack-channel': 'C0123456789' };

function load(inputs: Record<string, string>) {
  return loadConfig({ inputs: { ...BASE, ...inputs } });
}

describe('Slack configuration', () => {
  it('plans the bot with the default Web API base, and no webhook', async () => {
    const loaded = await load(BOT);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(planNotices(loaded.config)?.slack).toMatchObject({
      bot: { token: BOT['slack-bot-token'], channel: 'C0123456789', apiUrl: 'https://slack.com/api' },
    });
    expect(planNotices(loaded.config)?.slack?.webhookUrl).toBeUndefined();
  });

  it.each([
    [{ 'slack-bot-token': 'xoxb-1' }, 'slack-channel: required with slack-bot-token'],
    [{ 'slack-channel': 'C0123456789' }, 'slack-bot-token: required with slack-channel'],
    [{ ...BOT, 'slack-channel': 'deploys' }, 'slack-channel: "deploys" is not a Slack channel ID'],
    [{ ...BOT, 'slack-channel': 'c0123456789' }, 'slack-channel: "c0123456789" is not a Slack channel ID'],
    [
      { ...BOT, 'slack-webhook-url': 'https://hooks.slack.com/services/T/B/x' },
      'slack-webhook-url: set slack-bot-token',
    ],
  ])('refuses %j', async (inputs, error) => {
    const loaded = await load(inputs);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.join('\n')).toContain(error);
  });
});
