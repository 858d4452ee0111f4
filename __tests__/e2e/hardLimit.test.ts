import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../support/runAction.js';

// The promise: whatever hangs, the step ends within `timeout` + 10 s, with a verdict, the report
// and the summary. Here every party — the service, Prometheus, the Kubernetes API, Grafana, Datadog,
// Slack, PostgreSQL, Redis — is one loopback port that accepts connections and never answers.

const TIMEOUT_S = 6;
const GRACE_S = 10;

let silent: Server;
let sockets: Socket[];
let base: string;
beforeAll(async () => {
  sockets = [];
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  base = `127.0.0.1:${(silent.address() as AddressInfo).port}`;
});
afterAll(async () => {
  sockets.forEach((socket) => socket.destroy());
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

async function kubeconfig(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pdc-hang-kube-'));
  const file = join(dir, 'kubeconfig');
  await writeFile(
    file,
    `apiVersion: v1
kind: Config
clusters:
- name: silent
  cluster:
    server: http://${base}
contexts:
- name: silent
  context:
    cluster: silent
    user: tester
current-context: silent
users:
- name: tester
  user:
    token: fake-token
`,
  );
  return file;
}

it(`ends within timeout + ${GRACE_S}s with a verdict, the report and the summary when every party hangs`, async () => {
  const run = await runAction(
    {
      'base-url': `http://${base}`,
      checks: '/health',
      dependencies: `- { name: orders, type: postgres, url: "postgres://checker:secret@${base}/shop" }\n- { name: cache, type: redis, url: "redis://${base}" }`,
      flows: `- name: login\n  steps:\n    - path: /login`,
      'version-url': '/version',
      'prometheus-url': `http://${base}`,
      'error-rate-query': 'sum(rate(http_requests_total{code=~"5.."}[1m]))',
      'monitor-window': '2s',
      'monitor-interval': '1s',
      'kube-deployment': 'shop-api',
      'rollout-timeout': '2s',
      'grafana-url': `http://${base}`,
      'grafana-token': 'glsa_hanging_token',
      'datadog-api-key': 'dd-hanging-key',
      'datadog-api-url': `http://${base}`,
      'slack-webhook-url': `http://${base}/services/T0/B0/hanging`,
      timeout: `${TIMEOUT_S}s`,
    },
    { env: { KUBECONFIG: await kubeconfig() }, killAfterMs: (TIMEOUT_S + GRACE_S) * 1000 },
  );

  expect(run.killed).toBe(false);
  expect(run.code).toBe(1);
  expect(run.outputs.result).toBe('failed');
  expect(run.outputs.summary).toContain('stopped at the time limit');
  expect(run.summary).toContain('## ❌ Failed');
  const report = JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
  expect(report.timedOut).toBe(true);
  expect(report.rollbackNeeded).toBe(false);
  expect(report.verdict.reasons[0]).toBe(
    `the step reached its time limit (timeout ${TIMEOUT_S}s) before every check finished`,
  );
  // Every channel was tried and none could deliver; that changes nothing about the verdict.
  expect(new Set(report.notices.map((notice: { channel: string }) => notice.channel))).toEqual(
    new Set(['grafana', 'datadog', 'slack']),
  );
  expect(report.notices.every((notice: { sent: boolean }) => !notice.sent)).toBe(true);
});
