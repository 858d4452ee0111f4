import { runMonitor } from '../../src/engine/monitor/monitor.js';
import type { MonitorPlan } from '../../src/engine/monitor/monitorPlan.js';
import type { PlannedGate } from '../../src/engine/monitor/plannedGate.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeCluster, FakeMetrics, pod, type ScriptedReading } from '../support/fakeMonitor.js';
import { RecordingLogger } from '../support/fixtures.js';

const ERROR_RATE: PlannedGate = { name: 'error-rate', query: 'errors', max: 0.01, onInconclusive: 'warn' };
const LATENCY: PlannedGate = { name: 'latency', query: 'p99', maxRatio: 2, onInconclusive: 'warn' };

function plan(overrides: Partial<MonitorPlan> = {}): MonitorPlan {
  return {
    windowMs: 60_000,
    intervalMs: 10_000,
    delayMs: 0,
    failureThreshold: 2,
    baselineOffsetMs: 600_000,
    gates: [ERROR_RATE],
    ...overrides,
  };
}

async function monitor(
  scripts: Record<string, ScriptedReading[]>,
  options: {
    plan?: Partial<MonitorPlan>;
    baselines?: Record<string, ScriptedReading>;
    cluster?: FakeCluster;
    rejected?: string[];
    secrets?: string[];
    missing?: FakeMetrics['missing'];
  } = {},
) {
  const clock = new FakeClock();
  const metrics = new FakeMetrics(scripts, clock, options.baselines, options.rejected);
  if (options.missing) metrics.missing = options.missing;
  const logger = new RecordingLogger();
  const runStartedAt = clock.now();
  const report = await runMonitor(plan(options.plan), {
    metrics,
    cluster: options.cluster,
    clock,
    logger,
    redact: createRedactor(options.secrets ?? []),
    signal: new AbortController().signal,
    runStartedAt,
  });
  return { report, metrics, clock, logger, runStartedAt };
}

