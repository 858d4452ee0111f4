import type { KubernetesTarget } from '../plan.js';
import type { ClusterInspector, Clock } from '../ports.js';
import type { CheckOutcome, MonitorReport } from '../report/model.js';

/** `kubectl rollout status` as the first check: a rollout that does not finish fails with kubectl's own words. */
export async function waitForRollout(target: KubernetesTarget, cluster: ClusterInspector, clock: Clock, signal: AbortSignal): Promise<CheckOutcome> {
  const started = clock.now();
  let complete = false;
  let message: string;
  try {
    ({ complete, message } = await cluster.waitForRollout(target.rolloutTimeoutMs, signal));
  } catch (error) {
    message = (error as Error | undefined)?.message ?? String(error);
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
    ...(complete
      ? {}
      : { analysis: { cause: 'the Deployment did not finish rolling out in time: new pods are not becoming available', nextStep: `${rolloutCommand}; kubectl describe deployment/${target.deployment} --namespace ${target.namespace}` } }),
  };
}

/** Each gate and the pods as a check of the verdict, so outputs, annotations and tables treat them alike. */
export function monitorOutcomes(monitor: MonitorReport, service: string): CheckOutcome[] {
  const windowMs = monitor.samples * monitor.intervalMs;
  const outcomes: CheckOutcome[] = monitor.gates.map((gate) => ({
    name: gate.name,
    kind: 'gate',
    required: true,
    result: gate.result,
    detail: gate.detail,
    durationMs: windowMs,
    attempts: [],
    ...(gate.result === 'passed'
      ? {}
      : {
          analysis: gate.inconclusive
            ? { cause: 'the gate could not judge the release: no usable data', nextStep: `run the query in Prometheus and check it returns one number while the service has traffic: ${gate.query}` }
            : { cause: `${gate.name} went past its limit right after the deploy`, nextStep: `compare the new pods with the previous release: kubectl logs -l app=${service} --since=10m; the query: ${gate.query}` },
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
        : { analysis: { cause: pods.inconclusive ? 'kubectl could not read the pods' : 'the new pods are unhealthy', nextStep: `kubectl describe pods -l app=${service}; kubectl logs -l app=${service} --previous` } }),
    });
  }
  return outcomes;
}
