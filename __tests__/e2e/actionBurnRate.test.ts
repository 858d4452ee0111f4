import { readFile } from 'node:fs/promises';
import { runAction } from '../support/runAction.js';
import { ERROR_SPIKE, HEALTHY } from '../support/prometheus.js';
import { usePrometheusRig } from '../support/prometheusRig.js';

// The SLO burn-rate gate against a real Prometheus scraping every second, with its default queries:
// errors and requests counted by increase() over the short window (1m here) and over the window so far.

const rig = usePrometheusRig();
const { trafficBecomes } = rig;

const watch = (inputs: Record<string, string> = {}) =>
  runAction({
    'prometheus-url': rig.url,
    'max-error-rate': 'off',
    'slo-objective': '99%',
    'burn-short-window': '1m',
    'monitor-window': '3s',
    'monitor-interval': '1s',
    ...inputs,
  });

async function reportOf(run: Awaited<ReturnType<typeof watch>>) {
  return JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
}

describe('the SLO burn-rate gate', () => {
  // First: the minute the short window covers then holds healthy traffic only.
  it('passes a healthy release, and outputs its burn rate and the error budget it used', async () => {
    await trafficBecomes(HEALTHY);
    const run = await watch();

    expect(run.outputs.result).toBe('passed');
    const [gate] = (await reportOf(run)).monitor.gates;
    expect(gate).toMatchObject({ name: 'slo-burn-rate', result: 'passed', counts: { ok: 3 } });
    // 0.2% errors against a 1% budget.
    expect(Number(run.outputs['burn-rate'])).toBeCloseTo(0.2, 1);
    expect(run.outputs['error-budget-used']).toBe('0.00');
    expect(run.summary).toMatch(/- slo-burn-rate: SLO 99% over 30d; burn 0\.\d+× over the short window/);
  });

  it('fails when both windows burn the budget faster than max-burn-rate', async () => {
    await trafficBecomes(ERROR_SPIKE);
    // 20% errors for a few seconds of the last minute: about 2% over it, a burn of about 2 against 1%.
    const run = await watch({ 'max-burn-rate': '1.5', 'warn-burn-rate': '1.2' });

    expect(run.code).toBe(1);
    const report = await reportOf(run);
    const [gate] = report.monitor.gates;
    expect(gate.result).toBe('failed');
    expect(gate.detail).toMatch(
      /^2 breaching samples in a row: burn [\d.]+× over 1m and [\d.]+× over 1m > max-burn-rate 1\.5$/,
    );
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual(['slo-burn-rate']);
    expect(Number(run.outputs['burn-rate'])).toBeGreaterThan(1.5);
  });
});
