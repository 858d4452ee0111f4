import type { HttpResponse } from '../ports.js';
import type { Redactor } from '../secrets.js';

const EXCERPT_CHARS = 2_000;

/** The part of a response worth showing a person: bounded, secrets masked. */
export function responseExcerpt(
  response: HttpResponse,
  redact: Redactor,
): { status: number; contentType?: string; bodyExcerpt: string } {
  // Masked before it is cut: a secret cut in two at the edge would no longer match, and its first part would show.
  const body = redact(response.body);
  const excerpt =
    body.length > EXCERPT_CHARS || response.bodyTruncated ? `${body.slice(0, EXCERPT_CHARS)}\n… (trimmed)` : body;
  return { status: response.status, contentType: response.headers['content-type'], bodyExcerpt: excerpt };
}
