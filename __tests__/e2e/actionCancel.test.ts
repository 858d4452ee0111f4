import { startFakeGrafana, type FakeGrafana } from '../support/fakeGrafana.js';
import { startFakeSlack, type FakeSlack } from '../support/fakeSlack.js';
import { runCancelled, type CancelledRun } from '../support/cancelAction.js';
import { hang, json, startTestService, type TestService } from '../support/testService.js';

// The runner cancels a step with SIGINT, then SIGTERM 7.5 s later, then kills it. The action must
// be gone before the SIGTERM: checks and monitor stopped, the cancelled notice sent, report written.

let service: TestService;
let grafana: FakeGrafana;
let slack: FakeSlack;
beforeEach(async () => {
  service = await startTestService({
    '/slow': hang,
    '/health': (_req, res) => json(res, 200, { status: 'ok' }),
    // Prometheus's instant-query envelope: an error rate of 0.
    '/api/v1/query': (_req, res) =>
      json(res, 200, {
        status: 'success',
        data: { resultType: 'vector', result: [{ metric: {}, value: [Date.now() / 1000, '0'] }] },
      }),
  });
  [grafana, slack] = await Promise.all([startFakeGrafana(), startFakeSlack()]);
});
afterEach(() => Promise.all([service.close(), grafana.close(), slack.close()]));

/** Runs the bundled action and cancels it as the runner does once `ready` says so. */
function cancelWhen(inputs: Record<string, string>, ready: () => boolean): Promise<CancelledRun> {
  return runCancelled(inputs, (cancel) => {
    const poll = setInterval(() => {
      if (!ready()) return;
      clearInterval(poll);
      cancel();
    }, 20);
  });
}

it('stops on SIGINT while a check hangs, records result: cancelled and ends before the SIGTERM', async () => {
  const run = await cancelWhen({ 'base-url': service.url, checks: '/slow' }, () => service.requests.length > 0);

  expect(run.escalations).toEqual([]);
  expect(run.code).toBe(1);
  expect(run.report.verdict.result).toBe('cancelled');
  expect(run.report.checks[0]?.detail).toMatch(/^stopped/);
  expect(run.outputs.result).toBe('cancelled');
  // Nothing was judged: no downstream `if: failed-checks != '[]'` may act on a stopped check.
  expect(run.outputs['failed-checks']).toBe('[]');
  expect(run.stdout).not.toMatch(/::error title=/);
  expect(run.summary).toContain('## ⏹️ Cancelled');
});

it('stops the monitor window, sends the cancelled notice and closes the Grafana region', async () => {
  const samples = () => service.requests.filter((request) => request.url.startsWith('/api/v1/query')).length;
  const run = await cancelWhen(
    {
      'base-url': service.url,
      checks: '/health',
      'prometheus-url': service.url,
      'error-rate-query': 'sum(rate(http_requests_total{code=~"5.."}[1m])) / sum(rate(http_requests_total[1m]))',
      'monitor-window': '10m',
      'monitor-interval': '1s',
      'grafana-url': grafana.url,
      'grafana-token': grafana.token,
      'slack-webhook-url': slack.webhookUrl,
    },
    // Two samples: the window is under way, far from its end.
    () => samples() >= 3,
  );

  expect(run.escalations).toEqual([]);
  expect(run.report.verdict.result).toBe('cancelled');
  expect(run.report.rollbackNeeded).toBe(false);
  expect(run.outputs['rollback-required']).toBe('false');
  expect(run.report.monitor?.gates[0]?.samples.length).toBeLessThan(600);
  expect(grafana.requests.map((request) => [request.method, request.answer])).toEqual([
    ['POST', 200],
    ['PATCH', 200],
  ]);
  const region = [...grafana.annotations.values()][0];
  expect(region?.timeEnd).toBeGreaterThan(region?.time ?? Infinity);
  expect(region?.tags).toContain('cancelled');
  expect(slack.posts.map((post) => post.problems)).toEqual([[], []]);
  expect(JSON.stringify(slack.posts[1]?.payload)).toContain('Cancelled');
  expect(run.summary).toContain('## ⏹️ Cancelled');
});
