import { formatDuration } from '../config/duration.js';
import type { PlannedGate, PlannedTrafficGate } from '../monitor/plannedGate.js';
import { fmt } from '../monitor/numbers.js';
import type { GateSample } from '../report/model.js';
import { plural } from '../report/plural.js';
import type { TrafficInterval } from './trafficRun.js';

/**
 * One sample of the traffic gate from the requests of its interval. Drops come first: a service that cannot
 * keep up has failed whatever its few answers said. Then, as every gate, too few requests are no data; the
 * error ratio and the p95 latency of those that finished are judged against their limits.
 */
export function classifyTraffic(
  gate: PlannedGate,
  limits: PlannedTrafficGate,
  interval: TrafficInterval,
  sending: { ratePerSecond: number; maxInFlight: number },
): Omit<GateSample, 'at'> {
  const { completed: requests, errors, due, dropped, p95Ms } = interval;
  const ratio = requests > 0 ? errors / requests : undefined;
  const measured = {
    ...(ratio !== undefined ? { value: ratio } : {}),
    requests,
    due,
    dropped,
    ...(p95Ms !== undefined ? { p95Ms } : {}),
  };
  if (due > 0 && dropped / due > limits.maxDroppedShare) {
    const note = `the service cannot keep up with ${sending.ratePerSecond} requests/s: ${dropped} of ${plural(due, 'due request')} dropped, ${sending.maxInFlight} (max-in-flight) still waiting for an answer`;
    return { outcome: 'breach', ...measured, note };
  }
  const minRequests = Math.max(1, limits.minRequests);
  if (requests < minRequests || ratio === undefined) {
    const note = `${plural(requests, 'request')} finished < min-requests ${minRequests}`;
    return { outcome: 'no-data', ...measured, note, lowTraffic: true };
  }
  const breaches: string[] = [];
  if (gate.max !== undefined && ratio > gate.max)
    breaches.push(
      `${fmt(ratio)} > max ${fmt(gate.max)}: ${errors} of ${plural(requests, 'request')} failed${interval.firstError ? ` (${interval.firstError})` : ''}`,
    );
  if (limits.maxP95Ms !== undefined && p95Ms !== undefined && p95Ms > limits.maxP95Ms)
    breaches.push(`p95 ${formatDuration(Math.round(p95Ms))} > max-p95 ${formatDuration(limits.maxP95Ms)}`);
  return breaches.length > 0
    ? { outcome: 'breach', ...measured, note: breaches.join('; ') }
    : { outcome: 'ok', ...measured };
}
