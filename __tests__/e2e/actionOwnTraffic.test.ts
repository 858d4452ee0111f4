import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startFakeKubernetes, type FakeKubernetes } from '../support/fakeKubernetes.js';
import * as scenarios from '../support/kubernetesScenarios.js';
import { runCancelled } from '../support/cancelAction.js';
import { ROOT, runAction, type ActionRun } from '../support/runAction.js';
import { startTestService, text, type RecordedRequest, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it, with `traffic`: the action sends its own requests through the
// monitor window to a real loopback service, which counts them, and judges them as the gate `traffic`.
// Everything here is a count or an order the service (or the fake cluster) recorded, never a duration.

const VERSION = (JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const USER_AGENT = `post-deploy-check/${VERSION} (traffic)`;

let service: TestService | undefined;
let kubernetes: FakeKubernetes | undefined;
afterEach(async () => {
  await Promise.all([service?.close(), kubernetes?.close()]);
  service = undefined;
  kubernetes = undefined;
});

/** One counter for every server of a test: which request arrived before which, whatever the clock says. */
let order = 0;
beforeEach(() => (order = 0));

const isTraffic = (request: RecordedRequest) => request.headers['x-post-deploy-check'] === 'traffic';
const reportOf = async (run: ActionRun) => JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));

interface Arrival {
  /** Its place in `order`. */
  seq: number;
  /** Date.now() when the service had read it: only ever bucketed, never compared with a limit. */
  at: number;
}

interface GateSample {
  outcome: string;
  note?: string;
}

