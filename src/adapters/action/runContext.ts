import type { RunContext } from '../../engine/report/model.js';

/** Links back to the run and the commit, from the variables the runner sets for every step. */
export function runContextFromEnv(env: NodeJS.ProcessEnv): RunContext {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = env.GITHUB_REPOSITORY;
  const context: RunContext = {};
  if (!repository) return context;
  context.repository = repository;
  if (env.GITHUB_RUN_ID) {
    const attempt =
      env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    context.runUrl = `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
  }
  if (env.GITHUB_SHA) {
    context.commitSha = env.GITHUB_SHA;
    context.commitUrl = `${server}/${repository}/commit/${env.GITHUB_SHA}`;
  }
  if (env.GITHUB_ACTOR) context.actor = env.GITHUB_ACTOR;
  return context;
}
