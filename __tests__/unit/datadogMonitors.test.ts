import { loadConfig } from '../../src/engine/config/load.js';
import { runMonitor } from '../../src/engine/monitor/monitor.js';
import type { MonitorPlan } from '../../src/engine/monitor/monitorPlan.js';
import { classifyMonitorStates } from '../../src/engine/monitor/monitorStates.js';
import { buildPlan } from '../../src/engine/plan.js';
import { MetricError, type MonitorState, type MonitorStateSource } from '../../src/engine/ports.js';
import { planLines } from '../../src/engine/report/planLines.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { RecordingLogger } from '../support/fixtures.js';

const TAGS = 'service:shop-api,env:production';
const monitorOf = (id: number, name: string, state: string, url?: string): MonitorState => ({
  id,
  name,
  state,
  ...(url ? { url } : {}),
});

describe('classifyMonitorStates', () => {
  it('is ok when every monitor is OK, or in a state that is neither alert nor warning', () => {
    const states = ['OK', 'Ignored', 'Skipped', 'Unknown', 'No Data'].map((state, id) => monitorOf(id, 'm', state));
    expect(classifyMonitorStates(states)).toEqual({ outcome: 'ok' });
  });

  it('breaches on any monitor in Alert, naming each with its link when it has one', () => {
    const sample = classifyMonitorStates([
      monitorOf(1, 'checkout p99 latency', 'Alert', 'https://app.datadoghq.com/monitors/1'),
      monitorOf(2, 'error budget', 'OK'),
      monitorOf(3, 'queue depth', 'Alert'),
      monitorOf(4, 'disk', 'Warn'),
    ]);
    expect(sample).toEqual({
      outcome: 'breach',
      note: 'checkout p99 latency: Alert (https://app.datadoghq.com/monitors/1); queue depth: Alert',
    });
  });

  it('is no data when every monitor is in No Data, or none is left', () => {
    expect(classifyMonitorStates([monitorOf(1, 'a', 'No Data'), monitorOf(2, 'b', 'No Data')])).toEqual({
      outcome: 'no-data',
      note: 'every monitor is in No Data',
    });
    expect(classifyMonitorStates([])).toEqual({ outcome: 'no-data', note: 'no monitor has the tags any more' });
  });

  it('is ok with a note naming each monitor in Warn', () => {
    const sample = classifyMonitorStates([
      monitorOf(1, 'checkout p99 latency', 'Warn', 'https://app.datadoghq.eu/monitors/1'),
      monitorOf(2, 'error budget', 'OK'),
    ]);
    expect(sample).toEqual({
      outcome: 'ok',
      note: 'checkout p99 latency: Warn (https://app.datadoghq.eu/monitors/1)',
    });
  });
});

const KEYS = { 'datadog-api-key': 'k'.repeat(8), 'datadog-app-key': 'a'.repeat(8) };
const load = (inputs: Record<string, string>) =>
  loadConfig({ inputs: { 'monitor-window': '1m', 'monitor-interval': '10s', ...inputs } });

describe('datadog-monitor-tags in the config', () => {
  it.each(['', '  ', ' , '])('refuses %j: no tag would list every monitor of the organisation', async (tags) => {
    const file = { path: 'post-deploy-check.yml', text: `datadog-monitor-tags: ${JSON.stringify(tags)}\n` };
    const loaded = await loadConfig({ file, inputs: KEYS });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors).toContainEqual(expect.stringMatching(/^datadog-monitor-tags: names no tag/));
  });

  it('needs both Datadog keys, naming each missing one', async () => {
    const loaded = await load({ 'datadog-monitor-tags': TAGS });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.errors).toEqual([
        'datadog-api-key: is required to read Datadog monitors: datadog-monitor-tags turns on the datadog-monitors gate',
        'datadog-app-key: is required to read Datadog monitors: datadog-monitor-tags turns on the datadog-monitors gate',
      ]);
  });

  it('is something to watch on its own, and takes the datadog-monitors name from listed gates', async () => {
    expect((await load({ 'datadog-monitor-tags': TAGS, ...KEYS })).ok).toBe(true);
    const clash = await load({
      'datadog-monitor-tags': TAGS,
      ...KEYS,
      gates: '- name: datadog-monitors\n  source: datadog\n  query: avg:x{*}\n  max: 1',
    });
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.errors[0]).toMatch(/^gates\[0\]\.name: "datadog-monitors" is already the name of/);
  });
});

