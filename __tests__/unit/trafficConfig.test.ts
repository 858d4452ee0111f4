import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { buildPlan } from '../../src/engine/plan.js';
import { planLines } from '../../src/engine/report/planLines.js';
import { TOOL } from '../../src/version.js';

// `traffic` as written, as planned and as the dry-run says it.

const load = (inputs: Partial<Record<ConfigKey, string>>) =>
  loadConfig({ inputs: { 'base-url': 'https://shop.example.com', 'monitor-interval': '1m', ...inputs } });
const errorsOf = async (inputs: Partial<Record<ConfigKey, string>>) => {
  const loaded = await load(inputs);
  return loaded.ok ? [] : loaded.errors;
};
const planOf = async (inputs: Partial<Record<ConfigKey, string>>) => {
  const loaded = await load(inputs);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return buildPlan(loaded.config);
};

describe('traffic in the config', () => {
  it('cycles the GET and HEAD checks by default, marked so a team can filter them out, and turns the window on', async () => {
    const plan = await planOf({
      checks: ['- /health', '- HEAD /ready', '- path: /orders', '  method: POST', '  json: {}'].join('\n'),
      traffic: 'rate: 2',
    });
    const traffic = plan.monitor?.traffic;
    expect(traffic).toMatchObject({ ratePerSecond: 2, maxInFlight: 16, maxRequests: 600 });
    expect(traffic?.requests.map((request) => [request.request.method, request.request.url])).toEqual([
      ['GET', 'https://shop.example.com/health'],
      ['HEAD', 'https://shop.example.com/ready'],
    ]);
    expect(traffic?.requests[0]).toMatchObject({
      name: 'GET /health',
      expect: { status: ['2xx', '3xx'] },
      request: {
        headers: { 'user-agent': `${TOOL.name}/${TOOL.version} (traffic)`, 'x-post-deploy-check': 'traffic' },
      },
    });
    expect(plan.monitor?.gates).toEqual([
      {
        name: 'traffic',
        query: '2/s of GET /health, HEAD /ready',
        max: 0.01,
        onInconclusive: 'warn',
        synthetic: { minRequests: 100, maxDroppedShare: 0.1 },
      },
    ]);
    expect(planLines(plan)).toContain(
      'traffic 2 requests/s for 5m, at most 16 in flight and 600 in all: GET https://shop.example.com/health, HEAD https://shop.example.com/ready',
    );
  });

  it('sends its own requests with their expect, its marker replacing a User-Agent they name, and its own limits', async () => {
    const plan = await planOf({
      traffic: [
        'rate: 10',
        'max-in-flight: 4',
        'max-requests: 50',
        'max-error-rate: 0.05',
        'max-p95: 0.25',
        'mode: warn',
        'on-inconclusive: fail',
        'requests:',
        '  - path: /search',
        '    headers: { User-Agent: curl/8, X-Tenant: acme }',
        '    expect: { status: 200 }',
      ].join('\n'),
    });
    expect(plan.monitor?.traffic?.requests[0]).toMatchObject({
      expect: { status: 200 },
      request: {
        headers: { 'X-Tenant': 'acme', 'user-agent': `${TOOL.name}/${TOOL.version} (traffic)` },
      },
    });
    expect(Object.keys(plan.monitor?.traffic?.requests[0]?.request.headers ?? {})).not.toContain('User-Agent');
    expect(plan.monitor?.traffic).toMatchObject({ maxInFlight: 4, maxRequests: 50 });
    expect(plan.monitor?.gates[0]).toMatchObject({
      max: 0.05,
      mode: 'warn',
      onInconclusive: 'fail',
      synthetic: { maxP95Ms: 250, minRequests: 20 },
    });
  });

  it.each([
    ['rate: 0', 'traffic.rate: "0" is not a number of at least 0.1'],
    ['rate: 500', 'traffic.rate: "500" requests a second is more than 50'],
    ['max-in-flight: 0', 'traffic.max-in-flight: "0" is not a whole number from 1'],
    [
      'requests: [{ path: /orders, method: POST }]',
      'traffic.requests[0].method: POST may change data, and traffic sends it again and again',
    ],
    ['requests: []', 'traffic.requests: lists no request'],
  ])('refuses %s', async (written, says) => {
    const errors = await errorsOf({ checks: '/health', traffic: written });
    expect(errors).toEqual([expect.stringContaining(says)]);
  });

  it('sends a write only with allow-writes', async () => {
    const plan = await planOf({ traffic: 'allow-writes: true\nrequests: [{ path: /orders, method: POST, json: {} }]' });
    expect(plan.monitor?.traffic?.requests[0]?.request).toMatchObject({ method: 'POST', body: '{}' });
  });

  it('needs a request to send: listed, or a GET check to repeat', async () => {
    expect(await errorsOf({ checks: '- path: /orders\n  method: DELETE', traffic: 'rate: 2' })).toEqual([
      'traffic.requests: is needed: there is no GET or HEAD check to send again; list requests (e.g. - /health)',
    ]);
  });

  it('refuses a rate whose samples could never hold min-requests, saying what to raise', async () => {
    expect(await errorsOf({ checks: '/health', traffic: 'rate: 2', 'monitor-interval': '10s' })).toEqual([
      'traffic.rate: gives at most 20 requests a sample (2/s over monitor-interval 10s), fewer than min-requests 100: every sample would be no data; raise rate to 10, lengthen monitor-interval to 50s, or lower min-requests (a looser max-error-rate lowers auto)',
    ]);
  });

  it('runs only in a monitor window', async () => {
    expect(await errorsOf({ checks: '/health', traffic: 'rate: 2', 'monitor-window': '0' })).toEqual([
      'traffic: runs during the monitor window, and monitor-window is 0: set monitor-window (e.g. 5m)',
    ]);
  });
});
