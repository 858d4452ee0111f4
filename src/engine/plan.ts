import type { CheckConfig, RequestConfig } from './config/checkSchema.js';
import { DEPENDENCY_TIMEOUT_MS } from './config/verifySchema.js';
import { DEFAULT_MAX_LATENCY_RATIO } from './config/monitorSchema.js';
import type { NoticeEvent } from './config/noticesSchema.js';
import type { Config } from './config/schema.js';
import type { DependencyTarget } from './ports.js';
import { hasHeader } from './http.js';
import { redactUrl } from './secrets.js';

export interface PlannedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface PlannedHttpCheck {
  name: string;
  request: PlannedRequest;
  expect: CheckConfig['expect'];
  timeoutMs: number;
  retries: number;
  retryOn: number[];
  followRedirects: boolean;
  /** This request only is sent without verifying the server's certificate. */
  insecureSkipTlsVerify: boolean;
  required: boolean;
  /** A rate-limit check: this many requests at once. */
  burst?: number;
}

export interface PlannedDependency {
  name: string;
  target: DependencyTarget;
  required: boolean;
}

export interface PlannedFlowStep extends PlannedHttpCheck {
  /** Variable name -> a dot path into the JSON answer, or `header:Name`. */
  capture: Record<string, string>;
}

export interface PlannedFlow {
  name: string;
  steps: PlannedFlowStep[];
  timeoutMs: number;
  required: boolean;
}

export interface PlannedVersionCheck {
  name: string;
  url: string;
  field: string;
  expected: string;
  timeoutMs: number;
  insecureSkipTlsVerify: boolean;
}

export type InconclusiveAction = 'pass' | 'warn' | 'fail';

export interface PlannedGate {
  name: string;
  query: string;
  max?: number;
  min?: number;
  maxRatio?: number;
  onInconclusive: InconclusiveAction;
}

export interface MonitorPlan {
  windowMs: number;
  intervalMs: number;
  delayMs: number;
  failureThreshold: number;
  baselineOffsetMs: number;
  prometheus?: { url: string; headers: Record<string, string>; insecureSkipTlsVerify: boolean };
  gates: PlannedGate[];
  /** Pod health each sample, when a Deployment is named. */
  pods?: { maxRestarts: number; logPattern?: string; maxLogErrors: number };
}

export interface KubernetesTarget {
  deployment: string;
  namespace: string;
  context?: string;
  selector?: string;
  rolloutTimeoutMs: number;
  insecureSkipTlsVerify: boolean;
}

export interface RollbackPlan {
  mode: 'auto' | 'manual' | 'off';
  toRevision?: number;
  timeoutMs: number;
  /** `deployment/NAME -n NS [--context=C]`: what every kubectl command a person runs is about. */
  target: string;
  /** The exact commands a person would run: undo, then status. */
  undoCommand: string;
  statusCommand: string;
}

export interface NoticesPlan {
  grafana?: { url: string; token: string; dashboardUid?: string; tags: string[]; insecureSkipTlsVerify: boolean };
  datadog?: { apiKey: string; site: string; apiUrl?: string; tags: string[]; insecureSkipTlsVerify: boolean };
  slack?: { webhookUrl: string; notifyOn: Set<NoticeEvent>; mention?: string; insecureSkipTlsVerify: boolean };
  runbookUrl?: string;
  /** The Grafana dashboard a failure notice links to, when grafana-dashboard-uid names one. */
  dashboardUrl?: string;
}

export interface Plan {
  service: string;
  environment: string;
  version?: string;
  httpChecks: PlannedHttpCheck[];
  versionCheck?: PlannedVersionCheck;
  dependencies: PlannedDependency[];
  flows: PlannedFlow[];
  concurrency: number;
  timeoutMs: number;
  dryRun: boolean;
  kubernetes?: KubernetesTarget;
  /** `rollback`: the approval job's step, which rolls back now instead of checking. */
  command: 'check' | 'rollback';
  /** Absent without kube-deployment: there is nothing the action could roll back. */
  rollback?: RollbackPlan;
  /** Absent when monitor-window is 0 or nothing is watched. */
  monitor?: MonitorPlan;
  /** Absent when no channel is configured. */
  notices?: NoticesPlan;
}

export const VERSION_CHECK_NAME = 'version';

