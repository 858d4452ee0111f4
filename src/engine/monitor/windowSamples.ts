import { formatDuration } from '../config/duration.js';
import { plural } from '../report/plural.js';
import { MIN_USABLE_SAMPLES } from './judge.js';
import type { MonitorPlan } from './monitorPlan.js';
import { plannedSamples, type Window } from './sampleCount.js';

/** Healthy samples in a row that end the window as passed; 0, never. A gate passes on no fewer than MIN_USABLE_SAMPLES. */
export function earlyPassAfter({ successThreshold }: Pick<MonitorPlan, 'successThreshold'>): number {
  return successThreshold ? Math.max(successThreshold, MIN_USABLE_SAMPLES) : 0;
}

/**
 * What the window's length and interval rule out before it runs: gates that cannot pass on so few samples,
 * and a success-threshold it never reaches. Warnings, not input errors: such a gate can still fail, and
 * what it yields inconclusive is on-inconclusive's to say (`pass` makes it a pass); comparisons and pods
 * are judged without a sample minimum.
 */
export function windowWarnings(
  plan: Window & Pick<MonitorPlan, 'successThreshold' | 'gates' | 'failureThreshold'>,
): string[] {
  const samples = plannedSamples(plan);
  const window = `monitor-window ${formatDuration(plan.windowMs)} at monitor-interval ${formatDuration(plan.intervalMs)}`;
  if (samples < MIN_USABLE_SAMPLES) {
    // A comparison decides by its sequential test, and an observed gate never changes the verdict.
    const held = plan.gates.filter((gate) => !gate.compare && gate.mode !== 'observe').map((gate) => gate.name);
    if (held.length === 0) return [];
    // Whole seconds, and no shorter than the schema's 1s.
    const longestInterval = Math.floor(plan.windowMs / MIN_USABLE_SAMPLES / 1_000) * 1_000;
    const shorter =
      longestInterval >= 1_000 ? `, or monitor-interval to ${formatDuration(longestInterval)} or less` : '';
    return [
      `${window} takes ${plural(samples, 'sample')}, and a gate needs ${MIN_USABLE_SAMPLES} usable samples to pass: ` +
        `${held.join(', ')} can only ${samples < plan.failureThreshold ? '' : 'fail or '}end inconclusive (on-inconclusive decides what that yields); ` +
        `set monitor-window to ${formatDuration(MIN_USABLE_SAMPLES * plan.intervalMs)} or more${shorter}`,
    ];
  }
  const passAfter = earlyPassAfter(plan);
  if (passAfter > samples) {
    return [
      `success-threshold ${plan.successThreshold} is more healthy samples in a row than the ${samples} that ${window} takes: ` +
        `it never ends the window early; lower it, or set monitor-window to ${formatDuration(passAfter * plan.intervalMs)} or more`,
    ];
  }
  return [];
}
