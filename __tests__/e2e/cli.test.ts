import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_KEYS } from '../../src/engine/config/schema.js';
import { runCli } from '../support/runCli.js';
import { json, startTestService, text, type TestService } from '../support/testService.js';

let service: TestService;
let dir: string;

beforeEach(async () => {
  service = await startTestService({
    '/health': (_req, res) => json(res, 200, { status: 'ok' }),
    '/ready': (_req, res) => text(res, 503, '{"database":"connection refused"}', 'application/json'),
  });
  dir = await mkdtemp(join(tmpdir(), 'pdc-cli-'));
});
afterEach(() => service.close());

describe('post-deploy-check CLI', () => {
  it('exits 0 on a pass and writes the report it was asked for', async () => {
    const reportPath = join(dir, 'report.json');
    const run = await runCli([
      '--base-url',
      service.url,
      '--checks',
      '- /health',
      '--service',
      'shop-api',
      '--report',
      reportPath,
    ]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('post-deploy-check: PASSED — shop-api in production');
    expect(run.stdout).toContain('✓ GET /health — 200');
    const report = JSON.parse(await readFile(reportPath, 'utf8'));
    expect(report.verdict.result).toBe('passed');
  });

  it('takes --scrape-interval into the plan and the report, and then does not ask Prometheus for it', async () => {
    service.route('/api/v1/query', (_req, res) =>
      json(res, 200, {
        status: 'success',
        data: { resultType: 'vector', result: [{ metric: {}, value: [0, '0.001'] }] },
      }),
    );
    const reportPath = join(dir, 'report.json');
    const run = await runCli([
      ...['--base-url', service.url, '--checks', '- /health', '--service', 'shop-api', '--report', reportPath],
      ...['--prometheus-url', service.url, '--monitor-window', '1s', '--monitor-interval', '1s'],
      ...['--scrape-interval', '15s'],
    ]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'scrape interval 15s (scrape-interval); {{range}} = 60s (4 × scrape interval, at least monitor-interval)',
    );
    const report = JSON.parse(await readFile(reportPath, 'utf8'));
    expect(report.monitor.scrapeInterval).toEqual({ ms: 15_000, source: 'input' });
    expect(report.monitor.gates[0].query).toContain('[60s]');
    expect(service.requests.map((request) => request.url)).not.toContainEqual(
      expect.stringContaining('/api/v1/status/config'),
    );
  });

  it('exits 1 on a failure and prints the analysis', async () => {
    await writeFile(
      join(dir, 'checks.yml'),
      `base-url: ${service.url}\nchecks:\n  - /health\n  - path: /ready\n    retries: 0\n`,
    );
    const run = await runCli(['--config', join(dir, 'checks.yml')]);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗ GET /ready — status 503, expected 2xx');
    expect(run.stdout).toContain('cause:   the readiness endpoint reports unavailable: a dependency is down');
    expect(run.stdout).toContain('body:    {"database":"connection refused"}');
  });

  it('exits 2 on invalid configuration without sending a request', async () => {
    const run = await runCli(['--base-url', service.url, '--checks', '- /health', '--timeout', 'soon']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('timeout: "soon" is not a duration');
    expect(service.requests).toEqual([]);
  });

  it('exits 2 on an unknown flag and suggests the one meant', async () => {
    const run = await runCli(['--base-ulr', service.url]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown flag --base-ulr; did you mean --base-url?');
  });

  it('exits 2 on a flag given twice, rather than dropping a check', async () => {
    const run = await runCli(['--base-url', service.url, '--checks', '/nope', '--checks', '/health']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--checks is given twice');
    expect(service.requests).toEqual([]);
  });

  it('--help lists every flag and every exit code', async () => {
    const run = await runCli(['--help']);

    expect(run.code).toBe(0);
    for (const key of [...CONFIG_KEYS, 'config', 'report', 'version-info', 'help'])
      expect(run.stdout).toMatch(new RegExp(`--${key}(?![\\w-])`));
    expect(run.stdout).not.toContain('...)');
    expect(run.stdout).toMatch(/Exit codes: 0 passed or warning, 1 failed, 2 invalid configuration[^]*130 cancelled/);
  });

  it('strips terminal control sequences that came from the network', async () => {
    service.route('/ready', (_req, res) => text(res, 500, 'boom \u001b[2J\u001b]0;pwned\u0007'));
    const run = await runCli(['--base-url', service.url, '--checks', '- path: /ready\n  retries: 0']);

    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('\u0007');
  });
});
