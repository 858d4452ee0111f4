import { formatDuration } from '../config/duration.js';
import type { PlannedFlow, PlannedFlowStep } from '../plan.js';
import type { HttpResponse } from '../ports.js';
import type { Attempt, CheckOutcome } from '../report/model.js';
import type { SecretRedactor } from '../secrets.js';
import { parseJson, readDotPath } from './dotPath.js';
import { exchange, type CheckDeps } from './httpCheck.js';

export interface FlowDeps extends CheckDeps {
  redact: SecretRedactor;
  /** Told each captured value before anything could print it: the action masks it in the log. */
  onSecret: (value: string) => void;
}

const USE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Walks a critical path step by step, carrying captured values forward; the first failing step stops it. */
export async function runFlow(flow: PlannedFlow, deps: FlowDeps): Promise<CheckOutcome> {
  const started = deps.clock.now();
  const deadline = AbortSignal.timeout(flow.timeoutMs);
  const signal = AbortSignal.any([deps.signal, deadline]);
  const values: Record<string, string> = {};
  const attempts: Attempt[] = [];
  const outcome = (
    result: CheckOutcome['result'],
    detail: string,
    extra: Partial<CheckOutcome> = {},
  ): CheckOutcome => ({
    name: flow.name,
    kind: 'flow',
    required: flow.required,
    result,
    detail: deps.redact(detail),
    durationMs: deps.clock.now() - started,
    attempts,
    ...extra,
  });

  for (const [index, planned] of flow.steps.entries()) {
    const step = withValues(planned, values);
    const label = `step ${index + 1} of ${flow.steps.length} (${planned.name})`;
    const { outcome: stepOutcome, response } = await exchange(step, { ...deps, signal });
    attempts.push(...stepOutcome.attempts);
    if (stepOutcome.result !== 'passed') {
      const stopped = deadline.aborted
        ? `the flow timed out after ${formatDuration(flow.timeoutMs)} at ${label}`
        : `${label}: ${stepOutcome.detail}`;
      return outcome(flow.required ? 'failed' : 'warning', stopped, {
        request: stepOutcome.request,
        response: stepOutcome.response,
        analysis: stepOutcome.analysis,
      });
    }
    const missing = capture(step, response as HttpResponse, values, deps);
    if (missing.length > 0)
      return outcome(flow.required ? 'failed' : 'warning', `${label}: nothing to capture for ${missing.join(', ')}`, {
        request: stepOutcome.request,
      });
  }
  return outcome('passed', `${flow.steps.length} ${flow.steps.length === 1 ? 'step' : 'steps'} passed`);
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
  deps: FlowDeps,
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
    deps.redact.add(value);
    deps.onSecret(value);
    values[name] = value;
  }
  return missing;
}
