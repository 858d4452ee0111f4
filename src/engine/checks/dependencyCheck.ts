import { messageOf } from '../errors.js';
import type { CheckOutcome } from '../report/model.js';
import { redactUrl } from '../secrets.js';
import type { CheckContext } from './context.js';
import type { PlannedDependency } from './dependencyPlan.js';
import { startCheck } from './outcome.js';

/** One connection, one statement, closed whatever happens; an optional dependency only warns. */
export async function runDependencyCheck(dependency: PlannedDependency, context: CheckContext): Promise<CheckOutcome> {
  const { target } = dependency;
  const { finish } = startCheck({ name: dependency.name, kind: 'dependency', required: dependency.required }, context);
  const probe = context.dependencyProbes?.[target.type];
  let detail: string;
  let passed = false;
  try {
    if (!probe) throw new Error(`no ${target.type} probe is loaded`);
    // The probe keeps the target's timeout itself and names the phase that ran out of it; an abort
    // of this signal means the step stopped, and a deadline added here would be reported as that.
    ({ detail } = await probe.check(target, context.signal));
    passed = true;
  } catch (error) {
    detail = messageOf(error);
  }
  return finish({
    passed,
    detail: passed || dependency.required ? detail : `unavailable (optional dependency): ${detail}`,
    request: { method: target.type.toUpperCase(), url: context.redact(redactUrl(target.url)), headers: {} },
    analysis: {
      cause: `the service's ${target.type} dependency does not answer as it should`,
      nextStep: `check that ${dependency.name} runs, is reachable from the service's network, and that its credentials are current`,
    },
  });
}
