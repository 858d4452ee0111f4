import type { Config } from '../../engine/config/schema.js';
import { buildPlan, unverifiedTlsParties, type Plan } from '../../engine/plan.js';
import type {
  ClusterInspector,
  DependencyProbe,
  DependencyTarget,
  HttpProber,
  Logger,
  MetricSource,
  MonitorStateSource,
  NoticeChannel,
  PullRequestComments,
  ReleaseTracker,
  Rollbacker,
} from '../../engine/ports.js';
import type { Report, RunContext } from '../../engine/report/model.js';
import { runChecks } from '../../engine/run.js';
import { readsDatadogMetrics } from '../../engine/monitor/metricSources.js';
import { windowWarnings } from '../../engine/monitor/windowSamples.js';
import { createRedactor, type Redactor } from '../../engine/secrets.js';
import { tmpdir } from 'node:os';
import { systemClock } from '../../engine/clock.js';
import { TOOL } from '../../version.js';

export interface ExecuteOptions {
  logger: Logger;
  context: RunContext;
  secrets: readonly string[];
  /** Told each secret found while running (a captured flow token), so the runner masks it too. */
  onSecret?: (value: string) => void;
  /** Cancellation from outside (the runner's SIGINT). */
  signal?: AbortSignal;
}

const USER_AGENT = `${TOOL.name}/${TOOL.version}`;

/** The composition root both entry points share: plan, load only the providers the plan uses, run. */
export async function execute(config: Config, options: ExecuteOptions): Promise<Report> {
  const plan = buildPlan(config);
  const redact = createRedactor(options.secrets);
  for (const party of unverifiedTlsParties(plan)) {
    options.logger.warning(
      redact(
        `TLS certificate verification is off for ${party} (insecure-skip-tls-verify): anyone on the network path could pose as it; trust its CA with NODE_EXTRA_CA_CERTS instead`,
      ),
    );
  }
  // An approval job's rollback runs no window.
  if (plan.command === 'check' && plan.monitor)
    for (const warning of windowWarnings(plan.monitor)) options.logger.warning(redact(warning));
  const [prober, metrics, datadogMetrics, datadogMonitors, cluster, notices, dependencyProbes, tracker, comments] =
    await Promise.all([
      httpProber(plan),
      metricSource(plan),
      datadogMetricSource(plan),
      datadogMonitorSource(plan),
      clusterInspector(plan),
      noticeChannels(plan, options.context),
      dependencyProbesFor(plan),
      releaseTracker(plan),
      pullRequestComments(plan),
    ]);
  const rollbacker = await rollbackProvider(plan, cluster, options, redact);
  try {
    return await runChecks(plan, {
      prober: prober ?? unusedProber,
      metrics,
      datadogMetrics,
      datadogMonitors,
      ...(cluster ? { cluster } : {}),
      ...(rollbacker ? { rollbacker } : {}),
      notices,
      ...(tracker ? { tracker } : {}),
      ...(comments ? { pullRequestComments: comments } : {}),
      dependencyProbes,
      onSecret: options.onSecret,
      signal: options.signal,
      clock: systemClock,
      logger: options.logger,
      redact,
      context: options.context,
      tool: TOOL,
    });
  } finally {
    await Promise.all([prober?.close(), metrics?.close(), datadogMetrics?.close(), datadogMonitors?.close()]);
  }
}

async function httpProber(plan: Plan): Promise<HttpProber | undefined> {
  const sendsFromMonitor =
    (plan.monitor?.gates.some((gate) => gate.web) ?? false) || plan.monitor?.traffic !== undefined;
  if (plan.httpChecks.length === 0 && plan.flows.length === 0 && !plan.versionCheck && !sendsFromMonitor)
    return undefined;
  const { createUndiciProber } = await import('../../providers/http/undiciProber.js');
  return createUndiciProber({ userAgent: USER_AGENT });
}

async function metricSource(plan: Plan): Promise<MetricSource | undefined> {
  const prometheus = plan.monitor?.prometheus;
  if (!prometheus || plan.monitor?.gates.length === 0) return undefined;
  const { createPrometheusSource } = await import('../../providers/prometheus/prometheusSource.js');
  return createPrometheusSource({
    baseUrl: prometheus.url,
    headers: prometheus.headers,
    userAgent: USER_AGENT,
    insecureSkipTlsVerify: prometheus.insecureSkipTlsVerify,
  });
}

