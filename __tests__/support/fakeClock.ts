import type { Clock } from '../../src/engine/ports.js';

/** A Clock in virtual time: sleep() advances it at once and records how long it was asked to wait. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];

  constructor(private time = Date.UTC(2025, 0, 1, 12, 0, 0)) {}

  now(): number {
    return this.time;
  }

  advance(ms: number): void {
    this.time += ms;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    // An aborted sleep returns early, as the real one does: no time passes.
    if (!signal?.aborted) this.time += ms;
    await Promise.resolve();
  }

  /** Virtual milliseconds slept in total. */
  get slept(): number {
    return this.sleeps.reduce((sum, ms) => sum + ms, 0);
  }
}
