import { responseExcerpt } from '../checks/excerpt.js';
import { unmetExpectations } from '../checks/expectations.js';
import { ProbeError, type Clock, type HttpProber } from '../ports.js';
import type { TrafficErrorKind, TrafficReport, TrafficRequestReport } from '../report/model.js';
import { redactUrl, type Redactor } from '../secrets.js';
import { LatencyHistogram } from './latencyHistogram.js';
import type { PlannedTraffic, PlannedTrafficRequest } from './trafficPlan.js';

export interface TrafficDeps {
  prober: HttpProber;
  clock: Clock;
  redact: Redactor;
  /** The run's cancellation and time limit: no request starts after it aborts. */
  signal: AbortSignal;
}

/** What one sample of the traffic gate judges: the requests due in its interval and those that finished in it. */
export interface TrafficInterval {
  due: number;
  dropped: number;
  completed: number;
  errors: number;
  p95Ms?: number;
  /** The first error that finished in the interval, in words. */
  firstError?: string;
}

export interface TrafficRun {
  /** What happened since the last call (or the start), and a fresh interval from now on. */
  takeInterval(): TrafficInterval;
  /** No request starts after this; those in flight are aborted and awaited, so none is left when it resolves. */
  stop(reason: string): Promise<void>;
  report(): TrafficReport;
}

// Distinct failures kept per request: enough to show what went wrong without letting a flood of messages grow.
const MAX_DISTINCT_FAILURES = 5;

/**
 * Sends the planned requests in turn on a fixed schedule, `ratePerSecond` whatever the service's speed: a
 * slow answer must not slow the traffic and so hide its own latency. A request due while `maxInFlight` are
 * out is dropped and counted, not queued.
 */
export function startTraffic(plan: PlannedTraffic, deps: TrafficDeps): TrafficRun {
  const { clock, prober, redact } = deps;
  const stopper = new AbortController();
  const signal = AbortSignal.any([deps.signal, stopper.signal]);
  const tallies = plan.requests.map((request) => new RequestTally(request));
  const inFlight = new Set<Promise<void>>();
  let interval = new IntervalTally();
  const everyLatency = new LatencyHistogram();
  let sent = 0;
  let stoppedBecause: string | undefined;
  const startedAt = clock.now();
  let stoppedAt: number | undefined;
  const spacingMs = 1_000 / plan.ratePerSecond;

  async function send(tally: RequestTally): Promise<void> {
    const entry = tally.request;
    const at = clock.now();
    try {
      const response = await prober.send({
        ...entry.request,
        timeoutMs: entry.timeoutMs,
        followRedirects: entry.followRedirects,
        insecureSkipTlsVerify: entry.insecureSkipTlsVerify,
        signal,
      });
      const unmet = unmetExpectations(entry.expect, response, redact);
      const latencyMs = clock.now() - at;
      if (unmet.length === 0) return finish(tally, latencyMs);
      finish(tally, latencyMs, {
        kind: 'unexpected',
        error: unmet.join('; '),
        excerpt: () => responseExcerpt(response, redact),
      });
    } catch (error) {
      // Stopped with the window: it was neither answered nor failed by the service.
      if (stopper.signal.aborted || deps.signal.aborted) return;
      const failure = error instanceof ProbeError ? error : new ProbeError('other', String(error));
      finish(tally, clock.now() - at, { kind: failure.kind, error: redact(failure.message) });
    }
  }

  function finish(tally: RequestTally, latencyMs: number, failure?: Failure): void {
    tally.finish(latencyMs, failure);
    everyLatency.add(latencyMs);
    interval.finish(latencyMs, failure && `${tally.request.name}: ${failure.error}`);
  }

  const schedule = (async () => {
    for (let index = 0; index < plan.maxRequests; index++) {
      const wait = startedAt + index * spacingMs - clock.now();
      if (wait > 0) await clock.sleep(wait, signal);
      if (signal.aborted) return;
      const tally = tallies[index % tallies.length] as RequestTally;
      interval.due++;
      if (inFlight.size >= plan.maxInFlight) {
        interval.dropped++;
        tally.dropped++;
        continue;
      }
      sent++;
      tally.sent++;
      const sending = send(tally).finally(() => inFlight.delete(sending));
      inFlight.add(sending);
    }
    stoppedBecause ??= `its budget of ${plan.maxRequests} requests (max-requests) was spent`;
    // The schedule's end: when the request after the last would have been due.
    stoppedAt ??= startedAt + plan.maxRequests * spacingMs;
  })();

  return {
    takeInterval() {
      const taken = interval.result();
      interval = new IntervalTally();
      return taken;
    },
    async stop(reason) {
      stoppedBecause ??= reason;
      stoppedAt ??= clock.now();
      stopper.abort();
      await schedule;
      await Promise.all(inFlight);
    },
    report() {
      const requests = tallies.map((tally) => tally.report(redact));
      const latencyMs = latencySummary(everyLatency);
      return {
        ratePerSecond: plan.ratePerSecond,
        maxInFlight: plan.maxInFlight,
        maxRequests: plan.maxRequests,
        sent,
        ok: requests.reduce((sum, request) => sum + request.ok, 0),
        failed: everyLatency.count - requests.reduce((sum, request) => sum + request.ok, 0),
        dropped: tallies.reduce((sum, tally) => sum + tally.dropped, 0),
        ...(latencyMs ? { latencyMs } : {}),
        ranMs: (stoppedAt ?? clock.now()) - startedAt,
        stoppedBecause: stoppedBecause ?? 'still running',
        requests,
      };
    },
  };
}

