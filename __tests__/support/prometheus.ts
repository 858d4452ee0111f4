import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * A real Prometheus (Debian's 2.42 package; .ci/run installs it) on a free loopback port, with its
 * own config and storage in a temp dir, scraping one target every second. Starting one takes a
 * moment and its data is what the tests read, so a test file shares one instance.
 */
export interface PrometheusServer {
  url: string;
  /** The number an instant query gives now (or at `atMs`, epoch milliseconds), straight from the API: NaN for no series. */
  value(promql: string, atMs?: number): Promise<number>;
  /** Resolves once Prometheus has stored `count` more scrapes of the target. */
  waitForScrapes(count: number): Promise<void>;
  stop(): Promise<void>;
}

export const SCRAPE_JOB = 'app';
const POLL_MS = 100;
// Guards against a hung harness only; no test asserts on how long anything took.
const READY_LIMIT_MS = 30_000;

export async function startPrometheus(target: string): Promise<PrometheusServer> {
  const binary = findPrometheus();
  const dir = await mkdtemp(join(tmpdir(), 'pdc-prometheus-'));
  const config = join(dir, 'prometheus.yml');
  await writeFile(
    config,
    `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: ${SCRAPE_JOB}\n    static_configs:\n      - targets: ['${target}']\n`,
  );
  // The free port can be taken between our probe and Prometheus binding it: try again with another.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const log: string[] = [];
    const child = spawn(
      binary,
      [
        `--config.file=${config}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    const url = `http://127.0.0.1:${port}`;
    if (await becomesReady(url, child)) return server(url, child, dir, log);
    await stopProcess(child);
    if (attempt === 3) {
      await rm(dir, { recursive: true, force: true });
      throw new Error(`prometheus did not become ready:\n${log.join('').slice(-2_000)}`);
    }
  }
}

function server(url: string, child: ChildProcess, dir: string, log: string[]): PrometheusServer {
  const value = async (promql: string, atMs?: number): Promise<number> => {
    const params = new URLSearchParams({ query: promql, ...(atMs === undefined ? {} : { time: String(atMs / 1000) }) });
    const response = await fetch(`${url}/api/v1/query?${params}`);
    const body = (await response.json()) as { data?: { result: { value: [number, string] }[] } };
    const first = body.data?.result[0];
    if (!first) return Number.NaN;
    return Number(first.value[1]);
  };
  const stored = async () => {
    const count = await value(`count_over_time(up{job="${SCRAPE_JOB}"}[1h])`);
    return Number.isNaN(count) ? 0 : count;
  };
  return {
    url,
    value,
    async waitForScrapes(count) {
      const wanted = (await stored()) + count;
      const limit = Date.now() + count * 1_000 + READY_LIMIT_MS;
      while ((await stored()) < wanted) {
        if (Date.now() > limit)
          throw new Error(
            `prometheus stored fewer than ${wanted} scrapes of ${SCRAPE_JOB}:\n${log.join('').slice(-2_000)}`,
          );
        await sleep(POLL_MS);
      }
    },
    async stop() {
      await stopProcess(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** PROMETHEUS_BIN, else `prometheus` on the PATH, else where Debian's package puts it. */
export function findPrometheus(): string {
  const candidates = [
    process.env.PROMETHEUS_BIN,
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'prometheus')),
    '/usr/bin/prometheus',
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(
    "no prometheus binary: install Debian's prometheus package (`apt-get install prometheus`; .ci/run does) or set PROMETHEUS_BIN",
  );
}

async function becomesReady(url: string, child: ChildProcess): Promise<boolean> {
  const limit = Date.now() + READY_LIMIT_MS;
  while (Date.now() < limit && child.exitCode === null && child.signalCode === null) {
    try {
      if ((await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1_000) })).ok) return true;
    } catch {
      // not listening yet
    }
    await sleep(POLL_MS);
  }
  return false;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const hard = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(hard);
}

async function freePort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the service's users do between two scrapes. */
export interface Traffic {
  requestsPerScrape: number;
  /** Share of those requests answered 500. */
  errorShare: number;
  /** Every request takes this long. */
  latencySeconds: number;
}

export const HEALTHY: Traffic = { requestsPerScrape: 1_000, errorShare: 0.002, latencySeconds: 0.08 };
export const ERROR_SPIKE: Traffic = { ...HEALTHY, errorShare: 0.2 };
export const LATENCY_SPIKE: Traffic = { ...HEALTHY, latencySeconds: 0.8 };
export const NO_TRAFFIC: Traffic = { ...HEALTHY, requestsPerScrape: 0 };

/** A service whose request counters and latency histogram the test drives, in Prometheus's text format. */
export interface MetricsService {
  /** host:port, as a scrape target. */
  target: string;
  /** Changes the traffic; setting the same traffic again changes nothing. */
  setTraffic(traffic: Traffic): void;
  /** Scrapes served since the traffic last changed. */
  scrapesOfCurrentTraffic(): number;
  /**
   * Also exports http_requests_total with a `track` label, canary and stable, each with its own traffic: what a
   * comparison reads. Until it is first called no such series exists, so the other tests' sums are unchanged.
   * Counts as a traffic change for scrapesOfCurrentTraffic.
   */
  setTrackTraffic(tracks: Record<Track, TrackTraffic>): void;
  close(): Promise<void>;
}

export type Track = 'canary' | 'stable';
/** One track's requests between two scrapes, and the share of them answered 500. */
export type TrackTraffic = Pick<Traffic, 'requestsPerScrape' | 'errorShare'>;

export const BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5];
// Counters start high and every series exists from the first scrape: rate()'s extrapolation then
// treats all series alike, so a ratio of rates is the ratio the test set.
const START = 1_000_000;

export interface MetricsServiceOptions {
  /** Called as each scrape is served, with the traffic it reports (the benchmark times the scrapes). */
  onScrape?: (traffic: Traffic) => void;
}

export async function startMetricsService(
  initial: Traffic = HEALTHY,
  options: MetricsServiceOptions = {},
): Promise<MetricsService> {
  let traffic = initial;
  let scrapesOfCurrent = 0;
  const requests = { ok: START, errors: START };
  const buckets = BUCKETS.map(() => START);
  const histogram = { count: START, sum: 0 };
  let trackTraffic: Record<Track, TrackTraffic> | undefined;
  const tracks: Record<Track, { ok: number; errors: number }> = {
    canary: { ok: START, errors: START },
    stable: { ok: START, errors: START },
  };
  // Counters move per scrape, not per wall-clock second: a slow scrape cannot skew a rate the test asserts.
  const advance = () => {
    const errors = Math.round(traffic.requestsPerScrape * traffic.errorShare);
    requests.errors += errors;
    requests.ok += traffic.requestsPerScrape - errors;
    BUCKETS.forEach((le, index) => {
      if (traffic.latencySeconds <= le) buckets[index]! += traffic.requestsPerScrape;
    });
    histogram.count += traffic.requestsPerScrape;
    histogram.sum += traffic.requestsPerScrape * traffic.latencySeconds;
    for (const track of ['canary', 'stable'] as const) {
      const served = trackTraffic?.[track];
      if (!served) continue;
      const trackErrors = Math.round(served.requestsPerScrape * served.errorShare);
      tracks[track].errors += trackErrors;
      tracks[track].ok += served.requestsPerScrape - trackErrors;
    }
  };
  const render = () =>
    [
      '# HELP http_requests_total Requests served, by status.',
      '# TYPE http_requests_total counter',
      `http_requests_total{status="200"} ${requests.ok}`,
      `http_requests_total{status="500"} ${requests.errors}`,
      ...(trackTraffic
        ? (['canary', 'stable'] as const).flatMap((track) => [
            `http_requests_total{status="200",track="${track}"} ${tracks[track].ok}`,
            `http_requests_total{status="500",track="${track}"} ${tracks[track].errors}`,
          ])
        : []),
      '# HELP http_request_duration_seconds Time to serve a request.',
      '# TYPE http_request_duration_seconds histogram',
      ...BUCKETS.map((le, index) => `http_request_duration_seconds_bucket{le="${le}"} ${buckets[index]}`),
      `http_request_duration_seconds_bucket{le="+Inf"} ${histogram.count}`,
      `http_request_duration_seconds_sum ${histogram.sum}`,
      `http_request_duration_seconds_count ${histogram.count}`,
      '',
    ].join('\n');
  const server = createHttpServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    advance();
    scrapesOfCurrent++;
    options.onScrape?.(traffic);
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(render());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    target: `127.0.0.1:${port}`,
    setTraffic: (next) => {
      if (JSON.stringify(next) === JSON.stringify(traffic)) return;
      traffic = next;
      scrapesOfCurrent = 0;
    },
    scrapesOfCurrentTraffic: () => scrapesOfCurrent,
    setTrackTraffic: (next) => {
      if (JSON.stringify(next) === JSON.stringify(trackTraffic)) return;
      trackTraffic = next;
      scrapesOfCurrent = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
