import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import type { PlannedGate } from '../../src/engine/monitor/plannedGate.js';
import { plannedSamples, unreachableFailureThreshold } from '../../src/engine/monitor/sampleCount.js';
import { earlyPassAfter, windowWarnings } from '../../src/engine/monitor/windowSamples.js';
import { buildPlan } from '../../src/engine/plan.js';

// What a window's length and interval rule out before it runs, from configs built by hand.

const gate = (name: string, parts: Partial<PlannedGate> = {}): PlannedGate => ({
  name,
  query: 'up',
  max: 0.01,
  onInconclusive: 'warn',
  ...parts,
});

const comparison = gate('canary', {
  compare: {
    errorsQuery: 'errors',
    requestsQuery: 'requests',
    canary: 'canary',
    baseline: { side: 'stable' },
    maxIncrease: 0.01,
    confidence: 0.95,
    minEvents: 20,
  },
});

// failure-threshold at its default, 2.
const window = (windowMs: number, intervalMs: number, gates: PlannedGate[], successThreshold?: number) => ({
  windowMs,
  intervalMs,
  gates,
  failureThreshold: 2,
  ...(successThreshold !== undefined ? { successThreshold } : {}),
});

async function monitorFor(inputs: Partial<Record<ConfigKey, string>>) {
  const loaded = await loadConfig({
    inputs: { service: 'shop-api', 'base-url': 'https://shop.example.com', ...inputs },
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const { monitor } = buildPlan(loaded.config);
  if (!monitor) throw new Error('no monitor window planned');
  return monitor;
}

describe('plannedSamples', () => {
  it('takes one sample each interval of the window, and at least one', () => {
    expect(plannedSamples({ windowMs: 300_000, intervalMs: 10_000 })).toBe(30);
    expect(plannedSamples({ windowMs: 25_000, intervalMs: 10_000 })).toBe(2);
    // A window shorter than its interval is an input error; the count still never falls to 0.
    expect(plannedSamples({ windowMs: 5_000, intervalMs: 10_000 })).toBe(1);
  });
});

describe('earlyPassAfter', () => {
  it('is off without success-threshold, and never below the samples a gate needs to pass', () => {
    expect(earlyPassAfter({})).toBe(0);
    expect(earlyPassAfter({ successThreshold: 0 })).toBe(0);
    expect(earlyPassAfter({ successThreshold: 1 })).toBe(3);
    expect(earlyPassAfter({ successThreshold: 6 })).toBe(6);
  });
});

describe('windowWarnings', () => {
  it('says nothing of a window long enough for its gates and its success-threshold', () => {
    expect(windowWarnings(window(30_000, 10_000, [gate('error-rate')], 3))).toEqual([]);
    expect(windowWarnings(window(300_000, 10_000, [gate('error-rate')], 30))).toEqual([]);
  });

  it('warns that gates of a window under 3 samples cannot pass, and what would fit', () => {
    expect(windowWarnings(window(20_000, 10_000, [gate('error-rate'), gate('latency')]))).toEqual([
      'monitor-window 20s at monitor-interval 10s takes 2 samples, and a gate needs 3 usable samples to pass: error-rate, latency can only fail or end inconclusive (on-inconclusive decides what that yields); set monitor-window to 30s or more, or monitor-interval to 6s or less',
    ]);
  });

  it('counts a window of one interval as one sample, which can neither fail nor pass, and offers no interval under 1s', () => {
    expect(windowWarnings(window(5_000, 5_000, [gate('error-rate')]))).toEqual([
      'monitor-window 5s at monitor-interval 5s takes 1 sample, and a gate needs 3 usable samples to pass: error-rate can only end inconclusive (on-inconclusive decides what that yields); set monitor-window to 15s or more, or monitor-interval to 1s or less',
    ]);
    expect(windowWarnings(window(2_000, 2_000, [gate('error-rate')]))).toEqual([
      'monitor-window 2s at monitor-interval 2s takes 1 sample, and a gate needs 3 usable samples to pass: error-rate can only end inconclusive (on-inconclusive decides what that yields); set monitor-window to 6s or more',
    ]);
  });

  it('leaves out comparisons and observed gates, which a short window does not hold back', () => {
    const [warning] = windowWarnings(
      window(20_000, 10_000, [comparison, gate('p99', { mode: 'observe' }), gate('errors')]),
    );
    expect(warning).toContain(': errors can only fail');
    expect(windowWarnings(window(20_000, 10_000, [comparison, gate('p99', { mode: 'observe' })]))).toEqual([]);
    expect(windowWarnings(window(10_000, 10_000, []))).toEqual([]);
  });

  it('warns once for a short window, not again for its success-threshold', () => {
    expect(windowWarnings(window(20_000, 10_000, [gate('error-rate')], 6))).toHaveLength(1);
  });

  it('warns of a success-threshold the window never reaches', () => {
    expect(windowWarnings(window(60_000, 10_000, [gate('error-rate')], 8))).toEqual([
      'success-threshold 8 is more healthy samples in a row than the 6 that monitor-window 1m at monitor-interval 10s takes: it never ends the window early; lower it, or set monitor-window to 1m20s or more',
    ]);
    expect(windowWarnings(window(60_000, 10_000, [gate('error-rate')], 6))).toEqual([]);
  });

  it('finds the short window in a configuration as loaded, monitor-delay not counted', async () => {
    const monitor = await monitorFor({
      'prometheus-url': 'http://prometheus:9090',
      'monitor-window': '20s',
      'monitor-interval': '10s',
      'monitor-delay': '30s',
    });
    expect(windowWarnings(monitor)).toEqual([
      expect.stringMatching(/^monitor-window 20s at monitor-interval 10s takes 2 samples/),
    ]);
    const longer = await monitorFor({ 'prometheus-url': 'http://prometheus:9090', 'monitor-window': '30s' });
    expect(windowWarnings(longer)).toEqual([]);
  });
});

describe('a failure-threshold the window never reaches', () => {
  it('is an input error: every sample could breach and no gate would fail', async () => {
    const loaded = await loadConfig({
      inputs: {
        service: 'shop-api',
        'base-url': 'https://shop.example.com',
        'prometheus-url': 'http://prometheus:9090',
        'monitor-window': '1m',
        'failure-threshold': '8',
      },
    });
    expect(loaded.ok ? [] : loaded.errors).toEqual([
      expect.stringContaining(
        'failure-threshold: 8 breaching samples in a row is more than the 6 samples monitor-window 1m at monitor-interval 10s takes: no gate could fail, even with every sample breaching; lower it to 6 or less, or set monitor-window to 1m20s or more',
      ),
    ]);
  });

  it('is fine at the window, without a window, and says nothing of the default', () => {
    expect(unreachableFailureThreshold({ windowMs: 60_000, intervalMs: 10_000, failureThreshold: 6 })).toBeUndefined();
    expect(unreachableFailureThreshold({ windowMs: 0, intervalMs: 10_000, failureThreshold: 6 })).toBeUndefined();
  });

  it('is said only of a threshold someone set', async () => {
    const loaded = await loadConfig({
      inputs: { service: 'shop-api', 'prometheus-url': 'http://prometheus:9090', 'monitor-window': '10s' },
    });
    expect(loaded.ok).toBe(true);
  });
});
