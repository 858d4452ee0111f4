import type { PlannedGate, PlannedSlo } from './plannedGate.js';
import { budgetSentence, underWarnBurn } from './burnRate.js';
import { fmt, type Answer } from './numbers.js';
import { plural } from '../report/plural.js';
import type { GateMode } from '../config/trustSchema.js';
import type { ComparisonReport, GateReport, GateSample } from '../report/model.js';
import { judgeGate, underMode, type GateJudgement, type JudgeRules, type MetricsFinding } from './judge.js';
import { judgeComparisonWindow } from '../compare/comparisonJudge.js';

/** A ratio gate's baseline, or why there is none; with what the metric source warned about it. */
export type Baseline = ({ value: number } | { note: string }) & { warnings?: readonly string[] };

/**
 * One sample against the gate's limits; no data and errors are never ok. With a traffic count, a sample of
 * fewer than min-requests requests is no data too: one error in 12 requests is 8%, and says nothing.
 */
export function classifySample(
  gate: PlannedGate,
  reading: Answer,
  baseline: Baseline | undefined,
  traffic?: Answer,
): Omit<GateSample, 'at'> {
  if ('error' in reading)
    return { outcome: 'error', note: reading.error, ...(reading.rateLimited ? { rateLimited: true } : {}) };
  if (traffic && 'error' in traffic) return { outcome: 'error', note: `traffic-query: ${traffic.error}` };
  // No series counted is no request: the count of a service nobody called.
  const requests = traffic ? Math.round(traffic.kind === 'value' ? traffic.value : 0) : undefined;
  const counted = requests === undefined ? {} : { requests };
  const minRequests = gate.traffic?.minRequests ?? 0;
  if (requests !== undefined && requests < minRequests) {
    const value = reading.kind === 'value' ? { value: reading.value } : {};
    const note = `${plural(requests, 'request')} < min-requests ${minRequests}`;
    return { outcome: 'no-data', ...value, note, ...counted, lowTraffic: true };
  }
  if (reading.kind === 'no-data') return { outcome: 'no-data', note: reading.reason, ...counted };
  const ratioOnly = gate.max === undefined && gate.min === undefined;
  // A gate whose only limit is a ratio cannot judge without a baseline: that is no data, not ok.
  if (ratioOnly && !(baseline && 'value' in baseline))
    return {
      outcome: 'no-data',
      value: reading.value,
      note: baseline && 'note' in baseline ? baseline.note : 'no baseline',
      ...counted,
    };
  const { value } = reading;
  const breaches: string[] = [];
  if (gate.max !== undefined && value > gate.max) breaches.push(`${fmt(value)} > max ${fmt(gate.max)}`);
  if (gate.min !== undefined && value < gate.min) breaches.push(`${fmt(value)} < min ${fmt(gate.min)}`);
  if (gate.maxRatio !== undefined && baseline && 'value' in baseline) {
    const ratio = ratioBreach(value, baseline.value, gate.maxRatio, gate.minDelta ?? 0);
    if (ratio) breaches.push(ratio);
  }
  return breaches.length > 0
    ? { outcome: 'breach', value, note: breaches.join('; '), ...counted }
    : { outcome: 'ok', value, ...counted };
}

/**
 * A ratio breach needs the value both past `max-ratio` times the baseline and more than `min-delta`
 * above it: 0.002 s against a 0.001 s baseline is twice as slow and still nothing. A baseline of 0
 * has no ratio at all: it is judged by min-delta alone, never divided by, never passed by omission.
 */
export function ratioBreach(value: number, baseline: number, maxRatio: number, minDelta: number): string | undefined {
  if (baseline === 0) {
    return value > minDelta
      ? `${fmt(value)} > min-delta ${fmt(minDelta)} (baseline 0: judged by min-delta)`
      : undefined;
  }
  if (value > baseline * maxRatio && value - baseline > minDelta) {
    const delta = minDelta > 0 ? `, ${fmt(value - baseline)} above it > min-delta ${fmt(minDelta)}` : '';
    return `${fmt(value / baseline)}× baseline ${fmt(baseline)} > max-ratio ${fmt(maxRatio)}${delta}`;
  }
  return undefined;
}

/** A gate's samples over the window; what they add up to is `judgeGate`'s to say. */
export class GateTracker {
  readonly samples: GateSample[] = [];
  readonly warnings = new Set<string>();
  /** Which of the gate's metrics exist, once looked up; see `wantsMetricLookup`. */
  metrics?: MetricsFinding;
  private metricsLookedUp = false;
  private readonly rules: JudgeRules;

  constructor(
    readonly gate: PlannedGate,
    readonly baseline: Baseline | undefined,
    failureThreshold: number,
    maxConsecutiveErrors: number,
  ) {
    baseline?.warnings?.forEach((warning) => this.warnings.add(warning));
    this.rules = {
      failureThreshold,
      maxConsecutiveErrors: gate.maxConsecutiveErrors ?? maxConsecutiveErrors,
      onInconclusive: gate.onInconclusive,
    };
  }

  record(sample: GateSample, warnings: readonly string[] = []): void {
    this.samples.push(sample);
    warnings.forEach((warning) => this.warnings.add(warning));
  }

  /**
   * Once per gate, when a missing metric would explain what it saw: its first sample read no data, or it
   * ended (`ended`) inconclusive with such samples. A sample with a value but no baseline is not such a sample.
   */
  wantsMetricLookup(ended: boolean): boolean {
    if (this.metricsLookedUp) return false;
    const unread = (sample: GateSample) => sample.outcome === 'no-data' && sample.value === undefined;
    const first = this.samples[0];
    if (!ended) return this.samples.length === 1 && first !== undefined && unread(first);
    return this.samples.some(unread) && this.judged().inconclusive;
  }

