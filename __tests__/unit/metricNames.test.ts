import { DEFAULT_ERROR_RATE_QUERY } from '../../src/engine/config/monitorSchema.js';
import { metricNames } from '../../src/engine/monitor/metricNames.js';

describe('metricNames', () => {
  it.each([
    ['http_requests_total', ['http_requests_total']],
    ['http_requests_total{status=~"5.."}', ['http_requests_total']],
    ['rate(x[5m])', ['x']],
    [DEFAULT_ERROR_RATE_QUERY, ['http_requests_total']],
    ['histogram_quantile(0.99, sum(rate(x_bucket[5m])) by (le))', ['x_bucket']],
    ['histogram_quantile(0.99, sum by (le, job) (rate(x_bucket{job="api"}[5m])))', ['x_bucket']],
    ['sum without (instance) (up)', ['up']],
    ['a / on (job) group_left (team) b', ['a', 'b']],
    ['a * ignoring(code) group_right b', ['a', 'b']],
    ['a > bool 0.5 and b or c unless d', ['a', 'b', 'c', 'd']],
    ['max_over_time(queue_depth[10m:1m] offset 5m) > 1e3', ['queue_depth']],
    ['rate(x[1h30m] @ 1609746000)', ['x']],
    ['job:http_requests:rate5m > Inf', ['job:http_requests:rate5m']],
    ['label_replace(up, "dst", "$1 by x", "src", "(.*)")', ['up']],
    ['count_values("version", build_info{path="a}b"})', ['build_info']],
    ['sum (rate (x[5m]))', ['x']],
    ['{__name__=~"x.*"}', []],
    ['2 * 0.25', []],
    ['x # a comment naming y\n + z', ['x', 'z']],
    ['a + a', ['a']],
  ])('%s -> %j', (query, names) => expect(metricNames(query)).toEqual(names));
});
