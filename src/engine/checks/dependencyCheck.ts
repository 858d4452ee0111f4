import { messageOf } from '../errors.js';
import type { PlannedDependency } from '../plan.js';
import type { Clock, DependencyProbe } from '../ports.js';
import type { CheckOutcome } from '../report/model.js';
import { redactUrl, type Redactor } from '../secrets.js';

export interface DependencyDeps {
  probes: Partial<Record<PlannedDependency['target']['type'], DependencyProbe>>;
  clock: Clock;
  redact: Redactor;
  signal: AbortSignal;
}

/** One connection, one statement, closed whatever happens; an optional dependency only warns. */
export async function runDependencyCheck(dependency: PlannedDependency, deps: DependencyDeps): Promise<CheckOutcome> {
  const { target } = dependency;
  const started = deps.clock.now();
  const probe = deps.probes[target.type];
  let detail: string;
  let passed = false;
  try {
    if (!probe) throw new Error(`no ${target.type} probe is loaded`);
    // The probe keeps the target's timeout itself and names the phase that ran out of it; an abort
    // of this signal means the step stopped, and a deadline added here would be reported as that.
    ({ detail } = await probe.check(target, deps.signal));
    passed = true;
  } catch (error) {
    detail = messageOf(error);
  }
  const label = dependency.required ? detail : `unavailable (optional dependency): ${detail}`;
  return {
    name: dependency.name,
    kind: 'dependency',
    required: dependency.required,
    result: passed ? 'passed' : dependency.required ? 'failed' : 'warning',
    detail: deps.redact(passed ? detail : label),
    durationMs: deps.clock.now() - started,
    request: { method: target.type.toUpperCase(), url: deps.redact(redactUrl(target.url)), headers: {} },
    attempts: [],
    ...(passed
      ? {}
      : {
          analysis: {
            cause: `the service's ${target.type} dependency does not answer as it should`,
            nextStep: `check that ${dependency.name} runs, is reachable from the service's network, and that its credentials are current`,
          },
        }),
  };
}
