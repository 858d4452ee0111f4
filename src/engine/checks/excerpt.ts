import type { HttpResponse } from '../ports.js';
import type { Redactor } from '../secrets.js';

const EXCERPT_CHARS = 2_000;

/** The part of a response worth showing a person: bounded, secrets masked. */
export function responseExcerpt(response: HttpResponse, redact: Redactor): { status: number; contentType?: string; bodyExcerpt: string } {
  const body = response.body.length > EXCERPT_CHARS || response.bodyTruncated ? `${response.body.slice(0, EXCERPT_CHARS)}\n… (trimmed)` : response.body;
  return { status: response.status, contentType: response.headers['content-type'], bodyExcerpt: redact(body) };
}