describe('runMonitor: gates', () => {
  it('samples every interval over the window and passes a healthy gate', async () => {
    const { report, metrics, clock } = await monitor({ errors: [0.001] });
    expect(report.samples).toBe(6);
    expect(metrics.samplesOf('errors')).toBe(6);
    expect(clock.slept).toBe(50_000);
    expect(report.gates[0]).toMatchObject({
      result: 'passed',
      inconclusive: false,
      counts: { ok: 6, breach: 0, 'no-data': 0, error: 0 },
      last: 0.001,
      peak: 0.001,
    });
    expect(report.stoppedEarly).toBeUndefined();
  });

  it('fails fast at failure-threshold breaches in a row, without waiting for the window', async () => {
    const { report, metrics } = await monitor({ errors: [0.001, 0.001, 0.2, 0.3, 0.001] });
    expect(metrics.samplesOf('errors')).toBe(4);
    expect(report.stoppedEarly).toBe('error-rate failed at sample 4 of 6');
    expect(report.gates[0]).toMatchObject({
      result: 'failed',
      peak: 0.3,
      detail: '2 breaching samples in a row: 0.3 > max 0.01',
    });
  });

  it('does not fail for one noisy sample, and still counts it', async () => {
    const { report } = await monitor({ errors: [0.001, 0.5, 0.001] });
    expect(report.gates[0]).toMatchObject({
      result: 'passed',
      counts: { ok: 5, breach: 1 },
      peak: 0.5,
      detail: '5 of 6 samples within limits; 1 breaching sample, never 2 in a row',
    });
  });

  it.each([
    ['warn', 'warning'],
    ['pass', 'passed'],
    ['fail', 'failed'],
  ] as const)(
    'with no traffic is inconclusive and yields what on-inconclusive says (%s)',
    async (onInconclusive, result) => {
      const { report } = await monitor(
        { errors: ['no-data'] },
        { plan: { gates: [{ ...ERROR_RATE, onInconclusive }] } },
      );
      expect(report.gates[0]).toMatchObject({
        result,
        inconclusive: true,
        counts: { 'no-data': 6 },
        detail: 'inconclusive — no requests in the window (NaN: no traffic in the window (0/0))',
      });
    },
  );

  it('is inconclusive when the metric source fails 4 times in a row, even between good samples', async () => {
    const { report } = await monitor({ errors: [0.001, 'error', 'error', 'error', 'error', 0.001] });
    expect(report.gates[0]).toMatchObject({ result: 'warning', inconclusive: true });
    expect(report.gates[0]?.detail).toBe(
      'inconclusive — the metric source kept failing (4 errors in a row: connection refused by prometheus:9090)',
    );
  });

  it('never counts no-data or errors as ok: two good samples are not enough', async () => {
    const { report } = await monitor({ errors: [0.001, 0.001, 'no-data', 'error', 'no-data', 'error'] });
    expect(report.gates[0]).toMatchObject({
      inconclusive: true,
      detail: 'inconclusive — only 2 usable samples of 6 (last error: connection refused by prometheus:9090)',
    });
  });

  it('reads a ratio gate baseline at baseline-offset before the run, and breaches above max-ratio of it', async () => {
    const { report, metrics, runStartedAt } = await monitor(
      { errors: [0], p99: [0.3, 0.5, 0.5] },
      { plan: { gates: [ERROR_RATE, LATENCY] }, baselines: { p99: 0.2 } },
    );
    expect(metrics.calls.filter((call) => call.at && call.at.getTime() < runStartedAt)).toEqual([
      { query: 'p99', at: new Date(runStartedAt - 600_000), time: runStartedAt },
    ]);
    expect(report.gates[1]).toMatchObject({
      baseline: 0.2,
      result: 'failed',
      detail: '2 breaching samples in a row: 2.5× baseline 0.2 > max-ratio 2',
    });
  });

  it('applies no ratio when the baseline had no data, and says why', async () => {
    const { report } = await monitor({ p99: [5] }, { plan: { gates: [{ ...LATENCY, max: 10 }] } });
    expect(report.gates[0]).toMatchObject({
      result: 'passed',
      baselineNote: 'no baseline 10m before: NaN: no traffic in the window (0/0)',
    });
  });

  it('cannot judge a ratio-only gate without a baseline: inconclusive, never passed', async () => {
    const { report } = await monitor({ p99: [99] }, { plan: { gates: [LATENCY] } });
    expect(report.gates[0]).toMatchObject({ result: 'warning', inconclusive: true, counts: { 'no-data': 6 } });
  });

  it('queries every gate of a sample at once', async () => {
    const { metrics } = await monitor(
      { errors: [0], p99: [0.1] },
      { plan: { gates: [ERROR_RATE, { ...LATENCY, maxRatio: undefined, max: 1 }] } },
    );
    expect(metrics.peakInFlight).toBe(2);
  });

  it('waits monitor-delay before the first sample', async () => {
    const { metrics, runStartedAt } = await monitor({ errors: [0] }, { plan: { delayMs: 30_000 } });
    expect(metrics.calls.find((call) => !call.at)?.time).toBe(runStartedAt + 30_000);
  });

  it('fails a gate whose query Prometheus rejects before the window begins, with its message', async () => {
    const { report, metrics, clock } = await monitor(
      { errors: [0] },
      { plan: { delayMs: 60_000 }, rejected: ['errors'] },
    );
    expect(clock.slept).toBe(0);
    expect(metrics.samplesOf('errors')).toBe(0);
    expect(report).toMatchObject({ samples: 0, stoppedEarly: 'a gate query was rejected before the window began' });
    expect(report.gates[0]).toMatchObject({
      result: 'failed',
      detail:
        'the query was rejected before the window began: Prometheus rejected the query (bad_data): 1:5: parse error: unclosed left parenthesis',
    });
  });

  it('logs a gate query that got no answer before the window, and still samples', async () => {
    const { report, logger } = await monitor(
      { errors: ['error', 0.001] },
      { plan: { windowMs: 30_000 }, baselines: { errors: 'error' } },
    );
    expect(logger.lines[0]).toBe('error-rate: no answer before the window: connection refused by prometheus:9090');
    expect(report.samples).toBe(3);
  });

  it('logs one line per sample with each gate value and outcome', async () => {
    const { logger } = await monitor({ errors: [0.002, 0.2] }, { plan: { windowMs: 20_000 } });
    expect(logger.lines).toEqual([
      'sample 1/2: error-rate 0.002 ok',
      'sample 2/2: error-rate 0.2 breach (0.2 > max 0.01)',
    ]);
  });
});

