import type { Redactor } from '../../engine/secrets.js';

const MAX_LINES = 50;
const MAX_BYTES = 64 * 1024;

/** The last lines of a command's output, masked, at most 50 lines and 64 KiB: what the report keeps. */
export class OutputTail {
  private readonly kept: string[] = [];

  constructor(private readonly redact: Redactor) {}

  /** Keeps the line, masked, and returns it so: what is logged is what is kept. */
  push(line: string): string {
    const masked = this.redact(line);
    this.kept.push(masked);
    if (this.kept.length > MAX_LINES) this.kept.shift();
    return masked;
  }

  lines(): string[] {
    const lines = [...this.kept];
    let bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    while (bytes > MAX_BYTES && lines.length > 1) bytes -= Buffer.byteLength(lines.shift() ?? '') + 1;
    // One line alone past the limit keeps its end: the end of a line says how it ended.
    const [only] = lines;
    if (bytes > MAX_BYTES && only !== undefined) return [`… ${only.slice(-(MAX_BYTES - 2))}`];
    return lines;
  }
}
