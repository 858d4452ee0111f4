import { REQUIRED_STREAK, shortSha } from '../checks/versionCheck.js';
import { formatDuration } from '../config/duration.js';
import { kubectlTarget } from '../kubernetes/target.js';
import type { MonitorPlan } from '../monitor/monitorPlan.js';
import type { PlannedComparison, PlannedGate, PlannedSlo } from '../monitor/plannedGate.js';
import { SLO_GATE_NAME } from '../config/sloSchema.js';
import { readsPrometheus } from '../monitor/metricSources.js';
import { fillPlaceholders, placeholdersIn } from '../monitor/placeholders.js';
import { DEFAULT_SCRAPE_INTERVAL_MS, rangeFor } from '../monitor/scrapeFit.js';
import type { Plan } from '../plan.js';
import type { GitHubDeploymentPlan } from '../github/deploymentPlan.js';
import type { PullRequestCommentPlan } from '../github/commentPlan.js';
import { redactUrl } from '../secrets.js';
import { trafficLine } from '../traffic/trafficPlan.js';

/** What will run, with every URL resolved: a reader can repeat any check by hand. */
export function planLines(plan: Plan): string[] {
  if (plan.command === 'rollback') return rollbackJobLines(plan);
  const lines = [
    `${plan.service}${plan.version ? ` ${shortSha(plan.version)}` : ''} in ${plan.environment}${plan.dryRun ? ' (dry run: no action will be taken)' : ''}`,
  ];
  for (const check of plan.httpChecks) {
    const retries = check.retries === 1 ? '1 retry' : `${check.retries} retries`;
    lines.push(
      `${check.name}: ${check.request.method} ${redactUrl(check.request.url)} (timeout ${formatDuration(check.timeoutMs)}, ${retries}${check.required ? '' : ', optional'})`,
    );
  }
  for (const dependency of plan.dependencies) {
    lines.push(
      `${dependency.name}: ${dependency.target.type} ${redactUrl(dependency.target.url)} (timeout ${formatDuration(dependency.target.timeoutMs)}${dependency.required ? '' : ', optional'})`,
    );
  }
  for (const flow of plan.flows) {
    lines.push(
      `${flow.name}: ${flow.steps.map((step) => `${step.request.method} ${redactUrl(step.request.url)}`).join(' → ')} (timeout ${formatDuration(flow.timeoutMs)})`,
    );
  }
  if (plan.versionCheck) {
    const { url, field, expected, timeoutMs } = plan.versionCheck;
    lines.push(
      `${plan.versionCheck.name}: poll ${redactUrl(url)} until "${field}" reports ${shortSha(expected)} ${REQUIRED_STREAK} times in a row (up to ${formatDuration(timeoutMs)})`,
    );
  }
  if (plan.kubernetes) {
    const { rolloutTimeoutMs } = plan.kubernetes;
    lines.push(
      `${kubectlTarget(plan.kubernetes)}${rolloutTimeoutMs > 0 ? `: wait up to ${formatDuration(rolloutTimeoutMs)} for its rollout` : ''}`,
    );
  }
  if (plan.monitor) {
    const { windowMs, intervalMs, delayMs, failureThreshold, successThreshold, gates } = plan.monitor;
    lines.push(
      `monitor ${formatDuration(windowMs)}, a sample every ${formatDuration(intervalMs)}${delayMs > 0 ? ` after ${formatDuration(delayMs)}` : ''}; ${failureThreshold} breaches in a row fail a gate${successThreshold ? `; ${successThreshold} healthy samples in a row pass early` : ''}`,
    );
    const range = scrapeRange(plan.monitor);
    if (gates.some(readsPrometheus)) lines.push(range.line);
    const filled = (query: string) => fillPlaceholders(query, range.value ? { range: range.value } : {});
    for (const gate of gates) {
      if (gate.slo) {
        lines.push(sloLine(gate.slo, gate.max ?? 0));
        continue;
      }
      if (gate.compare) {
        lines.push(comparisonLine(gate, gate.compare));
        continue;
      }
      if (gate.monitorTags !== undefined) {
        lines.push(`gate ${gate.name}: the Datadog monitors tagged ${gate.monitorTags}`);
        continue;
      }
      const trust = [
        gate.source,
        gate.lookbackMs !== undefined ? `lookback ${formatDuration(gate.lookbackMs)}` : undefined,
        gate.mode && gate.mode !== 'enforce' ? gate.mode : undefined,
        gate.minDelta ? `min-delta ${gate.minDelta}` : undefined,
      ].filter(Boolean);
      const traffic = gate.traffic
        ? `; requests: ${filled(gate.traffic.query)}${gate.traffic.minRequests > 0 ? `, at least ${gate.traffic.minRequests} a sample` : ''}`
        : '';
      lines.push(
        `gate ${gate.name}${trust.length > 0 ? ` (${trust.join(', ')})` : ''}: ${filled(gate.query)}${traffic}`,
      );
    }
    if (plan.monitor.trafficUnchecked) lines.push(plan.monitor.trafficUnchecked);
    if (plan.monitor.traffic) lines.push(trafficLine(plan.monitor.traffic, windowMs));
  }
  if (plan.github) lines.push(githubLine(plan.github, plan.environment));
  if (plan.pullRequestComment) lines.push(commentLine(plan.pullRequestComment));
  lines.push(`time limit ${formatDuration(plan.timeoutMs)}`);
  return lines;
}

