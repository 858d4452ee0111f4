import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback GitHub REST API for deployments, deployment statuses and issue comments, held to
// /work/shared/contracts/github-deployments.json (GitHub's OpenAPI description). Every request is checked
// against the operation it names: method and path, an Authorization of `token <t>` or `bearer <t>` with the
// expected token, a User-Agent, an Accept and X-GitHub-Api-Version of the accepted forms when sent, and the
// request body against the operation's schema (types, required fields, the state enum, a description of at
// most 140 characters, no property the schema lacks). What departs from it is written to `violations`, which
// a test expects empty. Answers take the contract's shapes: 201 with a deployment, a deployment status or an
// issue comment (and Location), 200 list pages of at most per_page items with a Link header, and
// basic-error bodies; a token without permission gets 403 "Resource not accessible by integration" with
// X-Accepted-GitHub-Permissions. Rate-limit headers come with every answer.

export const STATUS_STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'] as const;
const API_VERSIONS = ['2022-11-28', '2026-03-10'];
const ACCEPTS = [
  'application/vnd.github+json',
  'application/vnd.github.v3+json',
  'application/json',
  'application/vnd.github.raw+json',
  'application/vnd.github.text+json',
  'application/vnd.github.html+json',
  'application/vnd.github.full+json',
  '*/*',
];

export interface RecordedCall {
  method: string;
  /** The path without the query. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body?: Record<string, unknown>;
  /** The status sent, or what happened instead. */
  answer: number | 'hang';
}

export interface FakeDeployment {
  id: number;
  ref: string;
  environment: string;
  production_environment?: boolean;
  statuses: { state: string; description: string; log_url?: string; environment_url?: string }[];
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  /** How many times it was edited. */
  edits: number;
}

/** What an operation gets instead of its answer, once the request's checks are done. */
export type FakeReply = { status: number; message: string; permissions?: string } | 'hang';

export interface FakeGitHubApi {
  /** The API root, as GITHUB_API_URL gives it. */
  url: string;
  owner: string;
  repo: string;
  token: string;
  calls: RecordedCall[];
  violations: string[];
  deployments: FakeDeployment[];
  comments: FakeComment[];
  /** Answers every request of these operations ('create-deployment', 'create-status', 'list-comments', 'create-comment', 'update-comment') with the reply. */
  failing: Partial<Record<Operation, FakeReply>>;
  /** The token has no write permission: every write gets GitHub's 403 with the permission it needs. */
  readOnly: boolean;
  close(): Promise<void>;
}

export type Operation = 'create-deployment' | 'create-status' | 'list-comments' | 'create-comment' | 'update-comment';

interface PropertySpec {
  type: 'string' | 'boolean' | 'array' | 'integer' | 'object-or-string';
  enum?: readonly string[];
  maxLength?: number;
}

const DEPLOYMENT_BODY: Record<string, PropertySpec> = {
  ref: { type: 'string' },
  task: { type: 'string' },
  auto_merge: { type: 'boolean' },
  required_contexts: { type: 'array' },
  payload: { type: 'object-or-string' },
  environment: { type: 'string' },
  description: { type: 'string' },
  transient_environment: { type: 'boolean' },
  production_environment: { type: 'boolean' },
};
const STATUS_BODY: Record<string, PropertySpec> = {
  state: { type: 'string', enum: STATUS_STATES },
  target_url: { type: 'string' },
  log_url: { type: 'string' },
  description: { type: 'string', maxLength: 140 },
  environment: { type: 'string' },
  environment_url: { type: 'string' },
  auto_inactive: { type: 'boolean' },
};
const COMMENT_BODY: Record<string, PropertySpec> = { body: { type: 'string', maxLength: 65_536 } };

const PERMISSION: Record<Operation, string> = {
  'create-deployment': 'deployments=write',
  'create-status': 'deployments=write',
  'list-comments': 'issues=read; pull_requests=read',
  'create-comment': 'issues=write; pull_requests=write',
  'update-comment': 'issues=write; pull_requests=write',
};

