import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { deliver } from '../../src/engine/notices/deliver.js';
import { buildPlan } from '../../src/engine/plan.js';
import type { DeployNotice, MetricSource } from '../../src/engine/ports.js';
import { slackMessage } from '../../src/providers/slack/slackBlocks.js';
import { FakeMetrics } from '../support/fakeMonitor.js';
import { renderMarkdown } from '../../src/engine/report/markdown.js';
import { runChecks } from '../../src/engine/run.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeChannel, type ScriptedAnswer } from '../support/fakeChannel.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeProber, response } from '../support/fakeProber.js';
import { RecordingLogger } from '../support/fixtures.js';

const NOTICE: DeployNotice = {
  event: 'failure',
  service: 'shop-api',
  environment: 'production',
  startedAt: 0,
  failures: [],
};

async function deliverWith(script: ScriptedAnswer[], options: { dryRun?: boolean } = {}) {
  const clock = new FakeClock();
  const channel = new FakeChannel('slack', script);
  const logger = new RecordingLogger();
  const result = await deliver(channel, NOTICE, {
    clock,
    logger,
    redact: createRedactor(['s3cret-hook-path']),
    signal: new AbortController().signal,
    dryRun: options.dryRun ?? false,
  });
  return { result, channel, clock, logger };
}

describe('deliver: best effort, bounded retries', () => {
  it('sends once when the vendor accepts', async () => {
    const { result, channel } = await deliverWith([{ status: 202, reference: '42' }]);
    expect(result).toEqual({
      channel: 'slack',
      event: 'failure',
      sent: true,
      attempts: 1,
      detail: 'HTTP 202',
      reference: '42',
    });
    expect(channel.received).toHaveLength(1);
  });

  it('retries a 5xx and a refused connection, backing off, up to 3 attempts', async () => {
    const { result, clock } = await deliverWith([{ status: 500 }, 'refused', { status: 200 }]);
    expect(result).toMatchObject({ sent: true, attempts: 3 });
    expect(clock.sleeps).toEqual([1_000, 2_000]);
  });

  it('honours Retry-After on a 429', async () => {
    const { result, clock } = await deliverWith([{ status: 429, retryAfterMs: 3_000 }, { status: 200 }]);
    expect(result).toMatchObject({ sent: true, attempts: 2 });
    expect(clock.sleeps).toEqual([3_000]);
  });

  it('gives up, with a warning-worthy detail, rather than wait out a long Retry-After', async () => {
    const { result, clock } = await deliverWith([{ status: 429, retryAfterMs: 60_000, detail: 'rate_limited' }]);
    expect(result).toEqual({
      channel: 'slack',
      event: 'failure',
      sent: false,
      attempts: 1,
      detail: 'HTTP 429: rate_limited',
    });
    expect(clock.sleeps).toEqual([]);
  });

  it('does not retry a 4xx other than 429', async () => {
    const { result, channel } = await deliverWith([{ status: 400, detail: 'invalid_payload' }]);
    expect(result).toMatchObject({ sent: false, attempts: 1, detail: 'HTTP 400: invalid_payload' });
    expect(channel.received).toHaveLength(1);
  });

  it('stops after 3 failed attempts and says what the last one saw', async () => {
    const { result, channel } = await deliverWith(['refused']);
    expect(result).toMatchObject({ sent: false, attempts: 3, detail: 'connection refused by hooks.example:443' });
    expect(channel.received).toHaveLength(3);
  });

  it('does not send again after a timeout: the vendor may already have the notice', async () => {
    const { result, channel } = await deliverWith(['timeout']);
    expect(result).toMatchObject({ sent: false, attempts: 1, detail: 'no complete answer within 10s' });
    expect(channel.received).toHaveLength(1);
  });

  it('in dry-run prints the payload and sends nothing', async () => {
    const { result, channel, logger } = await deliverWith([{ status: 200 }], { dryRun: true });
    expect(channel.received).toEqual([]);
    expect(result.sent).toBe(false);
    expect(logger.lines).toEqual([
      'dry-run: slack would POST https://slack.example/api {"event":"failure","service":"shop-api"}',
    ]);
  });
});

