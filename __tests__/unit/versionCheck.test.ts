import {
  mismatchDetail,
  POLL_INTERVAL_MS,
  REQUIRED_STREAK,
  runVersionCheck,
  shortSha,
} from '../../src/engine/checks/versionCheck.js';
import type { PlannedVersionCheck } from '../../src/engine/checks/versionPlan.js';
import { checkRig, NEW_SHA, OLD_SHA, versionCheck } from '../support/fixtures.js';
import { jsonResponse, probeError, response, type Reply } from '../support/fakeProber.js';

const NEW = NEW_SHA.slice(0, 7);
const OLD = OLD_SHA.slice(0, 7);

const commit = (sha: string) => jsonResponse(200, { commit: sha });

async function run(
  replies: Reply[],
  overrides: Partial<PlannedVersionCheck> = {},
  options: Parameters<typeof checkRig>[1] = {},
) {
  const rig = checkRig(replies, options);
  const result = await runVersionCheck(versionCheck(overrides), rig.deps);
  return { ...result, prober: rig.prober, clock: rig.clock };
}

describe('runVersionCheck: convergence', () => {
  it('needs three answers in a row', () => expect(REQUIRED_STREAK).toBe(3));

  it('passes after three matching answers, one second apart', async () => {
    const { outcome, prober, clock, deployedVersion } = await run([commit(NEW_SHA)]);
    expect(prober.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([POLL_INTERVAL_MS, POLL_INTERVAL_MS]);
    expect(outcome).toMatchObject({
      name: 'version',
      kind: 'version',
      required: true,
      result: 'passed',
      detail: `${NEW} answered 3 times in a row`,
    });
    expect(deployedVersion).toBe(NEW_SHA);
    expect(outcome.analysis).toBeUndefined();
  });

  it('passes a flapping rollout only once the new version answers three times in a row', async () => {
    const flapping = [OLD_SHA, NEW_SHA, NEW_SHA, OLD_SHA, NEW_SHA, NEW_SHA, NEW_SHA, OLD_SHA].map(commit);
    const { outcome, prober } = await run(flapping);
    expect(prober.requests).toHaveLength(7);
    expect(outcome.result).toBe('passed');
    expect(outcome.attempts.map((attempt) => attempt.version?.slice(0, 7))).toEqual([
      OLD,
      NEW,
      NEW,
      OLD,
      NEW,
      NEW,
      NEW,
    ]);
  });

  it('does not count errors and other versions towards the streak', async () => {
    const { prober } = await run([
      commit(NEW_SHA),
      commit(NEW_SHA),
      response(502),
      commit(NEW_SHA),
      probeError('refused'),
      commit(NEW_SHA),
      commit(NEW_SHA),
      commit(NEW_SHA),
    ]);
    expect(prober.requests).toHaveLength(8);
  });

  it('asks for JSON or text, follows redirects and polls the planned URL', async () => {
    const { prober } = await run([commit(NEW_SHA)], { url: 'https://shop.example.com/api/version' });
    expect(prober.requests[0]).toMatchObject({
      method: 'GET',
      url: 'https://shop.example.com/api/version',
      followRedirects: true,
      headers: { accept: 'application/json, text/plain;q=0.9' },
    });
  });
});

describe('runVersionCheck: reading the version', () => {
  it('reads a JSON field by its dot path', async () => {
    const { outcome, deployedVersion } = await run([jsonResponse(200, { build: { sha: NEW_SHA, time: 'now' } })], {
      field: 'build.sha',
    });
    expect(outcome.result).toBe('passed');
    expect(deployedVersion).toBe(NEW_SHA);
  });

  it('reads a plain-text body as the version itself, trimmed', async () => {
    const { outcome, deployedVersion } = await run([response(200, `  ${NEW_SHA}\n`, { 'content-type': 'text/plain' })]);
    expect(outcome.result).toBe('passed');
    expect(deployedVersion).toBe(NEW_SHA);
  });

  it('matches a short reported SHA against a full expected one, and the reverse', async () => {
    expect((await run([response(200, NEW)])).outcome.result).toBe('passed');
    expect((await run([commit(NEW_SHA)], { expected: NEW })).outcome.result).toBe('passed');
  });

  it('does not match a prefix shorter than 7 characters', async () => {
    const { outcome } = await run([response(200, NEW_SHA.slice(0, 6))], { timeoutMs: 5_000 });
    expect(outcome.result).toBe('failed');
  });

  it('reads a numeric JSON field', async () => {
    const { outcome } = await run([jsonResponse(200, { build: 1234 })], { field: 'build', expected: '1234' });
    expect(outcome.result).toBe('passed');
  });
});

describe('runVersionCheck: timeout', () => {
  it('polls until the version timeout and no longer', async () => {
    const { prober, clock } = await run([commit(OLD_SHA)], { timeoutMs: 10_000 });
    expect(prober.requests).toHaveLength(11);
    expect(clock.slept).toBe(10_000);
  });

  it('says what it saw, most frequent first, when the rollout is unfinished', async () => {
    const replies = [NEW_SHA, OLD_SHA, NEW_SHA, OLD_SHA, NEW_SHA, NEW_SHA].map(commit);
    const { outcome, deployedVersion } = await run(replies, { timeoutMs: 5_000 });
    expect(outcome.result).toBe('failed');
    expect(outcome.detail).toBe(`expected ${NEW}, saw ${NEW} x4, ${OLD} x2 (rollout still in progress?)`);
    expect(outcome.analysis).toEqual({
      cause: 'the new version answers only some of the time: the rollout is unfinished',
      // No kube-deployment: no kubectl command guessed from the service's name.
      nextStep: 'check that the deploy finished rolling out: every instance must serve the new version',
      commands: ["curl -sS -i 'https://shop.example.com/version'"],
    });
    expect(deployedVersion).toBe(NEW_SHA);
  });

  it('says the previous version is still serving when the new one never answered', async () => {
    const { outcome, deployedVersion } = await run([commit(OLD_SHA)], { timeoutMs: 2_000 });
    expect(outcome.detail).toBe(`expected ${NEW}, saw ${OLD} x3 (the previous version is still serving?)`);
    expect(outcome.analysis).toEqual({
      cause: `${NEW_SHA.slice(0, 7)} never answered: the previous version is still serving`,
      nextStep: 'check that the deploy really replaced the previous version, and that version-url reaches the new one',
      commands: ["curl -sS -i 'https://shop.example.com/version'"],
    });
    expect(deployedVersion).toBe(OLD_SHA);
  });

  it('says when the endpoint never reported a version, and what it answered instead', async () => {
    const replies = [
      response(503),
      probeError('refused', 'connect ECONNREFUSED'),
      jsonResponse(200, { version: 'x' }),
      response(200, '  '),
    ];
    const { outcome, deployedVersion } = await run(replies, { timeoutMs: 3_000 });
    expect(outcome.detail).toBe(
      `expected ${NEW}, saw HTTP 503 x1, connect ECONNREFUSED x1, no commit in the JSON x1, empty body x1 (the version endpoint never reported a version)`,
    );
    expect(outcome.analysis?.cause).toBe('the version endpoint never reported a version');
    expect(outcome.attempts).toEqual([
      { at: 0, durationMs: 0, status: 503 },
      { at: 1_000, durationMs: 0, error: 'connect ECONNREFUSED' },
      { at: 2_000, durationMs: 0, status: 200, error: 'no commit in the JSON' },
      { at: 3_000, durationMs: 0, status: 200, error: 'empty body' },
    ]);
    expect(deployedVersion).toBeUndefined();
  });

  it('gives each request no more time than the version timeout has left', async () => {
    const { prober } = await run([commit(OLD_SHA)], { timeoutMs: 2_500 }, { latencyMs: 0 });
    expect(prober.requests.map((request) => request.timeoutMs)).toEqual([2_500, 1_500, 500]);
  });

  it('stops polling when the run signal aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const { outcome, prober } = await run([commit(NEW_SHA)], {}, { signal: controller.signal });
    expect(prober.requests).toHaveLength(0);
    expect(outcome.detail).toBe(`expected ${NEW}, saw nothing (the version endpoint never reported a version)`);
  });

  it('masks secrets in what the endpoint reported', async () => {
    const { outcome } = await run(
      [response(200, 'token tok-123456')],
      { timeoutMs: 1_000 },
      { secrets: ['tok-123456'] },
    );
    expect(JSON.stringify(outcome)).not.toContain('tok-123456');
    expect(outcome.detail).toBe(`expected ${NEW}, saw token *** x2 (the previous version is still serving?)`);
  });
});

