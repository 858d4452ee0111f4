import type { LoopbackService } from './loopbackService.js';
import type { Row } from './table.js';

/** What every figure works with: a scratch dir the runner removes at the end, and the service the checks hit. */
export interface BenchContext {
  scratch: string;
  service: LoopbackService;
}

/** A figure as results.json keeps it, and the lines it adds to the table. */
export interface Measured<Figure> {
  figure: Figure;
  rows: Row[];
}

/** Only PATH: bare node, the floor and the curl loop start with nothing the action's env would add. */
export const pathOnly = (): Record<string, string> => ({ PATH: process.env.PATH ?? '' });
