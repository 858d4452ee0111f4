import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { joinUrl } from '../../src/engine/checks/naming.js';
import { buildPlan } from '../../src/engine/plan.js';

async function planFor(inputs: Partial<Record<ConfigKey, string>>) {
  const result = await loadConfig({ inputs });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return buildPlan(result.config);
}

const BASE = 'https://shop.example.com';

describe('buildPlan', () => {
  it('resolves paths against base-url and keeps full URLs', async () => {
    const plan = await planFor({ 'base-url': `${BASE}/api/`, checks: `/health\nGET https://cdn.example.com/app.js` });
    expect(plan.httpChecks.map((check) => check.request.url)).toEqual([
      `${BASE}/api/health`,
      'https://cdn.example.com/app.js',
    ]);
  });

  it('names checks by method and target unless named, and makes names unique', async () => {
    const plan = await planFor({
      'base-url': BASE,
      checks: '- /health\n- /health\n- {name: ready, path: /ready}\n- POST /orders\n- {name: version, path: /v}',
      'version-url': '/version',
      version: 'abc1234',
    });
    expect(plan.httpChecks.map((check) => check.name)).toEqual([
      'GET /health',
      'GET /health #2',
      'ready',
      'POST /orders',
      'version #2',
    ]);
    expect(plan.versionCheck?.name).toBe('version');
  });

  it('never names a check by a URL that carries credentials', async () => {
    const plan = await planFor({ checks: '- https://deployer:pa55word@shop.example.com/health' });
    expect(plan.httpChecks[0]?.name).toBe('GET https://***:***@shop.example.com/health');
    expect(plan.httpChecks[0]?.request.url).toBe('https://deployer:pa55word@shop.example.com/health');
  });

  it('carries each check option into the plan', async () => {
    const checks =
      '- {path: /a, timeout: 3s, retries: 0, retry-on: [404], follow-redirects: true, required: false, expect: {status: 204}, headers: {X-Token: abc}}';
    expect((await planFor({ 'base-url': BASE, checks })).httpChecks[0]).toEqual({
      name: 'GET /a',
      request: { method: 'GET', url: `${BASE}/a`, headers: { 'X-Token': 'abc' } },
      expect: { status: 204 },
      timeoutMs: 3_000,
      retries: 0,
      retryOn: [404],
      followRedirects: true,
      insecureSkipTlsVerify: false,
      required: false,
    });
  });

  it('sends a json body as JSON with a content-type, unless one is set', async () => {
    const plan = await planFor({
      'base-url': BASE,
      checks:
        '- {path: /a, method: POST, json: {dry: true}}\n- {path: /b, method: POST, json: [1], headers: {Content-Type: application/vnd.x+json}}\n- {path: /c, method: PUT, body: raw}',
    });
    expect(plan.httpChecks.map((check) => check.request)).toEqual([
      { method: 'POST', url: `${BASE}/a`, headers: { 'content-type': 'application/json' }, body: '{"dry":true}' },
      { method: 'POST', url: `${BASE}/b`, headers: { 'Content-Type': 'application/vnd.x+json' }, body: '[1]' },
      { method: 'PUT', url: `${BASE}/c`, headers: {}, body: 'raw' },
    ]);
  });

  it('plans the version check only when version-url is set', async () => {
    expect((await planFor({ 'base-url': BASE, checks: '/health' })).versionCheck).toBeUndefined();
    const plan = await planFor({
      'base-url': BASE,
      'version-url': '/version',
      version: 'abc1234',
      'version-field': 'build.sha',
      'version-timeout': '30s',
    });
    expect(plan.versionCheck).toEqual({
      name: 'version',
      url: `${BASE}/version`,
      field: 'build.sha',
      expected: 'abc1234',
      timeoutMs: 30_000,
      insecureSkipTlsVerify: false,
    });
  });

  it('carries the run settings and names an unnamed service', async () => {
    const plan = await planFor({
      'base-url': BASE,
      checks: '/health',
      concurrency: '2',
      timeout: '1m',
      'dry-run': 'true',
      environment: 'staging',
    });
    expect(plan).toMatchObject({
      service: 'service',
      environment: 'staging',
      concurrency: 2,
      timeoutMs: 60_000,
      dryRun: true,
      version: undefined,
    });
  });
});

describe('joinUrl', () => {
  it.each([
    ['https://x.example.com', '/health', 'https://x.example.com/health'],
    ['https://x.example.com/', '/health', 'https://x.example.com/health'],
    ['https://x.example.com/api//', '/health', 'https://x.example.com/api/health'],
  ])('%s + %s', async (base, path, url) => expect(joinUrl(base, path)).toBe(url));
});
