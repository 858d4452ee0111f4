import { startCells, type Cells } from './cells.js';
import {
  FAULT_LABELS,
  FAULTS,
  partySection,
  recordRow,
  summaryRow,
  type Fault,
  type Observation,
  type Party,
  type PartyRow,
} from '../../scripts/faultMatrix.js';
import { documented } from './matrix.js';
import { recordUnhandledRejections } from './runConfig.js';

/** The documented outcome of one cell; `says` must match what the run reports. */
export interface Expected {
  outcome: string;
  says: string | RegExp;
}

/** A message documented by its start: the rest names details (a body excerpt, a Node hint) that may vary. */
export function startsWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

export interface PartySpec<C> {
  party: Party;
  /** One run against the fault; must end on its own, by the timeouts its config sets. */
  run(fault: Fault): Promise<C>;
  observe(cell: C, fault: Fault): Observation;
  expected: Record<Fault, Expected>;
  /** Further assertions for some cells: attempt counts, bounded reads, what the server saw. */
  also?: Partial<Record<Fault, (cell: C) => void>>;
  /** Unhandled rejections a cell recorded where it ran, when that is another process. */
  rejections?: (cell: C) => readonly unknown[];
  /** What every cell must show, whatever its outcome (a notice never changes the verdict). */
  always?: (cell: C) => void;
}

/**
 * One party's row of the matrix: a test per fault asserting its documented outcome, then one that the
 * committed docs/fault-matrix.md shows exactly what was observed, and one that nothing was left unhandled.
 */
export function describeParty<C>(spec: PartySpec<C>): void {
  const rejections = recordUnhandledRejections();
  let cells: Cells<C>;
  // Settled here, not in the tests: a run's lazy imports must happen while jest is inside a hook or a
  // test, and the runs wait on timeouts side by side, so this takes as long as the slowest cell.
  beforeAll(async () => {
    cells = startCells(spec.run);
    await Promise.allSettled(Object.values(cells));
  });
  afterAll(() => rejections.stop());

  describe.each(FAULTS)(`${spec.party}: %s`, (fault) => {
    it(`ends with the documented outcome (${FAULT_LABELS[fault]})`, async () => {
      const observed = spec.observe(await cells[fault], fault);
      const { outcome, says } = spec.expected[fault];
      expect(observed.outcome).toBe(outcome);
      if (typeof says === 'string') expect(observed.says).toBe(says);
      else expect(observed.says).toMatch(says);
    });

    it('ends on its own, bounded', async () => {
      const cell = await cells[fault];
      spec.always?.(cell);
      spec.also?.[fault]?.(cell);
    });
  });

  it(`${spec.party}: docs/fault-matrix.md and docs/reliability.md show what this suite observed`, async () => {
    const row = {} as PartyRow;
    for (const fault of FAULTS) row[fault] = spec.observe(await cells[fault], fault);
    await recordRow(spec.party, row);
    // Regenerating the doc (npm run fault-matrix) runs the suite to record what it sees, not to judge the old doc.
    if (process.env.WRITE_FAULT_MATRIX === '1') return;
    expect(await documented(spec.party)).toEqual({
      row: summaryRow(spec.party, row),
      section: partySection(spec.party, row),
      reliabilityRow: summaryRow(spec.party, row),
    });
  });

  it(`${spec.party}: leaves no unhandled rejection`, async () => {
    const settled = await Promise.allSettled(FAULTS.map((fault) => cells[fault]));
    const elsewhere = settled.flatMap((cell) =>
      cell.status === 'fulfilled' ? (spec.rejections?.(cell.value) ?? []) : [],
    );
    expect([...rejections.seen, ...elsewhere]).toEqual([]);
  });
}