interface Failure {
  kind: TrafficErrorKind;
  error: string;
  excerpt?: () => { status: number; contentType?: string; bodyExcerpt: string };
}

class IntervalTally {
  due = 0;
  dropped = 0;
  private completed = 0;
  private errors = 0;
  private firstError?: string;
  private readonly latencies = new LatencyHistogram();

  finish(latencyMs: number, error?: string): void {
    this.completed++;
    this.latencies.add(latencyMs);
    if (error === undefined) return;
    this.errors++;
    this.firstError ??= error;
  }

  result(): TrafficInterval {
    const p95Ms = this.latencies.quantile(0.95);
    return {
      due: this.due,
      dropped: this.dropped,
      completed: this.completed,
      errors: this.errors,
      ...(p95Ms !== undefined ? { p95Ms } : {}),
      ...(this.firstError !== undefined ? { firstError: this.firstError } : {}),
    };
  }
}

class RequestTally {
  sent = 0;
  dropped = 0;
  private ok = 0;
  private readonly errors: Partial<Record<TrafficErrorKind, number>> = {};
  private readonly latencies = new LatencyHistogram();
  private readonly failures = new Map<string, TrafficRequestReport['failures'][number]>();

  constructor(readonly request: PlannedTrafficRequest) {}

  finish(latencyMs: number, failure?: Failure): void {
    this.latencies.add(latencyMs);
    if (!failure) {
      this.ok++;
      return;
    }
    this.errors[failure.kind] = (this.errors[failure.kind] ?? 0) + 1;
    const known = this.failures.get(failure.error);
    if (known) known.count++;
    else if (this.failures.size < MAX_DISTINCT_FAILURES)
      this.failures.set(failure.error, {
        error: failure.error,
        count: 1,
        ...(failure.excerpt ? { response: failure.excerpt() } : {}),
      });
  }

  report(redact: Redactor): TrafficRequestReport {
    const latencyMs = latencySummary(this.latencies);
    return {
      name: this.request.name,
      method: this.request.request.method,
      url: redact(redactUrl(this.request.request.url)),
      sent: this.sent,
      ok: this.ok,
      errors: { ...this.errors },
      unfinished: this.sent - this.latencies.count,
      dropped: this.dropped,
      ...(latencyMs ? { latencyMs } : {}),
      failures: [...this.failures.values()],
    };
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function latencySummary(latencies: LatencyHistogram): { p50: number; p95: number; max: number } | undefined {
  const p50 = latencies.quantile(0.5);
  const p95 = latencies.quantile(0.95);
  if (p50 === undefined || p95 === undefined) return undefined;
  return { p50: round(p50), p95: round(p95), max: round(latencies.max) };
}
