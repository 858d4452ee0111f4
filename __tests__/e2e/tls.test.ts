import { readFile } from 'node:fs/promises';
import { runAction, type ActionRun } from '../support/runAction.js';
import { json, SELF_SIGNED, startTestService, text, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it, against an HTTPS service on loopback whose certificate is
// self-signed: verification is on unless a check or the provider list turns it off, and then a
// warning names each party that is not verified.

let service: TestService;
beforeAll(async () => {
  service = await startTestService(
    {
      '/health': (_, res) => text(res, 200, 'ok'),
      // The default traffic query counts enough requests for the error rate to be judged.
      '/api/v1/query': (req, res) =>
        json(res, 200, {
          status: 'success',
          data: {
            resultType: 'vector',
            result: [{ metric: {}, value: [0, req.url?.includes('increase') ? '1000' : '0.002'] }],
          },
        }),
      '/api/annotations': (_, res) => json(res, 200, { id: 7, message: 'Annotation added' }),
    },
    { tls: true },
  );
});
afterAll(() => service.close());

const UNTRUSTED =
  "the certificate is not trusted; add its CA to NODE_EXTRA_CA_CERTS in the step's env, or set insecure-skip-tls-verify (DEPTH_ZERO_SELF_SIGNED_CERT)";
const warnings = (run: ActionRun) =>
  run.stdout.split('\n').filter((line) => line.startsWith('::warning::TLS certificate verification is off'));
const reportOf = async (run: ActionRun) => JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));

describe('TLS verification in the action', () => {
  it('fails a check against a self-signed certificate by default, saying how to fix it', async () => {
    const run = await runAction({ 'base-url': service.url, checks: '/health' });

    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('failed');
    const [check] = (await reportOf(run)).checks;
    expect(check).toMatchObject({ name: 'GET /health', result: 'failed' });
    expect(check.detail).toContain(UNTRUSTED);
    expect(warnings(run)).toEqual([]);
  });

  it('trusts the certificate NODE_EXTRA_CA_CERTS names, read when the step starts', async () => {
    const run = await runAction(
      { 'base-url': service.url, checks: '/health' },
      { env: { NODE_EXTRA_CA_CERTS: SELF_SIGNED.certPath } },
    );

    expect(run.outputs.result).toBe('passed');
    expect(warnings(run)).toEqual([]);
  });

  it('skips verification for the check that asks, and only for it, with a warning naming it', async () => {
    const checks = [
      '- name: unverified',
      '  path: /health',
      '  insecure-skip-tls-verify: true',
      '- name: verified',
      '  path: /health',
      '  retries: 0',
    ].join('\n');
    const run = await runAction({ 'base-url': service.url, checks });

    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual(['verified']);
    expect(warnings(run)).toEqual([
      expect.stringContaining('TLS certificate verification is off for check "unverified" (insecure-skip-tls-verify)'),
    ]);
  });

  it('turns verification off for the providers listed, prometheus here, and for no one else', async () => {
    const run = await runAction({
      'base-url': service.url,
      checks: ['- path: /health', '  required: false', '  retries: 0'].join('\n'),
      'prometheus-url': service.url,
      'grafana-url': service.url,
      'grafana-token': 'glsa_test_token_123',
      'monitor-window': '2s',
      'monitor-interval': '1s',
      'insecure-skip-tls-verify': 'prometheus',
    });

    const report = await reportOf(run);
    expect(report.checks.find((check: { name: string }) => check.name === 'GET /health')?.detail).toContain(UNTRUSTED);
    expect(report.monitor.gates[0]).toMatchObject({ name: 'error-rate', counts: { ok: 2 } });
    expect(run.summary).toMatch(/grafana[^\n]*TLS error/i);
    expect(warnings(run)).toEqual([
      expect.stringContaining('TLS certificate verification is off for prometheus (insecure-skip-tls-verify)'),
    ]);
    expect(run.outputs.result).toBe('warning');
  });
});