describe('runMonitor: no data, told apart', () => {
  const REQUESTS: PlannedGate = {
    ...ERROR_RATE,
    query: 'sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))',
  };
  const only = (gate: PlannedGate) => ({ plan: { gates: [gate] } });

  it('names a metric that does not exist, looked up once at the first no-data sample, and logs it then', async () => {
    const { report, metrics, logger } = await monitor(
      { [REQUESTS.query]: ['no-data'] },
      { ...only(REQUESTS), missing: ['http_requests_total'] },
    );
    expect(report.gates[0]).toMatchObject({
      result: 'warning',
      inconclusive: true,
      detail: 'inconclusive — no series: the metric `http_requests_total` does not exist in this Prometheus',
    });
    expect(metrics.lookups).toEqual([['http_requests_total']]);
    // Said before the first sample's line, not only in the summary after the window.
    expect(logger.lines.slice(0, 2)).toEqual([
      'error-rate: no series: the metric `http_requests_total` does not exist in this Prometheus',
      expect.stringMatching(/^sample 1\/6: error-rate no-data/),
    ]);
  });

  it('says no requests when the metric exists and the query has no data', async () => {
    const { report, metrics } = await monitor({ [REQUESTS.query]: ['no-data'] }, only(REQUESTS));
    expect(report.gates[0]?.detail).toBe(
      'inconclusive — no requests in the window (NaN: no traffic in the window (0/0))',
    );
    expect(metrics.lookups).toHaveLength(1);
  });

  it('looks up once at the end when a gate that began with data ends inconclusive on no data', async () => {
    const { report, metrics } = await monitor(
      { [REQUESTS.query]: [0.001, 0.001, 'no-data'] },
      { ...only(REQUESTS), missing: ['http_requests_total'] },
    );
    expect(report.gates[0]?.detail).toBe(
      'inconclusive — no series: the metric `http_requests_total` does not exist in this Prometheus',
    );
    expect(metrics.lookups).toHaveLength(1);
  });

  it('does not look up for a gate with data, nor for a ratio gate whose no data is a missing baseline', async () => {
    const { metrics } = await monitor(
      { [REQUESTS.query]: [0.001], p99: [0.3] },
      { plan: { gates: [REQUESTS, LATENCY] } },
    );
    expect(metrics.lookups).toEqual([]);
  });

  it('says only no data when the lookup gets no answer, and logs why', async () => {
    const { report, logger } = await monitor(
      { [REQUESTS.query]: ['no-data'] },
      { ...only(REQUESTS), missing: 'error' },
    );
    expect(report.gates[0]?.detail).toBe('inconclusive — no data in the window (NaN: no traffic in the window (0/0))');
    expect(logger.lines).toContain(
      'error-rate: could not look up whether its metrics exist: connection refused by prometheus:9090',
    );
  });
});

