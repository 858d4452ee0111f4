import { context } from '@actions/github';

/** The repository the run belongs to and the API that holds it (GHES too), as @actions/github reads them. */
export interface GitHubRepository {
  apiUrl: string;
  owner: string;
  repo: string;
}

/** Absent outside a workflow, where GITHUB_REPOSITORY is not set and the event names no repository. */
export function githubRepository(): GitHubRepository | undefined {
  try {
    const { owner, repo } = context.repo;
    return { apiUrl: context.apiUrl, owner, repo };
  } catch {
    return undefined;
  }
}
