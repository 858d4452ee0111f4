import type { Config } from '../config/schema.js';
import { redactUrl } from '../secrets.js';
import { plannedRequest, type PlannedHttpCheck } from './httpPlan.js';
import type { PlanNaming } from './naming.js';

export interface PlannedFlowStep extends PlannedHttpCheck {
  /** Variable name -> a dot path into the JSON answer, or `header:Name`. */
  capture: Record<string, string>;
}

export interface PlannedFlow {
  name: string;
  steps: PlannedFlowStep[];
  timeoutMs: number;
  required: boolean;
}

export function planFlows(config: Config, naming: PlanNaming): PlannedFlow[] {
  return config.flows.map((flow): PlannedFlow => ({
    name: naming.unique(flow.name),
    steps: flow.steps.map((step, index) => ({
      ...plannedRequest(
        step,
        naming.resolve,
        step.name ?? `step ${index + 1} (${step.method} ${redactUrl((step.url ?? step.path) as string)})`,
      ),
      required: true,
      capture: step.capture ?? {},
    })),
    timeoutMs: flow.timeout,
    required: flow.required,
  }));
}
