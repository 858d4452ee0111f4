import { ProbeError, type HttpResponse } from '../ports.js';
import type { Attempt, CheckOutcome } from '../report/model.js';
import type { Redactor } from '../secrets.js';
import { analyzeHttpFailure } from './analysis.js';
import type { CheckContext } from './context.js';
import { responseExcerpt } from './excerpt.js';
import { unmetExpectations } from './expectations.js';
import type { PlannedHttpCheck } from './httpPlan.js';
import { startCheck } from './outcome.js';
import { httpRequestOf, reportedRequest } from './request.js';
import { backoffDelay, isRetryableError, isRetryableStatus } from './retryPolicy.js';

/** Sends the check's request, retrying what a retry can fix, and judges the last answer. */
export async function runHttpCheck(check: PlannedHttpCheck, context: CheckContext): Promise<CheckOutcome> {
  return (await exchange(check, context)).outcome;
}

/** The check's outcome and the last answer it judged: a flow captures values from it. */
export async function exchange(
  check: PlannedHttpCheck,
  context: CheckContext,
): Promise<{ outcome: CheckOutcome; response?: HttpResponse }> {
  const { prober, clock, redact, signal } = context;
  const { finish } = startCheck({ name: check.name, kind: 'http', required: check.required }, context);
  const attempts: Attempt[] = [];
  let response: HttpResponse | undefined;
  let unmet: string[] = [];
  let failure: ProbeError | undefined;

  for (let attempt = 0; attempt <= check.retries; attempt++) {
    if (attempt > 0) await clock.sleep(backoffDelay(attempt - 1), signal);
    if (signal.aborted) {
      failure = ProbeError.stopped();
      break;
    }
    const at = clock.now();
    try {
      response = await prober.send(httpRequestOf(check, signal));
      failure = undefined;
      unmet = unmetExpectations(check.expect, response, redact);
      attempts.push({ at: at - context.runStartedAt, durationMs: clock.now() - at, status: response.status });
      if (unmet.length === 0 || !isRetryableStatus(response.status, check.retryOn)) break;
    } catch (error) {
      failure = error instanceof ProbeError ? error : new ProbeError('other', String(error));
      response = undefined;
      attempts.push({ at: at - context.runStartedAt, durationMs: clock.now() - at, error: redact(failure.message) });
      if (!isRetryableError(failure.kind)) break;
    }
  }

  const passed = response !== undefined && unmet.length === 0;
  const outcome = finish({
    passed,
    detail: describe(response, unmet, failure, attempts.length, redact),
    request: reportedRequest(check.request, redact),
    attempts,
    ...(passed
      ? {}
      : {
          response: response && responseExcerpt(response, redact),
          analysis: analyzeHttpFailure(
            {
              method: check.request.method,
              url: check.request.url,
              status: response?.status,
              errorKind: failure?.kind,
              location: response?.headers.location,
              contentMismatch: response !== undefined && unmet.every((line) => !line.startsWith('status ')),
            },
            context.kubernetes,
          ),
        }),
  });
  return { outcome, response };
}

function describe(
  response: HttpResponse | undefined,
  unmet: string[],
  failure: ProbeError | undefined,
  tries: number,
  redact: Redactor,
): string {
  const after = tries > 1 ? ` (after ${tries} attempts)` : '';
  if (failure) return redact(failure.message) + after;
  if (!response) return 'not run';
  if (unmet.length === 0) return `${response.status}${after}`;
  return redact(unmet.join('; ')) + after;
}
