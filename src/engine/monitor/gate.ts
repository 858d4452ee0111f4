import type { PlannedGate } from '../plan.js';
import type { MetricReading } from '../ports.js';
import type { GateReport, GateSample, Result, SampleOutcome } from '../report/model.js';

/** Fewer ok-or-breach samples than this, and a gate cannot say the release is fine. */
export const MIN_USABLE_SAMPLES = 3;
/** This many errors in a row, and the provider is not answering: the gate cannot judge. */
export const MAX_CONSECUTIVE_ERRORS = 4;

export type Baseline = { value: number } | { note: string };

/** One sample against the gate's limits; no data and errors are never ok. */
export function classifySample(
  gate: PlannedGate,
  reading: MetricReading | { error: string },
  baseline: Baseline | undefined,
): Omit<GateSample, 'at'> {
  if ('error' in reading) return { outcome: 'error', note: reading.error };
  if (reading.kind === 'no-data') return { outcome: 'no-data', note: reading.reason };
  const ratioOnly = gate.max === undefined && gate.min === undefined;
  // A gate whose only limit is a ratio cannot judge without a baseline: that is no data, not ok.
  if (ratioOnly && !(baseline && 'value' in baseline))
    return {
      outcome: 'no-data',
      value: reading.value,
      note: baseline && 'note' in baseline ? baseline.note : 'no baseline',
    };
  const { value } = reading;
  const breaches: string[] = [];
  if (gate.max !== undefined && value > gate.max) breaches.push(`${fmt(value)} > max ${fmt(gate.max)}`);
  if (gate.min !== undefined && value < gate.min) breaches.push(`${fmt(value)} < min ${fmt(gate.min)}`);
  if (
    gate.maxRatio !== undefined &&
    baseline &&
    'value' in baseline &&
    baseline.value > 0 &&
    value > baseline.value * gate.maxRatio
  ) {
    breaches.push(`${fmt(value / baseline.value)}× baseline ${fmt(baseline.value)} > max-ratio ${fmt(gate.maxRatio)}`);
  }
  return breaches.length > 0 ? { outcome: 'breach', value, note: breaches.join('; ') } : { outcome: 'ok', value };
}

/** A gate's running state over the window: the samples and what they add up to so far. */
export class GateTracker {
  readonly samples: GateSample[] = [];
  private consecutiveBreaches = 0;
  private consecutiveErrors = 0;
  private mostConsecutiveErrors = 0;
  readonly warnings = new Set<string>();

  constructor(
    readonly gate: PlannedGate,
    readonly baseline: Baseline | undefined,
    private readonly failureThreshold: number,
  ) {}

  record(sample: GateSample, warnings: readonly string[] = []): void {
    this.samples.push(sample);
    warnings.forEach((warning) => this.warnings.add(warning));
    this.consecutiveBreaches = sample.outcome === 'breach' ? this.consecutiveBreaches + 1 : 0;
    this.consecutiveErrors = sample.outcome === 'error' ? this.consecutiveErrors + 1 : 0;
    this.mostConsecutiveErrors = Math.max(this.mostConsecutiveErrors, this.consecutiveErrors);
  }

  /** `failure-threshold` breaches in a row: one noisy sample never fails a gate. */
  get failed(): boolean {
    return this.consecutiveBreaches >= this.failureThreshold;
  }

  report(): GateReport {
    const counts: Record<SampleOutcome, number> = { ok: 0, breach: 0, 'no-data': 0, error: 0 };
    this.samples.forEach((sample) => counts[sample.outcome]++);
    const values = this.samples.flatMap((sample) => (sample.value === undefined ? [] : [sample.value]));
    const usable = counts.ok + counts.breach;
    const inconclusive =
      !this.failed && (usable < MIN_USABLE_SAMPLES || this.mostConsecutiveErrors >= MAX_CONSECUTIVE_ERRORS);
    const { gate, baseline } = this;
    return {
      name: gate.name,
      query: gate.query,
      limits: { max: gate.max, min: gate.min, maxRatio: gate.maxRatio },
      ...(baseline && 'value' in baseline ? { baseline: baseline.value } : {}),
      ...(baseline && 'note' in baseline ? { baselineNote: baseline.note } : {}),
      samples: this.samples,
      counts,
      last: values.at(-1),
      peak: values.length > 0 ? Math.max(...values) : undefined,
      result: this.failed ? 'failed' : inconclusive ? INCONCLUSIVE_RESULT[gate.onInconclusive] : 'passed',
      inconclusive,
      detail: this.detail(counts, usable, inconclusive),
      warnings: [...this.warnings],
    };
  }

  private detail(counts: Record<SampleOutcome, number>, usable: number, inconclusive: boolean): string {
    if (this.failed) {
      const last = this.samples.at(-1);
      return `${this.failureThreshold} breaching samples in a row: ${last?.note ?? ''}`;
    }
    if (inconclusive) {
      const why =
        this.mostConsecutiveErrors >= MAX_CONSECUTIVE_ERRORS
          ? `the metric source kept failing (${this.mostConsecutiveErrors} errors in a row: ${lastNote(this.samples, 'error')})`
          : counts['no-data'] > 0 && counts.error === 0
            ? `no traffic in the window (${lastNote(this.samples, 'no-data')})`
            : `only ${usable} usable ${usable === 1 ? 'sample' : 'samples'} of ${this.samples.length}${counts.error > 0 ? ` (last error: ${lastNote(this.samples, 'error')})` : ''}`;
      return `inconclusive — ${why}`;
    }
    const breaches =
      counts.breach > 0
        ? `; ${counts.breach} breaching ${counts.breach === 1 ? 'sample' : 'samples'}, never ${this.failureThreshold} in a row`
        : '';
    return `${counts.ok} of ${this.samples.length} samples within limits${breaches}`;
  }
}

const INCONCLUSIVE_RESULT: Record<PlannedGate['onInconclusive'], Result> = {
  pass: 'passed',
  warn: 'warning',
  fail: 'failed',
};

function lastNote(samples: readonly GateSample[], outcome: SampleOutcome): string {
  return samples.filter((sample) => sample.outcome === outcome).at(-1)?.note ?? outcome;
}

/** Enough digits to compare with a threshold, no float noise: 0.0123456 -> 0.01235. */
export function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}