async function datadogMetricSource(plan: Plan): Promise<MetricSource | undefined> {
  const access = plan.monitor?.datadog;
  if (!access || !plan.monitor?.gates.some(readsDatadogMetrics)) return undefined;
  const { createDatadogMetrics } = await import('../../providers/datadog/datadogMetrics.js');
  return createDatadogMetrics({
    ...access,
    userAgent: USER_AGENT,
    // A sample may wait out Datadog's rate-limit window up to its own interval, never past the next sample.
    maxRateLimitWaitMs: plan.monitor?.intervalMs ?? 0,
  });
}

async function datadogMonitorSource(plan: Plan): Promise<MonitorStateSource | undefined> {
  const access = plan.monitor?.datadog;
  if (!access || !plan.monitor?.gates.some((gate) => gate.monitorTags !== undefined)) return undefined;
  const { createDatadogMonitors } = await import('../../providers/datadog/datadogMonitors.js');
  // As for the metrics: a rate-limit wait never runs past the next sample.
  return createDatadogMonitors({ ...access, userAgent: USER_AGENT, maxRateLimitWaitMs: plan.monitor.intervalMs });
}

async function clusterInspector(plan: Plan): Promise<ClusterInspector | undefined> {
  if (!plan.kubernetes) return undefined;
  const { createKubectlInspector } = await import('../../providers/kubernetes/kubectlInspector.js');
  const { deployment, namespace, context, selector, insecureSkipTlsVerify } = plan.kubernetes;
  return createKubectlInspector({ deployment, namespace, context, selector, insecureSkipTlsVerify });
}

/** The rollback the plan names: kubectl (confirmed by the cluster's rollout wait), Helm, or the team's command. */
async function rollbackProvider(
  plan: Plan,
  cluster: ClusterInspector | undefined,
  options: ExecuteOptions,
  redact: Redactor,
): Promise<Rollbacker | undefined> {
  const rollback = plan.rollback;
  if (!rollback) return undefined;
  if (rollback.method === 'kubectl' && plan.kubernetes && cluster) {
    const { createKubectlRollbacker } = await import('../../providers/kubernetes/kubectlRollbacker.js');
    const { deployment, namespace, context, insecureSkipTlsVerify } = plan.kubernetes;
    return {
      ...createKubectlRollbacker({ deployment, namespace, context, insecureSkipTlsVerify }),
      confirm: (timeoutMs, signal) => cluster.waitForRollout(timeoutMs, signal),
    };
  }
  if (rollback.method === 'helm' && rollback.helm) {
    const { createHelmRollbacker } = await import('../../providers/helm/helmRollbacker.js');
    const { release, namespace, context, insecureSkipTlsVerify } = rollback.helm;
    return createHelmRollbacker({ release, namespace, context, insecureSkipTlsVerify, env: process.env });
  }
  if (rollback.method === 'command' && rollback.command !== undefined) {
    const { createCommandRollbacker } = await import('../../providers/command/commandRollbacker.js');
    return createCommandRollbacker({
      command: rollback.command,
      cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
      env: process.env,
      service: plan.service,
      environment: plan.environment,
      version: plan.version,
      tempRoot: process.env.RUNNER_TEMP || tmpdir(),
      redact,
      log: (line) => options.logger.info(line),
    });
  }
  return undefined;
}

/** A probe per dependency type in the plan, each module loaded only when used. */
async function dependencyProbesFor(plan: Plan): Promise<Partial<Record<DependencyTarget['type'], DependencyProbe>>> {
  const types = new Set(plan.dependencies.map((dependency) => dependency.target.type));
  const load = {
    postgres: () =>
      import('../../providers/postgres/postgresProbe.js').then(({ createPostgresProbe }) => createPostgresProbe()),
    redis: () => import('../../providers/redis/redisProbe.js').then(({ createRedisProbe }) => createRedisProbe()),
    tcp: () => import('../../providers/tcp/tcpProbe.js').then(({ createTcpProbe }) => createTcpProbe()),
  };
  return Object.fromEntries(await Promise.all([...types].map(async (type) => [type, await load[type]()] as const)));
}

const NOTICE_TIMEOUT_MS = 10_000;

