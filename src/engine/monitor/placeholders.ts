/** What a query may say in `{{…}}`, filled in before it is sent. */
export const PLACEHOLDERS = [
  'range',
  'interval',
  'service',
  'environment',
  'version',
  'namespace',
  'deployment',
  // Only in a comparison's queries: the canary's or the baseline's value, filled per side.
  'side',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

// Durations go in as PromQL durations; every other value is text that usually sits inside a label matcher's quotes.
const DURATIONS: ReadonlySet<Placeholder> = new Set(['range', 'interval']);
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** The names written in `{{…}}`, known or not, each once. */
export function placeholdersIn(query: string): string[] {
  return [...new Set([...query.matchAll(PLACEHOLDER)].map(([, name]) => name ?? ''))];
}

/** `query` with each placeholder `values` has filled; the others are left for a later step to fill. */
export function fillPlaceholders(query: string, values: PlaceholderValues): string {
  return query.replace(PLACEHOLDER, (written, name: string) => {
    if (!isPlaceholder(name)) return written;
    const value = values[name];
    if (value === undefined) return written;
    return DURATIONS.has(name) ? value : escapePromqlString(value);
  });
}

/**
 * Escaped for a double-quoted PromQL string, the form label matchers are written in: a value cannot close
 * its quotes. (PromQL's lexer accepts only the opening quote as an escaped quote, so `\'` would be an error.)
 */
export function escapePromqlString(value: string): string {
  return value.replace(/[\\"\n\r\t]/g, (char) => ESCAPES[char] ?? char);
}

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** A PromQL duration in whole seconds, never shorter than one: 60000 -> "60s". */
export function promqlDuration(ms: number): string {
  return `${Math.max(1, Math.ceil(ms / 1_000))}s`;
}
