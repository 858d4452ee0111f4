import { loadConfig } from '../../src/engine/config/load.js';
import { readWebValue } from '../../src/engine/monitor/webReading.js';
import type { PlannedWebRead } from '../../src/engine/monitor/plannedGate.js';
import { buildPlan } from '../../src/engine/plan.js';
import { FakeProber, jsonResponse, probeError, response } from '../support/fakeProber.js';

// A gate that reads its number from any JSON endpoint (source: web).

const WEB: PlannedWebRead = {
  request: { method: 'GET', url: 'https://scores.example.com/health', headers: { accept: 'application/json' } },
  valuePath: 'data.score',
  insecureSkipTlsVerify: false,
};
const read = (prober: FakeProber, web = WEB) =>
  readWebValue(web, prober, { timeoutMs: 5_000, signal: new AbortController().signal });

describe('reading a web gate', () => {
  it('takes the number at the value path, and sends the planned request with the gate timeout', async () => {
    const prober = new FakeProber([jsonResponse(200, { data: { score: 0.97 } })]);
    expect(await read(prober)).toEqual({ kind: 'value', value: 0.97, warnings: [] });
    expect(prober.requests[0]).toMatchObject({ method: 'GET', url: WEB.request.url, timeoutMs: 5_000 });
  });

  it('reads a number written as text, and a plain-text answer as the number itself', async () => {
    expect(await read(new FakeProber([jsonResponse(200, { data: { score: '12.5' } })]))).toMatchObject({ value: 12.5 });
    expect(await read(new FakeProber([response(200, ' 42\n')]))).toMatchObject({ value: 42 });
  });

  it('is no data at null', async () => {
    expect(await read(new FakeProber([jsonResponse(200, { data: { score: null } })]))).toEqual({
      kind: 'no-data',
      reason: 'data.score is null',
      warnings: [],
    });
  });

  it.each([
    [
      jsonResponse(200, { data: { score: 'green' } }),
      'GET https://scores.example.com/health: data.score is "green", not a number',
    ],
    [
      jsonResponse(200, { data: {} }),
      'GET https://scores.example.com/health: the JSON answer has nothing at data.score',
    ],
    [
      response(200, '<html>login</html>'),
      'GET https://scores.example.com/health: the answer is neither JSON nor a number: "<html>login</html>"',
    ],
    [jsonResponse(503, { data: { score: 1 } }), 'GET https://scores.example.com/health answered HTTP 503'],
    [probeError('refused', 'connection refused'), 'GET https://scores.example.com/health: connection refused'],
  ])('is an error sample that says what was there: %#', async (reply, error) => {
    expect(await read(new FakeProber([reply]))).toEqual({ error });
  });
});

const load = (inputs: Record<string, string>) => loadConfig({ inputs: { 'monitor-window': '1m', ...inputs } });

describe('a web gate in the config', () => {
  it('needs no prometheus-url, resolves a path against base-url and shows its request as its query', async () => {
    const loaded = await load({
      'base-url': 'https://shop.example.com',
      gates: [
        '- name: health-score',
        '  source: web',
        '  path: /internal/score',
        '  value: data.score',
        '  min: 0.9',
      ].join('\n'),
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const [gate] = buildPlan(loaded.config).monitor?.gates ?? [];
    expect(gate).toMatchObject({
      name: 'health-score',
      source: 'web',
      query: 'GET https://shop.example.com/internal/score → data.score',
      min: 0.9,
      web: {
        request: {
          method: 'GET',
          url: 'https://shop.example.com/internal/score',
          headers: { accept: 'application/json' },
        },
        valuePath: 'data.score',
      },
    });
  });

  it.each([
    [
      ['- name: w', '  source: web', '  url: https://x.example/s', '  min: 1'],
      /^gates\[0\]\.value: a web gate needs value/,
    ],
    [['- name: w', '  source: web', '  value: v', '  min: 1'], /^gates\[0\]\.url: a web gate needs exactly one of url/],
    [
      ['- name: w', '  source: web', '  url: https://x.example/s', '  value: v', '  max-ratio: 2'],
      /^gates\[0\]\.max-ratio: a web gate has no baseline/,
    ],
    [
      ['- name: w', '  source: web', '  url: https://x.example/s', '  value: v', '  min: 1', '  query: up'],
      /^gates\[0\]\.query: a web gate reads url/,
    ],
    [
      ['- name: g', '  source: influx', '  query: q', '  max: 1'],
      /^gates\[0\]\.source: "influx" is not one of prometheus, datadog, web/,
    ],
    [['- name: g', '  query: q', '  max: 1'], /^gates\[0\]\.source: is needed without prometheus-url/],
    [
      ['- name: g', '  source: datadog', '  query: avg:x{*}', '  max: 1', '  lookback: 0'],
      /^gates\[0\]\.lookback: "0" is out of range/,
    ],
    [['- name: g', '  query: q', '  max: 1', '  value: v'], /^gates\[0\]\.value: belongs to a web gate/],
  ])('rejects %j', async (gate, message) => {
    const loaded = await load({ checks: '/health', 'base-url': 'https://shop.example.com', gates: gate.join('\n') });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it('names each missing Datadog key for a Datadog gate', async () => {
    const loaded = await load({
      gates: '- name: g\n  source: datadog\n  query: avg:x{*}\n  max: 1',
      'datadog-api-key': 'k',
    });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.errors).toEqual([expect.stringMatching(/^datadog-app-key: is required to read Datadog metrics/)]);
  });

  it('refuses datadog-error-rate-query beside an explicit error-rate-query: one source per gate', async () => {
    const loaded = await load({
      'prometheus-url': 'http://prometheus:9090',
      'error-rate-query': 'sum(rate(x[5m]))',
      'datadog-error-rate-query': 'sum:errors{*}',
      'datadog-api-key': 'k'.repeat(8),
      'datadog-app-key': 'a'.repeat(8),
    });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.errors[0]).toMatch(/^datadog-error-rate-query: and error-rate-query both set the error-rate gate/);
  });

  it('reads the built-in error-rate gate from Datadog with datadog-error-rate-query', async () => {
    const loaded = await load({
      'datadog-error-rate-query': 'sum:trace.http.request.errors{service:shop}.as_count()',
      'datadog-api-key': 'k'.repeat(8),
      'datadog-app-key': 'a'.repeat(8),
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const monitor = buildPlan(loaded.config).monitor;
    expect(monitor?.gates).toEqual([
      expect.objectContaining({ name: 'error-rate', source: 'datadog', max: 0.01, lookbackMs: 300_000 }),
    ]);
    expect(monitor?.datadog).toMatchObject({ site: 'datadoghq.com', apiKey: 'k'.repeat(8), appKey: 'a'.repeat(8) });
  });
});
