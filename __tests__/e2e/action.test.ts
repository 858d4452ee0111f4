import { readFile } from 'node:fs/promises';
import { GITHUB_ENV, runAction } from '../support/runAction.js';
import { hang, json, startTestService, text, type TestService } from '../support/testService.js';

const NEW = GITHUB_ENV.GITHUB_SHA;
const OLD = '9be0d12aa1b2c3d4e5f60718293a4b5c6d7e8f90';

let service: TestService;

beforeEach(async () => {
  service = await startTestService({
    '/health/live': (_req, res) => json(res, 200, { status: 'ok' }),
    '/health/ready': (_req, res) => json(res, 200, { status: 'ready' }),
    '/api/v1/status': (_req, res) => json(res, 200, { build: { sha: NEW }, healthy: true }),
  });
});
afterEach(() => service.close());

const checks = (...lines: string[]) => lines.map((line) => `- ${line}`).join('\n');

describe('the action as the runner starts it', () => {
  it('passes a healthy release and sets every output', async () => {
    const run = await runAction({ 'base-url': service.url, checks: checks('/health/live', 'GET /api/v1/status') });

    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('passed');
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual([]);
    expect(run.outputs['deployed-version']).toBe(NEW);
    expect(Number(run.outputs['duration-seconds'])).toBeGreaterThanOrEqual(0);
    expect(run.outputs.summary).toMatch(/^passed: shop-api 4f2a9c1 in production — all 2 checks passed — /);
    const report = JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
    expect(report.schemaVersion).toBe(1);
    expect(report.verdict).toEqual({ result: 'passed', reasons: [] });
    expect(report.checks.map((check: { name: string }) => check.name)).toEqual([
      'GET /health/live',
      'GET /api/v1/status',
    ]);
    expect(run.summary).toContain('## ✅ Passed — shop-api in production');
    expect(run.summary).toContain('https://github.com/acme/shop-api/actions/runs/9001');
    expect(run.stdout).toContain('::group::Verify: 2 checks, 8 at a time');
    expect(run.stdout).toMatch(/✓ GET \/health\/live — passed: 200/);
    // The last line: the summary line, which ends with the duration, and the report path; the duration once.
    const last = run.stdout.trimEnd().split('\n').at(-1) ?? '';
    expect(last).toBe(`${run.outputs.summary} (report: ${run.outputs['report-path']})`);
  });

  it('fails on a 503 readiness, explains it and escapes the body in the summary', async () => {
    service.route('/health/ready', (_req, res) =>
      text(res, 503, '<script>alert(1)</script> database: connection refused', 'text/html'),
    );
    const run = await runAction({
      'base-url': service.url,
      checks: checks('/health/live', 'path: /health/ready\n  retries: 0'),
    });

    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('failed');
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual(['GET /health/ready']);
    expect(run.stdout).toMatch(
      /::error title=post-deploy-check%3A GET \/health\/ready::status 503, expected 2xx — the readiness endpoint reports unavailable: a dependency is down/,
    );
    expect(run.summary).toContain('## ❌ Failed');
    expect(run.summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt; database: connection refused');
    expect(run.summary).not.toContain('<script>');
    expect(run.summary).toContain('**Next step:** read the readiness body below: it names the dependency that is down');
    // The body the next step points at is shown, not folded.
    expect(run.summary).toContain('Response body (503, text/html):');
    // The closing annotation names what failed; the check's own annotation above has the detail.
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      '::error::post-deploy-check failed: 1 check failed (GET /health/ready); details in the job summary',
    );
  });

  it('warns, and does not fail the step, when only an optional check fails', async () => {
    const run = await runAction({
      'base-url': service.url,
      checks: checks('/health/live', 'path: /missing\n  required: false'),
    });

    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('warning');
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual([]);
    expect(run.outputs.summary).toContain('1 optional check failed: GET /missing (status 404, expected 2xx)');
    expect(run.stdout).toMatch(/::warning title=post-deploy-check%3A GET \/missing::status 404, expected 2xx/);
    expect(run.summary).toContain('⚠️ Passed with warnings');
  });

  it('retries a 5xx and passes when the service recovers', async () => {
    service.route('/flaky', (_req, res, hits) =>
      hits < 3 ? json(res, 502, { error: 'upstream' }) : json(res, 200, { ok: true }),
    );
    const run = await runAction({ 'base-url': service.url, checks: checks('/flaky') });

    expect(run.outputs.result).toBe('passed');
    const report = JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
    expect(report.checks[0].attempts.map((attempt: { status: number }) => attempt.status)).toEqual([502, 502, 200]);
  });

  it('waits for the version to converge: 3 answers in a row', async () => {
    service.route('/version', (_req, res, hits) =>
      json(res, 200, { build: { sha: hits <= 2 ? OLD : NEW.slice(0, 7) } }),
    );
    const run = await runAction({
      'base-url': service.url,
      'version-url': '/version',
      'version-field': 'build.sha',
      'version-timeout': '20s',
    });

    expect(run.outputs.result).toBe('passed');
    expect(run.outputs['deployed-version']).toBe(NEW.slice(0, 7));
    expect(service.requests.filter((request) => request.url === '/version')).toHaveLength(5);
  });

  it('fails a version that never converges and says what it saw', async () => {
    service.route('/version', (_req, res) => text(res, 200, `${OLD}\n`));
    const run = await runAction({ 'base-url': service.url, 'version-url': '/version', 'version-timeout': '2500ms' });

    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('failed');
    expect(run.outputs['deployed-version']).toBe(OLD);
    expect(run.outputs.summary).toMatch(
      /version \(expected 4f2a9c1, saw 9be0d12 x3 \(the previous version is still serving\?\)\)/,
    );
  });

  it('ends at its hard time limit with a verdict when the service hangs', async () => {
    service.route('/slow', hang);
    const run = await runAction({ 'base-url': service.url, checks: checks('/slow'), timeout: '2s' });

    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('failed');
    expect(run.outputs.summary).toContain('stopped at the time limit');
    const report = JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
    expect(report.timedOut).toBe(true);
  });

  it('never lets text from the service become a runner command or markup', async () => {
    service.route('/version', (_req, res) =>
      text(res, 200, 'old\n  ::warning title=forged::INJECTED\n[click](https://evil.example)'),
    );
    service.route('/status', (_req, res) => json(res, 200, { state: '##[add-mask]everything' }));
    const run = await runAction({
      'base-url': service.url,
      checks: '- path: /status\n  expect: {json: {state: ok}}',
      'version-url': '/version',
      'version-timeout': '1s',
    });

    expect(run.outputs.result).toBe('failed');
    expect(run.stdout).not.toMatch(/^\s*::warning title=forged/m);
    expect(run.stdout).not.toContain('##[add-mask]');
    expect(run.summary).not.toContain('[click](https://evil.example)');
  });

  it('in dry-run still checks, and says that no action was taken', async () => {
    const run = await runAction({ 'base-url': service.url, checks: checks('/health/live'), 'dry-run': 'true' });

    expect(run.outputs.result).toBe('passed');
    expect(run.stdout).toContain('(dry run: no action will be taken)');
    expect(run.summary).toContain('_Dry run: checks ran; no action was taken._');
    expect(service.requests).toHaveLength(1);
  });

  it('reads a config file, and inputs that are set override it', async () => {
    const file = [
      'environment: staging',
      `base-url: http://127.0.0.1:9`,
      'checks:',
      '  - /health/ready',
      '  - name: status',
      '    path: /api/v1/status',
      '    expect:',
      '      json:',
      '        build.sha: /^4f2a9c1/',
      '        healthy: true',
    ].join('\n');
    const run = await runAction(
      { config: 'deploy-check.yml', 'base-url': service.url },
      { files: { 'deploy-check.yml': file } },
    );

    expect(run.outputs.result).toBe('passed');
    expect(run.outputs.summary).toContain('in staging');
    expect(service.requests.map((request) => request.url).sort()).toEqual(['/api/v1/status', '/health/ready']);
  });

  it('masks header values and URL credentials before printing anything', async () => {
    const token = 'sentinel-token-##[8c1f2e';
    const password = 'sentinel-pass-77ab';
    service.route('/private', (req, res) =>
      req.headers.authorization === `Bearer ${token}`
        ? json(res, 500, { echo: req.headers.authorization })
        : json(res, 401, {}),
    );
    const base = service.url.replace('http://', `http://deployer:${password}@`);
    const run = await runAction({
      'base-url': base,
      checks: `- path: /private\n  retries: 0\n  headers:\n    Authorization: Bearer ${token}`,
    });

    expect(run.outputs.result).toBe('failed');
    const printed = run.stdout.split('\n');
    const firstMask = printed.findIndex((line) => line.startsWith('::add-mask::'));
    expect(printed.slice(0, firstMask).join('\n')).not.toMatch(/sentinel/);
    // Registered exactly as written, or the runner would mask some other text.
    expect(printed).toEqual(expect.arrayContaining([`::add-mask::Bearer ${token}`, `::add-mask::${password}`]));
    expect(printed.filter((line) => line.includes('sentinel') && !line.startsWith('::add-mask::'))).toEqual([]);
    const report = await readFile(run.outputs['report-path'] ?? '', 'utf8');
    for (const written of [report, run.summary, JSON.stringify(run.outputs), run.stderr]) {
      expect(written).not.toContain(token);
      expect(written).not.toContain(password);
    }
    expect(JSON.parse(report).checks[0].response.bodyExcerpt).toBe('{"echo":"***"}');
  });
});

