import type { CheckConfig, StatusExpectation } from '../config/checkSchema.js';
import type { HttpResponse } from '../ports.js';
import { parseJson, readDotPath } from './dotPath.js';

/** What the response got wrong against `expect`; empty when it met every expectation. */
export function unmetExpectations(expect: CheckConfig['expect'], response: HttpResponse): string[] {
  const unmet: string[] = [];
  const status = expect.status ?? '2xx';
  if (!statusMatches(response.status, status)) unmet.push(`status ${response.status}, expected ${describeStatus(status)}`);

  for (const needle of [expect['body-contains'] ?? []].flat()) {
    if (!response.body.includes(needle)) unmet.push(`body does not contain ${JSON.stringify(needle)}`);
  }

  if (expect.json) {
    const parsed = parseJson(response.body);
    if (!parsed.ok) {
      unmet.push('body is not JSON');
    } else {
      for (const [path, expected] of Object.entries(expect.json)) {
        const actual = readDotPath(parsed.value, path);
        if (!valueMatches(actual, expected)) unmet.push(`json ${path}: expected ${show(expected)}, got ${actual === undefined ? 'nothing' : show(actual)}`);
      }
    }
  }

  for (const [name, expected] of Object.entries(expect.headers ?? {})) {
    const actual = response.headers[name.toLowerCase()];
    if (actual === undefined || !valueMatches(actual, expected)) {
      unmet.push(`header ${name}: expected ${show(expected)}, got ${actual === undefined ? 'none' : show(actual)}`);
    }
  }
  return unmet;
}

export function statusMatches(status: number, expectation: StatusExpectation): boolean {
  return [expectation].flat().some((item) => (typeof item === 'number' ? item === status : Math.floor(status / 100) === Number(item[0])));
}

export function describeStatus(expectation: StatusExpectation): string {
  return [expectation].flat().join(' or ');
}

/** `/regex/flags` written as a string matches as a regular expression; anything else compares as JSON. */
function valueMatches(actual: unknown, expected: unknown): boolean {
  const pattern = asRegex(expected);
  if (pattern) return actual !== undefined && actual !== null && pattern.test(typeof actual === 'string' ? actual : JSON.stringify(actual));
  return JSON.stringify(actual) === JSON.stringify(expected);
}

function asRegex(value: unknown): RegExp | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\/(.+)\/([dgimsuy]*)$/s.exec(value);
  if (!match) return undefined;
  try {
    return new RegExp(match[1] as string, match[2]);
  } catch {
    return undefined;
  }
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
