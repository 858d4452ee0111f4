import { describeParty, startsWith } from './describeParty.js';
import {
  COMMENT_INPUTS,
  expectVerdictUntouched,
  observeGitHubComment,
  runGitHubCell,
  type GitHubCell,
} from './githubTargets.js';

// The GitHub API behind pr-comment: always on pull request 42. The first request, the search for the comment,
// meets the fault; nothing is written after a search that failed, since a second comment would be worse than
// none. Each cell runs in a process of its own (@actions/github reads GITHUB_API_URL when imported).

const notRead = (what: string) => ({
  outcome: 'passed, comment failed',
  says: `pull request #42's comments not read: ${what}`,
});

describeParty<GitHubCell>({
  party: 'github-comment',
  run: (fault) => runGitHubCell(fault, COMMENT_INPUTS),
  observe: observeGitHubComment,
  expected: {
    refused: notRead('no answer: connect ECONNREFUSED 127.0.0.1:PORT'),
    hang: notRead('no answer within 10s'),
    'status-500': notRead('HTTP 500: internal server error (injected)'),
    'status-429': notRead('HTTP 429: too many requests (injected)'),
    'truncated-json': notRead("HTTP 200, but not GitHub's answer: no list of comments"),
    'html-page': notRead("HTTP 200, but not GitHub's answer: no list of comments"),
    flood: notRead("HTTP 200, but not GitHub's answer: a body over 10 MB, cut short"),
    trickle: notRead('no answer within 10s'),
    'untrusted-tls': {
      outcome: 'passed, comment failed',
      says: startsWith("pull request #42's comments not read: no answer: self-signed certificate"),
    },
    unresolvable: notRead('no answer: getaddrinfo ENOTFOUND fault-injection.invalid'),
  },
  always: expectVerdictUntouched,
  rejections: (cell) => cell.rejections,
});
