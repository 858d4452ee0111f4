// `npm run demo`: three releases of a small service, checked by the bundled CLI exactly as a
// workflow step would check them after a deploy.
//
//   1/3 a healthy release:   every check passes, the CLI exits 0
//   2/3 a broken release:    the database is down and the rollout is half done, the CLI exits 1
//   3/3 a release gone bad:  it passes its smoke checks, then fails 30% of requests while live; the
//                            action's own traffic catches it, demo/rollback.mjs switches the service
//                            back, the re-check passes; the CLI exits 1 (the release failed), rolled back
//
// Each scenario starts demo/service.mjs on a free loopback port, runs dist/cli/index.js with
// demo/post-deploy-check.yml plus --base-url, --version and the scenario's own flags, streams its
// output, and stops the service. The demo exits 0 only when every scenario ended as expected.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
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
  {
    title: 'release that goes bad while live — expect FAIL, then a rollback',
    mode: 'degrading',
    version: RELEASES.degrading.slice(0, 7),
    expectedExit: 1,
    expectedRollback: 'rolled-back',
    // The monitor window with the action's own traffic, and the team's rollback command.
    flags: [
      '--traffic',
      '{ rate: 10, max-error-rate: 0.1 }',
      '--monitor-window',
      '20s',
      '--monitor-interval',
      '2s',
      '--rollback-with',
      'command',
      '--rollback-command',
      'node demo/rollback.mjs',
    ],
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
function runCli(args, env) {
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
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
  const args = [
    '--config',
    configFile,
    '--base-url',
    url,
    '--version',
    scenario.version,
    ...(scenario.flags ?? []),
    '--report',
    report,
  ];
  process.stdout.write(`demo service (${scenario.mode}) at ${url}\n`);
  process.stdout.write(`$ node ${relative(root, cli)} ${args.map(shellWord).join(' ')}\n\n`);
  try {
    const exitCode = await runCli(args, { DEMO_SERVICE_URL: url });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const rollback = scenario.expectedRollback ? await rollbackOutcome(report) : undefined;
    const rolled = rollback ? `, rollback ${rollback} (expected ${scenario.expectedRollback})` : '';
    process.stdout.write(
      `\n→ exit code ${exitCode} (expected ${scenario.expectedExit})${rolled}, ${seconds}s; JSON report: ${report}\n`,
    );
    const ok = exitCode === scenario.expectedExit && rollback === scenario.expectedRollback;
    return { ...scenario, exitCode, rollback, ok };
  } finally {
    await stopService(child);
  }
}

/** The rollback's outcome in the CLI's JSON report, or why it cannot be read. */
async function rollbackOutcome(path) {
  try {
    return JSON.parse(await readFile(path, 'utf8')).rollback?.outcome ?? 'none';
  } catch (error) {
    return `unreadable report (${error.message})`;
  }
}

/** A word as a shell would need it quoted, so the printed command can be pasted. */
function shellWord(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
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
    const rollback = result.expectedRollback
      ? `, rollback ${result.rollback} (expected ${result.expectedRollback})`
      : '';
    process.stdout.write(
      `  ${result.ok ? '✓' : '✗'} ${result.title.split(' — ')[0]}: exit ${result.exitCode}${rollback}, expected ${expected}\n`,
    );
  }
  if (results.every((result) => result.ok)) {
    process.stdout.write(
      '\nThe healthy release passed, the broken one failed, and the one that went bad while live was caught\n' +
        'by the monitor window and rolled back, with the reasons above.\n',
    );
    return 0;
  }
  process.stdout.write(
    '\nThe demo did not end as expected: the healthy release must exit 0, the broken one exit 1, and the\n' +
      'one that goes bad exit 1 with its rollback done.\n' +
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
