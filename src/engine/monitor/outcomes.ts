import { outcomeOf } from '../checks/outcome.js';
import { kubectlTarget, type KubernetesTarget } from '../kubernetes/target.js';
import type { CheckOutcome, MonitorReport } from '../report/model.js';
import type { Redactor } from '../secrets.js';
import { plural } from '../report/plural.js';

/** Each gate and the pods as a check of the verdict, so outputs, annotations and tables treat them alike. */
export function monitorOutcomes(
  monitor: MonitorReport,
  target: KubernetesTarget | undefined,
  redact: Redactor,
  /** How long the window ran, as the clock measured it: what the run's own duration is made of. */
  windowMs: number,
): CheckOutcome[] {
  const where = target ? kubectlTarget(target) : undefined;
  const logs = where ? [`kubectl logs ${where} --all-containers --since=15m`] : undefined;
  const outcomes: CheckOutcome[] = monitor.gates.map((gate) =>
    outcomeOf(
      // Only an enforced gate is required: one in observe or warn mode can never fail the verdict.
      { name: gate.name, kind: 'gate', required: gate.mode === undefined },
      {
        result: gate.result,
        detail: gate.detail,
        setupProblem: gate.rejected,
        wouldHaveFailed: gate.wouldHaveFailed !== undefined,
        analysis: gate.missingMetrics
          ? {
              cause: 'the query reads a metric this Prometheus does not have: it can never judge the release',
              nextStep:
                "check the metric's name against what the service exposes on /metrics, and that Prometheus scrapes the service",
            }
          : gate.inconclusive && gate.samples.some((sample) => sample.lowTraffic)
            ? {
                cause: `too few requests to judge: below min-requests ${gate.minRequests ?? 0} in ${plural(gate.samples.filter((sample) => sample.lowTraffic).length, 'sample')}`,
                nextStep:
                  'lower min-requests, lengthen the window, or add traffic during it; a quiet service is not a healthy one',
              }
            : gate.inconclusive
              ? { cause: 'the gate could not judge the release: no usable data', nextStep: unjudgedNextStep(gate) }
              : {
                  cause: `${gate.name} went past its limit right after the deploy`,
                  nextStep: 'compare the new release with the previous one, starting with the logs of the new pods',
                  ...(logs ? { commands: logs } : {}),
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
            nextStep: "read the Deployment's events and the logs of the containers that restarted",
            ...(where && logs ? { commands: [`kubectl describe ${where}`, `${logs[0]} --previous`] } : {}),
          },
        },
        windowMs,
        redact,
      ),
    );
  }
  return outcomes;
}

/** Where to look when a gate had nothing to judge: its source says what to try by hand. */
function unjudgedNextStep(gate: MonitorReport['gates'][number]): string {
  if (gate.ownTraffic)
    return "read what each request got in the summary's Traffic section; with fewer than 3 samples, lengthen monitor-window";
  if (gate.source === 'web') return 'send the request below: its answer must hold one number at the value path';
  if (gate.source === 'datadog')
    return "run the query below in Datadog's metrics explorer over the last minutes: it must return one series";
  return 'run the query below in Prometheus while the service has traffic: it must return one number';
}
