import { escapeHtml } from './escape.js';

/** GitHub's summary is about 1,012 px wide: this many monospace characters fit on a line. */
export const CODE_COLUMNS = 100;

/**
 * A fenced code block, which GitHub shows with a copy button. The fence is longer than any run of
 * backticks in the text, so the text cannot close it; nothing inside a fence is read as markup.
 */
export function codeBlock(lines: readonly string[], language = ''): string[] {
  const longest = Math.max(
    0,
    ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))),
  );
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, ...lines, fence];
}

/**
 * Evidence from the network (a response body) as escaped text that wraps instead of scrolling
 * sideways: JSON is pretty-printed first, and every line is cut into CODE_COLUMNS-wide pieces.
 */
export function evidenceBlock(text: string): string {
  return `<pre>${escapeHtml(wrapLines(prettyJson(text)).join('\n'))}</pre>`;
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export function wrapLines(text: string, columns = CODE_COLUMNS): string[] {
  return text.split(/\r?\n/).flatMap((line) => {
    if (line.length <= columns) return [line];
    const pieces: string[] = [];
    for (let start = 0; start < line.length; start += columns) pieces.push(line.slice(start, start + columns));
    return pieces;
  });
}

/**
 * Break points of a line that keep its meaning: whitespace (and, for PromQL, after a comma) outside
 * quotes. A token longer than the width stays whole: a broken name could not be copied.
 */
function breakPoints(line: string, afterComma: boolean): number[] {
  const points: number[] = [];
  let quote: string | undefined;
  for (let index = 0; index < line.length; index++) {
    const char = line[index] as string;
    if (quote) {
      if (char === quote && line[index - 1] !== '\\') quote = undefined;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === ' ') points.push(index);
    else if (afterComma && char === ',') points.push(index + 1);
  }
  return points;
}

function wrapAt(line: string, columns: number, afterComma: boolean): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > columns) {
    const cut = breakPoints(rest, afterComma)
      .filter((point) => point > 0 && point <= columns)
      .at(-1);
    if (cut === undefined) break;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return [...pieces, rest];
}

/** A shell command over several lines, each but the last ending in a backslash: still one command to paste. */
export function wrapCommand(command: string, columns = CODE_COLUMNS): string[] {
  const pieces = wrapAt(command, columns - 2, false);
  return pieces.map((piece, index) => `${index > 0 ? '  ' : ''}${piece}${index < pieces.length - 1 ? ' \\' : ''}`);
}

/** A PromQL query over several lines: Prometheus ignores the line breaks, so it pastes as it is. */
export function wrapQuery(query: string, columns = CODE_COLUMNS): string[] {
  return wrapAt(query, columns, true);
}
