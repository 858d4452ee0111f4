import { formatDuration } from '../config/duration.js';
import { plural } from '../report/plural.js';

// Apart from the monitor's plan, which the configuration's checks may not import: they run before there is one.

export interface Window {
  windowMs: number;
  intervalMs: number;
}

/** The samples a window takes when nothing stops it: one each interval, and at least one. */
export function plannedSamples({ windowMs, intervalMs }: Window): number {
  return Math.max(1, Math.floor(windowMs / intervalMs));
}

/**
 * A failure-threshold the window never reaches: every sample could breach and no gate would fail, so a bad
 * release would pass. An input error, said only of a threshold someone set (the default, 2, meets
 * windowWarnings' warning on windows that short).
 */
export function unreachableFailureThreshold(
  window: Window & { failureThreshold: number },
): { path: PropertyKey[]; message: string } | undefined {
  const samples = plannedSamples(window);
  if (window.windowMs === 0 || window.failureThreshold <= samples) return undefined;
  return {
    path: ['failure-threshold'],
    message:
      `${window.failureThreshold} breaching samples in a row is more than the ${plural(samples, 'sample')} monitor-window ${formatDuration(window.windowMs)} at monitor-interval ${formatDuration(window.intervalMs)} takes: ` +
      `no gate could fail, even with every sample breaching; lower it to ${samples} or less, or set monitor-window to ${formatDuration(window.failureThreshold * window.intervalMs)} or more`,
  };
}
