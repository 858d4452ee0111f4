// Words in PromQL that are never a metric name although they look like one (keywords are case-insensitive).
const KEYWORDS = new Set(['and', 'or', 'unless', 'atan2', 'bool', 'offset', 'inf', 'nan']);
// Keywords followed by a list of label names in parentheses: `by (le)`, `on (job)`, `group_left (instance)`.
const LABEL_LISTS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);
const CLOSING: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

/**
 * The metric names a PromQL expression selects, each once, in order: `histogram_quantile(0.99,
 * sum(rate(x_bucket[5m])) by (le))` -> `["x_bucket"]`. Function names, keywords, label names (inside `{}`
 * and after `by`), strings, durations and numbers are skipped. A lexer, not a parser: the query is
 * already known to be valid PromQL, so only what could be mistaken for a name needs telling apart.
 */
export function metricNames(query: string): string[] {
  const names: string[] = [];
  let index = 0;
  while (index < query.length) {
    const char = query[index] as string;
    if (char === '"' || char === "'" || char === '`') index = afterString(query, index);
    else if (char === '#') index = lineEnd(query, index);
    else if (char === '{' || char === '[') index = afterBracket(query, index);
    else if (/[0-9.]/.test(char)) index = wordEnd(query, index, /[0-9a-zA-Z_.+]/);
    else if (/[a-zA-Z_:]/.test(char)) {
      const end = wordEnd(query, index, /[a-zA-Z0-9_:]/);
      const word = query.slice(index, end);
      const next = nextVisible(query, end);
      index = end;
      if (LABEL_LISTS.has(word.toLowerCase())) {
        if (query[next] === '(') index = afterBracket(query, next);
      } else if (!calls(query, next) && !KEYWORDS.has(word.toLowerCase()) && !names.includes(word)) {
        names.push(word);
      }
    } else index++;
  }
  return names;
}

/** A function call, or an aggregation with its grouping first: `sum by (le) (…)`. */
function calls(query: string, next: number): boolean {
  if (query[next] === '(') return true;
  const following = query.slice(next, wordEnd(query, next, /[a-zA-Z_]/)).toLowerCase();
  return following === 'by' || following === 'without';
}

function afterString(query: string, start: number): number {
  const quote = query[start];
  let index = start + 1;
  while (index < query.length && query[index] !== quote) index += query[index] === '\\' && quote !== '`' ? 2 : 1;
  return index + 1;
}

/** Past the bracket that closes the one at `start`, skipping strings inside (a label value may hold `}`). */
function afterBracket(query: string, start: number): number {
  const open = query[start] as string;
  const close = CLOSING[open];
  let depth = 0;
  let index = start;
  while (index < query.length) {
    const char = query[index];
    if (char === '"' || char === "'" || char === '`') {
      index = afterString(query, index);
      continue;
    }
    if (char === open) depth++;
    else if (char === close && --depth === 0) return index + 1;
    index++;
  }
  return index;
}

function wordEnd(query: string, start: number, part: RegExp): number {
  let index = start;
  while (index < query.length && part.test(query[index] as string)) index++;
  return index;
}

function lineEnd(query: string, start: number): number {
  const end = query.indexOf('\n', start);
  return end < 0 ? query.length : end;
}

function nextVisible(query: string, start: number): number {
  let index = start;
  while (index < query.length && /\s/.test(query[index] as string)) index++;
  return index;
}
