/** GitHub refuses a step summary over 1 MiB; the rest of the room is left for the lines that say what was left out. */
export const SUMMARY_BYTES = 1_000_000;

const encoder = new TextEncoder();
export const byteLength = (lines: readonly string[]): number =>
  lines.reduce((sum, line) => sum + encoder.encode(line).length + 1, 0);

/**
 * Takes whole blocks, in order, while they fit in `budget` bytes; says how many were left out and
 * where to find them. A block is kept whole so that a table row or a <details> is never cut open.
 */
export function takeWhileFits(
  blocks: readonly string[][],
  budget: number,
  leftOut: (count: number) => string,
): { lines: string[]; bytes: number } {
  const lines: string[] = [];
  let bytes = 0;
  for (const [index, block] of blocks.entries()) {
    const size = byteLength(block);
    if (bytes + size > budget) {
      const note = ['', leftOut(blocks.length - index), ''];
      return { lines: [...lines, ...note], bytes: bytes + byteLength(note) };
    }
    lines.push(...block);
    bytes += size;
  }
  return { lines, bytes };
}
