import type { CheckConfig, StatusExpectation } from '../config/checkSchema.js';
import type { HttpResponse } from '../ports.js';
import { asRegex } from '../config/pattern.js';
import type { Redactor } from '../secrets.js';
import { parseJson, readDotPath } from './dotPath.js';

/**
 * What the response got wrong against `expect`; empty when it met every expectation. `mask` hides the
 * run's secrets in what the response said before it is cut short: half a token is still a leak.
 */
export function unmetExpectations(expect: CheckConfig['expect'], response: HttpResponse, mask: Redactor): string[] {
  const shown = (actual: unknown) => show(actual, mask);
  const unmet: string[] = [];
  const status = expect.status ?? '2xx';
  // The body of a wrong status (an error page) says nothing useful about the other expectations.
  if (!statusMatches(response.status, status)) return [`status ${response.status}, expected ${describeStatus(status)}`];

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
        if (!valueMatches(actual, expected))
          unmet.push(
            `json ${path}: expected ${describeExpected(expected)}, got ${actual === undefined ? 'nothing' : shown(actual)}`,
          );
      }
    }
  }

  for (const [name, expected] of Object.entries(expect.headers ?? {})) {
    const actual = response.headers[name.toLowerCase()];
    if (actual === undefined || !valueMatches(actual, expected)) {
      unmet.push(
        `header ${name}: expected ${describeExpected(expected)}, got ${actual === undefined ? 'none' : shown(actual)}`,
      );
    }
  }
  return unmet;
}

export function statusMatches(status: number, expectation: StatusExpectation): boolean {
  return [expectation]
    .flat()
    .some((item) => (typeof item === 'number' ? item === status : Math.floor(status / 100) === Number(item[0])));
}

export function describeStatus(expectation: StatusExpectation): string {
  return [expectation].flat().join(' or ');
}

/** `/regex/flags` written as a string matches as a regular expression; anything else compares as JSON. */
function valueMatches(actual: unknown, expected: unknown): boolean {
  const pattern = asRegex(expected);
  if (pattern)
    return (
      actual !== undefined &&
      actual !== null &&
      pattern.test(typeof actual === 'string' ? actual : JSON.stringify(actual))
    );
  return JSON.stringify(actual) === JSON.stringify(expected);
}

/** The configured value as a person wrote it: `matching /^v2/`, or the JSON value. */
function describeExpected(expected: unknown): string {
  return asRegex(expected) ? `matching ${String(expected)}` : show(expected);
}

function show(value: unknown, mask: Redactor = (text) => text): string {
  const text = mask(JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
