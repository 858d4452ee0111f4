import { messageOf } from '../errors.js';
import type { KubernetesTarget } from '../plan.js';
import type { ClusterInspector, Clock } from '../ports.js';
import type { CheckOutcome, MonitorReport } from '../report/model.js';

/** `kubectl rollout status` as the first check: a rollout that does not finish fails with kubectl's own words. */
export async function waitForRollout(
  target: KubernetesTarget,
  cluster: ClusterInspector,
  clock: Clock,
  signal: AbortSignal,
): Promise<CheckOutcome> {
  const started = clock.now();
  let complete = false;
  let message: string;
  // kubectl missing or the cluster unreachable is not the release failing to roll out.
  let setupProblem = false;
  try {
    ({ complete, message } = await cluster.waitForRollout(target.rolloutTimeoutMs, signal));
  } catch (error) {
    message = messageOf(error);
    setupProblem = true;
  }
  const rolloutCommand = `kubectl rollout status deployment/${target.deployment} --namespace ${target.namespace}${target.context ? ` --context=${target.context}` : ''}`;
  return {
    name: 'rollout',
    kind: 'rollout',
    required: true,
    result: complete ? 'passed' : 'failed',
    detail: message.trim().split('\n').slice(-3).join(' ') || (complete ? 'rolled out' : 'did not complete'),
    durationMs: clock.now() - started,
    attempts: [],
    ...(setupProblem ? { setupProblem } : {}),
    ...(complete
      ? {}
      : {
          analysis: {
            cause: 'the Deployment did not finish rolling out in time: new pods are not becoming available',
            nextStep: `${rolloutCommand}; kubectl describe deployment/${target.deployment} --namespace ${target.namespace}`,
          },
        }),
  };
}

/** Each gate and the pods as a check of the verdict, so outputs, annotations and tables treat them alike. */
export function monitorOutcomes(monitor: MonitorReport, target: KubernetesTarget | undefined): CheckOutcome[] {
  const where = target
    ? `deployment/${target.deployment} -n ${target.namespace}${target.context ? ` --context=${target.context}` : ''}`
    : undefined;
  const compare = where ? `kubectl logs ${where} --all-containers --since=15m` : 'read the logs of the new pods';
  const windowMs = monitor.samples * monitor.intervalMs;
  const outcomes: CheckOutcome[] = monitor.gates.map((gate) => ({
    name: gate.name,
    kind: 'gate',
    required: true,
    ...(gate.rejected ? { setupProblem: true } : {}),
    result: gate.result,
    detail: gate.detail,
    durationMs: windowMs,
    attempts: [],
    ...(gate.result === 'passed'
      ? {}
      : {
          analysis: gate.inconclusive
            ? {
                cause: 'the gate could not judge the release: no usable data',
                nextStep: `run the query in Prometheus and check it returns one number while the service has traffic: ${gate.query}`,
              }
            : {
                cause: `${gate.name} went past its limit right after the deploy`,
                nextStep: `compare the new release with the previous one: ${compare}; the query: ${gate.query}`,
              },
        }),
  }));
  if (monitor.pods) {
    const pods = monitor.pods;
    outcomes.push({
      name: 'pods',
      kind: 'pods',
      required: true,
      result: pods.result,
      detail: pods.detail,
      durationMs: windowMs,
      attempts: [],
      ...(pods.result === 'passed'
        ? {}
        : {
            analysis: {
              cause: pods.inconclusive ? 'kubectl could not read the pods' : 'the new pods are unhealthy',
              nextStep: where
                ? `kubectl describe ${where}; ${compare} --previous`
                : 'describe the pods and read their logs',
            },
          }),
    });
  }
  return outcomes;
}
