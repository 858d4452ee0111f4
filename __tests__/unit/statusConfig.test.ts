import { MetricError } from '../../src/engine/ports.js';
import { scrapeIntervalOf } from '../../src/providers/prometheus/statusConfig.js';
import type { Answer } from '../../src/providers/prometheus/failure.js';

// GET /api/v1/status/config as Prometheus, and the things in front of it, answer it.

const PATH = '/api/v1/status/config';
const JSON_TYPE = 'application/json';
const answer = (body: string, status = 200, contentType = JSON_TYPE): Answer => ({ status, contentType, body });
/** Prometheus's own shape: the loaded configuration as YAML text, its defaults filled in. */
const configAnswer = (yaml: string) => answer(JSON.stringify({ status: 'success', data: { yaml } }));

const failure = (reply: Answer): string => {
  try {
    scrapeIntervalOf(reply, PATH);
  } catch (error) {
    expect(error).toBeInstanceOf(MetricError);
    return (error as Error).message;
  }
  throw new Error('expected a MetricError');
};

describe('scrapeIntervalOf', () => {
  it("reads global.scrape_interval from Prometheus's loaded configuration", () => {
    const yaml = [
      'global:',
      '  scrape_interval: 15s',
      '  scrape_timeout: 10s',
      '  evaluation_interval: 1m',
      'scrape_configs:',
      '- job_name: app',
      '  static_configs:',
      '  - targets: [127.0.0.1:8080]',
      '',
    ].join('\n');
    expect(scrapeIntervalOf(configAnswer(yaml), PATH)).toBe(15_000);
    expect(scrapeIntervalOf(configAnswer('global:\n  scrape_interval: 1m30s\n'), PATH)).toBe(90_000);
  });

  it('says why when the endpoint is absent or refused', () => {
    expect(failure(answer('404 page not found\n', 404, 'text/plain'))).toBe(`GET ${PATH} answered HTTP 404`);
    expect(failure(answer('{"status":"error","errorType":"unavailable"}', 503))).toBe(`GET ${PATH} answered HTTP 503`);
  });

  it('refuses what is not the configuration, without quoting a body that may hold credentials', () => {
    const login = failure(answer('<html><body>Sign in password=hunter2</body></html>', 200, 'text/html'));
    expect(login).toBe(`GET ${PATH} did not answer JSON`);
    expect(failure(answer('{"status":"success","data":{"activeTargets":[]}}'))).toBe(
      `GET ${PATH} did not answer Prometheus's configuration`,
    );
    expect(failure(configAnswer('global: [scrape_interval: 15s'))).toBe(
      `GET ${PATH} answered a configuration that is not YAML`,
    );
  });

  it('refuses a configuration without a usable scrape interval', () => {
    const missing = `GET ${PATH}: the configuration has no global.scrape_interval`;
    expect(failure(configAnswer('scrape_configs: []\n'))).toBe(missing);
    expect(failure(configAnswer('global:\n  evaluation_interval: 1m\n'))).toBe(missing);
    expect(failure(configAnswer('global:\n  scrape_interval: fast\n'))).toBe(missing);
    expect(failure(configAnswer('just text'))).toBe(missing);
    expect(failure(configAnswer('global:\n  scrape_interval: 0s\n'))).toBe(`GET ${PATH}: global.scrape_interval is 0`);
  });
});
