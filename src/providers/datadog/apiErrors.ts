import { z } from 'zod';

// APIErrorResponse, the body of every Datadog v1 error (400, 403, 429): `errors` is required.
const apiErrorResponse = z.object({ errors: z.array(z.string()) });

/** Datadog's own words from an `{ "errors": ["…"] }` body, joined; undefined for any other JSON. */
export function datadogErrors(json: unknown): string | undefined {
  const parsed = apiErrorResponse.safeParse(json);
  if (!parsed.success) return undefined;
  const said = parsed.data.errors.map((error) => error.trim()).filter((error) => error !== '');
  return said.length ? said.join('; ') : undefined;
}

/**
 * Datadog's rate-limit headers (not in the OpenAPI spec; from its rate-limits page), as far as they are
 * numbers: X-RateLimit-Reset is the seconds until the period resets.
 */
export interface RateLimit {
  resetMs?: number;
  limit?: number;
  periodSeconds?: number;
  name?: string;
}

/** `headers` with lower-cased names, as undici gives them. */
export function rateLimitOf(headers: Record<string, string | string[] | undefined>): RateLimit {
  const number = (name: string) => {
    const text = String(headers[name] ?? '').trim();
    return /^\d+$/.test(text) ? Number(text) : undefined;
  };
  const reset = number('x-ratelimit-reset');
  const limit = number('x-ratelimit-limit');
  const periodSeconds = number('x-ratelimit-period');
  const name = String(headers['x-ratelimit-name'] ?? '').trim();
  return {
    ...(reset === undefined ? {} : { resetMs: reset * 1_000 }),
    ...(limit === undefined ? {} : { limit }),
    ...(periodSeconds === undefined ? {} : { periodSeconds }),
    ...(name ? { name } : {}),
  };
}