describe('bad input', () => {
  it('names the input and the accepted form, and sends nothing', async () => {
    const run = await runAction({
      'base-url': service.url,
      checks: checks('/health/live'),
      'version-timeout': '5 minutes',
      concurrency: 'eight',
    });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'version-timeout: \\"5 minutes\\" is not a duration; use e.g. 500ms, 30s, 5m, 1h or 1m30s'.replace(/\\"/g, '"'),
    );
    expect(run.stdout).toContain('concurrency: "eight" is not a whole number from 1 to 256');
    expect(service.requests).toEqual([]);
    // Issue 14: a configuration error now sets the outputs (result `invalid`), where it set none.
    expect(run.outputs.result).toBe('invalid');
    expect(run.outputs.summary).toBe('invalid configuration: 2 errors, nothing was checked');
  });

  it('says what to set when nothing would be checked', async () => {
    const run = await runAction({});

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('nothing to check: set checks');
    expect(run.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('gives the line of a YAML error and suggests the key meant', async () => {
    const yamlError = await runAction({ 'base-url': service.url, checks: '- /a\n- name: x\n  path: [oops\n' });
    expect(yamlError.stdout).toMatch(/checks: YAML error at line \d+, column \d+/);

    const typo = await runAction({ 'base-url': service.url, checks: '- path: /a\n  expcet: {status: 200}' });
    expect(typo.stdout).toContain('checks[0]: unknown key "expcet"; did you mean "expect"?');
    expect(service.requests).toEqual([]);
  });

  it('names a config file that cannot be read', async () => {
    const run = await runAction({ config: 'missing.yml' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('config: cannot read "missing.yml" (no such file)');
    expect(run.outputs.result).toBe('invalid');
    expect(run.summary).toContain('config: cannot read &quot;missing.yml&quot; (no such file)');
  });
});
