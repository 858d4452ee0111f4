import { planDependencies, type PlannedDependency } from './checks/dependencyPlan.js';
import { planFlows, type PlannedFlow } from './checks/flowPlan.js';
import { planHttpChecks, type PlannedHttpCheck } from './checks/httpPlan.js';
import { planNaming } from './checks/naming.js';
import { planVersionCheck, VERSION_CHECK_NAME, type PlannedVersionCheck } from './checks/versionPlan.js';
import type { Config } from './config/schema.js';
import { planKubernetes, type KubernetesTarget } from './kubernetes/target.js';
import { planMonitor, type MonitorPlan } from './monitor/monitorPlan.js';
import { planNotices, type NoticesPlan } from './notices/noticesPlan.js';
import { planGitHubDeployment, type GitHubDeploymentPlan } from './github/deploymentPlan.js';
import { planPullRequestComment, type PullRequestCommentPlan } from './github/commentPlan.js';
import { planRollback, type RollbackPlan } from './rollback/rollbackPlan.js';

/** What one run will do, every URL resolved and every default applied: the engine's only input. */
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
  /** What to do when this service fails: linked from the summary and every failure notice. */
  runbookUrl?: string;
  /** Absent when github-deployment is off. */
  github?: GitHubDeploymentPlan;
  /** Absent when pr-comment is off. */
  pullRequestComment?: PullRequestCommentPlan;
}

/** Each feature plans itself; names are made unique across all checks for the report. */
export function buildPlan(config: Config): Plan {
  const naming = planNaming(config, config['version-url'] ? [VERSION_CHECK_NAME] : []);
  const kubernetes = planKubernetes(config);
  return {
    service: config.service ?? 'service',
    environment: config.environment,
    version: config.version,
    httpChecks: planHttpChecks(config, naming),
    dependencies: planDependencies(config, naming),
    flows: planFlows(config, naming),
    versionCheck: planVersionCheck(config, naming),
    concurrency: config.concurrency,
    timeoutMs: config.timeout,
    dryRun: config['dry-run'],
    kubernetes,
    command: config.command,
    rollback: planRollback(config, kubernetes),
    monitor: planMonitor(config),
    notices: planNotices(config),
    runbookUrl: config['runbook-url'],
    github: planGitHubDeployment(config),
    pullRequestComment: planPullRequestComment(config),
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
    ['kubernetes (helm)', plan.rollback?.helm?.insecureSkipTlsVerify],
    ['grafana', plan.notices?.grafana?.insecureSkipTlsVerify],
    ['datadog', plan.notices?.datadog?.insecureSkipTlsVerify],
    ['slack', plan.notices?.slack?.insecureSkipTlsVerify],
  ];
  const webGates = (plan.monitor?.gates ?? [])
    .filter((gate) => gate.web?.insecureSkipTlsVerify)
    .map((gate) => `gate "${gate.name}"`);
  return [
    ...plan.httpChecks.filter((check) => check.insecureSkipTlsVerify).map((check) => `check "${check.name}"`),
    ...flowSteps,
    ...webGates,
    ...providers.filter(([, off]) => off === true).map(([party]) => party),
  ];
}
