import { ProbeError, type HttpProber, type HttpRequest, type HttpResponse } from '../../src/engine/ports.js';
import { createRedactor } from '../../src/engine/secrets.js';
import type { PlannedTraffic, PlannedTrafficRequest } from '../../src/engine/traffic/trafficPlan.js';
import { startTraffic, type TrafficRun } from '../../src/engine/traffic/trafficRun.js';
import { runMonitor } from '../../src/engine/monitor/monitor.js';
import type { MonitorReport } from '../../src/engine/report/model.js';
import { response } from '../support/fakeProber.js';
import { RecordingLogger } from '../support/fixtures.js';
import { settle, SteppedClock } from '../support/steppedClock.js';

// The traffic schedule in virtual time: what starts when, what is dropped, what a sample sees, and that a stop
// or a cancel leaves nothing running. Counts and orders only; the clock moves when the test moves it.

/** A service whose answers come when the test (or a fixed latency on the stepped clock) says. */
class HeldProber implements HttpProber {
  readonly sent: { url: string; at: number; headers: Record<string, string> }[] = [];
  open = 0;
  peakOpen = 0;

  constructor(
    private readonly clock: SteppedClock,
    private readonly reply: (index: number) => HttpResponse | ProbeError | 'hold',
    private readonly latencyMs = 0,
  ) {}

  send(request: HttpRequest): Promise<HttpResponse> {
    const index = this.sent.length;
    this.sent.push({ url: request.url, at: this.clock.now(), headers: request.headers });
    this.open++;
    this.peakOpen = Math.max(this.peakOpen, this.open);
    return new Promise<HttpResponse>((resolve, reject) => {
      let answered = false;
      const answer = (reply: HttpResponse | ProbeError) => {
        if (answered) return;
        answered = true;
        this.open--;
        if (reply instanceof ProbeError) reject(reply);
        else resolve(reply);
      };
      request.signal.addEventListener('abort', () => answer(ProbeError.stopped()), { once: true });
      const reply = this.reply(index);
      // Held: answered only when the request is aborted.
      if (reply === 'hold') return;
      void this.clock.sleep(this.latencyMs, request.signal).then(() => {
        if (!request.signal.aborted) answer(reply);
      });
    });
  }

  async close(): Promise<void> {}
}

const request = (path: string): PlannedTrafficRequest => ({
  name: `GET ${path}`,
  request: { method: 'GET', url: `http://shop.test${path}`, headers: { 'x-post-deploy-check': 'traffic' } },
  expect: { status: ['2xx', '3xx'] },
  timeoutMs: 10_000,
  followRedirects: false,
  insecureSkipTlsVerify: false,
});
const plan = (parts: Partial<PlannedTraffic> = {}): PlannedTraffic => ({
  ratePerSecond: 5,
  requests: [request('/health')],
  maxInFlight: 16,
  maxRequests: 1_000,
  ...parts,
});

let clock: SteppedClock;
let runs: TrafficRun[];
beforeEach(() => {
  clock = new SteppedClock();
  runs = [];
});
afterEach(async () => {
  await Promise.all(runs.map((run) => run.stop('the test ended')));
});

function start(traffic: PlannedTraffic, prober: HttpProber, signal = new AbortController().signal): TrafficRun {
  const run = startTraffic(traffic, { prober, clock, redact: createRedactor([]), signal });
  runs.push(run);
  return run;
}

describe('the schedule', () => {
  it('starts request n at n / rate seconds, whatever the service is doing: open-loop', async () => {
    const prober = new HeldProber(clock, () => response(200), 3_000);
    start(plan(), prober);
    await clock.advance(1_900);
    // Ten due in 1.9 s at 5/s, none answered yet: a slow service does not slow the starts.
    expect(prober.sent.map((sent) => sent.at)).toEqual([0, 200, 400, 600, 800, 1_000, 1_200, 1_400, 1_600, 1_800]);
    expect(prober.peakOpen).toBe(10);
  });

  it('sends the requests in turn, the first again after the last', async () => {
    const prober = new HeldProber(clock, () => response(200));
    start(plan({ requests: [request('/a'), request('/b'), request('/c')] }), prober);
    await clock.advance(1_000);
    expect(prober.sent.map((sent) => new URL(sent.url).pathname)).toEqual(['/a', '/b', '/c', '/a', '/b', '/c']);
  });

  it('drops, and counts, a request due while max-in-flight are out', async () => {
    const prober = new HeldProber(clock, () => 'hold');
    const run = start(plan({ ratePerSecond: 10, maxInFlight: 3 }), prober);
    await clock.advance(950);
    expect(prober.sent).toHaveLength(3);
    expect(prober.peakOpen).toBe(3);
    expect(run.takeInterval()).toEqual({ due: 10, dropped: 7, completed: 0, errors: 0 });
    expect(run.report()).toMatchObject({ sent: 3, dropped: 7, requests: [{ sent: 3, dropped: 7 }] });
  });

  it('stops at its budget, max-requests, and says so', async () => {
    const prober = new HeldProber(clock, () => response(200));
    const run = start(plan({ maxRequests: 3 }), prober);
    await clock.advance(5_000);
    expect(prober.sent).toHaveLength(3);
    expect(run.report().stoppedBecause).toBe('its budget of 3 requests (max-requests) was spent');
  });
});

