import { parseDocument } from 'yaml';

/** One YAML document as plain values; a problem is pushed to `errors`, with its line and column. */
export function parseYaml(text: string, source: string, errors: string[]): unknown {
  const document = parseDocument(text, { uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) {
    const position = problem.linePos?.[0];
    const at = position ? ` at line ${position.line}, column ${position.col}` : '';
    errors.push(`${source}: YAML error${at}: ${problem.message.split(' at line ')[0]}`);
    return undefined;
  }
  return document.toJS();
}
