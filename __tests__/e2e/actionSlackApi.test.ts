import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOT_TOKEN, CHANNEL_ID, startFakeSlackApi, type FakeSlackApi } from '../support/fakeSlackApi.js';
import { runAction } from '../support/runAction.js';
import { json, startTestService, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it, posting through a faithful fake of Slack's Web API: one message per
// deploy, posted at the start and updated with the verdict, the rollback in its thread.

let service: TestService;
let slack: FakeSlackApi;
let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'pdc-workspace-'));
  const switched = join(workspace, 'switched-back');
  // Unhealthy until the rollback command has "switched back".
  service = await startTestService({
    '/health': (_req, res) => json(res, existsSync(switched) ? 200 : 503, { ok: existsSync(switched) }),
  });
  slack = await startFakeSlackApi();
});
afterEach(() => Promise.all([service.close(), slack.close()]));

const run = (inputs: Record<string, string> = {}) =>
  runAction(
    {
      'base-url': service.url,
      checks: '- path: /health\n  retries: 0',
      'slack-bot-token': BOT_TOKEN,
      'slack-channel': CHANNEL_ID,
      'slack-api-url': slack.apiUrl,
      'slack-mention': '<!subteam^S0123>',
      ...inputs,
    },
    { env: { GITHUB_WORKSPACE: workspace }, killAfterMs: 30_000 },
  );
const header = (blocks: unknown[] | undefined) =>
  (blocks?.[0] as { text?: { text?: string } } | undefined)?.text?.text ?? '';
const visible = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');

describe('Slack through the Web API', () => {
  it('posts one message, updates it with the verdict, puts the rollback in its thread and outputs its ts', async () => {
    const result = await run({
      'monitor-window': '0',
      'rollback-with': 'command',
      'rollback-command': 'touch switched-back',
      'rollback-timeout': '10s',
    });

    expect(result.outputs.result).toBe('failed');
    expect(result.outputs['rolled-back']).toBe('true');
    expect(slack.calls.flatMap((call) => call.problems)).toEqual([]);
    const [message, reply] = slack.messages;
    expect(slack.messages).toHaveLength(2);
    expect(slack.calls.map((call) => call.method)).toEqual(['chat.postMessage', 'chat.update', 'chat.postMessage']);
    expect(slack.calls[1]?.args).toMatchObject({ channel: CHANNEL_ID, ts: message?.ts });
    expect(message?.edits).toBe(1);
    expect(header(message?.blocks)).toBe(':leftwards_arrow_with_hook: Failed, rolled back: shop-api in production');
    expect(reply?.threadTs).toBe(message?.ts);
    expect(reply?.text).toMatch(/^<!subteam\^S0123> Rollback: rolled-back/);
    expect(JSON.stringify(reply?.blocks)).toContain('rolled back');
    expect(result.outputs['slack-message-ts']).toBe(message?.ts);

    const report = await readFile(result.outputs['report-path'] ?? '', 'utf8');
    for (const written of [
      visible(result.stdout),
      result.stderr,
      result.summary,
      JSON.stringify(result.outputs),
      report,
    ])
      expect(written).not.toContain(BOT_TOKEN);
  });

  it('not_in_channel leaves the verdict as it was, with a warning that says how to fix it', async () => {
    await slack.close();
    slack = await startFakeSlackApi({ channels: [] });
    service.route('/health', (_req, res) => json(res, 200, { ok: true }));
    const result = await run();

    expect(result.code).toBe(0);
    expect(result.outputs.result).toBe('passed');
    expect(result.stdout).toMatch(
      /::warning title=post-deploy-check%3A notices::slack start notice not sent: chat\.postMessage: not_in_channel — the app is not a member of the channel: invite the app to the channel: \/invite @<your app> in the channel/,
    );
    expect(result.stdout).toMatch(
      /::warning title=post-deploy-check%3A notices::slack success notice not sent: chat\.postMessage: not_in_channel/,
    );
    expect(slack.messages).toEqual([]);
    expect(result.outputs['slack-message-ts']).toBe('');
  });

  it('without start in slack-notify-on, posts the verdict once as a new message', async () => {
    service.route('/health', (_req, res) => json(res, 200, { ok: true }));
    const result = await run({ 'slack-notify-on': 'success,failure' });

    expect(result.outputs.result).toBe('passed');
    expect(slack.calls.map((call) => call.method)).toEqual(['chat.postMessage']);
    expect(header(slack.messages[0]?.blocks)).toMatch(/^:white_check_mark: Passed/);
    expect(result.outputs['slack-message-ts']).toBe(slack.messages[0]?.ts);
  });

  it('in dry-run prints the calls it would make and sends none', async () => {
    const result = await run({ 'dry-run': 'true' });

    expect(slack.calls).toEqual([]);
    const printed = visible(result.stdout);
    expect(printed).toContain(`dry-run: slack would POST ${slack.apiUrl}/chat.postMessage {"channel":"${CHANNEL_ID}"`);
    expect(printed).toContain(
      `dry-run: slack would POST ${slack.apiUrl}/chat.update {"channel":"${CHANNEL_ID}","ts":"<ts of the start message>"`,
    );
    expect(printed).toContain(
      `dry-run: slack would then POST ${slack.apiUrl}/chat.postMessage {"channel":"${CHANNEL_ID}","thread_ts":"<ts of the start message>"`,
    );
    expect(printed).not.toContain(BOT_TOKEN);
  });
});
