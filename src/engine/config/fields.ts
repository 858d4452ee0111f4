import { z } from 'zod';
import { DURATION_HINT, formatDuration, parseDuration } from './duration.js';
import { nearest } from './suggest.js';
import { DNS1123_LABEL, DNS1123_SUBDOMAIN, MAX_LABEL_CHARS, MAX_SUBDOMAIN_CHARS } from '../kubernetes/dns1123.js';

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
      ctx.addIssue({
        code: 'custom',
        message: `${quoted(value)} is out of range; use a duration from ${formatDuration(min)} to ${formatDuration(max)}`,
      });
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

export const flag = z.union([z.boolean(), z.string()], { error: 'expected true or false' }).transform((value, ctx) => {
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

/** A number, written as text (an input) or as a YAML number: thresholds, ratios, seconds. */
export const decimal = (min: number, { exclusive = false } = {}) =>
  z.union([z.number(), z.string()], { error: 'expected a number such as 0.01' }).transform((value, ctx) => {
    const n =
      typeof value === 'number'
        ? value
        : /^\s*-?(\d+(\.\d*)?|\.\d+)(e-?\d+)?\s*$/i.test(value)
          ? Number(value)
          : Number.NaN;
    const inRange = exclusive ? n > min : n >= min;
    const percent = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value) : null;
    if (percent) {
      ctx.addIssue({
        code: 'custom',
        message: `${quoted(value)} is a percentage; write it as a plain number, e.g. ${Number(percent[1]) / 100} for ${percent[1]}%`,
      });
      return z.NEVER;
    }
    if (!Number.isFinite(n) || !inRange) {
      ctx.addIssue({
        code: 'custom',
        message: `${quoted(value)} is not a number ${exclusive ? 'above' : 'of at least'} ${min}; use e.g. ${examplesFrom(min, exclusive)}`,
      });
      return z.NEVER;
    }
    return n;
  });

/** Two numbers the limit accepts, for the error that names it: 0.01 or 2.5 where they are allowed. */
function examplesFrom(min: number, exclusive: boolean): string {
  const allowed = [0.01, 2.5].filter((example) => (exclusive ? example > min : example >= min));
  return allowed.length === 2 ? allowed.join(' or ') : `${Math.max(min, 0.01) * 2} or ${Math.max(min, 0.01) * 10}`;
}

/**
 * One of a few words, with the accepted ones named and the likely one guessed; `refused` says why a word that
 * is accepted elsewhere is not here.
 */
export const oneOf = <const T extends readonly [string, ...string[]]>(words: T, refused: Record<string, string> = {}) =>
  z.enum(words, {
    error: (issue) => {
      const why = typeof issue.input === 'string' ? refused[issue.input] : undefined;
      if (why) return `${quoted(issue.input)} ${why}`;
      const guess = typeof issue.input === 'string' ? nearest(issue.input, words) : undefined;
      return `${quoted(issue.input)} is not one of ${words.join(', ')}${guess ? `; did you mean ${JSON.stringify(guess)}?` : ''}`;
    },
  });

/** A list written as YAML, or as text split on commas and new lines; `example` is what the error shows. */
export const wordList = (example: string) =>
  z
    .union([z.array(z.union([z.string(), z.number()]).transform(String)), z.string()], {
      error: `expected a list, e.g. "${example}"`,
    })
    .transform((value) =>
      (Array.isArray(value) ? value : value.split(/[,\n]/)).map((item) => item.trim()).filter((item) => item !== ''),
    );

/** `Name: value` lines (an input) or a mapping (a file): headers sent with every query. */
export const headerLines = z
  .union([z.string(), z.record(z.string(), z.union([z.string(), z.number()]).transform(String))], {
    error: 'expected "Name: value" lines or a mapping',
  })
  .transform((value, ctx) => {
    if (typeof value !== 'string') return value;
    const headers: Record<string, string> = {};
    for (const [index, line] of value.split('\n').entries()) {
      if (line.trim() === '') continue;
      const colon = line.indexOf(':');
      if (colon <= 0) {
        // The line may be a secret: name the line, never show it.
        ctx.addIssue({ code: 'custom', message: `line ${index + 1} is not "Name: value"` });
        return z.NEVER;
      }
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    return headers;
  });

/** A Kubernetes object name (RFC 1123 subdomain): also what keeps `api;rm -rf /` or `--kubeconfig=x` out of kubectl. */
export const kubeName = z
  .string()
  .regex(DNS1123_SUBDOMAIN, {
    error: (issue) =>
      `${quoted(issue.input)} is not a Kubernetes name; use lower-case letters, digits, "-" and ".", starting and ending with a letter or digit`,
  })
  .max(MAX_SUBDOMAIN_CHARS);

/** A namespace is an RFC 1123 label: a Kubernetes name without dots, at most 63 characters. */
const notNamespace = (issue: { input: unknown }) =>
  `${quoted(issue.input)} is not a Kubernetes namespace; use at most ${MAX_LABEL_CHARS} lower-case letters, digits and "-", starting and ending with a letter or digit`;
export const kubeNamespace = z
  .string()
  // One message for a name both too long and wrongly written.
  .max(MAX_LABEL_CHARS, { error: notNamespace, abort: true })
  .regex(DNS1123_LABEL, { error: notNamespace });

/** A regular expression written as text; it must compile. */
export const regexText = z.string().refine(
  (text) => {
    try {
      new RegExp(text);
      return true;
    } catch {
      return false;
    }
  },
  { error: (issue) => `${quoted(issue.input)} is not a valid regular expression` },
);

/**
 * A list key. An input's text is parsed as YAML before it gets here, so a string is a config file's
 * `key: |` block: the YAML an input needs, written where the file's own YAML list belongs.
 */
export const yamlList = <T extends z.ZodType>(item: T, form: string) =>
  z.array(item, {
    error: (issue) => {
      if (issue.code !== 'invalid_type') return undefined;
      const got = typeOfValue(issue.input);
      const hint = got === 'a string' ? ': in a config file write the list itself, not a `|` block' : '';
      return `expected a YAML list of ${form}, got ${got}${hint}`;
    },
  });

function typeOfValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}
