import type { ConfigKey } from '../../engine/config/schema.js';

/** Defaults that come from the workflow run: the repository's name and the commit being deployed. */
export function runDefaults(env: NodeJS.ProcessEnv): Partial<Record<ConfigKey, string>> {
  const defaults: Partial<Record<ConfigKey, string>> = {};
  const repositoryName = env.GITHUB_REPOSITORY?.split('/')[1];
  if (repositoryName) defaults.service = repositoryName;
  if (env.GITHUB_SHA) defaults.version = env.GITHUB_SHA;
  return defaults;
}
