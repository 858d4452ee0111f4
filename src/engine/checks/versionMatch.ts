import { parseJson, readDotPath } from './dotPath.js';

const MIN_PREFIX = 7;
const HEX = /^[0-9a-f]+$/;

/** Equal, or both are SHAs and the shorter, of at least 7 characters, is a prefix of the other (short and full SHAs). */
export function versionsMatch(expected: string, seen: string): boolean {
  const a = expected.trim().toLowerCase();
  const b = seen.trim().toLowerCase();
  if (a === b) return a.length > 0;
  // Only commit SHAs abbreviate: `release-1` is not a short form of `release-10`.
  if (!HEX.test(a) || !HEX.test(b)) return false;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_PREFIX && longer.startsWith(shorter);
}

const MAX_VERSION_CHARS = 100;

/** The version a response reports: the field of a JSON object, a JSON string, or a plain body as text. */
export function reportedVersion(body: string, field: string): { version: string } | { problem: string } {
  const parsed = parseJson(body);
  // Only a JSON string is unwrapped: read as a number, "2.0" would become 2 and "1234e56" 1.234e+59.
  if (parsed.ok && typeof parsed.value === 'string') return asVersion(parsed.value);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return asVersion(body);
  const value = readDotPath(parsed.value, field);
  if (typeof value === 'string' || typeof value === 'number') return asVersion(String(value));
  return { problem: `no ${field} in the JSON` };
}

/** One bounded line: the text came from the network and is shown in logs and the summary. */
function asVersion(text: string): { version: string } | { problem: string } {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
  if (!line) return { problem: 'empty body' };
  return { version: line.length > MAX_VERSION_CHARS ? `${line.slice(0, MAX_VERSION_CHARS)}…` : line };
}
