import { formatDuration } from '../config/duration.js';
import type { HttpResponse } from '../ports.js';
import type { Attempt, CheckOutcome } from '../report/model.js';
import type { CheckContext } from './context.js';
import { parseJson, readDotPath } from './dotPath.js';
import type { PlannedFlow, PlannedFlowStep } from './flowPlan.js';
import { exchange } from './httpCheck.js';
import { startCheck, type Finding } from './outcome.js';
import { plural } from '../report/plural.js';

const USE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Walks a critical path step by step, carrying captured values forward; the first failing step stops it. */
export async function runFlow(flow: PlannedFlow, context: CheckContext): Promise<CheckOutcome> {
  const { finish } = startCheck({ name: flow.name, kind: 'flow', required: flow.required }, context);
  const deadline = AbortSignal.timeout(flow.timeoutMs);
  const signal = AbortSignal.any([context.signal, deadline]);
  const values: Record<string, string> = {};
  const attempts: Attempt[] = [];
  const failed = (detail: string, extra: Omit<Finding, 'passed' | 'result' | 'detail'> = {}) =>
    finish({ passed: false, detail, attempts, ...extra });

  for (const [index, planned] of flow.steps.entries()) {
    const step = withValues(planned, values);
    const label = `step ${index + 1} of ${flow.steps.length} (${planned.name})`;
    const { outcome: stepOutcome, response } = await exchange(step, { ...context, signal });
    attempts.push(...stepOutcome.attempts);
    if (stepOutcome.result !== 'passed') {
      const stopped = deadline.aborted
        ? `the flow timed out after ${formatDuration(flow.timeoutMs)} at ${label}`
        : `${label}: ${stepOutcome.detail}`;
      return failed(stopped, {
        request: stepOutcome.request,
        response: stepOutcome.response,
        analysis: stepOutcome.analysis,
      });
    }
    const missing = capture(step, response as HttpResponse, values, context);
    if (missing.length > 0) {
      return failed(`${label}: nothing to capture for ${missing.join(', ')}`, { request: stepOutcome.request });
    }
  }
  return finish({ passed: true, detail: `${plural(flow.steps.length, 'step')} passed`, attempts });
}

/** The step with every `{{name}}` in its URL, headers and body replaced by what earlier steps captured. */
function withValues(step: PlannedFlowStep, values: Record<string, string>): PlannedFlowStep {
  const fill = (text: string) => text.replace(USE, (_, name: string) => values[name] ?? '');
  return {
    ...step,
    request: {
      method: step.request.method,
      url: fill(step.request.url),
      headers: Object.fromEntries(Object.entries(step.request.headers).map(([name, value]) => [name, fill(value)])),
      ...(step.request.body !== undefined ? { body: fill(step.request.body) } : {}),
    },
  };
}

/** Reads each capture (a dot path into the JSON, or `header:Name`) and makes it a secret at once; returns the names it could not read. */
function capture(
  step: PlannedFlowStep,
  response: HttpResponse,
  values: Record<string, string>,
  context: CheckContext,
): string[] {
  const json = parseJson(response.body);
  const missing: string[] = [];
  for (const [name, source] of Object.entries(step.capture)) {
    const raw = source.startsWith('header:')
      ? response.headers[source.slice('header:'.length).trim().toLowerCase()]
      : json.ok
        ? readDotPath(json.value, source)
        : undefined;
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      missing.push(`${name} (${source})`);
      continue;
    }
    const value = String(raw);
    context.redact.add(value);
    context.onSecret?.(value);
    values[name] = value;
  }
  return missing;
}