/** GitHub's deployments for github-deployment; absent when off, in a dry run, or with no repository to record in. */
async function releaseTracker(plan: Plan): Promise<ReleaseTracker | undefined> {
  if (!plan.github || plan.dryRun) return undefined;
  const client = await githubClientOptions(plan.github.token);
  if (!client) return undefined;
  const { createGitHubDeployments } = await import('../../providers/github/githubDeployments.js');
  return createGitHubDeployments(client);
}

/** The pull request's comments for pr-comment; absent when off, in a dry run, or with no repository. */
async function pullRequestComments(plan: Plan): Promise<PullRequestComments | undefined> {
  if (!plan.pullRequestComment || plan.dryRun) return undefined;
  const client = await githubClientOptions(plan.pullRequestComment.token);
  if (!client) return undefined;
  const { createGitHubComments } = await import('../../providers/github/githubComments.js');
  return createGitHubComments(client);
}

/** The run's repository and API, as @actions/github reads them; absent outside a workflow. */
async function githubClientOptions(token: string) {
  const { githubRepository } = await import('./githubContext.js');
  const repository = githubRepository();
  return repository ? { token, ...repository, userAgent: USER_AGENT, timeoutMs: GITHUB_TIMEOUT_MS } : undefined;
}

// GitHub itself ends a request after 10 s with a Server Error.
const GITHUB_TIMEOUT_MS = 10_000;

/** One channel per configured vendor, each loaded only when configured. */
async function noticeChannels(plan: Plan, context: RunContext): Promise<NoticeChannel[]> {
  const notices = plan.notices;
  if (!notices) return [];
  const channels: Promise<NoticeChannel>[] = [];
  const { grafana, datadog, slack } = notices;
  if (grafana) {
    channels.push(
      import('../../providers/grafana/grafanaChannel.js').then(({ createGrafanaChannel }) =>
        createGrafanaChannel({
          url: grafana.url,
          token: grafana.token,
          dashboardUid: grafana.dashboardUid,
          tags: grafana.tags,
          userAgent: USER_AGENT,
          timeoutMs: NOTICE_TIMEOUT_MS,
          insecureSkipTlsVerify: grafana.insecureSkipTlsVerify,
        }),
      ),
    );
  }
  if (datadog) {
    // Start and end events of one run share it, so Datadog groups them.
    const aggregationKey = `deploy:${plan.service}:${plan.environment}:${context.runUrl ?? plan.version ?? 'local'}`;
    channels.push(
      import('../../providers/datadog/datadogChannel.js').then(({ createDatadogChannel }) =>
        createDatadogChannel({
          apiKey: datadog.apiKey,
          site: datadog.site,
          apiUrl: datadog.apiUrl,
          tags: datadog.tags,
          userAgent: USER_AGENT,
          timeoutMs: NOTICE_TIMEOUT_MS,
          aggregationKey,
          insecureSkipTlsVerify: datadog.insecureSkipTlsVerify,
        }),
      ),
    );
  }
  if (slack?.bot) {
    const bot = slack.bot;
    channels.push(
      import('../../providers/slack/slackApiChannel.js').then(({ createSlackApiChannel }) =>
        createSlackApiChannel({
          token: bot.token,
          channel: bot.channel,
          apiUrl: bot.apiUrl,
          mention: slack.mention,
          userAgent: USER_AGENT,
          timeoutMs: NOTICE_TIMEOUT_MS,
          insecureSkipTlsVerify: slack.insecureSkipTlsVerify,
        }),
      ),
    );
  } else if (slack?.webhookUrl) {
    const webhookUrl = slack.webhookUrl;
    channels.push(
      import('../../providers/slack/slackChannel.js').then(({ createSlackChannel }) =>
        createSlackChannel({
          webhookUrl,
          mention: slack.mention,
          timeoutMs: NOTICE_TIMEOUT_MS,
          insecureSkipTlsVerify: slack.insecureSkipTlsVerify,
        }),
      ),
    );
  }
  return Promise.all(channels);
}

/** A plan without HTTP checks never sends a request; this stands in so the engine needs no special case. */
const unusedProber: HttpProber = {
  send: () => Promise.reject(new Error('no HTTP check is planned')),
  close: () => Promise.resolve(),
};
