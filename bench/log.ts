import { performance } from 'node:perf_hooks';

const benchStarted = performance.now();

/** Seconds since the bench started, for the total in results.json. */
export const secondsSinceStart = (): number => Math.round((performance.now() - benchStarted) / 100) / 10;

/** Progress on stderr, so that stdout holds only the table. */
export function log(line: string): void {
  process.stderr.write(`[bench ${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(3)}s] ${line}\n`);
}