/** What the run will record on GitHub: a dry run prints the same and sends nothing. */
function githubLine(github: GitHubDeploymentPlan, environment: string): string {
  const statuses = 'status in_progress now, success, failure or error at the end';
  return github.mode === 'create'
    ? `GitHub deployment: create one for ${environment} at the commit; ${statuses}`
    : `GitHub deployment ${github.deploymentId}: ${statuses}`;
}

/** Where the verdict goes on a pull request, and when. */
function commentLine(comment: PullRequestCommentPlan): string {
  const where = comment.number !== undefined ? `pull request #${comment.number}` : "the event's pull request";
  const when =
    comment.when === 'always'
      ? 'created or updated at the end of every run'
      : 'created by a failure; one already there is updated at the end of every run';
  return `pull-request comment on ${where}: ${when}`;
}

/** The burn-rate gate: its objective and limits in words, then its two queries, `{{range}}` each sample's window. */
function sloLine(slo: PlannedSlo, maxBurn: number): string {
  const objective = `${slo.objectivePercent}% over ${formatDuration(slo.periodMs)}`;
  const limits = `fails above ${maxBurn}× in both ${formatDuration(slo.shortWindowMs)} and the window so far, warns above ${slo.warnBurn}×`;
  const least =
    slo.minRequests > 0 ? `, at least ${slo.minRequests} requests in ${formatDuration(slo.shortWindowMs)}` : '';
  return `gate ${SLO_GATE_NAME} (SLO ${objective}; ${limits}${least}): errors ${slo.errorsQuery}; requests ${slo.requestsQuery}`;
}

/**
 * A comparison in words: which sides, the limit and the confidence, how many errors it needs, then its two
 * queries as written: `{{side}}` is each side's value and `{{range}}` the time since the window started.
 */
function comparisonLine({ name, mode, source }: PlannedGate, compare: PlannedComparison): string {
  const sides =
    'side' in compare.baseline
      ? `${compare.canary} vs ${compare.baseline.side}`
      : `${compare.canary} vs the same queries ${formatDuration(compare.baseline.beforeMs)} before (baseline: before)`;
  const rules = `fails when ${compare.canary}'s error rate is shown above ${compare.maxIncrease}× the baseline's with ${Number((compare.confidence * 100).toPrecision(12))}% confidence, from ${compare.minEvents} errors on both sides together`;
  const held = [source, mode && mode !== 'enforce' ? mode : undefined].filter(Boolean).map((word) => `${word}; `);
  return `compare ${name} (${held.join('')}${sides}; ${rules}): errors ${compare.errorsQuery}; requests ${compare.requestsQuery}`;
}

const RANGE_RULE = '4 × scrape interval, at least monitor-interval';

/**
 * The scrape interval the gates' ranges will be measured against and what `{{range}}` becomes: known now when
 * scrape-interval is given, otherwise only once the window begins and Prometheus is asked.
 */
function scrapeRange(monitor: MonitorPlan): { line: string; value?: string } {
  // A comparison's {{range}} is the time since the window started, not made from the scrape interval.
  const usesRange = monitor.gates.some((gate) => !gate.compare && placeholdersIn(gate.query).includes('range'));
  if (monitor.scrapeIntervalMs === undefined) {
    const line = `scrape interval: read from Prometheus when the window begins (${formatDuration(DEFAULT_SCRAPE_INTERVAL_MS)} if it cannot be read)`;
    return { line: usesRange ? `${line}; {{range}} = ${RANGE_RULE}` : line };
  }
  const value = rangeFor({ ms: monitor.scrapeIntervalMs, source: 'input' }, monitor.intervalMs);
  const line = `scrape interval ${formatDuration(monitor.scrapeIntervalMs)} (scrape-interval)`;
  return { line: usesRange ? `${line}; {{range}} = ${value} (${RANGE_RULE})` : line, value };
}

/** The approval job runs no rollout wait, no checks first and no monitor: only what it will do. */
function rollbackJobLines(plan: Plan): string[] {
  const head = `${plan.service} in ${plan.environment}: roll back by approval${plan.dryRun ? ' (dry run: no action will be taken)' : ''}`;
  if (!plan.rollback)
    return [head, 'nothing to roll back with: set kube-deployment, or rollback-with: helm or command'];
  const required = plan.httpChecks.filter((check) => check.required);
  return [
    head,
    plan.rollback.undoCommand,
    ...(plan.rollback.statusCommand ? [plan.rollback.statusCommand] : []),
    ...(required.length > 0
      ? [`then ${required.length === 1 ? 'the required check' : `the ${required.length} required checks`} again`]
      : []),
    `time limit ${formatDuration(plan.timeoutMs)}`,
  ];
}
