import { loadConfig, type ConfigResult, type ConfigSources } from '../../src/engine/config/load.js';
import type { Config } from '../../src/engine/config/schema.js';

const BASE = 'https://shop.example.com';

function load(
  inputs: ConfigSources['inputs'],
  file?: string,
  context?: ConfigSources['context'],
): Promise<ConfigResult> {
  return loadConfig({
    inputs,
    context,
    ...(file === undefined ? {} : { file: { path: 'deploy-check.yml', text: file } }),
  });
}

async function configOf(
  inputs: ConfigSources['inputs'],
  file?: string,
  context?: ConfigSources['context'],
): Promise<Config> {
  const result = await load(inputs, file, context);
  if (!result.ok) throw new Error(`expected a valid config, got: ${result.errors.join(' | ')}`);
  return result.config;
}

async function errorsOf(inputs: ConfigSources['inputs'], file?: string): Promise<string[]> {
  const result = await load(inputs, file);
  if (result.ok) throw new Error('expected configuration errors, got a valid config');
  return result.errors;
}

/** The smallest valid input set plus what a test is about. */
const withCheck = (inputs: ConfigSources['inputs'] = {}) => ({ 'base-url': BASE, checks: '/health', ...inputs });

describe('loadConfig: defaults', () => {
  it('fills every documented default', async () => {
    const config = await configOf(withCheck());
    expect(config).toMatchObject({
      environment: 'production',
      'version-field': 'commit',
      'version-timeout': 120_000,
      concurrency: 8,
      timeout: 900_000,
      'dry-run': false,
    });
    expect(config.service).toBeUndefined();
    expect(config.checks).toEqual([
      {
        path: '/health',
        method: 'GET',
        headers: {},
        expect: {},
        timeout: 10_000,
        retries: 2,
        'retry-on': [],
        'follow-redirects': false,
        'insecure-skip-tls-verify': false,
        required: true,
      },
    ]);
  });

  it('takes service and version from the run context, below inputs', async () => {
    const context = { service: 'repo-name', version: 'abc1234' };
    expect(await configOf(withCheck(), undefined, context)).toMatchObject({ service: 'repo-name', version: 'abc1234' });
    expect((await configOf(withCheck({ service: 'shop-api' }), undefined, context)).service).toBe('shop-api');
    expect((await configOf({}, `base-url: ${BASE}\nchecks: [/health]\nservice: from-file\n`, context)).service).toBe(
      'from-file',
    );
  });

  it('ignores inputs that are empty or blank, as the runner passes unset inputs', async () => {
    expect(await configOf(withCheck({ concurrency: '', environment: '  ' }))).toMatchObject({
      concurrency: 8,
      environment: 'production',
    });
  });
});

describe('loadConfig: values as input text and as YAML values', () => {
  it('reads durations, numbers and booleans written as input text', async () => {
    const config = await configOf(
      withCheck({
        'version-timeout': '1m30s',
        timeout: '1500ms',
        concurrency: ' 3 ',
        'dry-run': 'True',
        'version-url': '/version',
        version: 'abc1234',
      }),
    );
    expect(config).toMatchObject({ 'version-timeout': 90_000, timeout: 1_500, concurrency: 3, 'dry-run': true });
  });

  it('reads the same fields written as YAML values in a file', async () => {
    const config = await configOf(
      {},
      [
        `base-url: ${BASE}`,
        'checks: [/health]',
        'version-timeout: 45s',
        'concurrency: 16',
        'dry-run: true',
        'timeout: 1h',
      ].join('\n'),
    );
    expect(config).toMatchObject({ 'version-timeout': 45_000, concurrency: 16, 'dry-run': true, timeout: 3_600_000 });
  });

  it('reads check options written as YAML values', async () => {
    const file = [
      `base-url: ${BASE}`,
      'checks:',
      '  - path: /ready',
      '    timeout: 2s',
      '    retries: 0',
      '    required: false',
      '    follow-redirects: "true"',
      '    retry-on: [404, 409]',
    ].join('\n');
    expect((await configOf({}, file)).checks[0]).toMatchObject({
      timeout: 2_000,
      retries: 0,
      required: false,
      'follow-redirects': true,
      'retry-on': [404, 409],
    });
  });
});

