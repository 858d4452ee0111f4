import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import { buildPlan } from '../../src/engine/plan.js';
import type { Report } from '../../src/engine/report/model.js';
import { runChecks } from '../../src/engine/run.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeClock } from '../support/fakeClock.js';
import { FakeCluster, FakeMetrics, FakeRollbacker, pod, type ScriptedReading } from '../support/fakeMonitor.js';
import { FakeProber, type Reply } from '../support/fakeProber.js';
import { NEW_SHA, RecordingLogger } from '../support/fixtures.js';

export const BASE = 'https://shop.example.com';

/** What a situation scripts: its inputs, and what the service, Prometheus and the cluster answer. */
export interface Script {
  inputs: Partial<Record<ConfigKey, string>>;
  replies: Record<string, Reply[]>;
  readings?: Record<string, ScriptedReading[]>;
  baselines?: Record<string, ScriptedReading>;
  /** Given when the inputs name a Deployment: its rollouts and pods answer, and a rollback succeeds. */
  cluster?: boolean;
}

/**
 * A Report made as the unit tests make theirs: the action's own config loading and plan, run against
 * the fakes in virtual time, with the context a GitHub run gives (run link, commit, actor).
 */
export async function runReport(script: Script): Promise<Report> {
  const loaded = await loadConfig({ inputs: { service: 'shop-api', 'base-url': BASE, ...script.inputs } });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const clock = new FakeClock();
  return runChecks(buildPlan(loaded.config), {
    prober: new FakeProber(script.replies, { clock, latencyMs: 40 }),
    metrics: new FakeMetrics(script.readings ?? {}, clock, script.baselines),
    cluster: script.cluster ? new FakeCluster([[pod('shop-api-7c9f-x2'), pod('shop-api-7c9f-k8')]]) : undefined,
    rollbacker: script.cluster ? new FakeRollbacker() : undefined,
    clock,
    logger: new RecordingLogger(),
    redact: createRedactor(loaded.secrets),
    context: {
      runUrl: 'https://github.com/acme/shop/actions/runs/1',
      repository: 'acme/shop',
      commitSha: NEW_SHA,
      commitUrl: `https://github.com/acme/shop/commit/${NEW_SHA}`,
      actor: 'on-call-jane',
    },
    tool: { name: 'post-deploy-check', version: '0.1.0' },
  });
}
