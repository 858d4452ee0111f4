// `npm run demo`: two releases of a small service, checked by the bundled CLI exactly as a
// workflow step would check them after a deploy.
//
//   1/2 a healthy release: every check passes, the CLI exits 0
//   2/2 a broken release:  the database is down and the rollout is half done, the CLI exits 1
//
// Each scenario starts demo/service.mjs on a free loopback port, runs dist/cli/index.js with
// demo/post-deploy-check.yml plus --base-url and --version, streams its output, and stops the
// service. The demo exits 0 only when both scenarios ended as expected.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { RELEASES } from './service.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cli = join(root, 'dist', 'cli', 'index.js');
const serviceScript = join(root, 'demo', 'service.mjs');
const configFile = join('demo', 'post-deploy-check.yml');
const reportDir = join(tmpdir(), 'post-deploy-check-demo');

const SERVICE_START_LIMIT_MS = 5_000;
const CLI_LIMIT_MS = 20_000;

const scenarios = [
  {
    title: 'healthy release — expect PASS',
    mode: 'healthy',
    // The short SHA: it matches the full commit the service reports.
    version: RELEASES.healthy.slice(0, 7),
    expectedExit: 0,
  },
  {
    title: 'broken release — expect FAIL',
    mode: 'broken',
    version: RELEASES.broken,
    expectedExit: 1,
  },
];

const bold = (text) => (process.stdout.isTTY ? `\u001b[1m${text}\u001b[22m` : text);

function banner(text) {
  const rule = '═'.repeat(Math.max(60, text.length + 4));
  process.stdout.write(`\n${rule}\n  ${bold(text)}\n${rule}\n`);
}

/** Starts the demo service and resolves with its URL, read from the first line it prints. */
function startService(mode) {
  const child = spawn(process.execPath, [serviceScript, mode], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const fail = (reason) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`the demo service (${mode}) did not start: ${reason}${stderr ? `\n${stderr.trim()}` : ''}`));
    };
    const timer = setTimeout(() => fail(`no URL within ${SERVICE_START_LIMIT_MS / 1000}s`), SERVICE_START_LIMIT_MS);
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      lines.close();
      const url = line.trim();
      if (/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) resolve({ child, url });
      else fail(`its first line was ${JSON.stringify(line)}, not a URL`);
    });
    child.once('exit', (code) => fail(`it exited with code ${code}`));
    child.once('error', (error) => fail(error.message));
  });
}

function stopService(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 2_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Runs the CLI with its output streamed to ours; resolves with its exit code. */
function runCli(args) {
  const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      process.stdout.write(`\n(demo: the CLI ran longer than ${CLI_LIMIT_MS / 1000}s; stopping it)\n`);
      child.kill('SIGKILL');
    }, CLI_LIMIT_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? `signal ${signal}`);
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      process.stdout.write(`(demo: could not start the CLI: ${error.message})\n`);
      resolve('not started');
    });
  });
}

async function runScenario(scenario, index) {
  banner(`${index + 1}/${scenarios.length} ${scenario.title}`);
  const started = Date.now();
  const { child, url } = await startService(scenario.mode);
  const report = join(reportDir, `${scenario.mode}.json`);
  const args = ['--config', configFile, '--base-url', url, '--version', scenario.version, '--report', report];
  process.stdout.write(`demo service (${scenario.mode}) at ${url}\n`);
  process.stdout.write(`$ node ${relative(root, cli)} ${args.join(' ')}\n\n`);
  try {
    const exitCode = await runCli(args);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `\n→ exit code ${exitCode} (expected ${scenario.expectedExit}), ${seconds}s; JSON report: ${report}\n`,
    );
    return { ...scenario, exitCode, ok: exitCode === scenario.expectedExit };
  } finally {
    await stopService(child);
  }
}

async function main() {
  if (!existsSync(cli)) {
    process.stderr.write(
      `demo: ${relative(root, cli)} is missing: it is committed, so restore it with "git checkout -- dist", or rebuild it with "npm run bundle".\n`,
    );
    return 1;
  }
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    process.stderr.write(
      `demo: this is Node ${process.version}; the tool targets Node 24. Run it as "npm run demo", which uses the Node 24 from devDependencies.\n`,
    );
  }
  await mkdir(reportDir, { recursive: true });

  const started = Date.now();
  const results = [];
  for (const [index, scenario] of scenarios.entries()) results.push(await runScenario(scenario, index));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  banner(`demo result (${seconds}s)`);
  for (const result of results) {
    const expected = result.expectedExit === 0 ? 'exit 0 (passed)' : 'exit 1 (failed)';
    process.stdout.write(
      `  ${result.ok ? '✓' : '✗'} ${result.title.split(' — ')[0]}: exit ${result.exitCode}, expected ${expected}\n`,
    );
  }
  if (results.every((result) => result.ok)) {
    process.stdout.write('\nThe healthy release passed and the broken one failed, with the reasons above.\n');
    return 0;
  }
  process.stdout.write(
    '\nThe demo did not end as expected: the healthy release must exit 0 and the broken one exit 1.\n' +
      'Exit code 2 means the CLI rejected the configuration (see its message above); a missing or\n' +
      'stale dist/ is fixed by "npm run bundle".\n',
  );
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