describe('loadConfig: bad values name the input and the accepted form', () => {
  it.each([
    [
      'version-timeout',
      '5 minutes',
      'version-timeout: "5 minutes" is not a duration; use e.g. 500ms, 30s, 5m, 1h or 1m30s',
    ],
    ['timeout', '10', 'timeout: "10" is not a duration; use e.g. 500ms, 30s, 5m, 1h or 1m30s'],
    ['concurrency', '0', 'concurrency: "0" is not a whole number from 1 to 256'],
    ['concurrency', 'many', 'concurrency: "many" is not a whole number from 1 to 256'],
    ['concurrency', '2.5', 'concurrency: "2.5" is not a whole number from 1 to 256'],
    ['dry-run', 'yes', 'dry-run: "yes" is not a boolean; use true or false'],
    [
      'base-url',
      'shop.example.com',
      'base-url: "shop.example.com" is not an http(s) URL; use e.g. https://api.example.com',
    ],
    ['version-url', 'version', 'version-url: "version" is neither a path starting with "/" nor an http(s) URL'],
    ['timeout', '0', 'timeout: "0" is out of range; use a duration from 1s to 6h'],
    ['timeout', '1200h', 'timeout: "1200h" is out of range; use a duration from 1s to 6h'],
    ['version-timeout', '7h', 'version-timeout: "7h" is out of range; use a duration from 1s to 6h'],
    [
      'base-url',
      'https://shop.example.com/?tenant=a',
      'base-url: a base URL cannot have a query or fragment: paths are appended to it; put ?query in each check path',
    ],
    ['monitor-window', '-5m', 'monitor-window: "-5m" is not a duration; use e.g. 500ms, 30s, 5m, 1h or 1m30s'],
    [
      'max-error-rate',
      'one percent',
      'max-error-rate: "one percent" is not a number of at least 0; use e.g. 0.01 or 2.5',
    ],
    ['failure-threshold', '0', 'failure-threshold: "0" is not a whole number from 1 to 100'],
    ['on-inconclusive', 'maybe', 'on-inconclusive: "maybe" is not one of pass, warn, fail'],
    [
      'kube-deployment',
      'api;rm -rf /',
      'kube-deployment: "api;rm -rf /" is not a Kubernetes name; use lower-case letters, digits, "-" and ".", starting and ending with a letter or digit',
    ],
    [
      'kube-namespace',
      '--kubeconfig=/etc/x',
      'kube-namespace: "--kubeconfig=/etc/x" is not a Kubernetes namespace; use at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit',
    ],
    [
      'kube-namespace',
      `Shop-${'x'.repeat(60)}`,
      `kube-namespace: "Shop-${'x'.repeat(60)}" is not a Kubernetes namespace; use at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit`,
    ],
    [
      'kube-context',
      '-x',
      'kube-context: a context cannot be empty, start with "-" or hold a line break or control character; use the context name from your kubeconfig',
    ],
    [
      'kube-selector',
      'app=shop; rm -rf /',
      'kube-selector: "app=shop; rm -rf /" is not a label selector; use e.g. app=shop,tier!=canary',
    ],
    [
      'base-url',
      'https://deploy:pa#ss/wd@shop.example.com',
      'base-url: "https://***@shop.example.com" is not an http(s) URL; use e.g. https://api.example.com',
    ],
  ] as const)('%s: %j', async (input, value, message) => {
    expect(await errorsOf(withCheck({ version: 'abc1234', [input]: value }))).toEqual([message]);
  });

  it('reports every problem at once, not only the first', async () => {
    expect(await errorsOf(withCheck({ timeout: 'soon', 'dry-run': 'maybe' }))).toEqual([
      'timeout: "soon" is not a duration; use e.g. 500ms, 30s, 5m, 1h or 1m30s',
      'dry-run: "maybe" is not a boolean; use true or false',
    ]);
  });

  it('names the check and its field for a bad check option', async () => {
    const checks = [
      '- /health',
      '- path: /ready',
      '  timeout: 5 minutes',
      '  method: FETCH',
      '  expect: {status: 700}',
    ].join('\n');
    expect(await errorsOf({ 'base-url': BASE, checks })).toEqual([
      'checks[1].method: expected one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
      'checks[1].expect.status: expected an HTTP status code from 100 to 599',
      'checks[1].timeout: "5 minutes" is not a duration; use e.g. 500ms, 30s, 5m, 1h or 1m30s',
    ]);
  });

  it.each([
    [
      'a header name that is not a token',
      '- path: /a\n  headers: {"Bad Name": x-123}',
      'checks[0].headers["Bad Name"]: "Bad Name" is not a valid header name',
    ],
    [
      'a header value with a line break',
      '- path: /a\n  headers: {X-Token: "tok-123\\n"}',
      'checks[0].headers.X-Token: a header value cannot contain a line break or NUL; trim the secret',
    ],
    [
      'a check timeout of zero',
      '- path: /a\n  timeout: 0',
      'checks[0].timeout: "0" is out of range; use a duration from 1ms to 1h',
    ],
    [
      'a body on GET',
      '- path: /a\n  json: {x: 1}',
      'checks[0].method: GET sends no body; set method: POST (or PUT, PATCH) to send body or json',
    ],
    [
      'a body expectation on HEAD',
      '- path: /a\n  method: HEAD\n  expect: {body-contains: ok}',
      'checks[0].expect: a HEAD answer has no body: expect status or headers only',
    ],
    [
      'a check that is neither text nor an object',
      '- 42',
      'checks[0]: expected a check: "/path", "GET /path", a full URL, or an object with path or url',
    ],
  ])('rejects %s, naming the check and the accepted form', async (_, checks, message) => {
    expect(await errorsOf({ 'base-url': BASE, checks })).toEqual([message]);
  });

  it('rejects an expected value written as a regex that does not compile', async () => {
    expect(
      await errorsOf({
        'base-url': 'https://x.example',
        checks: "- path: /a\n  expect:\n    json: {build.sha: '/[0-9/'}\n    headers: {x-id: '/(/'}",
      }),
    ).toEqual([
      'checks[0].expect.json.build.sha: /[0-9/ is not a valid regular expression',
      'checks[0].expect.headers.x-id: /(/ is not a valid regular expression',
    ]);
  });

  it('explains a check that sets both url and path, or neither', async () => {
    const both = await errorsOf({ 'base-url': BASE, checks: `- {path: /a, url: ${BASE}/b}` });
    const neither = await errorsOf({ 'base-url': BASE, checks: '- {name: lonely}' });
    expect(both).toEqual(['checks[0]: set exactly one of url (a full URL) or path (resolved against base-url)']);
    expect(neither).toEqual(both);
  });

  it('requires version when version-url is set', async () => {
    expect(await errorsOf({ 'base-url': BASE, 'version-url': '/version' })).toEqual([
      'version: required when version-url is set: the version that should be serving',
    ]);
  });
});

