import type { Config } from '../../engine/config/schema.js';
import { buildPlan } from '../../engine/plan.js';
import type { Logger } from '../../engine/ports.js';
import type { Report, RunContext } from '../../engine/report/model.js';
import { runChecks } from '../../engine/run.js';
import { createRedactor } from '../../engine/secrets.js';
import { systemClock } from '../../engine/clock.js';
import { TOOL } from '../../version.js';

export interface ExecuteOptions {
  logger: Logger;
  context: RunContext;
  secrets: readonly string[];
}

/** The composition root both entry points share: plan, wire the providers the plan needs, run. */
export async function execute(config: Config, options: ExecuteOptions): Promise<Report> {
  const plan = buildPlan(config);
  const { createUndiciProber } = await import('../../providers/http/undiciProber.js');
  const prober = createUndiciProber({ userAgent: `${TOOL.name}/${TOOL.version}` });
  try {
    return await runChecks(plan, {
      prober,
      clock: systemClock,
      logger: options.logger,
      redact: createRedactor(options.secrets),
      context: options.context,
      tool: TOOL,
    });
  } finally {
    await prober.close();
  }
}