describe('runChecks with notices', () => {
  async function run(
    inputs: Partial<Record<ConfigKey, string>>,
    channels: FakeChannel[],
    status = 200,
    signal?: AbortSignal,
    metrics?: (clock: FakeClock) => MetricSource,
  ) {
    const loaded = await loadConfig({
      inputs: {
        service: 'shop-api',
        'base-url': 'https://shop.example.com',
        checks: '- path: /health\n  retries: 0',
        'slack-webhook-url': 'https://hooks.slack.com/services/T0/B0/s3cret',
        ...inputs,
      },
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const clock = new FakeClock();
    const report = await runChecks(buildPlan(loaded.config), {
      prober: new FakeProber({ 'https://shop.example.com/health': [response(status)] }, { clock }),
      notices: channels,
      clock,
      ...(metrics ? { metrics: metrics(clock) } : {}),
      logger: new RecordingLogger(),
      redact: createRedactor(loaded.secrets),
      context: { runUrl: 'https://github.com/acme/shop-api/actions/runs/7' },
      tool: { name: 'post-deploy-check', version: '0.1.0' },
      signal,
    });
    return report;
  }

  it('sends a start and an end notice with the outcome and what failed', async () => {
    const slack = new FakeChannel('slack');
    const report = await run({}, [slack], 503);
    expect(slack.received.map((notice) => notice.event)).toEqual(['start', 'failure']);
    expect(slack.received[1]).toMatchObject({
      failures: [{ name: 'GET /health', detail: 'status 503, expected 2xx' }],
      runUrl: 'https://github.com/acme/shop-api/actions/runs/7',
    });
    expect(report.notices?.map((notice) => [notice.channel, notice.event, notice.sent])).toEqual([
      ['slack', 'start', true],
      ['slack', 'failure', true],
    ]);
  });

  it("carries a comparison's sentence into the Slack failure text", async () => {
    const slack = new FakeChannel('slack');
    const side = (track: string, what: string) => `sum(increase(${what}{track="${track}"}[{{range}}]))`;
    const compare = [
      '- name: errors vs stable',
      `  errors-query: '${side('{{side}}', 'errors_total')}'`,
      `  requests-query: '${side('{{side}}', 'requests_total')}'`,
      '  canary: canary',
      '  baseline: stable',
    ].join('\n');
    // 20 errors in 100 requests a look on the canary, 1 on the stable: shown worse at the first look.
    const metrics = (clock: FakeClock) =>
      new FakeMetrics(
        {
          [side('canary', 'errors_total')]: [20, 40, 60],
          [side('canary', 'requests_total')]: [100, 200, 300],
          [side('stable', 'errors_total')]: [1, 2, 3],
          [side('stable', 'requests_total')]: [100, 200, 300],
        },
        clock,
      );
    const inputs = {
      'prometheus-url': 'https://prometheus.example.com',
      'max-error-rate': 'off',
      'scrape-interval': '1s',
      'monitor-window': '3s',
      'monitor-interval': '1s',
      compare,
    };
    const report = await run(inputs, [slack], 200, undefined, metrics);
    const sentence =
      'canary 20% (20 / 100) vs stable 1.0% (1 / 100): 20x; with 99% confidence at least 1.9x, over the limit 1.5x';
    expect(report.monitor?.gates[0]?.detail).toBe(sentence);
    const failure = slack.received.find((notice) => notice.event === 'failure');
    expect(failure?.failures).toEqual([expect.objectContaining({ name: 'errors vs stable', detail: sentence })]);
    expect(slackMessage(failure as DeployNotice, {}).text).toContain('canary 20% (20 / 100) vs stable 1.0% (1 / 100)');
  });

  it('sends to Slack only the events of slack-notify-on', async () => {
    const slack = new FakeChannel('slack');
    await run({ 'slack-notify-on': 'failure' }, [slack]);
    expect(slack.received).toEqual([]);
  });

  it('after a cancel still sends the cancelled notice, to Slack as part of failure', async () => {
    const cancel = new AbortController();
    cancel.abort();
    const [slack, grafana] = [new FakeChannel('slack'), new FakeChannel('grafana')];
    const report = await run({ 'slack-notify-on': 'failure' }, [slack, grafana], 200, cancel.signal);
    expect(report.verdict.result).toBe('cancelled');
    expect(grafana.received.map((notice) => notice.event)).toEqual(['start', 'cancelled']);
    expect(slack.received.map((notice) => notice.event)).toEqual(['cancelled']);
    expect([...slack.abortedAtSend, ...grafana.abortedAtSend]).toEqual([false, false, false]);
  });

  it('never changes the verdict when a notice fails, and lists it in the summary', async () => {
    const report = await run({}, [new FakeChannel('slack', ['refused'])]);
    expect(report.verdict.result).toBe('passed');
    expect(renderMarkdown(report)).toContain(
      '| slack | success | ⚠️ (3 attempts) | connection refused by hooks.example:443 |',
    );
  });
});