describe('loadConfig: YAML errors', () => {
  it('gives the line and column of a broken config file', async () => {
    expect(await errorsOf({}, `base-url: ${BASE}\nchecks:\n  - /a\n  bad: [\n`)).toEqual([
      'config file deploy-check.yml: YAML error at line 4, column 1: All mapping items must start at the same column',
    ]);
  });

  it('gives the line of a broken checks input and names the input', async () => {
    expect(await errorsOf({ 'base-url': BASE, checks: '- /a\n- path: /b\n   x: [' })).toEqual([
      'checks: YAML error at line 2, column 9: Nested mappings are not allowed in compact mappings',
    ]);
  });

  it('rejects duplicate keys instead of silently keeping one', async () => {
    expect(await errorsOf({}, `base-url: ${BASE}\nbase-url: https://other.example.com\nchecks: [/a]\n`)).toEqual([
      'config file deploy-check.yml: YAML error at line 2, column 1: Map keys must be unique',
    ]);
  });

  it('rejects a file that is not a mapping', async () => {
    expect(await errorsOf({}, '- /health\n')).toEqual([
      'config file deploy-check.yml: expected a mapping of keys such as base-url and checks',
    ]);
  });
});

describe('loadConfig: unknown keys', () => {
  it('suggests the nearest top-level key', async () => {
    expect(await errorsOf(withCheck(), 'concurency: 3\n')).toEqual([
      'unknown key "concurency"; did you mean "concurrency"? (in deploy-check.yml)',
    ]);
  });

  it('suggests the nearest key of a check', async () => {
    expect(await errorsOf({ 'base-url': BASE, checks: '- /health\n- {path: /x, retrys: 3}' })).toEqual([
      'checks[1]: unknown key "retrys"; did you mean "retries"?',
    ]);
  });

  it('suggests the nearest key of a check expectation', async () => {
    expect(await errorsOf({ 'base-url': BASE, checks: '- {path: /x, expect: {stauts: 200}}' })).toEqual([
      'checks[0].expect: unknown key "stauts"; did you mean "status"?',
    ]);
  });

  it('lists the known keys when nothing is close', async () => {
    const [error] = await errorsOf({ 'base-url': BASE, checks: '- {path: /x, expect: {zzzzzzzzzz: 1}}' });
    expect(error).toBe('checks[0].expect: unknown key "zzzzzzzzzz"; known keys: status, body-contains, json, headers');
  });
});