  recordMetrics(finding: MetricsFinding | undefined): void {
    this.metricsLookedUp = true;
    this.metrics = finding;
  }

  /** `failure-threshold` breaches in a row: one noisy sample never fails a gate. A comparison: shown worse. */
  get failed(): boolean {
    return this.judged().failed;
  }

  /** The samples so far, judged by the gate's kind: a comparison by its sequential test, any other by its limits. */
  private judged(metrics?: MetricsFinding): GateJudgement {
    const { compare } = this.gate;
    return compare
      ? judgeComparisonWindow(this.samples, compare, this.rules).judgement
      : judgeGate(this.samples, this.rules, metrics);
  }

  /** Only an enforced gate's failure ends the window: the others are watched to its end. */
  get stopsWindow(): boolean {
    return this.mode === 'enforce' && this.failed;
  }

  get mode(): GateMode {
    return this.gate.mode ?? 'enforce';
  }

  /**
   * The latest sample is one an early pass can count: ok (not no data), with the baseline the gate
   * needs when it has a ratio.
   */
  get healthyNow(): boolean {
    const needsBaseline = this.gate.maxRatio !== undefined && !(this.baseline && 'value' in this.baseline);
    const last = this.samples.at(-1);
    // A comparison vouches for the release only once its test shows the canary within the limit.
    const { compare } = this.gate;
    if (compare)
      return (
        last?.outcome === 'ok' &&
        judgeComparisonWindow(this.samples, compare, this.rules).finding.decision === 'within-limit'
      );
    // A burn rate above warn-burn-rate is ok, and still no sample to end a window early on.
    return last?.outcome === 'ok' && !last.warnLevel && !needsBaseline;
  }

  report(): GateReport {
    const compared = this.gate.compare ? judgeComparisonWindow(this.samples, this.gate.compare, this.rules) : undefined;
    const judgement = compared?.judgement ?? judgeGate(this.samples, this.rules, this.metrics);
    const slo = this.gate.slo;
    const judged = underMode(
      slo ? underWarnBurn(judgement, this.samples, this.rules.failureThreshold, slo.warnBurn) : judgement,
      this.mode,
    );
    const { result, inconclusive, counts, detail } = judged;
    const values = this.samples.flatMap((sample) => (sample.value === undefined ? [] : [sample.value]));
    const requests = this.samples.flatMap((sample) => (sample.requests === undefined ? [] : [sample.requests]));
    const rateLimited = this.samples.filter((sample) => sample.rateLimited).length;
    const { gate, baseline } = this;
    return {
      name: gate.name,
      query: gate.query,
      limits: {
        max: gate.max,
        min: gate.min,
        maxRatio: gate.maxRatio,
        ...(gate.synthetic?.maxP95Ms !== undefined ? { maxP95Ms: gate.synthetic.maxP95Ms } : {}),
      },
      ...(baseline && 'value' in baseline ? { baseline: baseline.value } : {}),
      ...(baseline && 'note' in baseline ? { baselineNote: baseline.note } : {}),
      ...(gate.traffic ? { minRequests: gate.traffic.minRequests } : {}),
      ...(gate.synthetic ? { minRequests: gate.synthetic.minRequests, ownTraffic: true as const } : {}),
      ...(rateLimited > 0 ? { rateLimited } : {}),
      ...(gate.source && gate.source !== 'prometheus' ? { source: gate.source } : {}),
      ...(slo ? { minRequests: slo.minRequests, slo: sloReport(slo, this.samples) } : {}),
      ...(compared ? comparedFields(compared.report) : {}),
      ...(requests.length > 0 ? { requests: requests.at(-1) } : {}),
      samples: this.samples,
      counts,
      last: values.at(-1),
      peak: values.length > 0 ? Math.max(...values) : undefined,
      result,
      inconclusive,
      detail,
      warnings: [...this.warnings],
      ...(this.mode !== 'enforce' ? { mode: this.mode } : {}),
      ...(judged.wouldHaveFailed ? { wouldHaveFailed: judged.wouldHaveFailed } : {}),
      ...(this.metrics && this.metrics.missing.length > 0 ? { missingMetrics: this.metrics.missing } : {}),
    };
  }
}

/** The objective, and what the last measured sample says this release spent of the period's budget. */
function sloReport(slo: PlannedSlo, samples: readonly GateSample[]): NonNullable<GateReport['slo']> {
  const last = samples.findLast((sample) => sample.budgetUsed !== undefined);
  if (last?.budgetUsed === undefined || last.burnWindowMs === undefined)
    return { objectivePercent: slo.objectivePercent, periodMs: slo.periodMs };
  return {
    objectivePercent: slo.objectivePercent,
    periodMs: slo.periodMs,
    budgetUsed: Number(last.budgetUsed.toFixed(2)),
    budgetSentence: budgetSentence(last.budgetUsed, slo.periodMs, last.burnWindowMs),
  };
}

/** A comparison's report, and the baseline's error rate where a ratio gate shows its baseline. */
function comparedFields(comparison: ComparisonReport): Pick<GateReport, 'comparison' | 'baseline'> {
  const { errors, requests } = comparison.baseline;
  return { comparison, ...(requests > 0 ? { baseline: Math.min(1, errors / requests) } : {}) };
}
