// A line without an end is cut here: output with no newline must not grow without bound.
const MAX_LINE_CHARS = 64 * 1024;

/** Bytes to whole lines, as they arrive. */
export class LineSplitter {
  private rest = '';

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer): void {
    const parts = (this.rest + chunk.toString('utf8')).split('\n');
    this.rest = parts.pop() ?? '';
    parts.forEach((line) => this.onLine(line.replace(/\r$/, '')));
    if (this.rest.length > MAX_LINE_CHARS) {
      this.onLine(this.rest.slice(0, MAX_LINE_CHARS));
      this.rest = '';
    }
  }

  end(): void {
    if (this.rest !== '') this.onLine(this.rest);
    this.rest = '';
  }
}