describe('loadConfig: what must be set', () => {
  it('rejects a config that checks nothing and says what to set', async () => {
    expect(await errorsOf({})).toEqual([
      'nothing to check: set checks (a list of smoke checks such as "/health"), version-url (a version check), prometheus-url (metric gates) or kube-deployment (rollout and pod health)',
    ]);
  });

  it.each([
    [
      { 'prometheus-url': 'http://prometheus:9090', 'monitor-window': '30s', 'monitor-interval': '1m' },
      'monitor-interval: is longer than monitor-window: the window would hold no sample; shorten it or widen the window',
    ],
    [
      { checks: '/health', 'base-url': 'https://x.example', gates: '- {name: q, query: up, max: 1}' },
      'gates[0].source: is needed without prometheus-url: set source: datadog or web, or prometheus-url for a PromQL gate',
    ],
    [
      { 'prometheus-url': 'http://prometheus:9090', gates: '- {name: q, query: up}' },
      'gates[0]: a gate needs max, min or max-ratio: a limit to judge its samples by',
    ],
    [
      { checks: '/health', 'base-url': 'https://x.example', 'log-error-pattern': 'ERROR' },
      'log-error-pattern: scans the pods of kube-deployment: set kube-deployment',
    ],
    [
      { 'kube-deployment': 'shop-api', 'log-error-pattern': '(unclosed' },
      'log-error-pattern: "(unclosed" is not a valid regular expression',
    ],
    [
      { checks: '/health', 'base-url': 'https://x.example', rollback: 'auto' },
      'rollback: auto rolls back kube-deployment: set kube-deployment (and kube-namespace), or rollback-with: helm or command',
    ],
    [
      { command: 'rollback' },
      'command: rollback rolls back kube-deployment: set kube-deployment (and kube-namespace), or rollback-with: helm or command',
    ],
    [{ 'kube-deployment': 'shop-api', rollback: 'sometimes' }, 'rollback: "sometimes" is not one of auto, manual, off'],
    [
      { 'prometheus-url': 'http://prometheus:9090', 'prometheus-headers': 'Authorization Bearer abc' },
      'prometheus-headers: line 1 is not "Name: value"',
    ],
  ])('rejects contradictory monitor settings %#', async (inputs, message) => {
    expect(await errorsOf(inputs as ConfigSources['inputs'])).toEqual([message]);
  });

  it('treats every notice credential as a secret: tokens, the API key, the webhook URL and its path', async () => {
    const result = await load({
      checks: '/health',
      'base-url': 'https://x.example',
      'grafana-url': 'https://grafana.example',
      'grafana-token': 'glsa_tok123',
      'datadog-api-key': 'dd-key-456',
      'slack-webhook-url': 'https://hooks.slack.com/services/T0/B0/xyz789',
    });
    expect(result.secrets).toEqual(
      expect.arrayContaining([
        'glsa_tok123',
        'dd-key-456',
        'https://hooks.slack.com/services/T0/B0/xyz789',
        '/services/T0/B0/xyz789',
      ]),
    );
  });

  it('reads notice lists as text or YAML, and names a wrong event', async () => {
    const result = await load({
      checks: '/health',
      'base-url': 'https://x.example',
      'datadog-api-key': 'dd-key-456',
      'datadog-tags': 'team:shop, tier:web',
      'slack-webhook-url': 'https://hooks.slack.com/services/T0/B0/xyz789',
      'slack-notify-on': 'failure,success',
    });
    expect(result.ok && [result.config['datadog-tags'], [...result.config['slack-notify-on']]]).toEqual([
      ['team:shop', 'tier:web'],
      ['failure', 'success', 'cancelled'],
    ]);
    expect(
      await errorsOf({ checks: '/health', 'base-url': 'https://x.example', 'slack-notify-on': 'failure,deploy' }),
    ).toEqual(['slack-notify-on[1]: "deploy" is not one of start, success, warning, failure, cancelled']);
    expect(
      await errorsOf({ checks: '/health', 'base-url': 'https://x.example', 'grafana-url': 'https://grafana.example' }),
    ).toEqual(['grafana-token: required with grafana-url: a service-account token with annotation rights']);
    expect(
      await errorsOf({
        checks: '/health',
        'base-url': 'https://x.example',
        'datadog-api-key': 'k-123',
        'datadog-site': 'datadoghq.org',
      }),
    ).toEqual([
      'datadog-site: "datadoghq.org" is not one of datadoghq.com, us3.datadoghq.com, us5.datadoghq.com, datadoghq.eu, ap1.datadoghq.com, ap2.datadoghq.com, uk1.datadoghq.com, ddog-gov.com, us2.ddog-gov.com; did you mean "datadoghq.com"?',
    ]);
  });

  it('rejects windows that cannot fit in the time limit, and headers a request would refuse', async () => {
    expect(await errorsOf({ 'prometheus-url': 'http://prometheus:9090', 'monitor-window': '30m' })).toEqual([
      'timeout: is shorter than rollout-timeout + monitor-delay + monitor-window (30m): every run would end at the time limit; raise timeout or shorten the window',
    ]);
    expect(
      await errorsOf({ 'prometheus-url': 'http://prometheus:9090', 'prometheus-headers': 'X Scope OrgID: tenant1' }),
    ).toEqual(['prometheus-headers["X Scope OrgID"]: "X Scope OrgID" is not a valid header name']);
  });

  it('reads prometheus-headers lines, and their values are secrets', async () => {
    const result = await load({
      'prometheus-url': 'http://prometheus:9090',
      'prometheus-headers': 'Authorization: Bearer prom-tok-123\nX-Scope-OrgID: tenant-a',
    });
    expect(result.ok && result.config['prometheus-headers']).toEqual({
      Authorization: 'Bearer prom-tok-123',
      'X-Scope-OrgID': 'tenant-a',
    });
    expect(result.secrets).toEqual(expect.arrayContaining(['Bearer prom-tok-123', 'tenant-a']));
  });

  it('counts a metric window or a Deployment as something to check, but not a window of 0', async () => {
    expect((await load({ 'prometheus-url': 'http://prometheus:9090' })).ok).toBe(true);
    expect((await load({ 'kube-deployment': 'shop-api' })).ok).toBe(true);
    expect(await errorsOf({ 'prometheus-url': 'http://prometheus:9090', 'monitor-window': '0' })).toHaveLength(1);
  });

  it('accepts a version check alone', async () => {
    expect((await configOf({ 'version-url': `${BASE}/version`, version: 'abc1234' })).checks).toEqual([]);
  });

  it('rejects a path check without base-url', async () => {
    expect(await errorsOf({ checks: '/health' })).toEqual([
      'checks[0]: path "/health" needs base-url (or give a full URL)',
    ]);
  });

  it('rejects a version-url path without base-url', async () => {
    expect(await errorsOf({ 'version-url': '/version', version: 'abc1234' })).toEqual([
      'version-url: a path needs base-url (or give a full URL)',
    ]);
  });

  it('accepts full URLs without base-url', async () => {
    expect((await configOf({ checks: `${BASE}/health` })).checks[0]).toMatchObject({ url: `${BASE}/health` });
  });
});

