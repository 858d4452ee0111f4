// npm run bench: measures dist/index.js from the outside, as the runner starts it, on loopback only.
//
// Every figure is the median of several runs after a warm-up, with min and max. Figures that are compared
// run in the same invocation, alternating. Durations are the wall time of the process as this script sees
// it (spawn to exit); peak RSS comes from /usr/bin/time -f %M. Timestamps the action itself writes
// (the report's timeline) are wall-clock milliseconds of the same machine, comparable with Date.now() here.
//
// Runs under `node --import tsx` so that it can reuse the test harnesses in __tests__/support (a real
// Prometheus, the fake Kubernetes API server). Results: a table on stdout and bench/results.json.

import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, accessSync, constants } from 'node:fs';
import { mkdtemp, mkdir, readFile, readdir, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { GITHUB_ENV, NODE, ROOT } from '../__tests__/support/runAction.ts';
import { startPrometheus } from '../__tests__/support/prometheus.ts';
import { startFakeKubernetes } from '../__tests__/support/fakeKubernetes.ts';
import * as scenarios from '../__tests__/support/kubernetesScenarios.ts';

const DIST = join(ROOT, 'dist');
const ACTION = join(DIST, 'index.js');
const TIME = '/usr/bin/time';
const benchStarted = performance.now();
const tmp = await mkdtemp(join(tmpdir(), 'pdc-bench-'));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line) =>
  process.stderr.write(`[bench ${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(3)}s] ${line}\n`);

// ---------------------------------------------------------------------------------------------------------
// Process running and statistics

function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
const haveTime = existsSync(TIME);
const CURL = which('curl');
const KUBECTL = which('kubectl');

