import { DEFAULT_TRAFFIC_QUERY } from '../../src/engine/config/trafficSchema.js';
import { DEFAULT_ERROR_RATE_QUERY } from '../../src/engine/config/monitorSchema.js';
import { loadConfig } from '../../src/engine/config/load.js';
import { runMonitor } from '../../src/engine/monitor/monitor.js';
import type { MonitorPlan } from '../../src/engine/monitor/monitorPlan.js';
import type { PlannedGate } from '../../src/engine/monitor/plannedGate.js';
import {
  describeScrapeInterval,
  rangeFor,
  scrapeFit,
  type ScrapeInterval,
} from '../../src/engine/monitor/scrapeFit.js';
import { MetricError } from '../../src/engine/ports.js';
import { escapeHtml } from '../../src/engine/report/escape.js';
import { renderMonitor } from '../../src/engine/report/monitorMarkdown.js';
import { planLines } from '../../src/engine/report/planLines.js';
import { buildPlan } from '../../src/engine/plan.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeMetrics, type ScriptedReading } from '../support/fakeMonitor.js';
import { RecordingLogger } from '../support/fixtures.js';

// Queries measured against the scrape interval before the window: refused, warned about, or filled.

const KNOWN: ScrapeInterval = { ms: 60_000, source: 'prometheus' };
const ASSUMED: ScrapeInterval = { ms: 60_000, source: 'default', note: 'GET /api/v1/status/config answered HTTP 404' };
const gate = (query: string) => [{ name: 'q', query }];

describe('rangeFor', () => {
  it('is four scrapes, never shorter than a sample, as whole seconds', () => {
    expect(rangeFor({ ms: 15_000, source: 'input' }, 10_000)).toBe('60s');
    expect(rangeFor({ ms: 1_000, source: 'prometheus' }, 1_000)).toBe('4s');
    expect(rangeFor({ ms: 1_000, source: 'prometheus' }, 30_000)).toBe('30s');
    expect(rangeFor(ASSUMED, 10_000)).toBe('240s');
  });
});

describe('describeScrapeInterval', () => {
  it('says where the interval came from', () => {
    expect(describeScrapeInterval({ ms: 15_000, source: 'input' })).toBe('15s, from scrape-interval');
    expect(describeScrapeInterval(KNOWN)).toBe("1m, read from Prometheus's configuration");
    expect(describeScrapeInterval(ASSUMED)).toBe(
      "1m, Prometheus's default, assumed: GET /api/v1/status/config answered HTTP 404",
    );
  });
});

describe('scrapeFit with a known scrape interval', () => {
  it('refuses a range shorter than two scrapes, with the fix', () => {
    const fit = scrapeFit(gate('sum(rate(x[30s]))'), { ms: 60_000, source: 'input' }, 60_000);
    expect([...fit.rejected]).toEqual([
      [
        'q',
        'range [30s] is shorter than two scrapes (scrape interval 1m, from scrape-interval): it cannot hold the two samples rate() needs and returns nothing; use [2m] or more, or {{range}}',
      ],
    ]);
    expect(fit.warnings).toEqual([]);
  });

  it('warns about a range of fewer than four scrapes', () => {
    const fit = scrapeFit(gate('sum(rate(x[3m]))'), KNOWN, 60_000);
    expect(fit.rejected.size).toBe(0);
    expect(fit.warnings).toEqual([
      "q: range [3m] holds fewer than four scrapes (scrape interval 1m, read from Prometheus's configuration): one missed scrape can leave it empty; use [4m] or more, or {{range}}",
    ]);
  });

  it('passes ranges of four scrapes or more, and queries without a range', () => {
    const fit = scrapeFit([...gate('sum(rate(x[4m]))'), { name: 'up', query: 'min(up)' }], KNOWN, 60_000);
    expect(fit).toEqual({ rejected: new Map(), warnings: [] });
  });

  it('judges every range of a query: one short range is enough to refuse it', () => {
    const fit = scrapeFit(gate('sum(rate(x[5m])) / sum(rate(y[1m]))'), KNOWN, 60_000);
    expect(fit.rejected.get('q')).toMatch(/^range \[1m\] is shorter than two scrapes/);
  });

  it('warns when samples come faster than scrapes', () => {
    const fit = scrapeFit(gate('sum(rate(x[5m]))'), KNOWN, 10_000);
    expect(fit.warnings).toEqual([
      "monitor-interval 10s is shorter than the scrape interval 1m, read from Prometheus's configuration: samples in a row repeat the same scrape, so failure-threshold counts fewer fresh readings than it says; set monitor-interval to 1m or more",
    ]);
  });

  it('suggests a range PromQL accepts when twice the interval is not whole seconds', () => {
    const fit = scrapeFit(gate('rate(x[1s])'), { ms: 1_250, source: 'input' }, 10_000);
    expect(fit.rejected.get('q')).toMatch(/use \[3s\] or more, or \{\{range\}\}$/);
  });
});

