/** Host and path of a URL for messages; the text itself when it does not parse. */
export function urlParts(url: string): { host: string; hostname: string; pathname: string } {
  try {
    const { host, hostname, pathname } = new URL(url);
    return { host, hostname, pathname };
  } catch {
    return { host: url, hostname: url, pathname: url };
  }
}

/** HTTP header names compare case-insensitively. */
export function hasHeader(headers: Record<string, string>, name: string): boolean {
  const wanted = name.toLowerCase();
  return Object.keys(headers).some((key) => key.toLowerCase() === wanted);
}
