import { escapeHtml, inlineCode, tableCell } from '../../src/engine/report/escape.js';
import { renderMarkdown } from '../../src/engine/report/markdown.js';
import { REPORT_SCHEMA_VERSION, type CheckOutcome, type Report } from '../../src/engine/report/model.js';
import { NEW_SHA, OLD_SHA, outcome } from '../support/fixtures.js';

function report(checks: CheckOutcome[], overrides: Partial<Report> = {}): Report {
  const failed = checks.some((check) => check.result === 'failed');
  const warned = checks.some((check) => check.result === 'warning');
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'post-deploy-check', version: '0.1.0' },
    service: 'shop-api',
    environment: 'production',
    version: NEW_SHA,
    deployedVersion: NEW_SHA,
    dryRun: false,
    startedAt: '2025-01-01T12:00:00.000Z',
    finishedAt: '2025-01-01T12:00:02.100Z',
    durationMs: 2_100,
    timedOut: false,
    timeline: { started: '2025-01-01T12:00:00.000Z' },
    rollbackNeeded: false,
    context: {},
    command: 'check',
    verdict: {
      result: failed ? 'failed' : warned ? 'warning' : 'passed',
      reasons: checks.filter((check) => check.result !== 'passed').map((check) => `${check.name}: ${check.detail}`),
    },
    summary: 'a summary line',
    checks,
    ...overrides,
  };
}

const readyFailure = outcome({
  name: 'GET /health/ready',
  result: 'failed',
  detail: 'status 503, expected 2xx (after 3 attempts)',
  request: { method: 'GET', url: 'https://shop.example.com/health/ready', headers: { authorization: '***' } },
  attempts: [503, 503, 503].map((status, index) => ({ at: index * 500, durationMs: 20, status })),
  response: { status: 503, contentType: 'text/html', bodyExcerpt: '<script>alert("pwned")</script> db & cache' },
  analysis: {
    cause: 'the readiness endpoint reports unavailable: a dependency is down',
    nextStep: 'see the readiness body below for which dependency, then check it',
  },
});

