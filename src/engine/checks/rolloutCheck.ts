import { messageOf } from '../errors.js';
import { kubectlTarget, type KubernetesTarget } from '../kubernetes/target.js';
import type { CheckOutcome } from '../report/model.js';
import type { CheckContext } from './context.js';
import { startCheck } from './outcome.js';

/** `kubectl rollout status` as the first check: a rollout that does not finish fails with kubectl's own words. */
export async function runRolloutCheck(target: KubernetesTarget, context: CheckContext): Promise<CheckOutcome> {
  const { finish } = startCheck({ name: 'rollout', kind: 'rollout', required: true }, context);
  let complete = false;
  let message: string;
  // kubectl missing or the cluster unreachable is not the release failing to roll out.
  let setupProblem = false;
  try {
    if (!context.cluster) throw new Error('no cluster inspector is loaded');
    ({ complete, message } = await context.cluster.waitForRollout(target.rolloutTimeoutMs, context.signal));
  } catch (error) {
    message = messageOf(error);
    setupProblem = true;
  }
  const where = kubectlTarget(target);
  return finish({
    passed: complete,
    detail: message.trim().split('\n').slice(-3).join(' ') || (complete ? 'rolled out' : 'did not complete'),
    setupProblem,
    analysis: {
      cause: 'the Deployment did not finish rolling out in time: new pods are not becoming available',
      nextStep: "read the Deployment's events: they say why new pods do not become ready",
      commands: [`kubectl rollout status ${where}`, `kubectl describe ${where}`],
    },
  });
}
