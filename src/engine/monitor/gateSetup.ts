import type { MonitorPlan } from './monitorPlan.js';
import type { PlannedGate } from './plannedGate.js';
import { MetricError, type Logger } from '../ports.js';
import type { GateReport } from '../report/model.js';
import type { Redactor } from '../secrets.js';
import { messageOf } from '../errors.js';
import { fillPlaceholders, promqlDuration } from './placeholders.js';
import { burnQueries } from './burnRate.js';
import { metricSourceOf, readsPrometheus, type MetricSources } from './metricSources.js';
import { sideQueries } from '../compare/comparisonLook.js';
import { DEFAULT_SCRAPE_INTERVAL_MS, rangeFor, scrapeFit, type ScrapeInterval } from './scrapeFit.js';

// Reading the scrape interval is a courtesy: it must never hold the window up for long.
const SCRAPE_INTERVAL_TIMEOUT_MS = 2_000;
const NOTHING_UNFIT = { rejected: new Map<string, string>(), warnings: [] };

interface SetupDeps extends MetricSources {
  logger: Logger;
  redact: Redactor;
  signal: AbortSignal;
  runStartedAt: number;
}

/** The gates as they will be queried, and what was found wrong with them before the first sample. */
export interface GateSetup {
  gates: PlannedGate[];
  /** Gates whose query cannot work: failed as a setup problem, never sampled. */
  rejected: GateReport[];
  scrapeInterval?: ScrapeInterval;
  /** Setups that work, badly; each was also said as a warning annotation. */
  warnings: string[];
}

/**
 * `{{range}}` filled from the scrape interval, each query measured against it, then sent once: a range that
 * can never hold two scrapes and malformed PromQL are configuration errors that waiting cannot fix.
 */
export async function setUpGates(plan: MonitorPlan, deps: SetupDeps, timeoutMs: number): Promise<GateSetup> {
  if (plan.gates.length === 0) return { gates: [], rejected: [], warnings: [] };
  // The scrape interval is Prometheus's: without a PromQL gate there is nothing to read it for.
  const promql = plan.gates.some(readsPrometheus);
  const scrapeInterval = promql
    ? await readScrapeInterval(plan, deps)
    : { ms: DEFAULT_SCRAPE_INTERVAL_MS, source: 'default' as const };
  const range = rangeFor(scrapeInterval, plan.intervalMs);
  const gates = plan.gates.map((gate) => ({
    ...gate,
    // The burn-rate gate's {{range}} is the window each sample evaluates; shown and checked here at its shortest.
    // A comparison's is the time since the window started: shown at its longest, the whole window.
    query: fillPlaceholders(gate.query, {
      range: gate.slo ? promqlDuration(gate.slo.shortWindowMs) : gate.compare ? promqlDuration(plan.windowMs) : range,
    }),
    ...(gate.traffic ? { traffic: { ...gate.traffic, query: fillPlaceholders(gate.traffic.query, { range }) } } : {}),
  }));
  // A comparison's range grows from one interval to the whole window: short at first by design, never refused.
  const measured = gates.filter((gate) => !gate.compare && readsPrometheus(gate));
  const fit = promql ? scrapeFit(measured.flatMap(queriesOf), scrapeInterval, plan.intervalMs) : NOTHING_UNFIT;
  fit.warnings.forEach((warning) => deps.logger.warning(deps.redact(warning)));
  const unfit = gates.flatMap((gate) => {
    const fix = fit.rejected.get(gate.name);
    return fix ? [rejectedGate(gate, fix)] : [];
  });
  const [queried, monitored] = await Promise.all([
    rejectedQueries(
      gates.filter((gate) => !fit.rejected.has(gate.name)),
      deps,
      timeoutMs,
    ),
    rejectedMonitors(gates, deps, timeoutMs),
  ]);
  const rejected = [...unfit, ...queried, ...monitored];
  return { gates, rejected, ...(promql ? { scrapeInterval } : {}), warnings: fit.warnings };
}

/** What a gate sends: its query, and the count of requests its samples cover (`key` names it in a message). */
function queriesOf(gate: PlannedGate): { name: string; query: string; key?: string }[] {
  if (gate.slo) {
    const { short } = burnQueries(gate.slo, 0);
    return [
      { name: gate.name, query: short.errors, key: 'slo-errors-query' },
      { name: gate.name, query: short.requests, key: 'slo-requests-query' },
    ];
  }
  if (gate.compare) {
    // Only whether Prometheus accepts them matters here: the baseline's differ only in a label value or the time.
    const canary = sideQueries(gate.compare, gate.compare.canary, 0);
    return [
      { name: gate.name, query: canary.errors, key: 'errors-query' },
      { name: gate.name, query: canary.requests, key: 'requests-query' },
    ];
  }
  const traffic = gate.traffic ? [{ name: gate.name, query: gate.traffic.query, key: 'traffic-query' }] : [];
  return [{ name: gate.name, query: gate.query }, ...traffic];
}

