import type { Clock } from '../../src/engine/ports.js';

/**
 * A Clock in virtual time that moves only when the test says: sleep() waits until `advance` passes its wake
 * time (or its signal aborts), so concurrent loops interleave as they would in real time, in a known order.
 */
export class SteppedClock implements Clock {
  private sleepers: { wake: number; resolve: () => void }[] = [];

  constructor(private time = 0) {}

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const sleeper = { wake: this.time + ms, resolve };
      this.sleepers.push(sleeper);
      signal?.addEventListener(
        'abort',
        () => {
          this.sleepers = this.sleepers.filter((each) => each !== sleeper);
          resolve();
        },
        { once: true },
      );
    });
  }

  /** Moves time on by `ms`, waking each sleeper at its own moment, in order, and letting it run before the next. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    for (;;) {
      await settle();
      const next = this.sleepers.reduce<{ wake: number; resolve: () => void } | undefined>(
        (earliest, each) => (earliest === undefined || each.wake < earliest.wake ? each : earliest),
        undefined,
      );
      if (!next || next.wake > target) break;
      this.sleepers = this.sleepers.filter((each) => each !== next);
      this.time = Math.max(this.time, next.wake);
      next.resolve();
    }
    this.time = target;
    await settle();
  }
}

/** Lets every promise chain that can run now run to its next wait. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
