import type { DeployNotice } from '../../src/engine/ports.js';
import { summaryLine } from '../../src/engine/report/summaryLine.js';
import {
  SLACK_LIMITS,
  escapeSlack,
  fitEscaped,
  slackLink,
  slackMessage,
  type SlackBlock,
  type SlackMessage,
} from '../../src/providers/slack/slackBlocks.js';

const STARTED = Date.UTC(2025, 0, 15, 12, 0, 0);
const SHA = '4f2a9c1e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39';
const RUN = 'https://github.com/acme/shop/actions/runs/42';
const RUNBOOK = 'https://wiki.example.com/runbooks/shop';
const DASHBOARD = 'https://grafana.example.com/d/abc123/shop?orgId=1&from=now-1h';
const MENTION = '<!subteam^S0123>';

function notice(overrides: Partial<DeployNotice> = {}): DeployNotice {
  return {
    event: 'success',
    service: 'shop',
    environment: 'production',
    version: 'v1.4.2',
    repository: 'acme/shop',
    commitUrl: `https://github.com/acme/shop/commit/${SHA}`,
    runUrl: RUN,
    actor: 'octocat',
    startedAt: STARTED,
    finishedAt: STARTED + 95_000,
    summary: 'passed: 3 checks, 2 gates',
    failures: [],
    runbookUrl: RUNBOOK,
    ...overrides,
  };
}

const FAILURES = [
  { name: 'gate: error rate', detail: '0.042 > 0.01 (max) over 5m' },
  { name: 'GET /health', detail: 'HTTP 503, expected 2xx' },
];

type Section = Extract<SlackBlock, { type: 'section' }>;
const header = (message: SlackMessage) => (message.blocks[0] as Extract<SlackBlock, { type: 'header' }>).text.text;
const sections = (message: SlackMessage) =>
  message.blocks.filter((block): block is Section => block.type === 'section');
const sectionTexts = (message: SlackMessage) =>
  sections(message).flatMap((block) => (block.text ? [block.text.text] : []));
const fieldTexts = (message: SlackMessage) =>
  sections(message).flatMap((block) => (block.fields ?? []).map((field) => field.text));
const contextText = (message: SlackMessage) =>
  message.blocks
    .filter((block) => block.type === 'context')
    .flatMap((block) => block.elements.map((element) => element.text))
    .join('\n');
/** Every text the message carries, for "appears nowhere" assertions. */
const allText = (message: SlackMessage) => JSON.stringify(message);

/** Every text inside Block Kit's limits, as the fake Slack also checks over the wire. */
function expectWithinLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  expect(header(message).length).toBeLessThanOrEqual(SLACK_LIMITS.header);
  for (const block of sections(message)) {
    if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.text);
    expect((block.fields ?? []).length).toBeLessThanOrEqual(SLACK_LIMITS.fields);
    for (const field of block.fields ?? []) expect(field.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
  }
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
}

