// Brackets too: a response must not turn into a link or an image in the summary.
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '[': '&#91;', ']': '&#93;' };

/** Text that came from the network must render as text, never as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'[\]]/g, (char) => HTML[char] ?? char);
}

/** Safe inside a Markdown table cell: escaped, one line, no column breaks. */
export function tableCell(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Inline code that cannot be broken out of by backticks in the value. */
export function inlineCode(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}