describe('traffic: the action sends its own requests through the window', () => {
  it('sends rate × window requests spread over the whole window, each marked, and passes a healthy service', async () => {
    const arrivals: Arrival[] = [];
    service = await startTestService({
      '/health': (request, res) => {
        if (isTraffic(request)) arrivals.push({ seq: ++order, at: Date.now() });
        text(res, 200, 'ok');
      },
    });
    const run = await runAction(
      {
        'base-url': service.url,
        checks: '/health',
        traffic: 'rate: 5\nmin-requests: 3',
        'monitor-window': '6s',
        'monitor-interval': '1s',
      },
      { killAfterMs: 30_000 },
    );

    expect(run.killed).toBe(false);
    expect(run.outputs.result).toBe('passed');
    const seen = service.requests.filter(isTraffic);
    expect(seen.length).toBeGreaterThanOrEqual(25);
    expect(seen.length).toBeLessThanOrEqual(35);
    // The smoke check is the one request without the marker.
    expect(service.requests.filter((request) => !isTraffic(request))).toHaveLength(1);
    for (const request of seen) {
      expect(request.headers['user-agent']).toBe(USER_AGENT);
      expect(request.headers['x-post-deploy-check']).toBe('traffic');
      expect(request.method).toBe('GET');
      expect(request.url).toBe('/health');
    }
    // Open loop, over the whole window: every whole second since the first request has some.
    const first = arrivals[0]?.at ?? 0;
    const buckets = [0, 0, 0, 0, 0, 0];
    for (const { at } of arrivals) {
      const second = Math.floor((at - first) / 1_000);
      if (second < buckets.length) buckets[second] = (buckets[second] ?? 0) + 1;
    }
    expect(buckets.map((count) => count > 0)).toEqual([true, true, true, true, true, true]);

    const report = await reportOf(run);
    const traffic = report.monitor.traffic;
    const unfinished = traffic.requests.reduce(
      (sum: number, request: { unfinished: number }) => sum + request.unfinished,
      0,
    );
    expect(Number(run.outputs['traffic-requests'])).toBe(traffic.sent);
    expect(Math.abs(traffic.sent - seen.length)).toBeLessThanOrEqual(unfinished);
    expect(traffic).toMatchObject({ ratePerSecond: 5, maxInFlight: 16, maxRequests: 30, failed: 0, dropped: 0 });
    expect(traffic.ok).toBe(traffic.sent - unfinished);
    expect(traffic.requests).toEqual([
      expect.objectContaining({ name: 'GET /health', method: 'GET', sent: traffic.sent, dropped: 0, errors: {} }),
    ]);
    const [gate] = report.monitor.gates;
    expect(gate).toMatchObject({ name: 'traffic', ownTraffic: true, result: 'passed', minRequests: 3 });
    expect(gate.counts).toEqual({ ok: 6, breach: 0, 'no-data': 0, error: 0 });
    expect(JSON.parse(run.outputs.metrics ?? '').traffic.traffic).toMatchObject({
      sent: traffic.sent,
      ok: traffic.ok,
      failed: 0,
      dropped: 0,
    });
    expect(run.summary).toContain('**Traffic**');
    expect(run.summary).toContain(`${traffic.sent} requests sent over`);
    expect(run.summary).toContain('| Request | Sent | OK | Errors | Dropped | p50 | p95 | Max |');
    expect(run.summary).toMatch(new RegExp(`\\| GET /health \\| ${traffic.sent} \\| ${traffic.ok} \\| 0 \\| 0 \\|`));
  });

  it('fails within failure-threshold samples once the service turns to 500s, and stops before the rollback', async () => {
    const BAD_FROM = 11;
    const arrivals: Arrival[] = [];
    service = await startTestService({
      '/health': (request, res) => {
        if (!isTraffic(request)) return text(res, 200, 'ok');
        arrivals.push({ seq: ++order, at: Date.now() });
        if (arrivals.length >= BAD_FROM) text(res, 500, 'internal server error');
        else text(res, 200, 'ok');
      },
    });
    const mutations: number[] = [];
    kubernetes = await startFakeKubernetes(scenarios.revisions(), {
      intercept: (request) => {
        const seq = ++order;
        if (!['GET', 'HEAD'].includes(request.method)) mutations.push(seq);
        return false;
      },
    });
    const run = await runAction(
      {
        'base-url': service.url,
        checks: '/health',
        traffic: 'rate: 5\nmin-requests: 3',
        'monitor-window': '10s',
        'monitor-interval': '1s',
        'kube-deployment': scenarios.deploymentName,
        'kube-namespace': scenarios.namespace,
        'kube-context': 'fake',
        'rollout-timeout': '0',
        'rollback-timeout': '5s',
      },
      { env: { KUBECONFIG: kubernetes.kubeconfig, HOME: kubernetes.home }, killAfterMs: 45_000 },
    );

    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    const report = await reportOf(run);
    const gate = report.monitor.gates.find((candidate: { name: string }) => candidate.name === 'traffic');
    const outcomes = gate.samples.map((sample: GateSample) => sample.outcome);
    // The 11th request is due 2s into the window: it falls in the second or the third sample.
    const firstBad = outcomes.indexOf('breach');
    expect([1, 2]).toContain(firstBad);
    expect(outcomes).toEqual([...outcomes.slice(0, firstBad).map(() => 'ok'), 'breach', 'breach']);
    expect(report.monitor.stoppedEarly).toBe(`traffic failed at sample ${firstBad + 2} of 10`);
    expect(gate.result).toBe('failed');
    expect(gate.detail).toMatch(
      /^2 breaching samples in a row: 1 > max 0\.01: \d+ of \d+ requests failed \(GET \/health: /,
    );
    expect(report.monitor.traffic.stoppedBecause).toBe(report.monitor.stoppedEarly);
    expect(report.monitor.traffic.failed).toBeGreaterThan(0);
    expect(run.outputs['rolled-back']).toBe('true');

    // The rollback began after the last traffic request had arrived: none came in once the cluster was changed.
    expect(mutations.length).toBeGreaterThan(0);
    const rollbackBegan = Math.min(...mutations);
    expect(arrivals.length).toBeGreaterThanOrEqual(BAD_FROM);
    expect(arrivals.filter((arrival) => arrival.seq > rollbackBegan)).toEqual([]);
  });

  it('never has more than max-in-flight requests open on a slow service, and fails on the drops', async () => {
    let open = 0;
    let mostOpen = 0;
    service = await startTestService({
      '/health': (_, res) => text(res, 200, 'ok'),
      // Answers after 5s, unless the connection goes first (the action stopping, the test closing the server).
      '/slow': (request, res) => {
        if (!isTraffic(request)) return text(res, 200, 'ok');
        open++;
        mostOpen = Math.max(mostOpen, open);
        const answer = setTimeout(() => text(res, 200, 'ok'), 5_000);
        res.on('close', () => {
          open--;
          clearTimeout(answer);
        });
      },
    });
    const run = await runAction(
      {
        'base-url': service.url,
        checks: '/health',
        traffic: [
          'rate: 10',
          'max-in-flight: 4',
          'min-requests: 3',
          'requests:',
          '  - {path: /slow, timeout: 30s}',
        ].join('\n'),
        'monitor-window': '10s',
        'monitor-interval': '1s',
      },
      { killAfterMs: 30_000 },
    );

    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    const seen = service.requests.filter(isTraffic);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThanOrEqual(4);
    expect(mostOpen).toBeLessThanOrEqual(4);
    const report = await reportOf(run);
    const { traffic } = report.monitor;
    expect(traffic.dropped).toBeGreaterThan(0);
    expect(traffic.requests[0].dropped).toBe(traffic.dropped);
    // Stopped with the window, not failed by the service: each one still out is unfinished.
    expect(traffic.failed).toBe(0);
    expect(traffic.requests[0].unfinished).toBe(traffic.sent);
    expect(Number(run.outputs['traffic-requests'])).toBe(traffic.sent);
    const gate = report.monitor.gates.find((candidate: { name: string }) => candidate.name === 'traffic');
    expect(gate.result).toBe('failed');
    expect(gate.detail).toContain('the service cannot keep up with 10 requests/s');
    expect(gate.samples[0]).toMatchObject({ outcome: 'breach', due: expect.any(Number), dropped: expect.any(Number) });
    expect(run.summary).toContain(`${traffic.dropped} dropped with 4 in flight`);
  });

  it('sends no request once the step is cancelled', async () => {
    const CANCEL_AT = 4;
    const arrivals: Arrival[] = [];
    let signalled: number | undefined;
    let cancel = () => {};
    service = await startTestService({
      '/health': (request, res) => {
        if (isTraffic(request)) {
          arrivals.push({ seq: ++order, at: Date.now() });
          // The runner's cancel, sent as the service reads a request, half a second before the next is due.
          if (arrivals.length === CANCEL_AT) {
            signalled = ++order;
            cancel();
          }
        }
        text(res, 200, 'ok');
      },
    });
    const run = await runCancelled(
      {
        'base-url': service.url,
        checks: '/health',
        traffic: 'rate: 2\nmin-requests: 2',
        'monitor-window': '10m',
        'monitor-interval': '1s',
      },
      (send) => (cancel = send),
    );

    expect(run.escalations).toEqual([]);
    expect(run.code).toBe(1);
    expect(signalled).toBeDefined();
    expect(run.report.verdict.result).toBe('cancelled');
    expect(run.outputs.result).toBe('cancelled');
    expect(arrivals.filter((arrival) => arrival.seq > (signalled ?? 0))).toEqual([]);
    expect(run.report.monitor?.traffic?.stoppedBecause).toBe('the step was cancelled or reached its time limit');
    expect(run.report.monitor?.traffic?.sent).toBeGreaterThanOrEqual(CANCEL_AT);
    expect(Number(run.outputs['traffic-requests'])).toBe(run.report.monitor?.traffic?.sent);
  });
});
