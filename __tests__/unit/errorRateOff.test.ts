import { loadConfig, type ConfigSources } from '../../src/engine/config/load.js';
import { DEFAULT_ERROR_RATE_QUERY } from '../../src/engine/config/monitorSchema.js';
import { planMonitor } from '../../src/engine/monitor/monitorPlan.js';

// `off` turns the built-in error-rate gate off while prometheus-url stays set for the team's own gates.

const BASE = {
  'base-url': 'https://shop.example.com',
  checks: '/health',
  'prometheus-url': 'http://prometheus:9090',
};
const GATES = '- name: checkout-errors\n  query: sum(rate(checkout_errors_total[5m]))\n  max: 1';

async function load(inputs: ConfigSources['inputs'], file?: string) {
  return loadConfig({
    inputs: { ...BASE, ...inputs },
    ...(file === undefined ? {} : { file: { path: 'deploy-check.yml', text: file } }),
  });
}

async function gateNames(inputs: ConfigSources['inputs'], file?: string) {
  const loaded = await load(inputs, file);
  if (!loaded.ok) throw new Error(loaded.errors.join(' | '));
  return planMonitor(loaded.config)?.gates.map((gate) => gate.name);
}

describe('max-error-rate: off and error-rate-query: off', () => {
  it.each([
    ['max-error-rate', { 'max-error-rate': 'off' }],
    ['error-rate-query', { 'error-rate-query': 'off' }],
  ])('%s: off drops the error-rate gate and keeps the listed gates', async (_, inputs) => {
    expect(await gateNames({ ...inputs, gates: GATES })).toEqual(['checkout-errors']);
  });

  it('reads off from a config file as the word, not a YAML boolean', async () => {
    expect(await gateNames({}, `max-error-rate: off\ngates:\n  ${GATES.replace(/\n/g, '\n  ')}\n`)).toEqual([
      'checkout-errors',
    ]);
  });

  it('keeps the defaults and every other accepted form', async () => {
    const loaded = await load({ 'max-error-rate': '0.05' });
    if (!loaded.ok) throw new Error(loaded.errors.join(' | '));
    expect(planMonitor(loaded.config)?.gates[0]).toMatchObject({ name: 'error-rate', max: 0.05 });
    const defaults = await load({});
    if (!defaults.ok) throw new Error(defaults.errors.join(' | '));
    expect(defaults.config).toMatchObject({ 'max-error-rate': 0.01, 'error-rate-query': DEFAULT_ERROR_RATE_QUERY });
  });

  it('still says what is wrong with a value that is neither a number nor off', async () => {
    expect(await load({ 'max-error-rate': '5%' })).toMatchObject({
      ok: false,
      errors: ['max-error-rate: "5%" is a percentage; write it as a plain number, e.g. 0.05 for 5%'],
    });
    expect(await load({ 'max-error-rate': 'Off' })).toMatchObject({ ok: false });
  });

  it('rejects off when it leaves prometheus-url no gate and nothing else to watch, naming the way out', async () => {
    expect(await load({ 'max-error-rate': 'off' })).toMatchObject({
      ok: false,
      errors: [
        'max-error-rate: off leaves prometheus-url no gate to watch: add gates or latency-query, set kube-deployment (pod health), or set monitor-window to 0',
      ],
    });
    expect(await load({ 'error-rate-query': 'off' })).toMatchObject({ ok: false });
    expect(await gateNames({ 'max-error-rate': 'off', 'monitor-window': '0' })).toBeUndefined();
    expect(await gateNames({ 'max-error-rate': 'off', 'kube-deployment': 'shop-api' })).toEqual([]);
  });

  it('names the form of gates written as a | block in a config file', async () => {
    const loaded = await load({}, 'gates: |\n  - name: x\n    query: up\n    max: 1\n');
    expect(loaded.ok ? [] : loaded.errors).toEqual([
      expect.stringContaining(
        'gates: expected a YAML list of gates (- name: ..., query: ..., max: ...), got a string: in a config file write the list itself, not a `|` block',
      ),
    ]);
  });
});
