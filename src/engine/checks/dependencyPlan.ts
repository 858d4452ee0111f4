import type { Config } from '../config/schema.js';
import { DEPENDENCY_TIMEOUT_MS } from '../config/verifySchema.js';
import type { DependencyTarget } from '../ports.js';
import type { PlanNaming } from './naming.js';

export interface PlannedDependency {
  name: string;
  target: DependencyTarget;
  required: boolean;
}

export function planDependencies(config: Config, naming: PlanNaming): PlannedDependency[] {
  return config.dependencies.map((dependency): PlannedDependency => ({
    name: naming.unique(dependency.name),
    target: {
      type: dependency.type,
      url: dependency.url as string,
      statement: dependency.query ?? dependency.command,
      timeoutMs: dependency.timeout ?? DEPENDENCY_TIMEOUT_MS[dependency.type],
    },
    required: dependency.required,
  }));
}
