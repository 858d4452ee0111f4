import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { cliManifest, packCli } from '../../scripts/cliPackage.js';
import { NODE, ROOT } from '../support/runAction.js';
import { json, startTestService, type TestService } from '../support/testService.js';

// The CLI as teams outside GitHub get it: packed, installed from the tarball into an empty folder with no
// network, and run with npx against a loopback service.

const run = promisify(execFile);
// npx starts the bin through `#!/usr/bin/env node`: the Node 24 the runner gives the action comes first.
const env = { ...process.env, PATH: `${dirname(NODE)}:${process.env.PATH ?? ''}` };

let service: TestService;
let app: string;

beforeAll(async () => {
  service = await startTestService({ '/health': (_req, res) => json(res, 200, { status: 'ok' }) });
  const tarball = packCli();
  app = await mkdtemp(join(tmpdir(), 'pdc-npx-'));
  await writeFile(join(app, 'package.json'), '{ "name": "deploy-jobs", "private": true }\n');
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: app, env });
}, 120_000);
afterAll(() => service?.close());

const npx = (...args: string[]) =>
  run('npx', ['--offline', 'post-deploy-check', ...args], { cwd: app, env }).catch(
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe('the CLI package', () => {
  it('declares no dependency to install: the bundle holds them', async () => {
    const installed = JSON.parse(
      await readFile(join(app, 'node_modules', 'post-deploy-check', 'package.json'), 'utf8'),
    ) as Record<string, unknown>;
    const root = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as Parameters<typeof cliManifest>[0];
    expect(installed).toEqual(cliManifest(root));
    expect(installed).not.toHaveProperty('dependencies');
    expect(installed.bin).toEqual({ 'post-deploy-check': 'dist/cli/index.js' });
  });

  it("prints the tool's version", async () => {
    const { stdout } = await npx('--version-info');
    expect(stdout.trim()).toBe(
      (JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
  });

  it('checks a service and exits 0, writing the report', async () => {
    const report = join(app, 'report.json');
    const result = await npx(
      '--base-url',
      service.url,
      '--checks',
      '/health',
      '--monitor-window',
      '0',
      '--report',
      report,
    );
    expect('code' in result ? result.code : 0).toBe(0);
    expect(result.stdout).toContain('✓ GET /health — 200');
    expect(JSON.parse(await readFile(report, 'utf8')).verdict.result).toBe('passed');
  });

  it('exits 2 on bad input, naming it', async () => {
    const result = await npx('--base-url', service.url, '--checks', '/health', '--monitor-window', 'soon');
    expect('code' in result ? result.code : 0).toBe(2);
    expect(result.stderr).toContain('monitor-window');
  });
});