describe('scrapeFit with only the assumed 1m default', () => {
  it('warns, never refuses: a backend of its own may scrape faster', () => {
    const fit = scrapeFit(gate('sum(rate(x[30s]))'), ASSUMED, 60_000);
    expect(fit.rejected.size).toBe(0);
    expect(fit.warnings).toEqual([
      "q: range [30s] is shorter than two scrapes (scrape interval 1m, Prometheus's default, assumed): it cannot hold the two samples rate() needs and returns nothing, if the interval is right; set scrape-interval, or use [4m] or more, or {{range}}",
    ]);
    expect(scrapeFit(gate('sum(rate(x[2m]))'), ASSUMED, 60_000).warnings).toHaveLength(1);
  });
});

/** A metric source that says, or fails to say, how often it scrapes. */
class ScrapingMetrics extends FakeMetrics {
  readonly scrapeTimeouts: number[] = [];
  constructor(
    scripts: Record<string, ScriptedReading[]>,
    clock: FakeClock,
    private readonly interval: number | Error,
  ) {
    super(scripts, clock);
  }
  async scrapeInterval({ timeoutMs }: { timeoutMs: number }): Promise<number> {
    this.scrapeTimeouts.push(timeoutMs);
    if (this.interval instanceof Error) throw this.interval;
    return this.interval;
  }
}

async function watch(gates: PlannedGate[], interval: number | Error, plan: Partial<MonitorPlan> = {}) {
  const clock = new FakeClock();
  const scripts = Object.fromEntries(gates.map((planned) => [planned.query, [0.001]]));
  const metrics = new ScrapingMetrics(scripts, clock, interval);
  const logger = new RecordingLogger();
  const report = await runMonitor(
    {
      windowMs: 100_000,
      intervalMs: 10_000,
      delayMs: 0,
      failureThreshold: 2,
      baselineOffsetMs: 600_000,
      gates,
      ...plan,
    },
    {
      metrics,
      clock,
      logger,
      redact: createRedactor([]),
      signal: new AbortController().signal,
      runStartedAt: clock.now(),
    },
  );
  return { report, metrics, logger, markdown: renderMonitor(report).join('\n') };
}

const planned = (query: string, name = 'q'): PlannedGate => ({ name, query, max: 0.01, onInconclusive: 'warn' });