describe('a sample', () => {
  it('sees the requests that finished since the last sample: errors, the first of them, and the p95', async () => {
    // Requests 0-4 answer 200, 5-9 answer 500 except 7, a refused connection.
    const prober = new HeldProber(
      clock,
      (index) =>
        index === 7 ? new ProbeError('refused', 'connection refused') : response(index < 5 ? 200 : 500, 'down'),
      50,
    );
    const run = start(plan(), prober);
    await clock.advance(999);
    expect(run.takeInterval()).toEqual({ due: 5, dropped: 0, completed: 5, errors: 0, p95Ms: 50 });
    await clock.advance(1_000);
    expect(run.takeInterval()).toEqual({
      due: 5,
      dropped: 0,
      completed: 5,
      errors: 5,
      p95Ms: 50,
      firstError: 'GET /health: status 500, expected 2xx or 3xx',
    });
  });

  it('keeps each distinct failure once per request, with its count and the first answer', async () => {
    const prober = new HeldProber(clock, (index) => (index % 2 === 0 ? response(503, 'busy') : response(200)));
    const run = start(plan(), prober);
    await clock.advance(1_999);
    const [health] = run.report().requests;
    expect(health).toMatchObject({
      sent: 10,
      ok: 5,
      errors: { unexpected: 5 },
      unfinished: 0,
      failures: [
        {
          error: 'status 503, expected 2xx or 3xx',
          count: 5,
          response: { status: 503, bodyExcerpt: 'busy' },
        },
      ],
    });
  });
});

describe('stopping', () => {
  it('starts nothing after stop, aborts those out and resolves only when none is left', async () => {
    const prober = new HeldProber(clock, () => 'hold');
    const run = start(plan(), prober);
    await clock.advance(700);
    expect(prober.sent).toHaveLength(4);
    await run.stop('the window ended');
    expect(prober.open).toBe(0);
    await clock.advance(5_000);
    expect(prober.sent).toHaveLength(4);
    // Stopped with the window: unfinished, never counted as the service's errors.
    expect(run.report()).toMatchObject({
      sent: 4,
      ok: 0,
      failed: 0,
      stoppedBecause: 'the window ended',
      requests: [{ sent: 4, unfinished: 4, errors: {} }],
    });
  });

  it('starts nothing after the run is cancelled', async () => {
    const prober = new HeldProber(clock, () => response(200));
    const cancel = new AbortController();
    const run = start(plan(), prober, cancel.signal);
    await clock.advance(500);
    const before = prober.sent.length;
    cancel.abort();
    await settle();
    await clock.advance(5_000);
    expect(prober.sent).toHaveLength(before);
    await run.stop('the step was cancelled');
    expect(prober.open).toBe(0);
  });
});

describe('in the monitor window', () => {
  // The budget a 3 s window at 5/s gets by default (max-requests = rate × window), unless a test lifts it.
  const watch = (prober: HttpProber, delayMs: number, maxRequests = 15) =>
    runMonitor(
      {
        windowMs: 3_000,
        intervalMs: 1_000,
        delayMs,
        failureThreshold: 2,
        baselineOffsetMs: 600_000,
        traffic: plan({ maxRequests }),
        gates: [
          {
            name: 'traffic',
            query: '5/s of GET /health',
            max: 0.01,
            onInconclusive: 'warn',
            synthetic: { minRequests: 5, maxDroppedShare: 0.1 },
          },
        ],
      },
      {
        prober,
        clock,
        logger: new RecordingLogger(),
        redact: createRedactor([]),
        signal: new AbortController().signal,
        runStartedAt: 0,
      },
    );

  it('starts one interval before the first sample after monitor-delay, so its budget lasts every sample', async () => {
    const prober = new HeldProber(clock, () => response(200), 10);
    let report: MonitorReport | undefined;
    void watch(prober, 5_000).then((done) => (report = done));
    while (!report) await clock.advance(100);
    expect(prober.sent[0]?.at).toBe(4_000);
    expect(report.gates[0]?.samples.map((sample) => [sample.at, sample.requests])).toEqual([
      [5_000, 5],
      [6_000, 5],
      [7_000, 5],
    ]);
  });

  it('runs from the window start, samples it from one interval in, and has stopped before the report', async () => {
    const prober = new HeldProber(clock, (index) => response(index < 10 ? 200 : 500), 10);
    const monitor = watch(prober, 0, 1_000);
    let report: MonitorReport | undefined;
    void monitor.then((done) => (report = done));
    while (!report) await clock.advance(100);
    const sentWhenDone = prober.sent.length;
    await clock.advance(5_000);

    const [gate] = report.gates;
    // At 1 s, 2 s and 3 s: each the five requests of the second before; from the 11th on, errors.
    expect(gate?.samples.map((sample) => [sample.at, sample.requests, sample.outcome])).toEqual([
      [1_000, 5, 'ok'],
      [2_000, 5, 'ok'],
      [3_000, 5, 'breach'],
    ]);
    expect(report.traffic).toMatchObject({ stoppedBecause: 'the window ended', sent: sentWhenDone });
    expect(prober.sent.length).toBe(sentWhenDone);
    expect(prober.open).toBe(0);
  });
});
