import { loadConfig } from '../../src/engine/config/load.js';
import {
  escapePromqlString,
  fillPlaceholders,
  placeholdersIn,
  promqlDuration,
} from '../../src/engine/monitor/placeholders.js';
import { promqlDurationMs, rangeSelectors, reachBackMs } from '../../src/engine/monitor/ranges.js';

// Placeholders in a query, and the literal ranges the scrape interval is measured against.

describe('fillPlaceholders', () => {
  it('puts text values inside a label matcher without letting them close its quotes', () => {
    const query = 'sum(rate(http_requests_total{service="{{service}}"}[5m]))';
    expect(fillPlaceholders(query, { service: 'shop "api"\\v2\nnext' })).toBe(
      'sum(rate(http_requests_total{service="shop \\"api\\"\\\\v2\\nnext"}[5m]))',
    );
    expect(escapePromqlString('tab\there\r')).toBe('tab\\there\\r');
  });

  it('writes durations as they are, so they stay PromQL durations', () => {
    expect(fillPlaceholders('rate(x[{{range}}]) / rate(y[{{ interval }}])', { range: '60s', interval: '10s' })).toBe(
      'rate(x[60s]) / rate(y[10s])',
    );
  });

  it('leaves unknown placeholders and those without a value for a later step', () => {
    const query = 'rate(x{env="{{environment}}",app="{{app}}"}[{{range}}])';
    expect(fillPlaceholders(query, { environment: 'production' })).toBe(
      'rate(x{env="production",app="{{app}}"}[{{range}}])',
    );
    // The plan fills all but {{range}}; the monitor fills that from the scrape interval.
    expect(fillPlaceholders(fillPlaceholders(query, { environment: 'staging' }), { range: '4s' })).toBe(
      'rate(x{env="staging",app="{{app}}"}[4s])',
    );
  });

  it('lists each name written once, known or not, spaces trimmed', () => {
    expect(placeholdersIn('a[{{range}}] b[{{ range }}] c{x="{{rnage}}"}')).toEqual(['range', 'rnage']);
    expect(placeholdersIn('sum(rate(x{job="api"}[5m]))')).toEqual([]);
  });

  it('writes milliseconds as whole seconds, rounded up and never 0s', () => {
    expect(promqlDuration(60_000)).toBe('60s');
    expect(promqlDuration(1_500)).toBe('2s');
    expect(promqlDuration(200)).toBe('1s');
  });
});

describe('rangeSelectors', () => {
  it('finds each literal range in the order written', () => {
    expect(rangeSelectors('sum(rate(a[30s])) / sum(rate(b[ 5m ]))')).toEqual([
      { text: '[30s]', ms: 30_000 },
      { text: '[ 5m ]', ms: 300_000 },
    ]);
  });

  it('ignores brackets inside strings, such as a status regex', () => {
    expect(rangeSelectors('sum(rate(x{status=~"[45]..",path!~\'/a[1m]\'}[2m]))')).toEqual([
      { text: '[2m]', ms: 120_000 },
    ]);
  });

  it('takes the range of a subquery, not its step', () => {
    expect(rangeSelectors('max_over_time(rate(x[1m])[30m:1m])').map((range) => range.ms)).toEqual([60_000, 1_800_000]);
    expect(rangeSelectors('max_over_time(rate(x[1m])[30m:])').map((range) => range.ms)).toEqual([60_000, 1_800_000]);
  });

  it('adds up compound durations', () => {
    expect(promqlDurationMs('1h30m')).toBe(5_400_000);
    expect(promqlDurationMs('1m500ms')).toBe(60_500);
    expect(rangeSelectors('rate(x[1h30m])')).toEqual([{ text: '[1h30m]', ms: 5_400_000 }]);
  });

  it('counts a {{range}} not yet filled as no literal range', () => {
    expect(rangeSelectors('rate(x[{{range}}])')).toEqual([]);
    expect(reachBackMs('rate(x[{{range}}])')).toBe(0);
    expect(reachBackMs('rate(x[1m]) / rate(y[5m])')).toBe(300_000);
    expect(reachBackMs('up')).toBe(0);
  });
});

describe('placeholders the config cannot fill', () => {
  const base = { 'base-url': 'https://shop.example.com', checks: '/health', 'prometheus-url': 'http://prom:9090' };
  const errorsOf = async (inputs: Record<string, string>, context?: Record<string, string>) => {
    const loaded = await loadConfig({ inputs: { ...base, ...inputs }, ...(context ? { context } : {}) });
    return loaded.ok ? [] : loaded.errors;
  };

  it('names an unknown placeholder and guesses the one meant', async () => {
    expect(await errorsOf({ 'error-rate-query': 'sum(rate(x[{{rnage}}]))' })).toEqual([
      'error-rate-query: {{rnage}} is not a placeholder (did you mean {{range}}?); use {{range}}, {{interval}}, {{service}}, {{environment}}, {{version}}, {{namespace}}, {{deployment}}',
    ]);
    const [far] = await errorsOf({ gates: '- name: q\n  query: up{x="{{cluster_name}}"}\n  max: 1' });
    expect(far).toMatch(/^gates\[0\]\.query: \{\{cluster_name\}\} is not a placeholder; use \{\{range\}\}/);
  });

  it('asks for the input a placeholder reads when it is not set', async () => {
    const query = 'sum(rate(x{service="{{service}}",version="{{version}}",deployment="{{deployment}}"}[5m]))';
    expect(await errorsOf({ 'latency-query': query, 'max-latency': '0.5' })).toEqual([
      'latency-query: {{service}} is the service name: set service',
      'latency-query: {{version}} is the version that should now be serving: set version',
      'latency-query: {{deployment}} is the Deployment: set kube-deployment',
    ]);
    // Where the tool runs supplies the service and version (the repository name, the commit).
    expect(
      await errorsOf(
        { 'latency-query': query, 'max-latency': '0.5', 'kube-deployment': 'shop-api' },
        { service: 'shop-api', version: 'abc123' },
      ),
    ).toEqual([]);
  });

  it('accepts every placeholder whose value the config has, defaults included', async () => {
    expect(
      await errorsOf({
        'error-rate-query':
          'sum(rate(x{env="{{environment}}",ns="{{namespace}}"}[{{range}}])) / sum(rate(y[{{interval}}]))',
      }),
    ).toEqual([]);
  });
});