describe('the monitor and the scrape interval', () => {
  it("fills {{range}} from the source's interval and says where it came from", async () => {
    const { report, metrics, markdown } = await watch([planned('sum(rate(x[{{range}}]))')], 15_000);
    expect(report.scrapeInterval).toEqual({ ms: 15_000, source: 'prometheus' });
    expect(report.gates[0]?.query).toBe('sum(rate(x[60s]))');
    expect(metrics.scrapeTimeouts).toEqual([2_000]);
    expect(markdown).toContain(escapeHtml("Scrape interval 15s, read from Prometheus's configuration."));
  });

  it("assumes Prometheus's 1m default when the source refuses to say, and still samples the whole window", async () => {
    const refused = new MetricError('GET /api/v1/status/config answered HTTP 403');
    const { report, markdown } = await watch([planned('sum(rate(x[{{range}}]))')], refused);
    expect(report.scrapeInterval).toEqual({
      ms: 60_000,
      source: 'default',
      note: 'GET /api/v1/status/config answered HTTP 403',
    });
    expect(report.gates[0]?.query).toBe('sum(rate(x[240s]))');
    expect(report.samples).toBe(10);
    expect(markdown).toContain(
      escapeHtml("Scrape interval 1m, Prometheus's default, assumed: GET /api/v1/status/config answered HTTP 403."),
    );
  });

  it('does not ask the source when scrape-interval is given', async () => {
    const { report, metrics } = await watch([planned('sum(rate(x[{{range}}]))')], 1_000, { scrapeIntervalMs: 5_000 });
    expect(metrics.scrapeTimeouts).toEqual([]);
    expect(report.scrapeInterval).toEqual({ ms: 5_000, source: 'input' });
    expect(report.gates[0]?.query).toBe('sum(rate(x[20s]))');
  });

  it('fails a gate whose range cannot hold two scrapes before any query, and samples nothing', async () => {
    const { report, metrics } = await watch(
      [planned('sum(rate(x[30s]))', 'short'), planned('max(y)', 'other')],
      60_000,
    );
    expect(report.samples).toBe(0);
    expect(report.stoppedEarly).toBe('a gate query was rejected before the window began');
    expect(report.gates).toEqual([
      expect.objectContaining({
        name: 'short',
        result: 'failed',
        rejected: true,
        samples: [],
        detail: expect.stringMatching(/^the query was rejected before the window began: range \[30s\] is shorter/),
      }),
    ]);
    expect(report.gates[0]?.detail).toContain('use [2m] or more, or {{range}}');
    // The refused query is never sent; the other is checked once, as before any window.
    expect(metrics.calls.map((call) => call.query)).toEqual(['max(y)']);
  });

  it('says which samples still include traffic from before the deploy', async () => {
    const { report, markdown } = await watch([planned('sum(rate(x[30s]))')], 1_000);
    // Samples at 0s, 10s and 20s into the window reach back past its start; the one at 30s does not.
    expect(report.gates[0]?.samples.map((sample) => sample.beforeDeploy ?? false)).toEqual([
      true,
      true,
      true,
      ...Array(7).fill(false),
    ]);
    expect(markdown).toContain('q: samples 1-3 still include traffic from before the deploy');
  });

  it('says the setup warnings in the log and the summary', async () => {
    const { report, logger, markdown } = await watch([planned('sum(rate(x[2m]))')], 60_000);
    const said = [
      expect.stringMatching(/^q: range \[2m\] holds fewer than four scrapes/),
      expect.stringMatching(/^monitor-interval 10s is shorter than the scrape interval 1m/),
    ];
    expect(report.setupWarnings).toEqual(said);
    expect(logger.warnings).toEqual(said);
    expect(markdown).toContain(`- ⚠️ ${escapeHtml('q: range [2m] holds fewer than four scrapes')}`);
  });
});

describe('the plan a dry run prints', () => {
  const planOf = async (inputs: Record<string, string>) => {
    const loaded = await loadConfig({
      inputs: {
        'base-url': 'https://shop.example.com',
        checks: '/health',
        'prometheus-url': 'http://prom:9090',
        ...inputs,
      },
      context: { service: 'shop-api' },
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    return planLines(buildPlan(loaded.config));
  };
  const GATES =
    '- name: checkout\n  query: sum(rate(x{service="{{service}}",env="{{environment}}"}[{{interval}}]))\n  max: 1';

  it('says the scrape interval is read when the window begins, and what {{range}} will be', async () => {
    const lines = await planOf({ gates: GATES });
    expect(lines).toContain(
      'scrape interval: read from Prometheus when the window begins (1m if it cannot be read); {{range}} = 4 × scrape interval, at least monitor-interval',
    );
    expect(lines.filter((line) => line.startsWith('gate '))).toEqual([
      `gate error-rate: ${DEFAULT_ERROR_RATE_QUERY}; requests: ${DEFAULT_TRAFFIC_QUERY}, at least 100 a sample`,
      'gate checkout: sum(rate(x{service="shop-api",env="production"}[10s]))',
    ]);
  });

  it('fills {{range}} when scrape-interval is given', async () => {
    const lines = await planOf({ gates: GATES, 'scrape-interval': '15s' });
    expect(lines).toContain(
      'scrape interval 15s (scrape-interval); {{range}} = 60s (4 × scrape interval, at least monitor-interval)',
    );
    const sent = (query: string) => query.replaceAll('{{range}}', '60s');
    expect(lines).toContain(
      `gate error-rate: ${sent(DEFAULT_ERROR_RATE_QUERY)}; requests: ${sent(DEFAULT_TRAFFIC_QUERY)}, at least 100 a sample`,
    );
  });

  it('names no {{range}} when no query uses it, and no scrape interval without metric gates', async () => {
    expect(await planOf({ 'error-rate-query': 'max(errors)', 'scrape-interval': '15s' })).toContain(
      'scrape interval 15s (scrape-interval)',
    );
    const withoutGates = await planOf({ 'max-error-rate': 'off', 'kube-deployment': 'shop-api' });
    expect(withoutGates.filter((line) => line.startsWith('scrape interval'))).toEqual([]);
  });
});
