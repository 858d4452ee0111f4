import { z } from 'zod';
import { durationBetween, flag, urlOrPath, wholeNumber } from './fields.js';
import { asRegex, isWrittenAsRegex } from './pattern.js';

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export const httpMethod = z
  .string()
  .transform((text) => text.toUpperCase())
  .pipe(z.enum(HTTP_METHODS, { error: `expected one of ${HTTP_METHODS.join(', ')}` }));

const STATUS_HINT = 'expected an HTTP status code from 100 to 599';
const statusCode = z
  .number({ error: STATUS_HINT })
  .int({ error: STATUS_HINT })
  .min(100, { error: STATUS_HINT })
  .max(599, { error: STATUS_HINT });
const statusClass = z.string().regex(/^[1-5]xx$/, { error: 'expected a status class such as 2xx' });
const statusItem = z.union([statusCode, statusClass], { error: 'expected a status code (200) or a class (2xx)' });

export const statusExpectation = z.union([statusItem, z.array(statusItem).min(1)], {
  error: 'expected a status code (200), a class (2xx) or a list of them ([200, 204])',
});

const scalar = z
  .union([z.string(), z.number(), z.boolean()], { error: 'expected a text, number or boolean value' })
  .transform(String);

// RFC 9110: a field name is a token; a value may not hold CR, LF or NUL (a secret pasted with its
// trailing newline is the usual way to get one), or the request fails only when it is sent.
const headerName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a valid header name`,
});
// eslint-disable-next-line no-control-regex
const isHeaderValue = (value: string) => !/[\r\n\u0000]/.test(value);
const HEADER_VALUE_RULE = { error: 'a header value cannot contain a line break or NUL; trim the secret' };
const headerValue = scalar.refine(isHeaderValue, HEADER_VALUE_RULE);
/** Headers written as text pairs (`Name: value` lines, already split): the same rules as a check's. */
export const textHeaders = z.record(headerName, z.string().refine(isHeaderValue, HEADER_VALUE_RULE));
export const requestHeaders = z.record(headerName, headerValue);

export const expectSchema = z
  .strictObject({
    status: statusExpectation.optional(),
    'body-contains': z.union([z.string(), z.array(z.string())]).optional(),
    json: z.record(z.string(), z.unknown()).optional(),
    headers: z.record(z.string(), scalar).optional(),
  })
  .superRefine((expect, ctx) => {
    for (const key of ['json', 'headers'] as const) {
      for (const [path, value] of Object.entries(expect[key] ?? {})) {
        if (isWrittenAsRegex(value) && !asRegex(value)) {
          ctx.addIssue({ code: 'custom', path: [key, path], message: `${value} is not a valid regular expression` });
        }
      }
    }
  });

/** What a smoke check and a flow step both say: the request and what its answer must be. */
export const requestShape = {
  name: z.string().min(1).optional(),
  url: urlOrPath.optional(),
  path: urlOrPath.optional(),
  method: httpMethod.prefault('GET'),
  headers: requestHeaders.prefault({}),
  body: z.string().optional(),
  json: z.unknown().optional(),
  expect: expectSchema.prefault({}),
  timeout: durationBetween(1, 3_600_000).prefault('10s'),
  retries: wholeNumber(0, 10).prefault(2),
  'retry-on': z.array(statusCode).prefault([]),
  'follow-redirects': flag.prefault(false),
  /** Opt-in, for this request only: a self-signed staging certificate must not turn verification off elsewhere. */
  'insecure-skip-tls-verify': flag.prefault(false),
};

export type RequestConfig = z.output<z.ZodObject<typeof requestShape>>;

/** The rules a request must keep, for smoke checks and flow steps alike. */
export function requestRules(check: RequestConfig, ctx: z.RefinementCtx): void {
  if ((check.url === undefined) === (check.path === undefined)) {
    ctx.addIssue({
      code: 'custom',
      message: 'set exactly one of url (a full URL) or path (resolved against base-url)',
    });
  }
  if (check.body !== undefined && check.json !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['json'], message: 'set body or json, not both' });
  }
  if ((check.body !== undefined || check.json !== undefined) && (check.method === 'GET' || check.method === 'HEAD')) {
    ctx.addIssue({
      code: 'custom',
      path: ['method'],
      message: `${check.method} sends no body; set method: POST (or PUT, PATCH) to send body or json`,
    });
  }
  if (check.method === 'HEAD' && (check.expect['body-contains'] !== undefined || check.expect.json !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['expect'],
      message: 'a HEAD answer has no body: expect status or headers only',
    });
  }
}

export const checkObjectSchema = z
  .strictObject({
    ...requestShape,
    required: flag.prefault(true),
    /** A rate-limit check: this many requests at once, and at least one must be limited. */
    burst: wholeNumber(2, 1_000).optional(),
  })
  .superRefine(requestRules);

const SHORTHAND = /^(?:([A-Za-z]+)\s+)?(\S+)$/;

/** `/health`, `GET /api/v1/status` or a full URL: expect a 2xx. */
export const checkShorthand = z.string().transform((text, ctx): { method?: string; path?: string; url?: string } => {
  const match = SHORTHAND.exec(text.trim());
  if (!match) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(text)} is not a check; use "/path", "GET /path" or a full URL`,
    });
    return z.NEVER;
  }
  const [, verb, target = ''] = match;
  return { method: verb ?? 'GET', ...(target.startsWith('/') ? { path: target } : { url: target }) };
});

export const checkSchema = z.union([checkShorthand.pipe(checkObjectSchema), checkObjectSchema], {
  error: 'expected a check: "/path", "GET /path", a full URL, or an object with path or url',
});

export type CheckConfig = z.output<typeof checkObjectSchema>;
export type StatusExpectation = z.output<typeof statusExpectation>;
