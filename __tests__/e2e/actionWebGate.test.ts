import { readFile } from 'node:fs/promises';
import { runAction, type ActionRun } from '../support/runAction.js';
import { json, startTestService, text, type TestService } from '../support/testService.js';

// dist/index.js as the runner starts it, with a web gate reading a health score from a real loopback JSON
// service: no Prometheus at all.

let service: TestService;
beforeAll(async () => {
  service = await startTestService({
    '/health': (_, res) => text(res, 200, 'ok'),
    // Healthy for two reads, then the score drops: the gate must fail at the second low read.
    '/score': (_, res, hits) => json(res, 200, { data: { score: hits <= 2 ? 0.99 : 0.5 } }),
    '/steady': (_, res) => json(res, 200, { data: { score: 0.97 } }),
  });
});
afterAll(() => service.close());

const reportOf = async (run: ActionRun) => JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
const webGate = (path: string) =>
  ['- name: health-score', '  source: web', `  path: ${path}`, '  value: data.score', '  min: 0.9'].join('\n');

describe('a web gate', () => {
  it('passes while the score holds, sending its request every sample', async () => {
    const run = await runAction({
      'base-url': service.url,
      checks: '/health',
      gates: webGate('/steady'),
      'monitor-window': '3s',
      'monitor-interval': '1s',
    });

    expect(run.outputs.result).toBe('passed');
    const [gate] = (await reportOf(run)).monitor.gates;
    expect(gate).toMatchObject({ name: 'health-score', result: 'passed', counts: { ok: 3 }, last: 0.97 });
    expect(service.requests.filter((request) => request.url === '/steady')).toHaveLength(3);
    expect(run.summary).toContain('| health-score · web | ≥ 0.9 |');
  });

  it('fails at failure-threshold low reads in a row, and names the value it read', async () => {
    const run = await runAction({
      'base-url': service.url,
      checks: '/health',
      gates: webGate('/score'),
      'monitor-window': '10s',
      'monitor-interval': '1s',
    });

    expect(run.code).toBe(1);
    const report = await reportOf(run);
    expect(report.monitor.stoppedEarly).toBe('health-score failed at sample 4 of 10');
    expect(report.monitor.gates[0].detail).toBe('2 breaching samples in a row: 0.5 < min 0.9');
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual(['health-score']);
  });
});
