import {
  ClusterError,
  MetricError,
  type ClusterInspector,
  type MetricReading,
  type MetricSource,
  type PodState,
  type RollbackPreview,
  type Rollbacker,
} from '../../src/engine/ports.js';
import type { FakeClock } from './fakeClock.js';
import { DEFAULT_TRAFFIC_QUERY } from '../../src/engine/config/trafficSchema.js';

/** Requests a sample of the default traffic query counts when a test scripts none: well above min-requests. */
export const BUSY = 1_000;

export type ScriptedReading = number | 'no-data' | 'error' | 'rate-limited';

/** A MetricSource that answers each query from its own script (the last entry repeats) and records every call. */
export class FakeMetrics implements MetricSource {
  readonly calls: { query: string; at?: Date; lookbackMs?: number; total?: boolean; time: number }[] = [];
  /** The names each metric lookup asked about. */
  readonly lookups: string[][] = [];
  /** The metrics a lookup finds no series of; 'error' when the lookup gets no answer. */
  missing: string[] | 'error' = [];
  private inFlight = 0;
  peakInFlight = 0;

  private readonly scripts: Record<string, ScriptedReading[]>;

  constructor(
    scripts: Record<string, ScriptedReading[]>,
    private readonly clock: FakeClock,
    private readonly baselines: Record<string, ScriptedReading> = {},
    /** Queries Prometheus would refuse as malformed (400 bad_data). */
    private readonly rejected: string[] = [],
    /** Warnings Prometheus adds to every answer for a query (a partial response, a series limit). */
    private readonly warnings: Record<string, string[]> = {},
  ) {
    // The service is busy unless a test says otherwise: min-requests is tested where a script counts fewer.
    this.scripts = { [DEFAULT_TRAFFIC_QUERY]: [BUSY], ...scripts };
  }

  async query(sent: string, options: { at?: Date; lookbackMs?: number; total?: boolean }): Promise<MetricReading> {
    const query = this.keyOf(sent);
    const { at, lookbackMs, total } = options;
    this.calls.push({
      query,
      at,
      time: this.clock.now(),
      ...(lookbackMs !== undefined ? { lookbackMs } : {}),
      ...(total ? { total } : {}),
    });
    this.inFlight++;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
    await Promise.resolve();
    this.inFlight--;
    if (this.rejected.includes(query))
      throw new MetricError(
        'Prometheus rejected the query (bad_data): 1:5: parse error: unclosed left parenthesis',
        true,
      );
    const script = this.scripts[query] ?? ['no-data'];
    const answered = options.at
      ? (this.baselines[query] ?? 'no-data')
      : script[Math.min(this.samplesOf(query) - 1, script.length - 1)];
    if (answered === 'error') throw new MetricError('connection refused by prometheus:9090');
    if (answered === 'rate-limited')
      throw new MetricError('HTTP 429: rate limited (100 requests per 60s)', false, true);
    const warnings = [...(this.warnings[query] ?? [])];
    if (answered === 'no-data' || answered === undefined)
      return { kind: 'no-data', reason: 'NaN: no traffic in the window (0/0)', warnings };
    return { kind: 'value', value: answered, warnings };
  }

  async missingMetrics(names: readonly string[]): Promise<string[]> {
    this.lookups.push([...names]);
    await Promise.resolve();
    if (this.missing === 'error') throw new MetricError('connection refused by prometheus:9090');
    const missing = this.missing;
    return names.filter((name) => missing.includes(name));
  }

  /**
   * A script may be keyed by a query as written, placeholders and all: the monitor fills `{{range}}` from the
   * scrape interval, and the filled query still finds its script.
   */
  private keyOf(sent: string): string {
    const keys = [...Object.keys(this.scripts), ...Object.keys(this.baselines), ...this.rejected];
    return keys.find((key) => key === sent || templateMatches(key, sent)) ?? sent;
  }

  samplesOf(query: string): number {
    return this.calls.filter((call) => call.query === query && !call.at).length;
  }

  async close(): Promise<void> {}
}

function templateMatches(template: string, sent: string): boolean {
  if (!template.includes('{{')) return false;
  const pattern = template
    .split(/\{\{\s*range\s*\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\d+s');
  return new RegExp(`^${pattern}$`).test(sent);
}

/** A ClusterInspector whose pods change from sample to sample as a test scripts them (the last repeats). */
export class FakeCluster implements ClusterInspector {
  listed = 0;
  rolloutWaits = 0;
  private readonly rollouts: { complete: boolean; message: string }[];

  constructor(
    private readonly podsBySample: (PodState[] | 'error')[],
    /** One answer per `rollout status`, in order; the last repeats. */
    rollout: { complete: boolean; message: string } | { complete: boolean; message: string }[] = {
      complete: true,
      message: 'deployment "shop-api" successfully rolled out',
    },
    private readonly logs: string[] | 'error' = [],
  ) {
    this.rollouts = [rollout].flat();
  }

  async waitForRollout(): Promise<{ complete: boolean; message: string }> {
    return this.rollouts[Math.min(this.rolloutWaits++, this.rollouts.length - 1)] as {
      complete: boolean;
      message: string;
    };
  }

  async listPods(): Promise<PodState[]> {
    const pods = this.podsBySample[Math.min(this.listed++, this.podsBySample.length - 1)];
    if (pods === 'error' || pods === undefined)
      throw new ClusterError('The connection to the server 127.0.0.1:6443 was refused');
    return pods;
  }

  async podLogs(): Promise<string[]> {
    if (this.logs === 'error')
      throw new ClusterError('container "web" in pod "shop-1" is waiting to start: trying and failing to pull image');
    return this.logs;
  }
}

export function pod(
  name: string,
  overrides: { ready?: boolean; restarts?: number; waiting?: string; terminated?: string; phase?: string } = {},
): PodState {
  return {
    name,
    phase: overrides.phase ?? 'Running',
    ready: overrides.ready ?? true,
    containers: [
      {
        name: 'app',
        ready: overrides.ready ?? true,
        restartCount: overrides.restarts ?? 0,
        waitingReason: overrides.waiting,
        lastTerminationReason: overrides.terminated,
      },
    ],
  };
}

/** A Rollbacker with a scripted history and undo answer; it records every undo. */
export class FakeRollbacker implements Rollbacker {
  readonly undos: (number | undefined)[] = [];
  /** The cluster whose rollout wait confirms the undo, as the adapter wires kubectl's; unset, it is available. */
  confirmedBy?: ClusterInspector;

  constructor(
    private readonly history: RollbackPreview = {
      current: { revision: 3, images: ['shop:bad'] },
      target: { revision: 2, images: ['shop:good'] },
    },
    private readonly answer: { rolledBack: boolean; message: string } | 'error' = {
      rolledBack: true,
      message: 'deployment.apps/shop-api rolled back',
    },
  ) {}

  async preview(): Promise<RollbackPreview> {
    return this.history;
  }

  async undo(toRevision: number | undefined): Promise<{ rolledBack: boolean; message: string }> {
    this.undos.push(toRevision);
    if (this.answer === 'error')
      throw new ClusterError(
        'error: failed restoring revision 2: Internal error occurred: etcdserver: request timed out',
      );
    return this.answer;
  }

  confirm(timeoutMs: number, signal: AbortSignal): Promise<{ complete: boolean; message: string }> {
    return this.confirmedBy
      ? this.confirmedBy.waitForRollout(timeoutMs, signal)
      : Promise.resolve({ complete: true, message: 'deployment "shop-api" successfully rolled out' });
  }
}
