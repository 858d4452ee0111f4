import { readFile } from 'node:fs/promises';
import { runAction } from '../support/runAction.js';
import {
  HEALTHY,
  startMetricsService,
  startPrometheus,
  type MetricsService,
  type PrometheusServer,
  type Track,
  type TrackTraffic,
} from '../support/prometheus.js';

// A comparison against a real Prometheus scraping every second: the service exports http_requests_total per
// track, canary and stable, and each look counts both sides' errors and requests since the window started.
//
// The bound: at 100 requests a scrape per track, a canary at 20% errors against a stable at 1% is shown worse
// (at the default max-increase 1.5 and confidence 0.99) from the first scrape's worth of counts: 20 errors
// against 1 in equal requests gives an e-value near 590, past the 100 needed. The first looks may cover less
// than a scrape ({{range}} starts at 1s), so the failure must come by look 4, whose range holds three scrapes.

const SETTLE = 6;
const BOUND = 4;
const COMPARE = [
  '- name: errors vs stable',
  '  errors-query: sum(increase(http_requests_total{status="500",track="{{side}}"}[{{range}}]))',
  '  requests-query: sum(increase(http_requests_total{track="{{side}}"}[{{range}}]))',
  '  canary: canary',
  '  baseline: stable',
].join('\n');

let service: MetricsService;
let prometheus: PrometheusServer;

beforeAll(async () => {
  service = await startMetricsService(HEALTHY);
  prometheus = await startPrometheus(service.target);
});
afterAll(async () => {
  await prometheus?.stop();
  await service?.close();
});

async function tracksBecome(tracks: Record<Track, TrackTraffic>): Promise<void> {
  service.setTrackTraffic(tracks);
  const missing = SETTLE - service.scrapesOfCurrentTraffic();
  if (missing > 0) await prometheus.waitForScrapes(missing);
}

const watch = () =>
  runAction({
    'prometheus-url': prometheus.url,
    'max-error-rate': 'off',
    compare: COMPARE,
    'monitor-window': '6s',
    'monitor-interval': '1s',
  });

async function reportOf(run: Awaited<ReturnType<typeof watch>>) {
  return JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
}

describe('canary versus baseline', () => {
  it(`fails a canary with 20 times the stable's error rate by look ${BOUND}, in words`, async () => {
    await tracksBecome({
      canary: { requestsPerScrape: 100, errorShare: 0.2 },
      stable: { requestsPerScrape: 100, errorShare: 0.01 },
    });
    const run = await watch();

    expect(run.code).toBe(1);
    const report = await reportOf(run);
    const [gate] = report.monitor.gates;
    expect(gate).toMatchObject({ name: 'errors vs stable', result: 'failed' });
    expect(gate.comparison).toMatchObject({
      decision: 'worse',
      canary: { name: 'canary' },
      baseline: { name: 'stable' },
      maxIncrease: 1.5,
      confidence: 0.99,
    });
    expect(gate.comparison.decidedAt).toBeLessThanOrEqual(BOUND);
    expect(gate.comparison.lower).toBeGreaterThanOrEqual(1.5);
    expect(gate.detail).toMatch(
      /^canary (?:19|20|21)% \([\d,]+ \/ [\d,]+\) vs stable [\d.]+% \([\d,]+ \/ [\d,]+\): [\d.]+x; with 99% confidence at least [\d.]+x, over the limit 1\.5x$/,
    );
    expect(report.monitor.stoppedEarly).toMatch(new RegExp(`^errors vs stable failed at sample [1-${BOUND}] of 6$`));
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual(['errors vs stable']);
    expect(run.summary).toContain('| errors vs stable | ≤ 1.5× baseline (99%) |');
    expect(run.summary).toContain(`- errors vs stable: ${gate.comparison.sentence}; decided at sample`);
  });

  it('passes a canary with the same error rate as the stable, and charts both', async () => {
    await tracksBecome({
      canary: { requestsPerScrape: 100, errorShare: 0.05 },
      stable: { requestsPerScrape: 100, errorShare: 0.05 },
    });
    const run = await watch();

    expect(run.outputs.result).toBe('passed');
    const report = await reportOf(run);
    const [gate] = report.monitor.gates;
    expect(gate.result).toBe('passed');
    expect(['undecided', 'within-limit']).toContain(gate.comparison.decision);
    expect(gate.samples.every((sample: { outcome: string }) => sample.outcome !== 'breach')).toBe(true);
    // Every look counted both sides; the counts the test used are the last look's.
    expect(gate.comparison.canary.requests).toBeGreaterThan(0);
    expect(gate.comparison.baseline.requests).toBeGreaterThan(0);
    expect(run.summary).toContain('blue, canary&#39;s error rate since the window started · grey, stable&#39;s');
    expect(run.summary).toMatch(/```mermaid\n[^`]*\n {4}line \[0\.05(, 0\.05)+\]\n {4}line \[0\.05(, 0\.05)+\]\n```/);
  });
});