let runCounter = 0;
/** Spawns cmd; wall time from spawn to exit; peak RSS (KB) through /usr/bin/time when available. */
async function timed(cmd, args, { env = {}, cwd = tmp, rss = true } = {}) {
  const rssFile = join(tmp, `rss-${++runCounter}`);
  const [file, argv] = rss && haveTime ? [TIME, ['-f', 'RSS %M', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const lines = [];
  let stdout = '';
  let stderr = '';
  const startedAt = Date.now();
  const t0 = performance.now();
  const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => {
    const at = Date.now();
    stdout += chunk;
    for (const line of chunk.toString().split('\n')) if (line) lines.push({ at, line });
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const ms = performance.now() - t0;
  let rssKB;
  if (rss && haveTime) {
    const text = await readFile(rssFile, 'utf8').catch(() => '');
    const match = /RSS (\d+)/.exec(text);
    rssKB = match ? Number(match[1]) : undefined;
  }
  return { ms, code, stdout, stderr, lines, rssKB, startedAt };
}

/** dist/index.js as the runner starts it: INPUT_<NAME> variables and the GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP files. */
async function runAction(inputs, { env = {}, nodeArgs = [], rss = true } = {}) {
  const workDir = await mkdtemp(join(tmp, 'run-'));
  const outputFile = join(workDir, 'output');
  const summaryFile = join(workDir, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const vars = {
    PATH: process.env.PATH ?? '',
    HOME: workDir,
    RUNNER_TEMP: workDir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...GITHUB_ENV,
    ...env,
  };
  for (const [name, value] of Object.entries(inputs)) vars[`INPUT_${name.toUpperCase()}`] = value;
  const run = await timed(NODE, [...nodeArgs, ACTION], { env: vars, cwd: workDir, rss });
  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
  const report = outputs['report-path'] ? JSON.parse(await readFile(outputs['report-path'], 'utf8')) : undefined;
  await rm(workDir, { recursive: true, force: true });
  return { ...run, outputs, report };
}

function parseOutputFile(content) {
  const outputs = {};
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!header) continue;
    const [, name, end] = header;
    const value = [];
    while (++i < lines.length && lines[i] !== end) value.push(lines[i]);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

function expectResult(run, result, what) {
  if (run.outputs.result !== result) {
    throw new Error(
      `${what}: expected result ${result}, got ${run.outputs.result ?? '(none)'} (exit ${run.code})\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`,
    );
  }
}

function summarize(values) {
  const sorted = values.filter((value) => value !== undefined && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: NaN, min: NaN, max: NaN, runs: 0, values: [] };
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length, values };
}

// ---------------------------------------------------------------------------------------------------------
// The loopback service the checks hit: /fast answers at once, /slow/<n> after 50 ms.

const SLOW_MS = 50;
let served = 0;
const service = createServer((req, res) => {
  served++;
  const answer = () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
  };
  if (req.url?.startsWith('/slow/')) setTimeout(answer, SLOW_MS);
  else answer();
});
await new Promise((resolve) => service.listen(0, '127.0.0.1', resolve));
const BASE = `http://127.0.0.1:${service.address().port}`;
const slowPaths = (count) => Array.from({ length: count }, (_, i) => `/slow/${i}`);
const checksOf = (count) => slowPaths(count).join('\n');

const results = { figures: {} };
const rows = [];
const mb = (kb) => (kb === undefined ? undefined : kb / 1024);

// ---------------------------------------------------------------------------------------------------------
// 1. Cold start to verdict, against a bare `node -e 0`

/** bench/floor/undiciRequest.mjs bundled by ncc into /tmp, once per version of it and of undici. */
async function floorBundle() {
  const source = join(ROOT, 'bench/floor/undiciRequest.mjs');
  const key = createHash('sha256')
    .update(await readFile(source))
    .update(await readFile(join(ROOT, 'node_modules/undici/package.json')))
    .digest('hex')
    .slice(0, 16);
  const outDir = join(tmpdir(), `pdc-bench-floor-${key}`);
  if (!existsSync(join(outDir, 'index.mjs'))) {
    log('cold start: bundling the undici floor with ncc into /tmp');
    execFileSync(join(ROOT, 'node_modules/.bin/ncc'), ['build', source, '-o', outDir, '--target', 'es2023', '-q'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return join(outDir, 'index.mjs');
}

async function coldStart() {
  const ROUNDS = 10;
  const floorScript = await floorBundle();
  log(
    `cold start: 1 warm-up + ${ROUNDS} alternating rounds (action, one check / node -e 0 / bundled undici, one request)`,
  );
  const action = [];
  const bare = [];
  const floor = [];
  const runActionOnce = async () => {
    const run = await runAction({ 'base-url': BASE, checks: '/fast' });
    expectResult(run, 'passed', 'cold start');
    return run;
  };
  const runBare = async () => {
    const run = await timed(NODE, ['-e', '0'], { env: { PATH: process.env.PATH ?? '' } });
    if (run.code !== 0) throw new Error(`node -e 0 exited ${run.code}`);
    return run;
  };
  const runFloor = async () => {
    const run = await timed(NODE, [floorScript], { env: { PATH: process.env.PATH ?? '', FLOOR_URL: `${BASE}/fast` } });
    if (run.code !== 0) throw new Error(`the undici floor exited ${run.code}`);
    return run;
  };
  const sides = new Map([
    [runActionOnce, action],
    [runBare, bare],
    [runFloor, floor],
  ]);
  for (const step of sides.keys()) await step();
  for (let round = 0; round < ROUNDS; round++) {
    // The order turns every round so that no side always runs right after the same other.
    const order = [...sides.keys()];
    const turned = [...order.slice(round % order.length), ...order.slice(0, round % order.length)];
    for (const step of turned) sides.get(step).push(await step());
  }
  const ratios = action.map((run, i) => run.ms / bare[i].ms);
  const figure = {
    actionMs: summarize(action.map((run) => run.ms)),
    bareNodeMs: summarize(bare.map((run) => run.ms)),
    ratioOfMedians: summarize(action.map((run) => run.ms)).median / summarize(bare.map((run) => run.ms)).median,
    pairRatios: summarize(ratios),
    floorMs: summarize(floor.map((run) => run.ms)),
    floorRatioOfMedians: summarize(floor.map((run) => run.ms)).median / summarize(bare.map((run) => run.ms)).median,
    actionRssMB: summarize(action.map((run) => mb(run.rssKB))),
    bareNodeRssMB: summarize(bare.map((run) => mb(run.rssKB))),
    target: 'median <= 2.5x bare node',
  };
  figure.met = figure.ratioOfMedians <= 2.5;
  results.figures.coldStart = figure;
  rows.push(['cold start, one check (ms)', figure.actionMs, '', '']);
  rows.push(['bare node -e 0 (ms)', figure.bareNodeMs, '', '']);
  rows.push([
    'cold start / bare node (x)',
    { ...figure.pairRatios, median: figure.ratioOfMedians },
    '<= 2.5x',
    verdict(figure.ratioOfMedians, 2.5),
  ]);
  rows.push(['floor: bundled undici, one request (ms)', figure.floorMs, '', '']);
  rows.push([
    'floor / bare node (x)',
    { ...summarize(floor.map((run, i) => run.ms / bare[i].ms)), median: figure.floorRatioOfMedians },
    '',
    '',
  ]);
  rows.push(['RSS one check / bare node (MB)', figure.actionRssMB, `bare ${fmt(figure.bareNodeRssMB.median)}`, '']);
}

/** One profiled cold start: self time grouped by script, to show what the start-up spends its time on. */
async function coldStartProfile() {
  log('cold start: one run under --cpu-prof');
  const dir = join(tmp, 'cpu-prof');
  await mkdir(dir);
  const run = await runAction(
    { 'base-url': BASE, checks: '/fast' },
    { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`], rss: false },
  );
  expectResult(run, 'passed', 'profiled cold start');
  const [file] = await readdir(dir);
  const profile = JSON.parse(await readFile(join(dir, file), 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const groups = new Map();
  const functions = new Map();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    const url = node?.callFrame.url ?? '';
    const group =
      url.startsWith('file://') && url.includes('/dist/')
        ? `dist/${basename(url)}`
        : url.startsWith('node:')
          ? 'node: built-ins (JS)'
          : url === ''
            ? node?.callFrame.functionName || '(unknown)'
            : url;
    groups.set(group, (groups.get(group) ?? 0) + delta);
    const fn = `${node?.callFrame.functionName || '(anonymous)'} ${group}`;
    functions.set(fn, (functions.get(fn) ?? 0) + delta);
  });
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 }));
  const distLoaded = [
    ...new Set(
      profile.nodes
        .map((node) => node.callFrame.url)
        .filter((url) => url.includes('/dist/'))
        .map((url) => basename(url)),
    ),
  ];
  results.figures.coldStartProfile = {
    wallMs: Math.round(run.ms),
    profiledMs: Math.round((profile.endTime - profile.startTime) / 1000),
    selfTimeBySource: top(groups, 10),
    topFunctions: top(functions, 12),
    distFilesExecuted: distLoaded,
  };
}

// ---------------------------------------------------------------------------------------------------------
// 2. Bundle: sizes on disk, and what dominates them (ncc --stats-out of the same entry, into /tmp)

async function bundle() {
  const files = (await readdir(DIST)).filter((name) => name.endsWith('.js'));
  const sizes = {};
  for (const name of files) sizes[name] = (await stat(join(DIST, name))).size;
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  // The stats describe the bundle in dist/: keyed by its content, they are built once into /tmp and reused.
  const key = createHash('sha256');
  for (const name of files.sort()) key.update(name).update(await readFile(join(DIST, name)));
  const cacheDir = join(tmpdir(), `pdc-bench-ncc-${key.digest('hex').slice(0, 16)}`);
  const statsFile = join(cacheDir, 'stats.json');
  let built = false;
  if (!existsSync(statsFile)) {
    log('bundle: ncc build --stats-out into /tmp (dist/ untouched; cached for this dist/)');
    await rm(cacheDir, { recursive: true, force: true });
    execFileSync(
      join(ROOT, 'node_modules/.bin/ncc'),
      [
        'build',
        'src/adapters/action/main.ts',
        '-o',
        join(cacheDir, 'out'),
        '--target',
        'es2023',
        '--stats-out',
        statsFile,
        '-q',
      ],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    built = true;
  } else log('bundle: reusing ncc stats from /tmp for this dist/');
  const stats = JSON.parse(await readFile(statsFile, 'utf8'));
  const chunkFile = new Map(stats.chunks.map((chunk) => [chunk.id, chunk.files[0]]));
  const byPackage = new Map();
  const packageOf = (name) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name ?? '');
    if (match) return match[1];
    if (/^\.\/src\//.test(name ?? '')) return '(our src/)';
    return '(webpack runtime, externals)';
  };
  const add = (name, size, chunks) => {
    const pkg = packageOf(name);
    const entry = byPackage.get(pkg) ?? { package: pkg, bytes: 0, modules: 0, files: new Set() };
    entry.bytes += size;
    entry.modules += 1;
    for (const id of chunks ?? []) entry.files.add(chunkFile.get(id) ?? `chunk ${id}`);
    byPackage.set(pkg, entry);
  };
  // Modules in no chunk are the parts of a concatenated module, listed again on their own: counted once, inside it.
  const emitted = stats.modules.filter((module) => module.chunks?.length > 0);
  for (const module of emitted) {
    if (module.modules) for (const inner of module.modules) add(inner.name, inner.size, module.chunks);
    else add(module.name, module.size, module.chunks);
  }
  const packages = [...byPackage.values()]
    .sort((a, b) => b.bytes - a.bytes)
    .map((entry) => ({ ...entry, files: [...entry.files].sort() }));
  const topModules = emitted
    .flatMap((module) =>
      module.modules ? module.modules.map((inner) => ({ ...inner, chunks: module.chunks })) : [module],
    )
    .sort((a, b) => b.size - a.size)
    .slice(0, 12)
    .map((module) => ({
      module: module.name.replace(/^\.\//, ''),
      bytes: module.size,
      file: chunkFile.get(module.chunks?.[0]),
    }));
  results.figures.bundle = {
    files: sizes,
    totalBytes: total,
    indexBytes: sizes['index.js'],
    statsBuilt: built,
    packages: packages.slice(0, 12),
    topModules,
  };
  rows.push(['bundle dist/index.js (KB)', { median: sizes['index.js'] / 1024 }, 'reported', '']);
  rows.push(['bundle, all dist/*.js (KB)', { median: total / 1024 }, 'reported', '']);
}

// ---------------------------------------------------------------------------------------------------------
// 3, 7, 8. Throughput against curl, memory and scaling: one alternating block

async function throughputAndScaling() {
  const ROUNDS = 5;
  const urlsFile = join(tmp, 'urls-200');
  const warmUrlsFile = join(tmp, 'urls-20');
  await writeFile(
    urlsFile,
    slowPaths(200)
      .map((path) => `${BASE}${path}\n`)
      .join(''),
  );
  await writeFile(
    warmUrlsFile,
    slowPaths(20)
      .map((path) => `${BASE}${path}\n`)
      .join(''),
  );
  // The seeds' smoke script: one `curl -sf` after another, stopping at the first failure.
  const curlLoop = (file) =>
    timed(
      'bash',
      ['-c', 'while IFS= read -r url; do curl -sf -o /dev/null "$url" || exit 1; done < "$1"', 'curl-loop', file],
      { env: { PATH: process.env.PATH ?? '' } },
    );
  const checks = async (count) => {
    const before = served;
    const run = await runAction({ 'base-url': BASE, checks: checksOf(count) });
    expectResult(run, 'passed', `${count} checks`);
    if (served - before !== count) throw new Error(`${count} checks: the service answered ${served - before} requests`);
    return run;
  };
  log(
    `throughput and scaling: warm-up, then ${ROUNDS} rounds of [200 checks, curl x200, 20 checks, 2000 checks]${CURL ? '' : ' (no curl: curl side skipped)'}`,
  );
  await checks(200);
  await checks(20);
  if (CURL) await curlLoop(warmUrlsFile);
  const runs = { 20: [], 200: [], 2000: [], curl: [] };
  for (let round = 0; round < ROUNDS; round++) {
    runs[200].push(await checks(200));
    if (CURL) {
      const run = await curlLoop(urlsFile);
      if (run.code !== 0) throw new Error(`curl loop exited ${run.code}: ${run.stderr}`);
      runs.curl.push(run);
    }
    runs[20].push(await checks(20));
    runs[2000].push(await checks(2000));
    log(
      `  round ${round + 1}/${ROUNDS}: 200 checks ${Math.round(runs[200].at(-1).ms)} ms${CURL ? `, curl ${Math.round(runs.curl.at(-1).ms)} ms` : ''}, 2000 checks ${Math.round(runs[2000].at(-1).ms)} ms`,
    );
  }
  const ms = (list) => summarize(list.map((run) => run.ms));
  const rss = (list) => summarize(list.map((run) => mb(run.rssKB)));
  const throughput = { checksMs: ms(runs[200]), target: '<= 1500 ms', rssMB: rss(runs[200]) };
  throughput.met = throughput.checksMs.median <= 1500;
  if (CURL) {
    throughput.curlMs = ms(runs.curl);
    throughput.speedup = throughput.curlMs.median / throughput.checksMs.median;
    throughput.roundSpeedups = summarize(runs.curl.map((run, i) => run.ms / runs[200][i].ms));
    throughput.speedupMet = throughput.speedup >= 8;
  } else throughput.curl = 'curl not found on PATH: comparison skipped';
  results.figures.throughput = throughput;
  rows.push(['200 checks @50ms (ms)', throughput.checksMs, '<= 1500', verdict(throughput.checksMs.median, 1500)]);
  if (CURL) {
    rows.push(['200 x curl -sf, one by one (ms)', throughput.curlMs, '', '']);
    rows.push([
      'speed-up over curl loop (x)',
      { ...throughput.roundSpeedups, median: throughput.speedup },
      '>= 8x',
      verdictAtLeast(throughput.speedup, 8),
    ]);
  } else rows.push(['speed-up over curl loop', { median: NaN }, '>= 8x', 'skipped: no curl']);
  rows.push(['peak RSS, 200 checks (MB)', throughput.rssMB, '<= 80', verdict(throughput.rssMB.median, 80)]);

  const scaling = {
    20: { ms: ms(runs[20]), rssMB: rss(runs[20]) },
    200: { ms: ms(runs[200]), rssMB: rss(runs[200]) },
    2000: { ms: ms(runs[2000]), rssMB: rss(runs[2000]) },
  };
  scaling.ratio2000to200 = scaling[2000].ms.median / scaling[200].ms.median;
  scaling.roundRatios = summarize(runs[2000].map((run, i) => run.ms / runs[200][i].ms));
  scaling.ideal = {
    note: 'checks / concurrency x 50 ms, start-up excluded',
    20: 3 * SLOW_MS,
    200: 25 * SLOW_MS,
    2000: 250 * SLOW_MS,
  };
  scaling.target = '2000 checks <= 10x the 200-check time; peak RSS <= 80 MB at 2000';
  scaling.met = scaling.ratio2000to200 <= 10 && scaling[2000].rssMB.max <= 80;
  results.figures.scaling = scaling;
  rows.push(['20 checks @50ms (ms)', scaling[20].ms, '', '']);
  rows.push(['2000 checks @50ms (ms)', scaling[2000].ms, '', '']);
  rows.push([
    '2000 / 200 checks time (x)',
    { ...scaling.roundRatios, median: scaling.ratio2000to200 },
    '<= 10x',
    verdict(scaling.ratio2000to200, 10),
  ]);
  rows.push(['peak RSS, 20 checks (MB)', scaling[20].rssMB, '', '']);
  rows.push(['peak RSS, 2000 checks (MB)', scaling[2000].rssMB, '<= 80', verdict(scaling[2000].rssMB.max, 80, 'max')]);
}

// ---------------------------------------------------------------------------------------------------------
// 4, 6, 7. A real Prometheus scraping a loopback service every second: monitor overhead, memory, detection

/** Request counters that move per scrape (as the tests' metrics service), with the time of every scrape. */
function metricsService() {
  let errorShare = 0;
  const perScrape = 1000;
  const counters = { ok: 1_000_000, errors: 1_000_000 };
  const scrapes = [];
  const server = createServer((req, res) => {
    if (req.url !== '/metrics') return res.writeHead(404).end();
    const errors = Math.round(perScrape * errorShare);
    counters.errors += errors;
    counters.ok += perScrape - errors;
    scrapes.push({ at: Date.now(), errorShare });
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(
      `# TYPE http_requests_total counter\nhttp_requests_total{status="200"} ${counters.ok}\nhttp_requests_total{status="500"} ${counters.errors}\n`,
    );
  });
  return {
    server,
    scrapes,
    set: (share) => (errorShare = share),
    async listen() {
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `127.0.0.1:${server.address().port}`;
    },
    /** Waits until `count` scrapes at the current error share are stored. */
    async settle(count) {
      const from = scrapes.length;
      while (scrapes.length - from < count) await sleep(100);
    },
  };
}

const RANGE = '3s';
const ERROR_RATE = `sum(rate(http_requests_total{status=~"5.."}[${RANGE}])) / sum(rate(http_requests_total[${RANGE}]))`;
const INTERVAL_S = 1;
const THRESHOLD = 2;
const MAX_ERROR_RATE = 0.01;

async function withPrometheus() {
  const metrics = metricsService();
  const target = await metrics.listen();
  log('prometheus: starting (scrape every 1 s)');
  const prometheus = await startPrometheus(target);
  try {
    await metrics.settle(5);
    const promValue = async (time) => {
      const response = await fetch(
        `${prometheus.url}/api/v1/query?${new URLSearchParams({ query: ERROR_RATE, time: String(time / 1000) })}`,
      );
      const body = await response.json();
      return Number(body.data?.result?.[0]?.value?.[1] ?? NaN);
    };

    // 6 and 7: a healthy release watched for 30 s (the same action config as detection). Also the warm-up
    // of the detection runs.
    log('monitor overhead: one healthy run with a 30 s window, 1 s interval');
    const healthy = await runAction({
      'prometheus-url': prometheus.url,
      'error-rate-query': ERROR_RATE,
      'monitor-window': '30s',
      'monitor-interval': `${INTERVAL_S}s`,
      'failure-threshold': String(THRESHOLD),
    });
    expectResult(healthy, 'passed', 'healthy 30 s monitor');
    const monitor = {
      totalMs: summarize([healthy.ms]),
      overheadMs: healthy.ms - 30_000,
      samples: healthy.report?.monitor?.samples,
      rssMB: summarize([mb(healthy.rssKB)]),
      runs: 1,
      target: 'total <= 32 s; peak RSS <= 80 MB',
    };
    monitor.met = healthy.ms <= 32_000;
    results.figures.monitor = monitor;
    rows.push([
      'healthy 30 s monitor, total (ms)',
      monitor.totalMs,
      '<= 32000',
      verdict(healthy.ms, 32_000) + ' (1 run)',
    ]);
    rows.push(['peak RSS, 30 s monitor (MB)', monitor.rssMB, '<= 80', verdict(mb(healthy.rssKB), 80) + ' (1 run)']);

    // 4: the error rate jumps from 0 to 20% while the action watches.
    const RUNS = 5;
    log(`detection: ${RUNS} runs (the monitor run above was the warm-up)`);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      metrics.set(0);
      await metrics.settle(5); // the [3s] range holds only error-free scrapes again
      const running = runAction({
        'prometheus-url': prometheus.url,
        'error-rate-query': ERROR_RATE,
        'monitor-window': '30s',
        'monitor-interval': `${INTERVAL_S}s`,
        'failure-threshold': String(THRESHOLD),
      });
      // Let the action start and take a few healthy samples; the spread moves the jump across the scrape and sample phases.
      await sleep(2_000 + (i * 1_000) / RUNS);
      const jumpAt = Date.now();
      metrics.set(0.2);
      const run = await running;
      expectResult(run, 'failed', 'error spike');
      const firstBad = metrics.scrapes.find((scrape) => scrape.at >= jumpAt && scrape.errorShare > 0);
      const verdictAt = Date.parse(run.report?.timeline?.failureDetected ?? '');
      // Prometheus itself confirms: under the threshold just before the jump, over it just after the first bad scrape.
      const before = await promValue(jumpAt - 50);
      const after = await promValue(firstBad.at + 100);
      const gate = run.report?.monitor?.gates?.find((g) => g.name === 'error-rate');
      runs.push({
        fromBreachMs: verdictAt - firstBad.at,
        fromJumpMs: verdictAt - jumpAt,
        jumpToFirstBreachMs: firstBad.at - jumpAt,
        verdictToExitMs: run.startedAt + run.ms - verdictAt,
        samples: run.report?.monitor?.samples,
        stoppedEarly: run.report?.monitor?.stoppedEarly,
        queryBefore: before,
        queryAfter: after,
        confirmed: before <= MAX_ERROR_RATE && after > MAX_ERROR_RATE,
        gate: gate?.result,
      });
      log(
        `  run ${i + 1}/${RUNS}: first breaching sample -> verdict ${runs.at(-1).fromBreachMs} ms, jump -> verdict ${runs.at(-1).fromJumpMs} ms`,
      );
    }
    metrics.set(0);
    const limit = THRESHOLD * INTERVAL_S * 1000 + 1000;
    const detection = {
      fromBreachMs: summarize(runs.map((run) => run.fromBreachMs)),
      fromJumpMs: summarize(runs.map((run) => run.fromJumpMs)),
      runs,
      config: {
        query: ERROR_RATE,
        interval: `${INTERVAL_S}s`,
        failureThreshold: THRESHOLD,
        maxErrorRate: MAX_ERROR_RATE,
        scrapeInterval: '1s',
      },
      target: `first breaching sample -> verdict <= ${limit} ms`,
      allConfirmedByPrometheus: runs.every((run) => run.confirmed),
    };
    detection.met = detection.fromBreachMs.median <= limit;
    results.figures.detection = detection;
    rows.push([
      'detect: first breach -> verdict (ms)',
      detection.fromBreachMs,
      `<= ${limit}`,
      verdict(detection.fromBreachMs.median, limit),
    ]);
    rows.push(['detect: error jump -> verdict (ms)', detection.fromJumpMs, '', '']);
  } finally {
    await prometheus.stop();
    await new Promise((resolve) => {
      metrics.server.closeAllConnections();
      metrics.server.close(resolve);
    });
  }
}

// ---------------------------------------------------------------------------------------------------------
// 5. Rollback start: failed verdict -> `kubectl rollout undo` (real kubectl, fake API server)

async function rollback() {
  if (!KUBECTL) {
    results.figures.rollback = { skipped: 'kubectl not found on PATH' };
    rows.push(['rollback start', { median: NaN }, '<= 1000', 'skipped: no kubectl']);
    return;
  }
  // A kubectl in front of the real one that writes down when each invocation starts.
  const bin = join(tmp, 'kubectl-shim');
  await mkdir(bin);
  const kubectlLog = join(tmp, 'kubectl.log');
  await writeFile(
    join(bin, 'kubectl'),
    `#!/bin/bash\nprintf '%s %s\\n' "$EPOCHREALTIME" "$*" >> '${kubectlLog}'\nexec '${KUBECTL}' "$@"\n`,
  );
  await chmod(join(bin, 'kubectl'), 0o755);
  const failing = createServer((_req, res) =>
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"down"}'),
  );
  await new Promise((resolve) => failing.listen(0, '127.0.0.1', resolve));
  const RUNS = 5;
  log(`rollback: 1 warm-up + ${RUNS} runs (failing check, real kubectl against the fake API server)`);
  const runs = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      await writeFile(kubectlLog, '');
      const fake = await startFakeKubernetes(scenarios.revisions());
      const requests = [];
      const push = fake.requests.push;
      fake.requests.push = function (...added) {
        for (const request of added) requests.push({ at: Date.now(), method: request.method, path: request.path });
        return push.apply(this, added);
      };
      try {
        const run = await runAction(
          {
            'base-url': `http://127.0.0.1:${failing.address().port}`,
            checks: '- path: /health\n  retries: 0',
            'kube-deployment': scenarios.deploymentName,
            'kube-namespace': scenarios.namespace,
            'kube-context': 'fake',
            'rollout-timeout': '0',
            'monitor-window': '0',
            'rollback-timeout': '10s',
          },
          { env: { KUBECONFIG: fake.kubeconfig, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` }, rss: false },
        );
        expectResult(run, 'failed', 'rollback run');
        if (run.outputs['rolled-back'] !== 'true') throw new Error(`rollback run: not rolled back\n${run.stdout}`);
        if (i === 0) continue;
        const verdictAt = Date.parse(run.report.timeline.failureDetected);
        const invocations = (await readFile(kubectlLog, 'utf8'))
          .split('\n')
          .filter(Boolean)
          .map((line) => ({
            at: Number(line.slice(0, line.indexOf(' '))) * 1000,
            args: line.slice(line.indexOf(' ') + 1),
          }));
        const undo = invocations.find((call) => call.args.startsWith('rollout undo'));
        const firstAfter = invocations.find((call) => call.at >= verdictAt);
        const firstRequest = requests.find((request) => request.at >= verdictAt);
        const patch = requests.find((request) => request.method === 'PATCH');
        runs.push({
          verdictToUndoMs: undo.at - verdictAt,
          verdictToFirstKubectlMs: firstAfter.at - verdictAt,
          verdictToFirstApiRequestMs: firstRequest.at - verdictAt,
          verdictToPatchMs: patch.at - verdictAt,
          verdictToRolledBackMs: Date.parse(run.report.timeline.rollbackCompleted) - verdictAt,
          kubectlBeforeUndo: invocations
            .filter((call) => call.at >= verdictAt && call.at < undo.at)
            .map((call) => call.args),
        });
      } finally {
        await fake.close();
      }
    }
  } finally {
    failing.closeAllConnections();
    await new Promise((resolve) => failing.close(resolve));
  }
  const figure = {
    verdictToUndoMs: summarize(runs.map((run) => run.verdictToUndoMs)),
    verdictToFirstKubectlMs: summarize(runs.map((run) => run.verdictToFirstKubectlMs)),
    verdictToPatchMs: summarize(runs.map((run) => run.verdictToPatchMs)),
    verdictToRolledBackMs: summarize(runs.map((run) => run.verdictToRolledBackMs)),
    runs,
    target: 'failed verdict -> kubectl rollout undo starts <= 1000 ms',
  };
  figure.met = figure.verdictToUndoMs.median <= 1000;
  results.figures.rollback = figure;
  rows.push(['verdict -> first kubectl (ms)', figure.verdictToFirstKubectlMs, '', '']);
  rows.push([
    'verdict -> rollout undo starts (ms)',
    figure.verdictToUndoMs,
    '<= 1000',
    verdict(figure.verdictToUndoMs.median, 1000),
  ]);
  rows.push(['verdict -> undo PATCH at API (ms)', figure.verdictToPatchMs, '', '']);
}

// ---------------------------------------------------------------------------------------------------------
// Table

function fmt(value) {
  if (value === undefined || Number.isNaN(value)) return '-';
  if (Math.abs(value) >= 100) return String(Math.round(value));
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
function verdict(value, limit, which = 'median') {
  if (!Number.isFinite(value)) return 'n/a';
  return value <= limit
    ? `met (${fmt(limit - value)} under, ${which})`
    : `MISSED by ${fmt(value - limit)} (${fmt((value / limit - 1) * 100)}%, ${which})`;
}
function verdictAtLeast(value, limit) {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= limit ? `met (${fmt(value - limit)} over)` : `MISSED by ${fmt(limit - value)}`;
}
function printTable() {
  const header = ['figure', 'median', 'min', 'max', 'n', 'target', 'met'];
  const body = rows.map(([name, s, target, met]) => [
    name,
    fmt(s.median),
    fmt(s.min),
    fmt(s.max),
    s.runs === undefined ? '' : String(s.runs),
    target,
    met,
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i].length)));
  const line = (row) =>
    `| ${row.map((cell, i) => (i >= 1 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i >= 1 && i <= 4 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const row of body) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------------------

try {
  if (!existsSync(ACTION)) throw new Error('dist/index.js is missing: run npm run bundle first');
  if (!haveTime) log('no /usr/bin/time: peak RSS is not measured');
  results.machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: execFileSync(NODE, ['--version']).toString().trim(),
    curl: CURL ? execFileSync(CURL, ['--version']).toString().split('\n')[0] : 'missing',
    kubectl: KUBECTL ? execFileSync(KUBECTL, ['version', '--client']).toString().split('\n')[0] : 'missing',
    prometheus: execFileSync('prometheus', ['--version'], { stdio: ['ignore', 'pipe', 'pipe'] })
      .toString()
      .split('\n')[0],
  };
  results.startedAt = new Date().toISOString();
  // BENCH_ONLY=cold,bundle,throughput,prometheus,rollback runs a subset (while working on one figure).
  const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : undefined;
  const want = (name) => !only || only.has(name);
  if (want('cold')) await coldStart();
  if (want('cold')) await coldStartProfile();
  if (want('bundle')) await bundle();
  if (want('throughput')) await throughputAndScaling();
  if (want('prometheus')) await withPrometheus();
  if (want('rollback')) await rollback();
  results.totalSeconds = Math.round((performance.now() - benchStarted) / 100) / 10;
  results.table = rows.map(([figure, s, target, met]) => ({
    figure,
    median: s.median,
    min: s.min,
    max: s.max,
    runs: s.runs,
    target,
    met,
  }));
  await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\npost-deploy-check benchmarks — ${results.machine.cores} cores (${results.machine.cpu}), Node ${results.machine.node}\n`,
  );
  printTable();
  const p = results.figures.coldStartProfile;
  if (p)
    console.log(
      `\ncold start profile (one run, ${p.profiledMs} ms profiled): self time by source: ${p.selfTimeBySource
        .slice(0, 6)
        .map((g) => `${g.name} ${g.ms} ms`)
        .join(', ')}`,
    );
  if (results.figures.bundle)
    console.log(
      `bundle: top packages: ${results.figures.bundle.packages
        .slice(0, 6)
        .map((entry) => `${entry.package} ${Math.round(entry.bytes / 1024)} KB`)
        .join(', ')}`,
    );
  console.log(`\nwritten: bench/results.json (${results.totalSeconds} s)`);
} finally {
  service.closeAllConnections();
  service.close();
  await rm(tmp, { recursive: true, force: true });
}
