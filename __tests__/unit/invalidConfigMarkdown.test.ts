import { renderInvalidConfigMarkdown } from '../../src/engine/report/invalidConfigMarkdown.js';

describe('the job summary of an invalid configuration', () => {
  const errors = [
    'version-timeout: "5 minutes" is not a duration; use e.g. 500ms, 30s, 5m, 1h or 1m30s',
    'checks[0]: unknown key "expct"; did you mean "expect"? (in post-deploy-check.yml)',
  ];

  it('says in its headline that nothing was checked', () => {
    expect(renderInvalidConfigMarkdown(errors).split('\n')[0]).toBe(
      '## ⛔ Invalid configuration — nothing was checked',
    );
  });

  it('lists every error on its own line, in one block, as loadConfig wrote it apart from escaping', () => {
    const markdown = renderInvalidConfigMarkdown(errors);
    const block = /<pre>([\s\S]*)<\/pre>/.exec(markdown)?.[1] ?? '';
    expect(block.split('\n')).toEqual([
      'version-timeout: &quot;5 minutes&quot; is not a duration; use e.g. 500ms, 30s, 5m, 1h or 1m30s',
      'checks&#91;0&#93;: unknown key &quot;expct&quot;; did you mean &quot;expect&quot;? (in post-deploy-check.yml)',
    ]);
    expect(markdown).toContain('Fix these 2 errors');
  });

  it('renders a value quoted in an error as text, never as markup', () => {
    const markdown = renderInvalidConfigMarkdown([
      'base-url: "</pre><img src=x onerror=alert(1)>" is not an http(s) URL',
    ]);
    expect(markdown).not.toContain('<img');
    expect(markdown.match(/<\/pre>/g)).toHaveLength(1);
    expect(markdown).toContain('Fix this error');
  });
});
