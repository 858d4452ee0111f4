import type { CheckContext } from '../../src/engine/checks/context.js';
import { outcomeOf, startCheck } from '../../src/engine/checks/outcome.js';
import { plannedHttp, runCheck } from '../../src/engine/checks/runCheck.js';
import { createRedactor } from '../../src/engine/secrets.js';
import { FakeCluster, pod } from '../support/fakeMonitor.js';
import { checkRig, httpCheck, OLD_SHA, versionCheck } from '../support/fixtures.js';
import { response } from '../support/fakeProber.js';

// Every check kind answers through one outcome builder and one dispatch table.

const redact = createRedactor(['s3cret']);

describe('outcomeOf', () => {
  const identity = { name: 'ready', kind: 'http' as const, required: true };

  it('maps passed to a result by whether the check is required', () => {
    expect(outcomeOf(identity, { passed: false, detail: 'x' }, 5, redact).result).toBe('failed');
    expect(outcomeOf({ ...identity, required: false }, { passed: false, detail: 'x' }, 5, redact).result).toBe(
      'warning',
    );
    expect(outcomeOf(identity, { passed: true, detail: '200' }, 5, redact).result).toBe('passed');
  });

  it('takes a result as judged (a gate that was inconclusive), masks the detail, and drops the analysis of a pass', () => {
    const analysis = { cause: 'c', nextStep: 'n' };
    expect(outcomeOf(identity, { result: 'warning', detail: 'token s3cret', analysis }, 5, redact)).toEqual({
      name: 'ready',
      kind: 'http',
      required: true,
      result: 'warning',
      detail: 'token ***',
      durationMs: 5,
      attempts: [],
      analysis,
    });
    expect(outcomeOf(identity, { passed: true, detail: '200', analysis }, 5, redact)).not.toHaveProperty('analysis');
  });

  it('times a check from its start', async () => {
    const { clock } = checkRig([]);
    const { finish } = startCheck(identity, { clock, redact });
    await clock.sleep(1_500);
    expect(finish({ passed: true, detail: '200' }).durationMs).toBe(1_500);
  });
});

describe('runCheck', () => {
  it('sends a burst check to the rate-limit check and a plain one to the HTTP check', async () => {
    const burst = plannedHttp(httpCheck({ burst: 3 }));
    const plain = plannedHttp(httpCheck());
    expect([burst.kind, plain.kind]).toEqual(['burst', 'http']);
    const rig = checkRig([response(429)]);
    const outcome = await runCheck(burst, rig.deps);
    expect(rig.prober.requests).toHaveLength(3);
    expect(outcome.detail).toBe('rate limiter on: 3 of 3 answered 429');
  });

  it('runs the rollout wait as a check, naming the Deployment in the one kubectl form', async () => {
    const cluster = new FakeCluster([[pod('shop-1')]], { complete: false, message: 'error: timed out waiting' });
    const context: CheckContext = { ...checkRig([]).deps, cluster };
    const target = {
      deployment: 'shop-api',
      namespace: 'shop',
      context: 'prod',
      rolloutTimeoutMs: 60_000,
      insecureSkipTlsVerify: false,
    };
    const outcome = await runCheck({ kind: 'rollout', check: target }, context);
    expect(outcome).toMatchObject({ name: 'rollout', kind: 'rollout', result: 'failed' });
    expect(outcome.analysis?.commands).toEqual([
      'kubectl rollout status deployment/shop-api -n shop --context=prod',
      'kubectl describe deployment/shop-api -n shop --context=prod',
    ]);
  });

  it('calls a rollout wait without a cluster a setup problem, not a failed release', async () => {
    const target = {
      deployment: 'shop-api',
      namespace: 'shop',
      rolloutTimeoutMs: 60_000,
      insecureSkipTlsVerify: false,
    };
    const outcome = await runCheck({ kind: 'rollout', check: target }, checkRig([]).deps);
    expect(outcome).toMatchObject({ result: 'failed', setupProblem: true, detail: 'no cluster inspector is loaded' });
  });
});

describe('the kubectl target in every message', () => {
  it('names kube-deployment with its namespace and context when the version check fails, not the service', async () => {
    const rig = checkRig([response(200, JSON.stringify({ commit: OLD_SHA }))]);
    const context: CheckContext = {
      ...rig.deps,
      kubernetes: {
        deployment: 'checkout',
        namespace: 'shop',
        context: 'prod',
        rolloutTimeoutMs: 0,
        insecureSkipTlsVerify: false,
      },
    };
    const outcome = await runCheck({ kind: 'version', check: versionCheck({ timeoutMs: 2_000 }) }, context);
    expect(outcome.analysis?.commands).toEqual([
      'kubectl rollout status deployment/checkout -n shop --context=prod',
      'kubectl get deployment/checkout -n shop --context=prod -o wide',
    ]);
  });
});
