import { json, startTestService, type Route } from '../__tests__/support/testService.js';

/** How long each /slow/<n> path takes to answer. */
export const SLOW_MS = 50;
/** The most checks a figure asks for at once: every /slow/<n> path up to it is routed. */
const MOST_CHECKS = 2000;

/** The service the checks hit: /fast answers at once, /slow/0 to /slow/1999 after SLOW_MS. */
export interface LoopbackService {
  url: string;
  /** Requests answered so far: a figure compares it with the checks it asked for. */
  served(): number;
  close(): Promise<void>;
}

export const slowPaths = (count: number): string[] => Array.from({ length: count }, (_, i) => `/slow/${i}`);
/** The `checks` input for `count` slow checks, one path a line. */
export const slowChecks = (count: number): string => slowPaths(count).join('\n');

const ok: Route = (_request, res) => json(res, 200, { status: 'ok' });
const slow: Route = (request, res, hits) => setTimeout(() => ok(request, res, hits), SLOW_MS);

export async function startLoopbackService(): Promise<LoopbackService> {
  const service = await startTestService({
    '/fast': ok,
    ...Object.fromEntries(slowPaths(MOST_CHECKS).map((path) => [path, slow])),
  });
  return { url: service.url, served: () => service.requests.length, close: () => service.close() };
}