describe('runMonitor: pods', () => {
  const pods = { windowMs: 60_000, plan: { gates: [], pods: { maxRestarts: 2, maxLogErrors: 0 } } };

  it('passes healthy pods', async () => {
    const { report } = await monitor(
      {},
      { plan: pods.plan, cluster: new FakeCluster([[pod('shop-1'), pod('shop-2')]]) },
    );
    expect(report.pods).toMatchObject({ result: 'passed', samples: 6, restarts: 0 });
  });

  it.each(['CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'CreateContainerConfigError', 'InvalidImageName'])(
    'fails at once on %s, naming pod and container',
    async (waiting) => {
      const cluster = new FakeCluster([
        [
          pod('shop-1'),
          pod('shop-2', {
            ready: false,
            waiting,
            terminated: waiting === 'CrashLoopBackOff' ? 'OOMKilled' : undefined,
          }),
        ],
      ]);
      const { report } = await monitor({}, { plan: pods.plan, cluster });
      expect(cluster.listed).toBe(1);
      expect(report.stoppedEarly).toBe('pods failed at sample 1 of 6');
      expect(report.pods?.problems).toEqual([
        {
          pod: 'shop-2',
          container: 'app',
          reason: waiting === 'CrashLoopBackOff' ? 'CrashLoopBackOff (last terminated: OOMKilled)' : waiting,
        },
      ]);
    },
  );

  it('fails a pod not Ready for failure-threshold samples in a row', async () => {
    const cluster = new FakeCluster([
      [pod('shop-1')],
      [pod('shop-1', { ready: false })],
      [pod('shop-1')],
      [pod('shop-1', { ready: false })],
      [pod('shop-1', { ready: false })],
    ]);
    const { report } = await monitor({}, { plan: pods.plan, cluster });
    expect(cluster.listed).toBe(5);
    expect(report.pods).toMatchObject({ result: 'failed', detail: 'shop-1: not Ready (Running) for 2 samples' });
  });

  it('counts restarts from the window start, and fails above max-restarts naming OOMKilled', async () => {
    const cluster = new FakeCluster([
      [pod('shop-1', { restarts: 5 })],
      [pod('shop-1', { restarts: 6 })],
      [pod('shop-1', { restarts: 8, terminated: 'OOMKilled' })],
    ]);
    const { report } = await monitor({}, { plan: pods.plan, cluster });
    expect(report.pods).toMatchObject({ result: 'failed', restarts: 3 });
    expect(report.pods?.detail).toBe(
      '3 container restarts since the window began (max-restarts 2): shop-1/app: restarted (last terminated: OOMKilled)',
    );
  });

  it('does not pass with no pod at all: a wrong selector is no data', async () => {
    const { report } = await monitor({}, { plan: pods.plan, cluster: new FakeCluster([[]]) });
    expect(report.pods).toMatchObject({
      result: 'warning',
      inconclusive: true,
      detail: 'inconclusive — kubectl kept failing: no pod matches the selector',
    });
  });

  it('is inconclusive when kubectl keeps failing', async () => {
    const { report } = await monitor({}, { plan: pods.plan, cluster: new FakeCluster(['error']) });
    expect(report.pods).toMatchObject({
      result: 'warning',
      inconclusive: true,
      detail: 'inconclusive — kubectl kept failing: The connection to the server 127.0.0.1:6443 was refused',
    });
  });

  it('says when the logs could not be scanned, without failing on it', async () => {
    const cluster = new FakeCluster([[pod('shop-1')]], undefined, 'error');
    const { report } = await monitor(
      {},
      { plan: { gates: [], pods: { maxRestarts: 2, maxLogErrors: 0, logPattern: 'ERROR' } }, cluster },
    );
    expect(report.pods).toMatchObject({
      result: 'passed',
      detail:
        'all pods healthy in 6 samples, 0 restarts; the logs could not be scanned: container "web" in pod "shop-1" is waiting to start: trying and failing to pull image',
    });
  });

  it('fails on more matching log lines than max-log-errors', async () => {
    const cluster = new FakeCluster([[pod('shop-1')]], undefined, [
      'GET /health 200',
      'ERROR db timeout',
      'panic: nil map',
      'ok',
    ]);
    const { report } = await monitor(
      {},
      { plan: { gates: [], pods: { maxRestarts: 2, maxLogErrors: 1, logPattern: 'ERROR|panic' } }, cluster },
    );
    expect(report.pods).toMatchObject({
      result: 'failed',
      logMatches: 2,
      logExamples: ['ERROR db timeout', 'panic: nil map'],
      detail: '2 log lines match log-error-pattern (max-log-errors 1)',
    });
  });

  it('masks a secret in a log line before cutting it: half a token is still a leak', async () => {
    const token = 'sk-live-0123456789abcdef';
    const line = `ERROR ${'x'.repeat(185)} auth ${token} rejected`;
    const cluster = new FakeCluster([[pod('shop-1')]], undefined, [line]);
    const { report } = await monitor(
      {},
      {
        plan: { gates: [], pods: { maxRestarts: 2, maxLogErrors: 0, logPattern: 'ERROR' } },
        cluster,
        secrets: [token],
      },
    );
    expect(report.pods?.logExamples).toEqual([`ERROR ${'x'.repeat(185)} auth ***`]);
  });
});
