import type { PlannedGate } from '../../src/engine/monitor/plannedGate.js';
import { LatencyHistogram } from '../../src/engine/traffic/latencyHistogram.js';
import type { TrafficInterval } from '../../src/engine/traffic/trafficRun.js';
import { classifyTraffic } from '../../src/engine/traffic/trafficSample.js';

// The traffic gate's sample from hand-built intervals: drops, too few requests, errors and latency.

const LIMITS = { minRequests: 10, maxDroppedShare: 0.1, maxP95Ms: 500 };
const GATE: PlannedGate = {
  name: 'traffic',
  query: '5/s of GET /health',
  max: 0.05,
  onInconclusive: 'warn',
  synthetic: LIMITS,
};
const SENDING = { ratePerSecond: 5, maxInFlight: 16 };
const interval = (parts: Partial<TrafficInterval>): TrafficInterval => ({
  due: 50,
  dropped: 0,
  completed: 50,
  errors: 0,
  p95Ms: 120,
  ...parts,
});
const classify = (parts: Partial<TrafficInterval>, gate: PlannedGate = GATE) =>
  classifyTraffic(gate, gate.synthetic ?? LIMITS, interval(parts), SENDING);

describe('a sample of the traffic gate', () => {
  it('is ok within every limit, its value the error ratio, with what it covered', () => {
    expect(classify({ errors: 2 })).toEqual({
      outcome: 'ok',
      value: 0.04,
      requests: 50,
      due: 50,
      dropped: 0,
      p95Ms: 120,
    });
  });

  it('breaches above max-error-rate, naming how many failed and the first error', () => {
    expect(classify({ errors: 5, firstError: 'GET /health: status 500, expected 2xx or 3xx' })).toMatchObject({
      outcome: 'breach',
      value: 0.1,
      note: '0.1 > max 0.05: 5 of 50 requests failed (GET /health: status 500, expected 2xx or 3xx)',
    });
  });

  it('breaches when p95 is above max-p95, and says both limits when both are past', () => {
    expect(classify({ p95Ms: 812 })).toMatchObject({ outcome: 'breach', note: 'p95 812ms > max-p95 500ms' });
    expect(classify({ p95Ms: 2_400, errors: 10 }).note).toBe(
      '0.2 > max 0.05: 10 of 50 requests failed; p95 2.4s > max-p95 500ms',
    );
  });

  it('breaches when more than a tenth of the due requests were dropped, whatever the answers said', () => {
    expect(classify({ dropped: 6, completed: 20 })).toMatchObject({
      outcome: 'breach',
      note: 'the service cannot keep up with 5 requests/s: 6 of 50 due requests dropped, 16 (max-in-flight) still waiting for an answer',
      dropped: 6,
    });
    // Exactly a tenth is still within: the limit is "more than".
    expect(classify({ dropped: 5 }).outcome).toBe('ok');
  });

  it('is no data below min-requests, and with nothing finished at all', () => {
    expect(classify({ completed: 9, errors: 9 })).toMatchObject({
      outcome: 'no-data',
      value: 1,
      note: '9 requests finished < min-requests 10',
      lowTraffic: true,
    });
    expect(classify({ completed: 0, due: 5 })).toEqual({
      outcome: 'no-data',
      requests: 0,
      due: 5,
      dropped: 0,
      p95Ms: 120,
      note: '0 requests finished < min-requests 10',
      lowTraffic: true,
    });
  });

  it('judges latency and drops only with max-error-rate off', () => {
    expect(classify({ errors: 50 }, { ...GATE, max: undefined })).toMatchObject({ outcome: 'ok', value: 1 });
  });
});

describe('the latency histogram', () => {
  it('gives quantiles within 2% of the exact ones, and never above the largest seen', () => {
    const histogram = new LatencyHistogram();
    // 1..1000 ms: exact p50 500, p95 950, p99 990.
    for (let ms = 1; ms <= 1_000; ms++) histogram.add(ms);
    for (const [q, exact] of [
      [0.5, 500],
      [0.95, 950],
      [0.99, 990],
    ] as const) {
      const got = histogram.quantile(q) ?? 0;
      expect(Math.abs(got - exact) / exact).toBeLessThanOrEqual(0.02);
    }
    expect(histogram.quantile(1)).toBe(1_000);
    expect(histogram.max).toBe(1_000);
    expect(histogram.count).toBe(1_000);
  });

  it('is empty without a value, and keeps sub-millisecond answers in the first bucket', () => {
    const histogram = new LatencyHistogram();
    expect(histogram.quantile(0.5)).toBeUndefined();
    histogram.add(0.3);
    expect(histogram.quantile(0.95)).toBe(0.3);
  });

  it('holds a bounded number of buckets however many values it is given', () => {
    const histogram = new LatencyHistogram();
    for (let index = 0; index < 200_000; index++) histogram.add(1 + (index % 60_000));
    // log(60000) / log(1.02) ≈ 556 buckets at most.
    expect((histogram as unknown as { buckets: Map<number, number> }).buckets.size).toBeLessThanOrEqual(560);
  });
});
