// A small stand-in for a freshly deployed service, for `npm run demo` and the CI self-test.
//
//   node demo/service.mjs healthy    # everything answers as it should; /version reports RELEASES.healthy
//   node demo/service.mjs broken     # database down: readiness 503, products 500, half-finished rollout
//   node demo/service.mjs degrading  # healthy at first; a few seconds into the action's own traffic, 30% of
//                                    # requests answer 500, until POST /admin/rollback serves the old release
//   DEMO_MODE=broken node demo/service.mjs
//
// It listens on a free loopback port and prints its base URL as the first line on stdout.
// Plain Node (node:http only), so it runs from a fresh checkout without installing anything.

import { createServer } from 'node:http';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The commits each demo release reports on /version. */
export const RELEASES = {
  /** The release the healthy mode serves everywhere. */
  healthy: '9be0d12c5a7f3e8b1d4c6a2f0e9b8d7c6a5f4e3d',
  /** The release the broken mode was meant to roll out... */
  broken: '4f2a9c1e7b3d5f8a2c4e6b1d9f0a3c5e7b2d4f6a',
  /** ...while some replicas still run the previous one. */
  previous: '9be0d12c5a7f3e8b1d4c6a2f0e9b8d7c6a5f4e3d',
  /** The release the degrading mode serves until it is rolled back to `previous`. */
  degrading: 'c7d31e5a9b2f4c6e8a0d2f4b6c8e0a2d4f6b8c0e',
};

export const MODES = ['healthy', 'broken', 'degrading'];

/** How long after the first request of the action's own traffic the degrading release starts to fail. */
export const DEGRADE_AFTER_MS = 3_000;
/** The share of requests a degraded release answers with 500: 3 in every 10, in a fixed pattern. */
const FAILING_OF_TEN = 3;

/** The header /api/v1/products wants, as an internal API gateway would. Not a real secret. */
export const DEMO_API_KEY = 'demo-key-7f3a91';

const PRODUCTS = [
  { sku: 'SKU-1001', name: 'Espresso cup, stoneware', price: 12.5, currency: 'EUR', inStock: true },
  { sku: 'SKU-1002', name: 'Pour-over kettle 1 l', price: 48, currency: 'EUR', inStock: true },
  { sku: 'SKU-1003', name: 'Burr grinder', price: 129, currency: 'EUR', inStock: false },
];

/** Builds the request handler for one mode. */
export function createApp(mode) {
  const startedAt = Date.now();
  const broken = mode === 'broken';
  let versionRequests = 0;
  // The degrading release: when the traffic began, how many requests it has answered since, and whether the
  // rollback command has switched it back to the previous release.
  let trafficSince;
  let answered = 0;
  let rolledBack = false;
  const degradingNow = () =>
    mode === 'degrading' && !rolledBack && trafficSince !== undefined && Date.now() - trafficSince >= DEGRADE_AFTER_MS;

  /** In the broken mode two of three answers come from the new pods, one from an old pod. */
  const commitForNextAnswer = () => {
    if (mode === 'degrading') return rolledBack ? RELEASES.previous : RELEASES.degrading;
    if (!broken) return RELEASES.healthy;
    versionRequests += 1;
    return versionRequests % 3 === 0 ? RELEASES.previous : RELEASES.broken;
  };

  const dependencies = () =>
    broken
      ? {
          database: { status: 'down', error: 'connection refused (postgres.internal:5432)' },
          cache: { status: 'up', latencyMs: 1 },
          'payments-api': { status: 'up', latencyMs: 23 },
        }
      : {
          database: { status: 'up', latencyMs: 3 },
          cache: { status: 'up', latencyMs: 1 },
          'payments-api': { status: 'up', latencyMs: 21 },
        };

  const routes = {
    '/health/live': () => [200, { status: 'alive' }],
    '/health/ready': () => {
      const checks = dependencies();
      const failing = Object.keys(checks).filter((name) => checks[name].status !== 'up');
      if (failing.length > 0) {
        const reasons = failing.map((name) => `${name}: ${checks[name].error}`).join('; ');
        return [503, { status: 'unavailable', reason: reasons, failing, checks }];
      }
      return [200, { status: 'ready', checks }];
    },
    '/version': () => {
      const commit = commitForNextAnswer();
      const build =
        commit === RELEASES.broken
          ? { number: 1874, time: '2026-03-02T09:41:07Z', branch: 'main' }
          : { number: 1869, time: '2026-03-01T16:12:44Z', branch: 'main' };
      return [200, { commit, build }];
    },
    '/api/v1/status': () => [
      200,
      {
        service: 'shop-api',
        status: broken ? 'degraded' : 'operational',
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        ...(broken ? { degraded: ['catalog', 'checkout'] } : {}),
      },
    ],
    '/api/v1/products': (request) => {
      if (request.headers['x-api-key'] !== DEMO_API_KEY)
        return [401, { error: 'unauthorized', message: 'missing or wrong x-api-key' }];
      if (broken) {
        return [
          500,
          {
            error: 'internal_error',
            message: 'could not load products: database unavailable (connection refused)',
            requestId: 'req-8c1d2e',
          },
        ];
      }
      return [200, { items: PRODUCTS, total: PRODUCTS.length, page: 1 }];
    },
  };

  return (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const route = routes[pathname];
    if (request.headers['x-post-deploy-check'] === 'traffic') trafficSince ??= Date.now();
    let status;
    let body;
    if (pathname === '/admin/rollback' && request.method === 'POST') {
      // What the demo's rollback command calls: the load balancer sent back to the previous release.
      rolledBack = true;
      [status, body] = [200, { serving: RELEASES.previous }];
    } else if (degradingNow() && route && pathname !== '/version' && answered++ % 10 < FAILING_OF_TEN) {
      [status, body] = [
        500,
        { error: 'internal_error', message: 'connection pool exhausted', release: RELEASES.degrading },
      ];
    } else if (!route) {
      [status, body] = [404, { error: 'not_found', path: pathname }];
    } else if (request.method !== 'GET' && request.method !== 'HEAD') {
      [status, body] = [405, { error: 'method_not_allowed' }];
    } else {
      [status, body] = route(request);
    }
    const text = JSON.stringify(body);
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'cache-control': 'no-store',
      'x-demo-mode': mode,
    });
    response.end(request.method === 'HEAD' ? undefined : text);
  };
}

/** Starts the service on 127.0.0.1 and a free port; resolves with its base URL and a stop function. */
export function startService(mode) {
  if (!MODES.includes(mode)) throw new Error(`unknown mode ${JSON.stringify(mode)}; use one of ${MODES.join(', ')}`);
  const server = createServer(createApp(mode));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      const stop = () =>
        new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
      resolve({ url: `http://127.0.0.1:${port}`, stop });
    });
  });
}

async function main() {
  const mode = process.argv[2] ?? process.env.DEMO_MODE ?? 'healthy';
  if (!MODES.includes(mode)) {
    process.stderr.write(`usage: node demo/service.mjs [${MODES.join('|')}]   (or set DEMO_MODE)\n`);
    process.exit(2);
  }
  const { url, stop } = await startService(mode);
  process.stdout.write(`${url}\n`);
  process.stderr.write(`demo service (${mode}) listening on ${url}; stop it with Ctrl-C\n`);
  const shutdown = () => stop().then(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

/** True when this file is the script node was started with (not imported), symlinks resolved. */
function isEntryPoint() {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().catch((error) => {
    process.stderr.write(`demo service failed to start: ${error.message}\n`);
    process.exit(1);
  });
}