describe('loadConfig: inputs and the config file', () => {
  const file = [`base-url: ${BASE}`, 'environment: staging', 'concurrency: 2', 'checks:', '  - /from-file'].join('\n');

  it('lets inputs that are set override the file', async () => {
    const config = await configOf({ environment: 'production', checks: '/from-input' }, file);
    expect(config).toMatchObject({ environment: 'production', concurrency: 2, 'base-url': BASE });
    expect(config.checks.map((check) => check.path)).toEqual(['/from-input']);
  });

  it('names the file for a problem that came from it', async () => {
    expect(await errorsOf({}, `${file}\ntimeout: forever`)).toEqual([
      'timeout: "forever" is not a duration; use e.g. 500ms, 30s, 5m, 1h or 1m30s (in deploy-check.yml)',
    ]);
    expect(await errorsOf({}, `${file}\n  - {path: /x, retrys: 1}`)).toEqual([
      'checks[1]: unknown key "retrys"; did you mean "retries"? (in deploy-check.yml)',
    ]);
  });

  it('does not name the file for a problem in an input that overrides it', async () => {
    expect(await errorsOf({ timeout: 'forever' }, `${file}\ntimeout: 5m`)).toEqual([
      'timeout: "forever" is not a duration; use e.g. 500ms, 30s, 5m, 1h or 1m30s',
    ]);
  });

  it('lets a valid input repair a bad file value', async () => {
    expect(
      (await configOf({ concurrency: '4' }, `${file}\nconcurrency: 0`.replace('concurrency: 2\n', ''))).concurrency,
    ).toBe(4);
  });

  it('reads a JSON config file', async () => {
    const json = JSON.stringify({
      'base-url': BASE,
      checks: ['/health', { path: '/ready', expect: { status: [200, 204] } }],
    });
    expect((await configOf({}, json)).checks.map((check) => check.expect)).toEqual([{}, { status: [200, 204] }]);
  });
});

