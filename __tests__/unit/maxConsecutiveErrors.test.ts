import { DEFAULT_ERROR_RATE_QUERY } from '../../src/engine/config/monitorSchema.js';
import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { runMonitor } from '../../src/engine/monitor/monitor.js';
import { buildPlan } from '../../src/engine/plan.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeCluster, FakeMetrics, pod, type ScriptedReading } from '../support/fakeMonitor.js';
import { RecordingLogger } from '../support/fixtures.js';

// max-consecutive-errors: from the input, through the plan, to the gate's judgement and the pod watch.

const ERRORS = DEFAULT_ERROR_RATE_QUERY;
const OWN = 'sum(rate(queue_errors[5m]))';

async function configOf(inputs: Partial<Record<ConfigKey, string>>) {
  return loadConfig({
    inputs: {
      service: 'shop-api',
      'prometheus-url': 'http://prometheus:9090',
      'monitor-window': '1m',
      'monitor-interval': '10s',
      ...inputs,
    },
  });
}

async function monitor(
  inputs: Partial<Record<ConfigKey, string>>,
  scripts: Record<string, ScriptedReading[]>,
  cluster?: FakeCluster,
) {
  const loaded = await configOf(inputs);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const plan = buildPlan(loaded.config);
  const clock = new FakeClock();
  const report = await runMonitor(plan.monitor!, {
    metrics: new FakeMetrics(scripts, clock),
    cluster,
    clock,
    logger: new RecordingLogger(),
    redact: createRedactor([]),
    signal: new AbortController().signal,
    runStartedAt: clock.now(),
  });
  return { plan, report };
}

describe('max-consecutive-errors', () => {
  const flaky: ScriptedReading[] = [0, 0, 'error', 'error', 0, 0];

  it('defaults to 4: two errors in a row leave a gate conclusive', async () => {
    const { plan, report } = await monitor({}, { [ERRORS]: flaky });
    expect(plan.monitor?.maxConsecutiveErrors).toBe(4);
    expect(report.gates[0]).toMatchObject({ result: 'passed', inconclusive: false });
  });

  it('set to 2, makes the same gate inconclusive, and a gate may set its own', async () => {
    const gates = `- name: queue\n  query: ${OWN}\n  max: 1\n  max-consecutive-errors: 3`;
    const { plan, report } = await monitor({ 'max-consecutive-errors': '2', gates }, { [ERRORS]: flaky, [OWN]: flaky });
    expect(plan.monitor?.gates.map((gate) => gate.maxConsecutiveErrors)).toEqual([undefined, 3]);
    expect(report.gates.map((gate) => [gate.name, gate.result, gate.inconclusive])).toEqual([
      ['error-rate', 'warning', true],
      ['queue', 'passed', false],
    ]);
    expect(report.gates[0]?.detail).toBe(
      'inconclusive — the metric source kept failing (2 errors in a row: connection refused by prometheus:9090)',
    );
  });

  it('applies to the pod watch too', async () => {
    const healthy = [pod('shop-1')];
    const answers: (ReturnType<typeof pod>[] | 'error')[] = [healthy, 'error', 'error', healthy, healthy, healthy];
    const watch = (limit: string) =>
      monitor(
        { 'kube-deployment': 'shop-api', 'prometheus-url': '', 'max-consecutive-errors': limit },
        {},
        new FakeCluster(answers),
      );
    expect((await watch('4')).report.pods).toMatchObject({ inconclusive: false, result: 'passed' });
    expect((await watch('2')).report.pods).toMatchObject({ inconclusive: true, result: 'warning' });
  });

  it.each([
    [{ 'max-consecutive-errors': '0' }, 'max-consecutive-errors: "0" is not a whole number from 1 to 100'],
    [{ 'max-consecutive-errors': '101' }, 'max-consecutive-errors: "101" is not a whole number from 1 to 100'],
    [
      { gates: `- name: q\n  query: ${OWN}\n  max: 1\n  max-consecutive-errors: many` },
      'gates[0].max-consecutive-errors: "many" is not a whole number from 1 to 100',
    ],
  ] as const)('rejects %j before anything runs', async (inputs, message) => {
    const loaded = await configOf(inputs);
    expect(loaded.ok ? [] : loaded.errors).toEqual([message]);
  });
});
