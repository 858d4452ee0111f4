import { z } from 'zod';
import { DURATION_HINT, formatDuration, parseDuration } from './duration.js';

// Inputs arrive from the runner as text and from config files as YAML values, so every field
// accepts both and says in its message which form it wants.

const quoted = (value: unknown): string => JSON.stringify(typeof value === 'string' ? value : String(value));
/** A URL too broken to parse can still carry a password: never echo what stands before its last "@". */
const quotedUrl = (value: unknown): string => quoted(value).replace(/\/\/\S*@/, '//***@');

/**
 * A duration from `min` to `max` milliseconds. Zero would fail every check at once, and timers
 * overflow past about 24 days (they then fire at once), so every duration has bounds.
 */
export const durationBetween = (min: number, max: number) =>
  z.union([z.string(), z.number()], { error: `expected a duration; ${DURATION_HINT}` }).transform((value, ctx) => {
    const ms = parseDuration(String(value));
    if (ms === undefined) {
      ctx.addIssue({ code: 'custom', message: `${quoted(value)} is not a duration; ${DURATION_HINT}` });
      return z.NEVER;
    }
    if (ms < min || ms > max) {
      ctx.addIssue({ code: 'custom', message: `${quoted(value)} is out of range; use a duration from ${formatDuration(min)} to ${formatDuration(max)}` });
      return z.NEVER;
    }
    return ms;
  });

export const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .union([z.number(), z.string()], { error: `expected a whole number from ${min} to ${max}` })
    .transform((value, ctx) => {
      const n = typeof value === 'number' ? value : /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${quoted(value)} is not a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export const flag = z
  .union([z.boolean(), z.string()], { error: 'expected true or false' })
  .transform((value, ctx) => {
    if (typeof value === 'boolean') return value;
    if (TRUE.includes(value.trim())) return true;
    if (FALSE.includes(value.trim())) return false;
    ctx.addIssue({ code: 'custom', message: `${quoted(value)} is not a boolean; use true or false` });
    return z.NEVER;
  });

export const httpUrl = z.string().refine(isHttpUrl, {
  error: (issue) => `${quotedUrl(issue.input)} is not an http(s) URL; use e.g. https://api.example.com`,
});

export function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** A full http(s) URL, or a path starting with "/" that resolves against base-url. */
export const urlOrPath = z.string().refine((text) => text.startsWith('/') || isHttpUrl(text), {
  error: (issue) => `${quotedUrl(issue.input)} is neither a path starting with "/" nor an http(s) URL`,
});
