import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { runAction } from '../support/runAction.js';
import { hang, json, startTestService, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it, walking a flow against a service with a real login.

let service: TestService;
let issued: string;

beforeEach(async () => {
  issued = `tok-${randomBytes(12).toString('hex')}`;
  service = await startTestService({
    '/api/login': (req, res) => {
      const { user, password } = JSON.parse(req.body || '{}') as { user?: string; password?: string };
      if (user === 'smoke' && password === 'pw-smoke-77') json(res, 200, { auth: { token: issued, expiresIn: 300 } });
      else json(res, 401, { error: 'bad credentials' });
    },
    '/api/me': (req, res) =>
      req.headers.authorization === `Bearer ${issued}`
        ? json(res, 200, { user: 'smoke' })
        : json(res, 401, { error: 'token expired' }),
  });
});
afterEach(() => service.close());

const FLOW = `
- name: login and profile
  steps:
    - name: log in
      method: POST
      path: /api/login
      json: {user: smoke, password: pw-smoke-77}
      capture: {token: auth.token}
    - name: profile
      path: /api/me
      headers: {Authorization: "Bearer {{token}}"}
      expect: {json: {user: smoke}}
`;

async function flow(inputs: Record<string, string> = {}) {
  const run = await runAction({ 'base-url': service.url, flows: FLOW, ...inputs });
  const report = await readFile(run.outputs['report-path'] ?? '', 'utf8');
  return { run, report };
}

describe('flows through the action', () => {
  it('captures the token, uses it, and masks it from the moment it is captured', async () => {
    const { run, report } = await flow();

    expect(run.outputs.result).toBe('passed');
    expect(service.requests.find((request) => request.url === '/api/me')?.headers.authorization).toBe(
      `Bearer ${issued}`,
    );
    const lines = run.stdout.split('\n');
    expect(lines).toContain(`::add-mask::${issued}`);
    expect(lines.filter((line) => line.includes(issued) && !line.startsWith('::add-mask::'))).toEqual([]);
    for (const written of [report, run.summary, JSON.stringify(run.outputs)]) expect(written).not.toContain(issued);
  });

  it('names step 2 when an expired token gets 401', async () => {
    service.route('/api/me', (_req, res) => json(res, 401, { error: 'token expired' }));
    const { run } = await flow();

    expect(run.outputs.result).toBe('failed');
    expect(run.outputs.summary).toContain('login and profile (step 2 of 2 (profile): status 401, expected 2xx');
    expect(run.summary).toContain('token expired');
  });

  it('fails a flow whose step never answers, within the flow timeout', async () => {
    service.route('/api/me', hang);
    const { run } = await flow({
      flows: FLOW.replace('- name: login and profile', '- name: login and profile\n  timeout: 2s'),
    });

    expect(run.outputs.result).toBe('failed');
    expect(run.outputs.summary).toContain('the flow timed out after 2s at step 2 of 2 (profile)');
  });
});
