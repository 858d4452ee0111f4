import type { KubernetesTarget } from '../kubernetes/target.js';
import type { CheckOutcome } from '../report/model.js';
import { runBurstCheck } from './burstCheck.js';
import type { CheckContext } from './context.js';
import { runDependencyCheck } from './dependencyCheck.js';
import type { PlannedDependency } from './dependencyPlan.js';
import { runFlow } from './flowCheck.js';
import type { PlannedFlow } from './flowPlan.js';
import { runHttpCheck } from './httpCheck.js';
import type { PlannedHttpCheck } from './httpPlan.js';
import { runRolloutCheck } from './rolloutCheck.js';
import { runVersionCheck } from './versionCheck.js';
import type { PlannedVersionCheck } from './versionPlan.js';

/** Every kind of check, by what it is planned from. A new kind is one line here and one in RUNNERS. */
interface PlannedChecks {
  http: PlannedHttpCheck;
  burst: PlannedHttpCheck & { burst: number };
  dependency: PlannedDependency;
  flow: PlannedFlow;
  version: PlannedVersionCheck;
  rollout: KubernetesTarget;
}

export type CheckKind = keyof PlannedChecks;
export type PlannedCheck<K extends CheckKind = CheckKind> = { [P in K]: { kind: P; check: PlannedChecks[P] } }[K];

const RUNNERS: { [K in CheckKind]: (check: PlannedChecks[K], context: CheckContext) => Promise<CheckOutcome> } = {
  http: runHttpCheck,
  burst: runBurstCheck,
  dependency: runDependencyCheck,
  flow: runFlow,
  version: async (check, context) => (await runVersionCheck(check, context)).outcome,
  rollout: runRolloutCheck,
};

/** Runs any planned check; every kind answers with the same CheckOutcome. */
export function runCheck<K extends CheckKind>(planned: PlannedCheck<K>, context: CheckContext): Promise<CheckOutcome> {
  const run: (check: PlannedChecks[K], context: CheckContext) => Promise<CheckOutcome> = RUNNERS[planned.kind];
  return run(planned.check, context);
}

/** An HTTP check with `burst` is a rate-limit check: one request, sent many times at once. */
export function plannedHttp(check: PlannedHttpCheck): PlannedCheck<'http' | 'burst'> {
  return check.burst ? { kind: 'burst', check: { ...check, burst: check.burst } } : { kind: 'http', check };
}