const USER = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  gravatar_id: '',
  url: 'https://api.github.com/users/github-actions%5Bbot%5D',
  html_url: 'https://github.com/apps/github-actions',
  followers_url: 'https://api.github.com/users/github-actions%5Bbot%5D/followers',
  following_url: 'https://api.github.com/users/github-actions%5Bbot%5D/following{/other_user}',
  gists_url: 'https://api.github.com/users/github-actions%5Bbot%5D/gists{/gist_id}',
  starred_url: 'https://api.github.com/users/github-actions%5Bbot%5D/starred{/owner}{/repo}',
  subscriptions_url: 'https://api.github.com/users/github-actions%5Bbot%5D/subscriptions',
  organizations_url: 'https://api.github.com/users/github-actions%5Bbot%5D/orgs',
  repos_url: 'https://api.github.com/users/github-actions%5Bbot%5D/repos',
  events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/events{/privacy}',
  received_events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/received_events',
  type: 'Bot',
  site_admin: false,
};

/** Each way `body` departs from the schema `spec`, `required` named. */
function bodyViolations(body: unknown, spec: Record<string, PropertySpec>, required: string[]): string[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return ['the body is not a JSON object'];
  const found: string[] = [];
  for (const name of required) if (!(name in body)) found.push(`required ${name} is missing`);
  for (const [name, value] of Object.entries(body)) {
    const property = spec[name];
    if (!property) {
      found.push(`${name} is not a property of the request body`);
      continue;
    }
    const ok =
      property.type === 'array'
        ? Array.isArray(value) && value.every((item) => typeof item === 'string')
        : property.type === 'object-or-string'
          ? typeof value === 'string' || (value !== null && typeof value === 'object' && !Array.isArray(value))
          : property.type === 'integer'
            ? Number.isInteger(value)
            : typeof value === property.type;
    if (!ok) found.push(`${name} is not of type ${property.type}: ${JSON.stringify(value)}`);
    if (property.enum && !property.enum.includes(value as string))
      found.push(`${name} ${JSON.stringify(value)} is not one of ${property.enum.join(', ')}`);
    if (property.maxLength !== undefined && typeof value === 'string' && Array.from(value).length > property.maxLength)
      found.push(`${name} is longer than ${property.maxLength} characters (${Array.from(value).length})`);
  }
  return found;
}