describe('the datadog-monitors gate in the plan', () => {
  it('is planned with the trimmed tags, the run-wide on-inconclusive, and Datadog access', async () => {
    const loaded = await load({
      'datadog-monitor-tags': ' service:shop-api , env:production ',
      'on-inconclusive': 'fail',
      ...KEYS,
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const plan = buildPlan(loaded.config);
    expect(plan.monitor?.gates).toEqual([
      { name: 'datadog-monitors', query: TAGS, monitorTags: TAGS, source: 'datadog', onInconclusive: 'fail' },
    ]);
    expect(plan.monitor?.datadog).toMatchObject({ site: 'datadoghq.com', appKey: 'a'.repeat(8) });
    const lines = planLines(plan);
    expect(lines).toContain(`gate datadog-monitors: the Datadog monitors tagged ${TAGS}`);
    // No PromQL gate: no scrape interval to speak of.
    expect(lines.join('\n')).not.toMatch(/scrape interval/);
  });
});

/** Answers each list with the next entry (the last repeating), or throws it. */
class ScriptedMonitors implements MonitorStateSource {
  readonly lists: string[] = [];
  constructor(private readonly script: (MonitorState[] | Error)[]) {}
  async list(tags: string): Promise<MonitorState[]> {
    const answer = this.script[Math.min(this.lists.length, this.script.length - 1)] ?? [];
    this.lists.push(tags);
    if (answer instanceof Error) throw answer;
    return answer;
  }
  async close(): Promise<void> {}
}

const MONITORS_PLAN: MonitorPlan = {
  windowMs: 60_000,
  intervalMs: 10_000,
  delayMs: 0,
  failureThreshold: 2,
  baselineOffsetMs: 600_000,
  gates: [{ name: 'datadog-monitors', query: TAGS, monitorTags: TAGS, source: 'datadog', onInconclusive: 'warn' }],
};

async function watch(script: (MonitorState[] | Error)[]) {
  const clock = new FakeClock();
  const datadogMonitors = new ScriptedMonitors(script);
  const report = await runMonitor(MONITORS_PLAN, {
    datadogMonitors,
    clock,
    logger: new RecordingLogger(),
    redact: createRedactor([]),
    signal: new AbortController().signal,
    runStartedAt: clock.now(),
  });
  return { report, datadogMonitors };
}

const OK = [monitorOf(1, 'checkout p99 latency', 'OK')];
const ALERT = [monitorOf(1, 'checkout p99 latency', 'Alert', 'https://app.datadoghq.com/monitors/1')];

describe('runMonitor: the datadog-monitors gate', () => {
  it('lists the monitors before the window and each sample, and passes while none alerts', async () => {
    const { report, datadogMonitors } = await watch([OK]);
    expect(datadogMonitors.lists).toEqual(Array(7).fill(TAGS));
    expect(report.gates[0]).toMatchObject({ result: 'passed', source: 'datadog', counts: { ok: 6 } });
  });

  it('fails at failure-threshold samples in Alert in a row, naming the monitor and its link', async () => {
    const { report } = await watch([OK, OK, ALERT]);
    expect(report.stoppedEarly).toBe('datadog-monitors failed at sample 3 of 6');
    expect(report.gates[0]).toMatchObject({
      result: 'failed',
      detail: '2 breaching samples in a row: checkout p99 latency: Alert (https://app.datadoghq.com/monitors/1)',
    });
  });

  it('fails before the window, unsampled, when no monitor has the tags', async () => {
    const { report, datadogMonitors } = await watch([[]]);
    expect(datadogMonitors.lists).toHaveLength(1);
    expect(report.samples).toBe(0);
    expect(report.gates[0]).toMatchObject({
      result: 'failed',
      rejected: true,
      detail: `no Datadog monitor has the tags ${TAGS}`,
    });
  });

  it('fails before the window with the source message when the tags match too many monitors', async () => {
    const tooMany = new MetricError('more than 100 Datadog monitors have the tags env:production: narrow', true);
    const { report } = await watch([tooMany]);
    expect(report.gates[0]).toMatchObject({ rejected: true, detail: tooMany.message });
  });

  it('counts a list that fails during the window as an error sample, not a breach', async () => {
    const { report } = await watch([OK, new MetricError('Datadog answered 500')]);
    expect(report.gates[0]).toMatchObject({ counts: { error: 6 } });
    expect(report.gates[0]?.samples[0]).toMatchObject({ outcome: 'error', note: 'Datadog answered 500' });
  });
});
