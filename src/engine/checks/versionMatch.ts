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

/** The version a response reports: the field of a JSON body, or a plain body itself. */
export function reportedVersion(body: string, field: string): { version: string } | { problem: string } {
  const parsed = parseJson(body);
  // A JSON string or number ("4f2a9c1") is the version itself, without its quotes.
  if (parsed.ok && (typeof parsed.value === 'string' || typeof parsed.value === 'number')) return { version: String(parsed.value).trim() };
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) {
    const text = body.trim();
    return text ? { version: text.length > 100 ? `${text.slice(0, 100)}…` : text } : { problem: 'empty body' };
  }
  const value = readDotPath(parsed.value, field);
  if (typeof value === 'string' || typeof value === 'number') return { version: String(value).trim() };
  return { problem: `no ${field} in the JSON` };
}