export async function startFakeGitHubApi(
  options: { token?: string; owner?: string; repo?: string; pathPrefix?: string } = {},
): Promise<FakeGitHubApi> {
  const token = options.token ?? 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'shop-api';
  // GitHub Enterprise Server serves the API under /api/v3.
  const prefix = options.pathPrefix ?? '';
  let nextId = 1000;
  const hanging = new Set<() => void>();

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://fake');
      const method = request.method ?? 'GET';
      const text = Buffer.concat(chunks).toString('utf8');
      const call: RecordedCall = {
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: request.headers,
        answer: 0,
      };
      api.calls.push(call);
      const where = `${method} ${url.pathname}`;
      const violate = (what: string) => api.violations.push(`${where}: ${what}`);

      const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        call.answer = status;
        response.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'x-github-media-type': 'github.v3; format=json',
          'x-ratelimit-limit': '1000',
          'x-ratelimit-remaining': String(Math.max(1000 - api.calls.length, 0)),
          'x-ratelimit-used': String(api.calls.length),
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
          'x-ratelimit-resource': 'core',
          ...headers,
        });
        response.end(body === undefined ? '' : JSON.stringify(body));
      };
      const error = (status: number, message: string, headers: Record<string, string> = {}) =>
        reply(status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) }, headers);

      // Headers every request must carry.
      const authorization = request.headers.authorization ?? '';
      const auth = /^(token|bearer) (.+)$/i.exec(authorization);
      if (!auth) {
        violate(`Authorization is not "token <t>" or "bearer <t>": ${JSON.stringify(authorization)}`);
        return error(401, 'Requires authentication');
      }
      if (auth[2] !== token) return error(401, 'Bad credentials');
      if (!request.headers['user-agent']) {
        violate('no User-Agent');
        return error(
          403,
          'Request forbidden by administrative rules. Please make sure your request has a User-Agent header',
        );
      }
      const accept = request.headers.accept;
      if (accept !== undefined && !accept.split(',').some((each) => ACCEPTS.includes(each.trim().split(';')[0] ?? '')))
        violate(`Accept ${JSON.stringify(accept)} is not a GitHub media type`);
      const version = request.headers['x-github-api-version'];
      if (version !== undefined && !API_VERSIONS.includes(String(version))) {
        violate(`X-GitHub-Api-Version ${JSON.stringify(version)} does not exist`);
        return error(400, `${version} is not a valid API version`);
      }

      let body: unknown;
      if (method === 'POST' || method === 'PATCH') {
        if (!/^application\/json/.test(request.headers['content-type'] ?? ''))
          violate(`Content-Type ${JSON.stringify(request.headers['content-type'])} is not application/json`);
        try {
          body = JSON.parse(text);
          call.body = body as Record<string, unknown>;
        } catch {
          violate('the body is not JSON');
          return error(400, 'Problems parsing JSON');
        }
      }

      const repoPath = `${prefix}/repos/${owner}/${repo}`;
      const route = (() => {
        if (url.pathname === `${repoPath}/deployments` && method === 'POST') return 'create-deployment' as const;
        const status = new RegExp(`^${repoPath}/deployments/(\\d+)/statuses$`).exec(url.pathname);
        if (status && method === 'POST') return ['create-status', Number(status[1])] as const;
        const comments = new RegExp(`^${repoPath}/issues/(\\d+)/comments$`).exec(url.pathname);
        if (comments && method === 'GET') return ['list-comments', Number(comments[1])] as const;
        if (comments && method === 'POST') return ['create-comment', Number(comments[1])] as const;
        const comment = new RegExp(`^${repoPath}/issues/comments/(\\d+)$`).exec(url.pathname);
        if (comment && method === 'PATCH') return ['update-comment', Number(comment[1])] as const;
        return undefined;
      })();
      if (!route) {
        violate('no such operation in the contract');
        return error(404, 'Not Found');
      }
      const [operation, id] = typeof route === 'string' ? [route, 0] : route;

      const spec = {
        'create-deployment': [DEPLOYMENT_BODY, ['ref']],
        'create-status': [STATUS_BODY, ['state']],
        'create-comment': [COMMENT_BODY, ['body']],
        'update-comment': [COMMENT_BODY, ['body']],
        'list-comments': undefined,
      }[operation] as [Record<string, PropertySpec>, string[]] | undefined;
      if (spec) {
        const found = bodyViolations(body, ...spec);
        found.forEach(violate);
        if (found.length > 0) return error(422, 'Validation Failed');
      }
      if (operation === 'list-comments') {
        for (const name of Object.keys(call.query))
          if (!['per_page', 'page', 'since'].includes(name)) violate(`${name} is not a query parameter`);
        const perPage = call.query.per_page;
        if (perPage !== undefined && !(Number(perPage) >= 1 && Number(perPage) <= 100))
          violate(`per_page ${perPage} is not from 1 to 100`);
      }

      const failing = api.failing[operation];
      if (failing === 'hang') {
        call.answer = 'hang';
        hanging.add(() => response.destroy());
        return;
      }
      if (failing) {
        return error(
          failing.status,
          failing.message,
          failing.permissions ? { 'x-accepted-github-permissions': failing.permissions } : {},
        );
      }
      if (api.readOnly && method !== 'GET')
        return error(403, 'Resource not accessible by integration', {
          'x-accepted-github-permissions': PERMISSION[operation],
        });

      const base = `${api.url}/repos/${owner}/${repo}`;
      const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      const fields = (body ?? {}) as Record<string, unknown>;
      switch (operation) {
        case 'create-deployment': {
          const deployment: FakeDeployment = {
            id: nextId++,
            ref: String(fields.ref),
            environment: typeof fields.environment === 'string' ? fields.environment : 'production',
            ...(typeof fields.production_environment === 'boolean'
              ? { production_environment: fields.production_environment }
              : {}),
            statuses: [],
          };
          api.deployments.push(deployment);
          return reply(
            201,
            {
              url: `${base}/deployments/${deployment.id}`,
              id: deployment.id,
              node_id: Buffer.from(`Deployment${deployment.id}`).toString('base64'),
              sha: /^[0-9a-f]{40}$/.test(deployment.ref) ? deployment.ref : 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d',
              ref: deployment.ref,
              task: typeof fields.task === 'string' ? fields.task : 'deploy',
              payload: {},
              original_environment: deployment.environment,
              environment: deployment.environment,
              description: typeof fields.description === 'string' ? fields.description : null,
              creator: USER,
              created_at: now,
              updated_at: now,
              statuses_url: `${base}/deployments/${deployment.id}/statuses`,
              repository_url: base,
              transient_environment: fields.transient_environment === true,
              production_environment: deployment.production_environment ?? deployment.environment === 'production',
            },
            { location: `${base}/deployments/${deployment.id}` },
          );
        }
        case 'create-status': {
          const deployment = api.deployments.find((each) => each.id === id);
          if (!deployment) return error(404, 'Not Found');
          const status = {
            state: String(fields.state),
            description: typeof fields.description === 'string' ? fields.description : '',
            ...(typeof fields.log_url === 'string' ? { log_url: fields.log_url } : {}),
            ...(typeof fields.environment_url === 'string' ? { environment_url: fields.environment_url } : {}),
          };
          deployment.statuses.push(status);
          const statusId = nextId++;
          const logUrl = status.log_url ?? (typeof fields.target_url === 'string' ? fields.target_url : '');
          return reply(
            201,
            {
              url: `${base}/deployments/${id}/statuses/${statusId}`,
              id: statusId,
              node_id: Buffer.from(`DeploymentStatus${statusId}`).toString('base64'),
              state: status.state,
              creator: USER,
              description: status.description,
              environment: typeof fields.environment === 'string' ? fields.environment : deployment.environment,
              target_url: logUrl,
              log_url: logUrl,
              environment_url: status.environment_url ?? '',
              created_at: now,
              updated_at: now,
              deployment_url: `${base}/deployments/${id}`,
              repository_url: base,
            },
            { location: `${base}/deployments/${id}/statuses/${statusId}` },
          );
        }
        case 'list-comments': {
          const all = api.comments.filter((comment) => comment.issue === id);
          const perPage = Math.min(Number(call.query.per_page ?? 30) || 30, 100);
          const page = Math.max(Number(call.query.page ?? 1) || 1, 1);
          const last = Math.max(Math.ceil(all.length / perPage), 1);
          const link = (n: number, rel: string) => {
            const next = new URL(`${api.url}${url.pathname}`);
            next.searchParams.set('per_page', String(perPage));
            next.searchParams.set('page', String(n));
            return `<${next.href}>; rel="${rel}"`;
          };
          const links = [
            ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
            ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
          ];
          return reply(
            200,
            all.slice((page - 1) * perPage, page * perPage).map((comment) => commentObject(comment)),
            links.length > 0 ? { link: links.join(', ') } : {},
          );
        }
        case 'create-comment': {
          const comment: FakeComment = { id: nextId++, issue: id, body: String(fields.body), edits: 0 };
          api.comments.push(comment);
          return reply(201, commentObject(comment), { location: `${base}/issues/comments/${comment.id}` });
        }
        case 'update-comment': {
          const comment = api.comments.find((each) => each.id === id);
          if (!comment) return error(404, 'Not Found');
          comment.body = String(fields.body);
          comment.edits++;
          return reply(200, commentObject(comment));
        }
      }
    });
  });

  function commentObject(comment: FakeComment) {
    const base = `${api.url}/repos/${owner}/${repo}`;
    const at = '2026-12-03T10:00:00Z';
    return {
      id: comment.id,
      node_id: Buffer.from(`IssueComment${comment.id}`).toString('base64'),
      url: `${base}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: USER,
      created_at: at,
      updated_at: at,
      issue_url: `${base}/issues/${comment.issue}`,
      author_association: 'NONE',
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const api: FakeGitHubApi = {
    url: `http://127.0.0.1:${port}${prefix}`,
    owner,
    repo,
    token,
    calls: [],
    violations: [],
    deployments: [],
    comments: [],
    failing: {},
    readOnly: false,
    close: () =>
      new Promise<void>((resolve) => {
        hanging.forEach((end) => end());
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return api;
}
