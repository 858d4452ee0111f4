// Brackets too: a response must not turn into a link or an image in the summary.
const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '[': '&#91;',
  ']': '&#93;',
};

/** Text that came from the network must render as text, never as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'[\]]/g, (char) => HTML[char] ?? char);
}

// A pod name, a label or a line of a response can be any length; a cell shows the start of it.
const CELL_CHARS = 1_000;

/** Safe inside a Markdown table cell: escaped, one line, no column breaks, at most CELL_CHARS of the text. */
export function tableCell(text: string): string {
  const cut = text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS - 1)}…` : text;
  return escapeHtml(cut).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Inline code that cannot be broken out of by backticks in the value. */
export function inlineCode(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}
