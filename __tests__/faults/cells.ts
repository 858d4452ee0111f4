import { FAULTS, type Fault } from '../../scripts/faultMatrix.js';

export type Cells<T> = Record<Fault, Promise<T>>;

/**
 * Starts every fault's run at once: they mostly wait on timeouts, so together they take as long as
 * the slowest. Each cell's own test reads its outcome; a cell that fails must not count as an
 * unhandled rejection, which the suite asserts there are none of.
 */
export function startCells<T>(run: (fault: Fault) => Promise<T>): Cells<T> {
  const cells = {} as Cells<T>;
  for (const fault of FAULTS) {
    const cell = run(fault);
    cell.catch(() => undefined);
    cells[fault] = cell;
  }
  return cells;
}