describe('loadConfig: the checks input', () => {
  const paths = (config: Config) => config.checks.map((check) => [check.method, check.path ?? check.url]);

  it('reads a YAML list', async () => {
    const config = await configOf({
      'base-url': BASE,
      checks: '- /health\n- GET /api/v1/status\n- {path: /orders, method: post, json: {dry: true}}',
    });
    expect(paths(config)).toEqual([
      ['GET', '/health'],
      ['GET', '/api/v1/status'],
      ['POST', '/orders'],
    ]);
    expect(config.checks[2]?.json).toEqual({ dry: true });
  });

  it('reads one check per line, skipping blank lines and comments', async () => {
    const config = await configOf({
      'base-url': BASE,
      checks: '/health\n\n# the API\nGET /api/v1/status\nHEAD https://cdn.example.com/app.js\n',
    });
    expect(paths(config)).toEqual([
      ['GET', '/health'],
      ['GET', '/api/v1/status'],
      ['HEAD', 'https://cdn.example.com/app.js'],
    ]);
  });

  it.each([
    ['/health', { method: 'GET', path: '/health' }],
    ['GET /api/v1/status', { method: 'GET', path: '/api/v1/status' }],
    ['delete /cache', { method: 'DELETE', path: '/cache' }],
    ['https://shop.example.com/ping', { method: 'GET', url: 'https://shop.example.com/ping' }],
  ])('reads the string form %j', async (text, expected) => {
    expect((await configOf({ 'base-url': BASE, checks: JSON.stringify([text]) })).checks[0]).toMatchObject(expected);
  });

  it('rejects a string that is not a check form', async () => {
    expect(await errorsOf({ 'base-url': BASE, checks: '- GET /a /b' })).toEqual([
      'checks[0]: "GET /a /b" is not a check; use "/path", "GET /path" or a full URL',
    ]);
    expect(await errorsOf({ 'base-url': BASE, checks: '- health' })).toEqual([
      'checks[0].url: "health" is neither a path starting with "/" nor an http(s) URL',
    ]);
  });
});