describe('slackMessage', () => {
  it('announces a start: "Checking", the version linked to the commit, the actor, when it started', () => {
    const message = slackMessage(notice({ event: 'start', finishedAt: undefined, summary: undefined }), {
      mention: MENTION,
      grafanaDashboardUrl: DASHBOARD,
    });
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: ':mag: Checking: shop in production', emoji: true },
    });
    expect(fieldTexts(message)).toEqual([
      `*Version*\n<https://github.com/acme/shop/commit/${SHA}|v1.4.2>`,
      '*Actor*\noctocat',
      '*Started*\n<!date^1736942400^{date_short_pretty} {time_secs}|2025-01-15T12:00:00.000Z>',
      '*Repository*\nacme/shop',
    ]);
    expect(sectionTexts(message)[0]).toBe('Post-deploy checks started.');
    expect(contextText(message)).toBe(
      `<${RUN}|Workflow run>  ·  <https://grafana.example.com/d/abc123/shop?orgId=1&amp;from=now-1h|Grafana dashboard>`,
    );
    expect(allText(message)).not.toContain('subteam');
    expect(message.text).toBe(':mag: Checking: shop in production: Post-deploy checks started.');
    expectWithinLimits(message);
  });

  it('reports a pass with its duration and summary, no failures, no runbook and no mention', () => {
    const message = slackMessage(notice(), { mention: MENTION });
    expect(header(message)).toBe(':white_check_mark: Passed: shop in production');
    expect(sectionTexts(message)).toEqual(['3 checks, 2 gates']);
    expect(fieldTexts(message)).toContain('*Duration*\n1m35s');
    expect(contextText(message)).toBe(`<${RUN}|Workflow run>`);
    expect(allText(message)).not.toContain('subteam');
    expect(allText(message)).not.toContain('Runbook');
    expectWithinLimits(message);
  });

  it('lists the warnings of a warning notice, without the mention', () => {
    const message = slackMessage(
      notice({
        event: 'warning',
        summary: 'passed with 1 warning',
        failures: [{ name: 'gate: p95 latency', detail: '420ms > 400ms (warn)' }],
      }),
      { mention: MENTION },
    );
    expect(header(message)).toBe(':warning: Passed with warnings: shop in production');
    expect(sectionTexts(message)).toEqual([
      'passed with 1 warning',
      '*Warnings* (1)\n• *gate: p95 latency*: 420ms &gt; 400ms (warn)',
    ]);
    expect(allText(message)).not.toContain('subteam');
    expectWithinLimits(message);
  });

  it('reports a failure that was rolled back: mention, each failure with its value and threshold, the rollback, every link', () => {
    const message = slackMessage(
      notice({
        event: 'failure',
        summary: 'failed: gate error rate 0.042 > 0.01',
        failures: FAILURES,
        rollback: {
          outcome: 'rolled-back',
          message: 'deployment.apps/shop rolled back; successfully rolled out',
          toRevision: 6,
        },
      }),
      { mention: MENTION, grafanaDashboardUrl: DASHBOARD },
    );
    expect(header(message)).toBe(':leftwards_arrow_with_hook: Failed, rolled back: shop in production');
    expect(sectionTexts(message)).toEqual([
      `${MENTION} gate error rate 0.042 &gt; 0.01`,
      '*Failing checks and gates* (2)\n• *gate: error rate*: 0.042 &gt; 0.01 (max) over 5m\n• *GET /health*: HTTP 503, expected 2xx',
      '*Rollback:* :leftwards_arrow_with_hook: rolled back to revision 6\ndeployment.apps/shop rolled back; successfully rolled out',
    ]);
    expect(contextText(message)).toBe(
      `<${RUN}|Workflow run>  ·  <${RUNBOOK}|Runbook>  ·  <https://grafana.example.com/d/abc123/shop?orgId=1&amp;from=now-1h|Grafana dashboard>`,
    );
    expect(message.text.startsWith(`${MENTION} `)).toBe(true);
    expectWithinLimits(message);
  });

  it("says the verdict, service and environment once: in the header, not again at the head of the run's summary line", () => {
    const gate = { name: 'error-rate', kind: 'gate' as const, required: true, durationMs: 0, attempts: [] };
    const summary = summaryLine({
      result: 'failed',
      service: 'shop',
      version: SHA,
      environment: 'production',
      checks: [
        { ...gate, result: 'failed', detail: '0.2 > max 0.01' },
        { ...gate, name: 'latency', result: 'passed', detail: 'ok' },
      ],
      durationMs: 12_000,
      timedOut: false,
    });
    const message = slackMessage(notice({ event: 'failure', summary, failures: FAILURES }));
    expect(summary).toMatch(/^failed: shop 4f2a9c1 in production — 1 of 2 checks failed: error-rate/);
    expect(header(message)).toBe(':x: Failed: shop in production');
    expect(sectionTexts(message)[0]).toMatch(/^1 of 2 checks failed: error-rate/);
    expect(message.text).toMatch(/^:x: Failed: shop in production: 1 of 2 checks failed: error-rate/);
    expect(allText(message)).not.toMatch(/failed: shop|\*Result\*/);
  });

  it('shouts when the rollback failed, and carries the GitOps note', () => {
    const message = slackMessage(
      notice({
        event: 'failure',
        summary: 'ROLLBACK FAILED',
        failures: FAILURES,
        rollback: {
          outcome: 'failed',
          message: 'rolled back, but not available within the rollback timeout',
          gitOps: 'Argo CD',
        },
        dashboardUrl: DASHBOARD,
      }),
      { mention: MENTION },
    );
    expect(header(message)).toBe(':rotating_light: Failed, ROLLBACK FAILED: shop in production');
    const rollback = sectionTexts(message).find((text) => text.startsWith('*Rollback:*'));
    expect(rollback).toContain(
      '*Rollback:* :rotating_light: *ROLLBACK FAILED*\nrolled back, but not available within the rollback timeout',
    );
    expect(rollback).toContain('*Argo CD manages this release.*');
    expect(rollback).toContain('revert the change in Git');
    expect(sectionTexts(message)[0]).toBe(`${MENTION} ROLLBACK FAILED`);
    expect(contextText(message)).toContain('|Grafana dashboard>');
    expectWithinLimits(message);
  });

  it('stays inside Block Kit with 200 failures and a 10 000-character detail: "… and N more", an ellipsis', () => {
    const failures = Array.from({ length: 200 }, (_, index) => ({
      name: `check ${index}`,
      detail: index === 0 ? 'x'.repeat(10_000) : `value ${index} > threshold`,
    }));
    const message = slackMessage(
      notice({
        event: 'failure',
        failures,
        summary: 's'.repeat(10_000),
        rollback: { outcome: 'rolled-back', message: 'm'.repeat(10_000) },
      }),
      { mention: MENTION },
    );
    expectWithinLimits(message);
    const texts = sectionTexts(message).join('\n');
    expect(texts).toContain('*Failing checks and gates* (200)');
    expect(texts).toContain('• *check 19*: value 19 &gt; threshold');
    expect(texts).not.toContain('check 20*');
    expect(texts).toContain('… and 180 more');
    const first = texts.split('\n').find((line) => line.startsWith('• *check 0*'));
    expect(first?.endsWith('x…')).toBe(true);
    expect(first?.length).toBeLessThan(1_000);
  });

  it('keeps a long service name inside the 150-character header', () => {
    const message = slackMessage(notice({ service: 'a'.repeat(400) }));
    expect(header(message)).toHaveLength(150);
    expect(header(message).endsWith('…')).toBe(true);
  });

  it('escapes what came from the network, so a detail cannot ping @channel or forge a link', () => {
    const message = slackMessage(
      notice({
        event: 'failure',
        summary: 'failed <!here>',
        failures: [
          { name: 'GET /<@U999>', detail: 'body said <!channel> see <https://evil.example|your bank> & @everyone' },
        ],
        rollback: { outcome: 'failed', message: 'kubectl: <!channel>' },
        actor: '<!everyone>',
      }),
      { mention: MENTION },
    );
    const texts = allText(message);
    expect(texts).not.toMatch(/<!(channel|here|everyone)/);
    expect(texts).not.toContain('<@U999>');
    expect(texts).not.toContain('<https://evil.example');
    expect(sectionTexts(message)).toContain(
      '*Failing checks and gates* (1)\n• *GET /&lt;@U999&gt;*: body said &lt;!channel&gt; see &lt;https://evil.example|your bank&gt; &amp; @\u200Beveryone',
    );
    // Only the configured mention is raw.
    expect(sectionTexts(message)[0]).toBe(`${MENTION} failed &lt;!here&gt;`);
  });

  it('says so when there is no summary, and marks every mrkdwn text verbatim', () => {
    const message = slackMessage(notice({ event: 'failure', summary: undefined, failures: [] }), {
      mention: '  <@U0123> ',
    });
    expect(sectionTexts(message)[0]).toBe('<@U0123> Post-deploy checks failed.');
    for (const block of sections(message)) {
      for (const text of [block.text, ...(block.fields ?? [])]) if (text) expect(text.verbatim).toBe(true);
    }
  });
});

describe('Slack text helpers', () => {
  it('escapes &, < and > and breaks bare broadcast mentions', () => {
    expect(escapeSlack('a & b <!channel> @here')).toBe('a &amp; b &lt;!channel&gt; @\u200Bhere');
  });

  it('never cuts an escape in half', () => {
    expect(fitEscaped('ab&cd', 5)).toBe('ab…');
    expect(fitEscaped('ab&cd', 8)).toBe('ab&amp;…');
    expect(fitEscaped('ab&c', 8)).toBe('ab&amp;c');
  });

  it('links only http(s) URLs, with | and > inside them encoded', () => {
    expect(slackLink('javascript:alert(1)', 'x')).toBe('x');
    expect(slackLink('not a url', 'v1 <b>')).toBe('v1 &lt;b&gt;');
    expect(slackLink('https://example.com/a|b>c?x=1&y=2', 'label')).toBe(
      '<https://example.com/a%7Cb%3Ec?x=1&amp;y=2|label>',
    );
    expect(slackLink(`https://example.com/${'a'.repeat(2_000)}`, 'long')).toBe('long');
  });
});
