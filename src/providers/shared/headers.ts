import { hasHeader } from '../../engine/http.js';

/** Adds each default the caller did not set itself; header names compare case-insensitively. */
export function withDefaults(
  headers: Record<string, string>,
  defaults: Record<string, string>,
): Record<string, string> {
  return { ...Object.fromEntries(Object.entries(defaults).filter(([name]) => !hasHeader(headers, name))), ...headers };
}

/** Credentials written into a URL (https://user:pass@host) become the Basic header they stand for. */
export function basicAuth(url: URL): Record<string, string> {
  if (!url.username && !url.password) return {};
  const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return { authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}