describe('mismatchDetail and shortSha', () => {
  it('writes the issue example exactly', () => {
    const seen = new Map([
      [OLD_SHA, 2],
      [NEW_SHA, 4],
    ]);
    expect(mismatchDetail(NEW_SHA, seen, new Set([NEW_SHA, OLD_SHA]))).toBe(
      'expected 4f2a9c1, saw 4f2a9c1 x4, 9be0d12 x2 (rollout still in progress?)',
    );
  });

  it('shortens only full 40-character SHAs', () => {
    expect(shortSha(NEW_SHA)).toBe(NEW);
    expect(shortSha(NEW_SHA.toUpperCase())).toBe(NEW.toUpperCase());
    expect(shortSha('v1.2.3')).toBe('v1.2.3');
    expect(shortSha(NEW_SHA.slice(0, 39))).toBe(NEW_SHA.slice(0, 39));
  });
});

describe('runVersionCheck: what it shows', () => {
  it('masks a secret in the answer before cutting it to a bounded version', async () => {
    const token = 'tok-0123456789abcdef0123';
    const { outcome } = await run(
      [jsonResponse(200, { commit: `${'v'.repeat(90)} ${token}` })],
      { timeoutMs: 2_000 },
      { secrets: [token] },
    );
    const shown = outcome.attempts.map((attempt) => attempt.version ?? '').join(' ');
    expect(shown).toContain('***');
    expect(shown).not.toContain('tok-0123');
  });
});
