import { readFile } from 'node:fs/promises';
import { startFakeDatadogApi, type FakeDatadogApi, type FakeSeries } from '../support/fakeDatadogApi.js';
import { runAction, type ActionRun } from '../support/runAction.js';

// dist/index.js as the runner starts it, a comparison counting both sides in Datadog (a fake held to the
// vendor's contract), with no Prometheus at all. The fake answers each count query from its tag and window:
// 100 requests a second per version, and the asked share of them errors, spread over two points with a null
// bucket between them, so the action must add the points up rather than read the last.

let datadog: FakeDatadogApi;

beforeEach(async () => {
  datadog = await startFakeDatadogApi();
});
afterEach(async () => {
  await datadog.close();
  expect(datadog.violations.filter((violation) => !violation.startsWith('POST /api/v1/events'))).toEqual([]);
});

const ERRORS = 'sum:trace.http.request.errors{service:shop-api,version:{{side}}}.as_count()';
const REQUESTS = 'sum:trace.http.request.hits{service:shop-api,version:{{side}}}.as_count()';
const REQUESTS_PER_SECOND = 100;

/** Counts over the asked window: `errorShare` of the version's requests fail. */
function traffic(errorShare: Record<'canary' | 'stable', number>) {
  return (query: string, { from, to }: { from: number; to: number }): FakeSeries[] => {
    const version = /version:(\w+)/.exec(query)?.[1];
    if (version !== 'canary' && version !== 'stable') return [];
    const requests = REQUESTS_PER_SECOND * (to - from);
    const count = query.includes('.errors{') ? requests * errorShare[version] : requests;
    return [{ scope: `service:shop-api,version:${version}`, points: [count / 2, null, count / 2] }];
  };
}

const watch = () =>
  runAction(
    {
      'max-error-rate': 'off',
      compare: [
        '- name: errors vs stable',
        '  source: datadog',
        `  errors-query: ${ERRORS}`,
        `  requests-query: ${REQUESTS}`,
        '  canary: canary',
        '  baseline: stable',
      ].join('\n'),
      'datadog-api-key': datadog.apiKey,
      'datadog-app-key': datadog.appKey,
      'datadog-api-url': datadog.url,
      'monitor-window': '4s',
      'monitor-interval': '1s',
    },
    { killAfterMs: 30_000 },
  );

const reportOf = async (run: ActionRun) => JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
const countReads = () =>
  datadog.requests.filter((request) => request.path === '/api/v1/query' && request.params.query !== undefined);

describe('a comparison reading Datadog', () => {
  it("fails a canary with 20 times the stable's error rate at its first look, from counts summed since the window began", async () => {
    datadog.seriesFor = traffic({ canary: 0.2, stable: 0.01 });
    const run = await watch();

    expect(run.code).toBe(1);
    const [gate] = (await reportOf(run)).monitor.gates;
    expect(gate).toMatchObject({ name: 'errors vs stable', source: 'datadog', result: 'failed' });
    // At 100 requests a second, the first look (at least a second of counts) holds 20 errors against 1.
    expect(gate.comparison).toMatchObject({ decision: 'worse', decidedAt: 1 });
    expect(gate.comparison.canary.errors / gate.comparison.canary.requests).toBeCloseTo(0.2, 5);
    expect(gate.comparison.baseline.errors / gate.comparison.baseline.requests).toBeCloseTo(0.01, 5);
    expect(run.summary).toContain('| errors vs stable · datadog | ≤ 1.5× baseline (99%) |');
    expect(run.summary).toContain('<summary>Queries, to paste into their sources</summary>');

    // Two reads before the window (are the queries valid?), then four a look: both sides' errors and
    // requests, each over the same stretch from the window's start, which grows look by look.
    const looks = countReads().slice(2);
    expect(looks).toHaveLength(4);
    expect(new Set(looks.map((read) => read.params.to))).toEqual(new Set([looks[0]?.params.to]));
    expect(new Set(looks.map((read) => read.params.from))).toEqual(new Set([looks[0]?.params.from]));
    expect(looks.map((read) => read.params.query).sort()).toEqual(
      [
        ERRORS.replace('{{side}}', 'canary'),
        ERRORS.replace('{{side}}', 'stable'),
        REQUESTS.replace('{{side}}', 'canary'),
        REQUESTS.replace('{{side}}', 'stable'),
      ].sort(),
    );
  });

  it('passes a canary as good as the stable, its counts growing with the window', async () => {
    datadog.seriesFor = traffic({ canary: 0.05, stable: 0.05 });
    const run = await watch();

    expect(run.outputs.result).toBe('passed');
    const [gate] = (await reportOf(run)).monitor.gates;
    expect(gate).toMatchObject({ source: 'datadog', result: 'passed' });
    expect(gate.samples.every((sample: { outcome: string }) => sample.outcome !== 'breach')).toBe(true);
    const canaryRequests = countReads()
      .slice(2)
      .filter((read) => read.params.query === REQUESTS.replace('{{side}}', 'canary'))
      .map((read) => Number(read.params.to) - Number(read.params.from));
    expect(canaryRequests).toHaveLength(4);
    // Each look reads from the window's start to now: never a shorter stretch than the look before.
    expect(canaryRequests).toEqual([...canaryRequests].sort((a, b) => a - b));
  });
});