/** The lines of a section, from its heading to the next heading of the same or higher level. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no section ${heading} in:\n${markdown}`);
  const level = heading.split(' ')[0] as string;
  const end = lines.findIndex(
    (line, index) => index > start && /^#+ /.test(line) && (line.split(' ')[0] as string).length <= level.length,
  );
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe('renderMarkdown: headline and facts', () => {
  it.each([
    ['passed', [outcome()], '## ✅ Passed — shop-api in production'],
    [
      'warning',
      [outcome({ result: 'warning', required: false, detail: 'x' })],
      '## ⚠️ Passed with warnings — shop-api in production',
    ],
    ['failed', [readyFailure], '## ❌ Failed — shop-api in production'],
  ])('puts the %s verdict first', (_, checks, headline) => {
    expect(renderMarkdown(report(checks)).split('\n')[0]).toBe(headline);
  });

  it('links the short version to its commit only when it is the commit the workflow runs on', () => {
    const context = {
      commitSha: 'ffff0000ffff0000ffff0000ffff0000ffff0000',
      commitUrl: 'https://github.com/acme/shop/commit/ffff000',
      runUrl: 'https://github.com/acme/shop/actions/runs/1',
    };
    expect(renderMarkdown(report([outcome()], { context })).split('\n')[2]).toBe(
      'version <code>4f2a9c1</code> · 2.1s · [run](https://github.com/acme/shop/actions/runs/1)',
    );
  });

  it('says version, duration and run in one line under the headline, with no empty table header', () => {
    const markdown = renderMarkdown(
      report([outcome()], {
        context: {
          commitSha: NEW_SHA,
          commitUrl: 'https://github.com/acme/shop/commit/4f2a9c1',
          runUrl: 'https://github.com/acme/shop/actions/runs/1',
        },
      }),
    );
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '## ✅ Passed — shop-api in production',
      '',
      'version [<code>4f2a9c1</code>](https://github.com/acme/shop/commit/4f2a9c1) · 2.1s · [run](https://github.com/acme/shop/actions/runs/1)',
    ]);
    expect(markdown).not.toContain('| | |');
    expect(markdown).not.toContain(NEW_SHA);
  });

  it('shows the version that answered when it differs from the one expected', () => {
    const markdown = renderMarkdown(report([outcome()], { deployedVersion: OLD_SHA }));
    expect(markdown).toContain(`version <code>4f2a9c1</code> · answering <code>${OLD_SHA.slice(0, 7)}</code> · 2.1s`);
  });

  it('marks a dry run', () => {
    expect(renderMarkdown(report([outcome()], { dryRun: true }))).toContain(
      '_Dry run: checks ran; no action was taken._',
    );
    expect(renderMarkdown(report([outcome()]))).not.toContain('Dry run');
  });
});

describe('renderMarkdown: checks table', () => {
  it('has one row per check with name, result, detail and duration; a failure only points to its block', () => {
    const markdown = renderMarkdown(
      report([
        outcome(),
        outcome({
          name: 'GET /metrics',
          result: 'warning',
          required: false,
          detail: 'status 500, expected 2xx',
          durationMs: 1_500,
        }),
      ]),
    );
    const table = section(markdown, '### Checks');
    expect(table).toContain('| Check | Result | Detail | Duration |');
    expect(table).toContain('| GET /health | ✅ passed | 200 | 120ms |');
    expect(table).toContain('| GET /metrics | ⚠️ warning (optional) | see above | 1.5s |');
  });

  it('escapes pipes, newlines and markup in cells so a row stays one row', () => {
    const markdown = renderMarkdown(report([outcome({ name: 'a|b', detail: 'saw <b>x</b> | y\nz' })]));
    expect(section(markdown, '### Checks')).toContain(
      '| a\\|b | ✅ passed | saw &lt;b&gt;x&lt;/b&gt; \\| y z | 120ms |',
    );
  });
});

describe('renderMarkdown: what went wrong', () => {
  const markdown = renderMarkdown(report([outcome(), readyFailure]));
  const failure = section(markdown, '#### ❌ GET /health/ready');

  it('explains each failure with its cause and next step', () => {
    expect(failure).toContain('**Cause:** the readiness endpoint reports unavailable: a dependency is down');
    expect(failure).toContain('**Next step:** see the readiness body below for which dependency, then check it');
  });

  it('gives the next step as commands to copy, and shows the body open when the next step says to read it', () => {
    const readable = {
      ...readyFailure,
      analysis: {
        ...readyFailure.analysis!,
        commands: ["curl -sS -i 'https://shop.example.com/health/ready'"],
        readBody: true,
      },
      response: { status: 503, contentType: 'application/json', bodyExcerpt: '{"db":"down","cache":"ok"}' },
    };
    const block = section(renderMarkdown(report([readable])), '#### ❌ GET /health/ready');
    expect(block).toContain("```sh\ncurl -sS -i 'https://shop.example.com/health/ready'\n```");
    expect(block).toContain('Response body (503, application/json):\n\n<pre>{\n  &quot;db&quot;: &quot;down&quot;,');
    expect(block).not.toContain('<details>');
  });

  it('shows the request, the detail and the number of attempts', () => {
    expect(failure).toContain(
      '<code>GET https://shop.example.com/health/ready</code>: status 503, expected 2xx (after 3 attempts)',
    );
  });

  it('renders a response body as escaped text, never as markup', () => {
    expect(failure).toContain('<details><summary>Response body (503, text/html)</summary>');
    expect(failure).toContain('<pre>&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; db &amp; cache</pre>');
    expect(markdown).not.toContain('<script>');
  });

  it('has no section for passed checks, and none at all when everything passed', () => {
    expect(markdown).not.toContain('#### ✅');
    expect(renderMarkdown(report([outcome()]))).not.toContain('### What went wrong');
  });

  it('says each failure once: no quote of the summary line and no list of reasons beside the blocks', () => {
    expect(markdown.split('status 503, expected 2xx (after 3 attempts)')).toHaveLength(2);
    expect(markdown).not.toContain('### Why');
    expect(markdown).not.toContain('> a summary line');
    const hostile = renderMarkdown(report([outcome({ name: '<img src=x>', result: 'failed', detail: 'bad' })]));
    expect(hostile).not.toMatch(/<img/);
  });

  it('lists the reasons no block says: a time limit, a cancel', () => {
    const stopped = renderMarkdown(
      report([readyFailure], {
        timedOut: true,
        verdict: {
          result: 'failed',
          reasons: [
            'the step reached its time limit (timeout 1m) before every check finished',
            'GET /health/ready: status 503, expected 2xx (after 3 attempts)',
          ],
        },
      }),
    );
    expect(stopped).toContain('- the step reached its time limit (timeout 1m) before every check finished');
    expect(stopped).not.toContain('- GET /health/ready');
  });

  it('escapes markup in the versions', () => {
    const markdown = renderMarkdown(report([outcome()], { version: '<b>v1</b>', deployedVersion: '<i>v0</i>' }));
    expect(markdown).toContain(
      'version <code>&lt;b&gt;v1&lt;/b&gt;</code> · answering <code>&lt;i&gt;v0&lt;/i&gt;</code>',
    );
  });
});

describe('escape helpers', () => {
  it('escapes the HTML characters', () =>
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    ));
  it('turns brackets into entities, so a response cannot become a link or an image', () =>
    expect(escapeHtml('![x](https://evil.example) [click](https://evil.example)')).toBe(
      '!&#91;x&#93;(https://evil.example) &#91;click&#93;(https://evil.example)',
    ));
  it('keeps a table cell on one line', () => expect(tableCell('a|b\r\nc\nd')).toBe('a\\|b c d'));
  it('puts inline code in a code element that backticks cannot break', () =>
    expect(inlineCode('`x` <y>')).toBe('<code>`x` &lt;y&gt;</code>'));
});

describe('untrusted content and the 1 MiB step-summary limit', () => {
  const STEP_SUMMARY_LIMIT = 1024 * 1024;
  const hostile = '<script>alert(document.cookie)</script>|[x](javascript:alert(1))\n'.repeat(40);
  const checks = Array.from({ length: 2_000 }, (_, index) =>
    outcome({
      name: `GET /items/${index}?${'q'.repeat(3_000)}`,
      result: 'failed',
      detail: `status 500, expected 2xx: ${hostile}`,
      response: { status: 500, contentType: 'text/html', bodyExcerpt: hostile.slice(0, 2_000) },
      analysis: { cause: 'the service answered with a server error', nextStep: 'read the body below' },
    }),
  );
  const rollback = {
    mode: 'auto' as const,
    outcome: 'rolled-back' as const,
    required: false,
    rolledBack: true,
    method: 'kubectl' as const,
    command: 'kubectl rollout undo deployment/shop-api -n shop',
    message: 'deployment.apps/shop-api rolled back',
    manualSteps: [],
  };
  const markdown = renderMarkdown(report(checks, { rollback }));

  it('stays under the limit with 2,000 failing checks of hostile text, and says what it left out', () => {
    expect(new TextEncoder().encode(markdown).length).toBeLessThan(STEP_SUMMARY_LIMIT);
    expect(markdown).toMatch(/_… and \d+ more checks: the JSON report has every one\._/);
    expect(markdown).toMatch(/_… and \d+ more: the JSON report has every response\._/);
  });

  it('still shows what a reader must see: the headline and the rollback', () => {
    expect(markdown.split('\n')[0]).toBe('## ❌ Failed, rolled back — shop-api in production');
    expect(markdown).toContain('### Rollback');
  });

  it('renders every piece of a response as text: no tag, no link, no column break survives', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('](javascript:');
    expect(markdown).toContain(
      '&lt;script&gt;alert(document.cookie)&lt;/script&gt;\\|&#91;x&#93;(javascript:alert(1))',
    );
  });
});

describe('the monitor chart of a long window', () => {
  const samples = Array.from({ length: 21_600 }, (_, index) => ({
    at: index * 1_000,
    outcome: 'ok' as const,
    value: index === 12_345 ? 0.9 : 0.001,
  }));
  const gate = {
    name: 'error-rate',
    query: 'sum(rate(errors[1m]))',
    limits: { max: 0.01 },
    samples,
    counts: { ok: samples.length, breach: 0, 'no-data': 0, error: 0 },
    last: 0.001,
    peak: 0.9,
    result: 'passed' as const,
    inconclusive: false,
    detail: 'all samples within limits',
    warnings: [],
  };
  const monitor = {
    windowMs: 21_600_000,
    intervalMs: 1_000,
    delayMs: 0,
    failureThreshold: 3,
    samples: samples.length,
    gates: [gate, { ...gate, name: 'latency' }, { ...gate, name: 'saturation' }],
  };
  const markdown = renderMarkdown(report([outcome()], { monitor }));

  it('draws at most 200 points per gate, keeping the spike', () => {
    const line = markdown.split('\n').find((text) => text.startsWith('    line ['));
    expect(line?.split(', ').length).toBeLessThanOrEqual(200);
    expect(line).toContain('0.9');
  });

  it('keeps a 6-hour window at one sample a second far under the limit', () => {
    expect(new TextEncoder().encode(markdown).length).toBeLessThan(100_000);
  });
});
