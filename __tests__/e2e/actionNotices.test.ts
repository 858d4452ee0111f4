import { readFile } from 'node:fs/promises';
import { startFakeDatadog, type FakeDatadog } from '../support/fakeDatadog.js';
import { startFakeGrafana, type FakeGrafana } from '../support/fakeGrafana.js';
import { SECRET_TOKEN, slackAnswers, startFakeSlack, type FakeSlack } from '../support/fakeSlack.js';
import { runAction } from '../support/runAction.js';
import { json, startTestService, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it, posting to faithful fakes of Grafana, Datadog and Slack.

let service: TestService;
let grafana: FakeGrafana;
let datadog: FakeDatadog;
let slack: FakeSlack;

beforeEach(async () => {
  service = await startTestService({ '/health': (_req, res) => json(res, 503, { database: 'down' }) });
  [grafana, datadog, slack] = await Promise.all([startFakeGrafana(), startFakeDatadog(), startFakeSlack()]);
});
afterEach(() => Promise.all([service.close(), grafana.close(), datadog.close(), slack.close()]));

const notify = (inputs: Record<string, string> = {}) =>
  runAction({
    'base-url': service.url,
    checks: '- path: /health\n  retries: 0',
    'grafana-url': grafana.url,
    'grafana-token': grafana.token,
    'datadog-api-key': datadog.apiKey,
    'datadog-api-url': datadog.url,
    'slack-webhook-url': slack.webhookUrl,
    'runbook-url': 'https://runbooks.example/shop-api',
    ...inputs,
  });

describe('notices', () => {
  it('posts start and end to every channel, and no credential is printed or stored anywhere', async () => {
    const run = await notify();

    expect(run.outputs.result).toBe('failed');
    expect(grafana.requests.map((request) => request.method)).toEqual(['POST', 'PATCH']);
    expect(run.outputs['grafana-annotation-id']).toMatch(/^\d+$/);
    expect(datadog.requests).toHaveLength(2);
    expect(slack.posts).toHaveLength(2);
    const report = await readFile(run.outputs['report-path'] ?? '', 'utf8');
    const unmaskedLines = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    for (const secret of [grafana.token, datadog.apiKey, slack.webhookUrl, SECRET_TOKEN]) {
      for (const written of [unmaskedLines.join('\n'), run.stderr, run.summary, JSON.stringify(run.outputs), report])
        expect(written).not.toContain(secret);
    }
    expect(run.summary).toContain('### Notices');
    // Every notice was sent, so its group would be empty: it is not shown.
    expect(run.stdout).not.toContain('::group::Notices');
  });

  it('a failing notice is a warning, never a change of verdict', async () => {
    service.route('/health', (_req, res) => json(res, 200, { status: 'ok' }));
    slack.answer(slackAnswers.serverError);
    const run = await notify();

    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('passed');
    expect(run.stdout).toMatch(
      /::warning title=post-deploy-check%3A notices::slack (start|success) notice not sent: HTTP 500/,
    );
    expect(slack.posts).toHaveLength(6);
  });

  it('in dry-run prints each payload and sends none', async () => {
    const run = await notify({ 'dry-run': 'true' });

    expect(grafana.requests).toEqual([]);
    expect(datadog.requests).toEqual([]);
    expect(slack.posts).toEqual([]);
    expect(run.stdout).toMatch(/::group::Notices\n(?:.*\n)*?dry-run: slack would POST /);
    expect(
      run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(SECRET_TOKEN);
  });
});
