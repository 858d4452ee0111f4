import { describeParty, startsWith } from './describeParty.js';
import {
  DEPLOYMENT_INPUTS,
  expectVerdictUntouched,
  observeGitHub,
  runGitHubCell,
  type GitHubCell,
} from './githubTargets.js';

// The GitHub API behind github-deployment: update (two statuses, in_progress and the end). Each cell runs in a
// process of its own, since @actions/github reads GITHUB_API_URL when it is imported; the hanging cells wait
// out the 10 s request limit twice.

const notGitHubs = (what: string) => ({
  outcome: 'passed, not set',
  says: `in_progress and the end: HTTP 200, but not GitHub's answer: ${what}`,
});

describeParty<GitHubCell>({
  party: 'github',
  run: (fault) => runGitHubCell(fault, DEPLOYMENT_INPUTS),
  observe: observeGitHub,
  // GitHub's records are best effort: the healthy service passes whatever the API does, each status that was not
  // set is a warning saying why, and none is sent twice (a status that may have been set is not repeated).
  expected: {
    refused: {
      outcome: 'passed, not set',
      says: 'in_progress and the end: no answer: connect ECONNREFUSED 127.0.0.1:PORT',
    },
    hang: { outcome: 'passed, not set', says: 'in_progress and the end: no answer within 10s' },
    'status-500': {
      outcome: 'passed, not set',
      says: 'in_progress and the end: HTTP 500: internal server error (injected)',
    },
    'status-429': {
      outcome: 'passed, not set',
      says: 'in_progress and the end: HTTP 429: too many requests (injected)',
    },
    'truncated-json': notGitHubs('nothing confirms the status was set'),
    'html-page': notGitHubs('nothing confirms the status was set'),
    flood: notGitHubs('a body over 10 MB, cut short'),
    trickle: { outcome: 'passed, not set', says: 'in_progress and the end: no answer within 10s' },
    'untrusted-tls': {
      outcome: 'passed, not set',
      says: startsWith('in_progress and the end: no answer: self-signed certificate'),
    },
    unresolvable: {
      outcome: 'passed, not set',
      says: 'in_progress and the end: no answer: getaddrinfo ENOTFOUND fault-injection.invalid',
    },
  },
  always: expectVerdictUntouched,
  also: {
    flood: (cell) => {
      expect(cell.server?.flood.cutShort).toBe(true);
      expect(cell.server?.flood.written).toBeLessThan(25 * 1024 * 1024);
    },
  },
  rejections: (cell) => cell.rejections,
});