/** Resolves every check to the exact request it will send; names are made unique for the report. */
export function buildPlan(config: Config): Plan {
  const resolve = (target: string) =>
    config['base-url'] && target.startsWith('/') ? joinUrl(config['base-url'], target) : target;
  const taken = new Set<string>(config['version-url'] ? [VERSION_CHECK_NAME] : []);
  const httpChecks = config.checks.map((check): PlannedHttpCheck => ({
    ...plannedRequest(
      check,
      resolve,
      uniqueName(check.name ?? `${check.method} ${redactUrl((check.url ?? check.path) as string)}`, taken),
    ),
    required: check.required,
    ...(check.burst ? { burst: check.burst } : {}),
  }));
  const dependencies = config.dependencies.map((dependency): PlannedDependency => ({
    name: uniqueName(dependency.name, taken),
    target: {
      type: dependency.type,
      url: dependency.url as string,
      statement: dependency.query ?? dependency.command,
      timeoutMs: dependency.timeout ?? DEPENDENCY_TIMEOUT_MS[dependency.type],
    },
    required: dependency.required,
  }));
  const flows = config.flows.map((flow): PlannedFlow => ({
    name: uniqueName(flow.name, taken),
    steps: flow.steps.map((step, index) => ({
      ...plannedRequest(
        step,
        resolve,
        step.name ?? `step ${index + 1} (${step.method} ${redactUrl((step.url ?? step.path) as string)})`,
      ),
      required: true,
      capture: step.capture ?? {},
    })),
    timeoutMs: flow.timeout,
    required: flow.required,
  }));
  const versionUrl = config['version-url'];
  return {
    service: config.service ?? 'service',
    environment: config.environment,
    version: config.version,
    httpChecks,
    dependencies,
    flows,
    versionCheck:
      versionUrl && config.version
        ? {
            name: VERSION_CHECK_NAME,
            url: resolve(versionUrl),
            field: config['version-field'],
            expected: config.version,
            timeoutMs: config['version-timeout'],
            insecureSkipTlsVerify: config['insecure-skip-tls-verify'].has('version'),
          }
        : undefined,
    concurrency: config.concurrency,
    timeoutMs: config.timeout,
    dryRun: config['dry-run'],
    kubernetes: planKubernetes(config),
    command: config.command,
    rollback: planRollback(config),
    monitor: planMonitor(config),
    notices: planNotices(config),
  };
}

function planNotices(config: Config): NoticesPlan | undefined {
  const grafanaUrl = config['grafana-url'];
  const grafanaToken = config['grafana-token'];
  const apiKey = config['datadog-api-key'];
  const webhookUrl = config['slack-webhook-url'];
  const insecure = config['insecure-skip-tls-verify'];
  const notices: NoticesPlan = {
    ...(grafanaUrl && grafanaToken
      ? {
          grafana: {
            url: grafanaUrl,
            token: grafanaToken,
            dashboardUid: config['grafana-dashboard-uid'],
            tags: config['grafana-tags'],
            insecureSkipTlsVerify: insecure.has('grafana'),
          },
        }
      : {}),
    ...(apiKey
      ? {
          datadog: {
            apiKey,
            site: config['datadog-site'],
            apiUrl: config['datadog-api-url'],
            tags: config['datadog-tags'],
            insecureSkipTlsVerify: insecure.has('datadog'),
          },
        }
      : {}),
    ...(webhookUrl
      ? {
          slack: {
            webhookUrl,
            notifyOn: config['slack-notify-on'],
            mention: config['slack-mention'],
            insecureSkipTlsVerify: insecure.has('slack'),
          },
        }
      : {}),
    runbookUrl: config['runbook-url'],
    dashboardUrl:
      grafanaUrl && config['grafana-dashboard-uid']
        ? dashboardLink(grafanaUrl, config['grafana-dashboard-uid'])
        : undefined,
  };
  return notices.grafana || notices.datadog || notices.slack ? notices : undefined;
}

function planKubernetes(config: Config): KubernetesTarget | undefined {
  const deployment = config['kube-deployment'];
  if (!deployment) return undefined;
  return {
    deployment,
    namespace: config['kube-namespace'],
    context: config['kube-context'],
    selector: config['kube-selector'],
    rolloutTimeoutMs: config['rollout-timeout'],
    insecureSkipTlsVerify: config['insecure-skip-tls-verify'].has('kubernetes'),
  };
}

function planRollback(config: Config): RollbackPlan | undefined {
  const deployment = config['kube-deployment'];
  if (!deployment) return undefined;
  const target = `deployment/${deployment} -n ${config['kube-namespace']}${config['kube-context'] ? ` --context=${config['kube-context']}` : ''}`;
  const toRevision = config['rollback-to-revision'];
  return {
    mode: config.rollback ?? 'auto',
    target,
    toRevision,
    timeoutMs: config['rollback-timeout'],
    undoCommand: `kubectl rollout undo ${target}${toRevision ? ` --to-revision=${toRevision}` : ''}`,
    statusCommand: `kubectl rollout status ${target} --timeout=${Math.ceil(config['rollback-timeout'] / 1000)}s`,
  };
}

