import { messageOf } from '../errors.js';
import { deploymentDescription, finalDeploymentState } from '../github/deploymentPlan.js';
import { noticeSignal } from '../notices/noticeSignal.js';
import { TrackerError, type DeploymentState, type ReleaseTracker } from '../ports.js';
import type { CheckOutcome, GitHubDeploymentReport, VerdictResult } from '../report/model.js';
import type { RunState } from './state.js';

export interface TrackEnd {
  result: VerdictResult;
  summary: string;
  checks: readonly CheckOutcome[];
}

type Status = GitHubDeploymentReport['statuses'][number];

/**
 * Records the run on GitHub: at once the deployment (github-deployment: create) and its in_progress status,
 * and returns what sets the final status. The start is awaited only at the end, so a slow API never delays
 * a check. Every failure is a warning naming what to fix: the verdict never depends on GitHub.
 */
export function startTracking(run: RunState, tracker: ReleaseTracker | undefined) {
  const { plan, deps, startedAt } = run;
  const github = plan.github;
  if (!github) return () => Promise.resolve(undefined);
  const ref = deps.context.commitSha;
  const status = (state: DeploymentState, description: string) => ({
    state,
    description: deploymentDescription(description),
    ...(deps.context.runUrl ? { logUrl: deps.context.runUrl } : {}),
    ...(github.environmentUrl ? { environmentUrl: github.environmentUrl } : {}),
  });
  // A token without the permission gets the same answer every time: one warning says it.
  let denied = false;
  const warn = (what: string, error: unknown) => {
    if (error instanceof TrackerError && error.permission) denied = true;
    const permission =
      error instanceof TrackerError && error.permission ? `; give the job's token ${error.permission}` : '';
    const line = deps.redact(`GitHub deployment: ${what}: ${messageOf(error)}${permission}`);
    deps.logger.warning(line);
    return line;
  };
  const signalFor = () => noticeSignal(startedAt + plan.timeoutMs - deps.clock.now(), deps.signal);
  const inProgress = `checking ${plan.service}${plan.version ? ` ${plan.version}` : ''} in ${plan.environment}`;

  // The deployment's id, once there is one, and the in_progress status.
  const started = (async (): Promise<{ id?: number; statuses: Status[] }> => {
    if (plan.dryRun) {
      deps.logger.info(
        deps.redact(
          github.mode === 'create'
            ? `dry-run: would create a GitHub deployment of ${ref ?? 'the commit'} to ${plan.environment} and set it in_progress`
            : `dry-run: would set GitHub deployment ${github.deploymentId} in_progress`,
        ),
      );
      return {
        id: github.deploymentId,
        statuses: [{ state: 'in_progress', sent: false, detail: 'dry run: printed, not sent' }],
      };
    }
    if (!tracker) {
      const detail = warn('nothing sent', new Error('the repository is unknown: GITHUB_REPOSITORY is not set'));
      return { statuses: [{ state: 'in_progress', sent: false, detail }] };
    }
    let id = github.deploymentId;
    if (github.mode === 'create') {
      if (!ref) {
        const detail = warn('not created', new Error('the commit is unknown: GITHUB_SHA is not set'));
        return { statuses: [{ state: 'in_progress', sent: false, detail }] };
      }
      try {
        id = (
          await tracker.createDeployment(
            { ref, environment: plan.environment, production: plan.environment === 'production' },
            signalFor(),
          )
        ).id;
        deps.logger.info(`GitHub deployment ${id} created for ${plan.environment}`);
      } catch (error) {
        const detail = warn('not created', error);
        return { statuses: [{ state: 'in_progress', sent: false, detail }] };
      }
    }
    return { id, statuses: [await send(id as number, 'in_progress', inProgress)] };
  })();

  async function send(id: number, state: DeploymentState, description: string): Promise<Status> {
    try {
      await tracker?.setStatus(id, status(state, description), signalFor());
      return { state, sent: true, detail: `status ${state} on deployment ${id}` };
    } catch (error) {
      return { state, sent: false, detail: warn(`status ${state} not set on deployment ${id}`, error) };
    }
  }

  return async function end(facts: TrackEnd): Promise<GitHubDeploymentReport> {
    const begun = await started;
    const state = finalDeploymentState(facts.result, facts.checks);
    const report = (statuses: Status[]): GitHubDeploymentReport => ({
      mode: github.mode,
      ...(begun.id !== undefined ? { id: begun.id } : {}),
      statuses: [...begun.statuses, ...statuses],
    });
    if (plan.dryRun) {
      deps.logger.info(
        deps.redact(`dry-run: would set the GitHub deployment ${state}: ${deploymentDescription(facts.summary)}`),
      );
      return report([{ state, sent: false, detail: 'dry run: printed, not sent' }]);
    }
    if (begun.id === undefined || !tracker) return report([]);
    if (denied)
      return report([{ state, sent: false, detail: 'not sent: the token lacks the permission (warned above)' }]);
    return report([await send(begun.id, state, facts.summary)]);
  };
}