async function readScrapeInterval(plan: MonitorPlan, deps: SetupDeps): Promise<ScrapeInterval> {
  if (plan.scrapeIntervalMs !== undefined) return { ms: plan.scrapeIntervalMs, source: 'input' };
  if (!deps.metrics?.scrapeInterval) {
    return { ms: DEFAULT_SCRAPE_INTERVAL_MS, source: 'default', note: 'the metric source does not say' };
  }
  try {
    const ms = await deps.metrics.scrapeInterval({ timeoutMs: SCRAPE_INTERVAL_TIMEOUT_MS, signal: deps.signal });
    return { ms, source: 'prometheus' };
  } catch (error) {
    return { ms: DEFAULT_SCRAPE_INTERVAL_MS, source: 'default', note: deps.redact(messageOf(error)) };
  }
}

/** Every gate's query once, reported with the backend's own message before any sample is taken. */
async function rejectedQueries(
  gates: readonly PlannedGate[],
  deps: SetupDeps,
  timeoutMs: number,
): Promise<GateReport[]> {
  const checked = await Promise.all(
    gates.map(async (gate) => {
      const metrics = metricSourceOf(gate, deps);
      if (!metrics) return undefined;
      // At the run's start, a moment that already has data: only whether Prometheus accepts the query matters.
      const at = new Date(deps.runStartedAt);
      for (const { query, key } of queriesOf(gate)) {
        try {
          const lookback = gate.lookbackMs !== undefined ? { lookbackMs: gate.lookbackMs } : {};
          await metrics.query(query, { at, ...lookback, timeoutMs, signal: deps.signal });
        } catch (error) {
          if (error instanceof MetricError && error.queryRejected)
            return rejectedGate(gate, key ? `${key}: ${error.message}` : error.message);
          // Not a verdict yet (Prometheus may be restarting), but a reader should see it before the samples.
          deps.logger.info(deps.redact(`${gate.name}: no answer before the window: ${messageOf(error)}`));
          return undefined;
        }
      }
      return undefined;
    }),
  );
  return checked.filter((gate): gate is GateReport => gate !== undefined);
}

/**
 * The monitors gate's monitors listed once: tags no monitor has (a typo, the wrong env:) would pass every sample
 * on no monitor at all, and tags matching more than the provider can judge are refused by it. Both are setup
 * problems that waiting cannot fix.
 */
async function rejectedMonitors(
  gates: readonly PlannedGate[],
  deps: SetupDeps,
  timeoutMs: number,
): Promise<GateReport[]> {
  const checked = await Promise.all(
    gates.map(async (gate) => {
      const tags = gate.monitorTags;
      if (tags === undefined || !deps.datadogMonitors) return undefined;
      try {
        const monitors = await deps.datadogMonitors.list(tags, { timeoutMs, signal: deps.signal });
        return monitors.length === 0 ? setupFailure(gate, `no Datadog monitor has the tags ${tags}`) : undefined;
      } catch (error) {
        if (error instanceof MetricError && error.queryRejected) return setupFailure(gate, error.message);
        deps.logger.info(deps.redact(`${gate.name}: no answer before the window: ${messageOf(error)}`));
        return undefined;
      }
    }),
  );
  return checked.filter((gate): gate is GateReport => gate !== undefined);
}

function rejectedGate(gate: PlannedGate, message: string): GateReport {
  return setupFailure(gate, `the query was rejected before the window began: ${message}`);
}

/** A gate failed before its first sample, `detail` saying why: never sampled, and no reason to roll back. */
function setupFailure(gate: PlannedGate, detail: string): GateReport {
  return {
    name: gate.name,
    query: gate.query,
    limits: { max: gate.max, min: gate.min, maxRatio: gate.maxRatio },
    samples: [],
    counts: { ok: 0, breach: 0, 'no-data': 0, error: 0 },
    result: 'failed',
    inconclusive: false,
    detail,
    warnings: [],
    rejected: true,
    ...(gate.source && gate.source !== 'prometheus' ? { source: gate.source } : {}),
  };
}