describe('loadConfig: secrets', () => {
  it('returns header values and URL credentials of a valid config', async () => {
    const result = await load({
      'base-url': 'https://deploy:s3cr3t-pass@shop.example.com',
      checks: '- path: /admin\n  headers: {Authorization: Bearer tok-123456}',
    });
    expect(result.ok).toBe(true);
    expect(result.secrets).toEqual(
      expect.arrayContaining([
        's3cr3t-pass',
        Buffer.from('deploy:s3cr3t-pass').toString('base64'),
        'Bearer tok-123456',
      ]),
    );
    expect(result.secrets).not.toContain('deploy');
  });

  it('returns secrets even when the config is invalid, and keeps them out of every message', async () => {
    const result = await load({
      'base-url': 'https://deploy:s3cr3t-pass@shop example.com',
      checks: '- path: /admin\n  headers: {X-Api-Key: key-987654}\n  timeout: never',
    });
    expect(result.ok).toBe(false);
    expect(result.secrets).toEqual(expect.arrayContaining(['s3cr3t-pass', 'key-987654']));
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual([
      'base-url: "https://***@shop example.com" is not an http(s) URL; use e.g. https://api.example.com',
      'checks[0].timeout: "never" is not a duration; use e.g. 500ms, 30s, 5m, 1h or 1m30s',
    ]);
  });

  it('keeps a secret out of an error about the value itself', async () => {
    const result = await load({
      'base-url': BASE,
      checks: '- {path: /x, headers: {X-Token: tok-abcdef}, timeout: tok-abcdef}',
    });
    expect(result.ok ? [] : result.errors).toEqual([
      'checks[0].timeout: "***" is not a duration; use e.g. 500ms, 30s, 5m, 1h or 1m30s',
    ]);
  });

  it('finds secrets of a config file too', async () => {
    const result = await load(
      {},
      `base-url: https://ci:file-pass-42@shop.example.com\nchecks: [/health]\ntimeout: nope`,
    );
    expect(result.secrets).toContain('file-pass-42');
    expect((result.ok ? [] : result.errors).join('\n')).not.toContain('file-pass-42');
  });
});

describe('loadConfig: a list written as a `|` block in a config file', () => {
  it.each([
    ['dependencies', 'dependencies (- name: ..., type: postgres|redis|tcp, url: ...)'],
    ['flows', 'flows (- name: ..., steps: [...])'],
    ['checks', 'smoke checks (- /health, - GET /ready or - path: ...)'],
  ])('names %s and the list it takes, not zod\'s "expected array"', async (key, form) => {
    const file = `base-url: ${BASE}\nversion-url: /version\nversion: abc\n${key}: |\n  - name: db\n`;
    expect(await errorsOf({}, file)).toEqual([
      `${key}: expected a YAML list of ${form}, got a string: in a config file write the list itself, not a \`|\` block (in deploy-check.yml)`,
    ]);
  });

  it('names a mapping where a list belongs without the `|` advice', async () => {
    const errors = await errorsOf({}, `base-url: ${BASE}\nchecks:\n  path: /health\n`);
    expect(errors).toEqual([
      'checks: expected a YAML list of smoke checks (- /health, - GET /ready or - path: ...), got a mapping (in deploy-check.yml)',
    ]);
  });

  it('still reads the same list given as an input, where it is YAML text', async () => {
    const config = await configOf({ ...withCheck(), dependencies: '- name: db\n  type: tcp\n  url: tcp://db:5432' });
    expect(config.dependencies).toHaveLength(1);
  });
});

describe('loadConfig: monitor-window needs something to watch', () => {
  const SAYS =
    'monitor-window: is how long the monitor watches, and nothing turns it on: set prometheus-url (metric gates) or kube-deployment (pod health), or set monitor-window to 0';

  it('rejects a window set with neither prometheus-url nor kube-deployment, as an input and in a file', async () => {
    expect(await errorsOf({ ...withCheck(), 'monitor-window': '2m' })).toEqual([SAYS]);
    expect(await errorsOf(withCheck(), 'monitor-window: 2m\n')).toEqual([`${SAYS} (in deploy-check.yml)`]);
  });

  it('reports it beside the other errors, not after they are fixed', async () => {
    const errors = await errorsOf({ ...withCheck(), 'monitor-window': '2m', concurrency: '0' });
    expect(errors).toEqual(['concurrency: "0" is not a whole number from 1 to 256', SAYS]);
  });

  it.each(['0', '0s'])('accepts %s, which turns the monitor off', async (window) => {
    expect((await configOf({ ...withCheck(), 'monitor-window': window }))['monitor-window']).toBe(0);
  });

  it('accepts a window with prometheus-url or kube-deployment, and the default without either', async () => {
    await expect(configOf({ ...withCheck(), 'monitor-window': '2m', 'prometheus-url': BASE })).resolves.toBeDefined();
    await expect(
      configOf({ ...withCheck(), 'monitor-window': '2m', 'kube-deployment': 'shop' }),
    ).resolves.toBeDefined();
    expect((await configOf(withCheck()))['monitor-window']).toBe(300_000);
  });
});