/** A link goes to people and to Slack: never with the credentials or the query a grafana-url may carry. */
function dashboardLink(grafanaUrl: string, uid: string): string {
  const base = new URL(grafanaUrl);
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}/d/${encodeURIComponent(uid)}`;
}

/** The error-rate gate, the latency gate when a query is given, then the listed gates. */
function planMonitor(config: Config): MonitorPlan | undefined {
  const prometheusUrl = config['prometheus-url'];
  if (config['monitor-window'] === 0 || (!prometheusUrl && !config['kube-deployment'])) return undefined;
  const onInconclusive = config['on-inconclusive'];
  const gates: PlannedGate[] = [];
  if (prometheusUrl) {
    gates.push({
      name: 'error-rate',
      query: config['error-rate-query'],
      max: config['max-error-rate'],
      onInconclusive,
    });
    const latencyQuery = config['latency-query'];
    if (latencyQuery)
      gates.push({
        name: 'latency',
        query: latencyQuery,
        max: config['max-latency'],
        maxRatio: config['max-latency-ratio'] ?? DEFAULT_MAX_LATENCY_RATIO,
        onInconclusive,
      });
    for (const gate of config.gates) {
      gates.push({
        name: gate.name,
        query: gate.query,
        max: gate.max,
        min: gate.min,
        maxRatio: gate['max-ratio'],
        onInconclusive: gate['on-inconclusive'] ?? onInconclusive,
      });
    }
  }
  return {
    windowMs: config['monitor-window'],
    intervalMs: config['monitor-interval'],
    delayMs: config['monitor-delay'],
    failureThreshold: config['failure-threshold'],
    baselineOffsetMs: config['baseline-offset'],
    prometheus: prometheusUrl
      ? {
          url: prometheusUrl,
          headers: config['prometheus-headers'] ?? {},
          insecureSkipTlsVerify: config['insecure-skip-tls-verify'].has('prometheus'),
        }
      : undefined,
    gates,
    pods: config['kube-deployment']
      ? {
          maxRestarts: config['max-restarts'],
          logPattern: config['log-error-pattern'],
          maxLogErrors: config['max-log-errors'],
        }
      : undefined,
  };
}

/** The exact request a check or a flow step sends, and how its answer is judged. */
function plannedRequest(
  check: RequestConfig,
  resolve: (target: string) => string,
  name: string,
): Omit<PlannedHttpCheck, 'required'> {
  const target = (check.url ?? check.path) as string;
  const request: PlannedRequest = { method: check.method, url: resolve(target), headers: { ...check.headers } };
  if (check.json !== undefined) {
    request.body = JSON.stringify(check.json);
    if (!hasHeader(request.headers, 'content-type')) request.headers['content-type'] = 'application/json';
  } else if (check.body !== undefined) {
    request.body = check.body;
  }
  return {
    name,
    request,
    expect: check.expect,
    timeoutMs: check.timeout,
    retries: check.retries,
    retryOn: check['retry-on'],
    followRedirects: check['follow-redirects'],
    insecureSkipTlsVerify: check['insecure-skip-tls-verify'],
  };
}

/** Everyone whose certificate the run will not verify, named as the log and the config name them. */
export function unverifiedTlsParties(plan: Plan): string[] {
  const flowSteps = plan.flows.flatMap((flow) =>
    flow.steps.filter((step) => step.insecureSkipTlsVerify).map((step) => `flow "${flow.name}", step "${step.name}"`),
  );
  const providers: [string, boolean | undefined][] = [
    ['the version check', plan.versionCheck?.insecureSkipTlsVerify],
    ['prometheus', plan.monitor?.prometheus?.insecureSkipTlsVerify],
    ['kubernetes (kubectl)', plan.kubernetes?.insecureSkipTlsVerify],
    ['grafana', plan.notices?.grafana?.insecureSkipTlsVerify],
    ['datadog', plan.notices?.datadog?.insecureSkipTlsVerify],
    ['slack', plan.notices?.slack?.insecureSkipTlsVerify],
  ];
  return [
    ...plan.httpChecks.filter((check) => check.insecureSkipTlsVerify).map((check) => `check "${check.name}"`),
    ...flowSteps,
    ...providers.filter(([, off]) => off === true).map(([party]) => party),
  ];
}

/** `https://x/api` + `/health` -> `https://x/api/health`: a base path is kept, not replaced. */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} #${n}`;
  taken.add(candidate);
  return candidate;
}
