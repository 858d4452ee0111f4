import { outcomeOf } from '../checks/outcome.js';
import { kubectlTarget, type KubernetesTarget } from '../kubernetes/target.js';
import type { CheckOutcome, MonitorReport } from '../report/model.js';
import type { Redactor } from '../secrets.js';

/** Each gate and the pods as a check of the verdict, so outputs, annotations and tables treat them alike. */
export function monitorOutcomes(
  monitor: MonitorReport,
  target: KubernetesTarget | undefined,
  redact: Redactor,
): CheckOutcome[] {
  const where = target ? kubectlTarget(target) : undefined;
  const compare = where ? `kubectl logs ${where} --all-containers --since=15m` : 'read the logs of the new pods';
  const windowMs = monitor.samples * monitor.intervalMs;
  const outcomes: CheckOutcome[] = monitor.gates.map((gate) =>
    outcomeOf(
      { name: gate.name, kind: 'gate', required: true },
      {
        result: gate.result,
        detail: gate.detail,
        setupProblem: gate.rejected,
        analysis: gate.inconclusive
          ? {
              cause: 'the gate could not judge the release: no usable data',
              nextStep: `run the query in Prometheus and check it returns one number while the service has traffic: ${gate.query}`,
            }
          : {
              cause: `${gate.name} went past its limit right after the deploy`,
              nextStep: `compare the new release with the previous one: ${compare}; the query: ${gate.query}`,
            },
      },
      windowMs,
      redact,
    ),
  );
  const pods = monitor.pods;
  if (pods) {
    outcomes.push(
      outcomeOf(
        { name: 'pods', kind: 'pods', required: true },
        {
          result: pods.result,
          detail: pods.detail,
          analysis: {
            cause: pods.inconclusive ? 'kubectl could not read the pods' : 'the new pods are unhealthy',
            nextStep: where
              ? `kubectl describe ${where}; ${compare} --previous`
              : 'describe the pods and read their logs',
          },
        },
        windowMs,
        redact,
      ),
    );
  }
  return outcomes;
}
