import type { PlannedHttpCheck } from '../plan.js';
import { reportedRequest } from './reportedRequest.js';
import { ProbeError, type Clock, type HttpProber, type HttpResponse } from '../ports.js';
import type { Attempt, CheckOutcome } from '../report/model.js';
import type { Redactor } from '../secrets.js';
import { analyzeHttpFailure } from './analysis.js';
import { responseExcerpt } from './excerpt.js';
import { unmetExpectations } from './expectations.js';
import { backoffDelay, isRetryableError, isRetryableStatus } from './retryPolicy.js';
import { runBurstCheck } from './burstCheck.js';

export interface CheckDeps {
  prober: HttpProber;
  clock: Clock;
  redact: Redactor;
  /** When the run started, so attempts carry times relative to it. */
  runStartedAt: number;
  service: string;
  signal: AbortSignal;
}

/** Sends the check's request, retrying what a retry can fix, and judges the last answer. */
export async function runHttpCheck(check: PlannedHttpCheck, deps: CheckDeps): Promise<CheckOutcome> {
  if (check.burst) return runBurstCheck(check, check.burst, deps);
  return (await exchange(check, deps)).outcome;
}

/** The check's outcome and the last answer it judged: a flow captures values from it. */
export async function exchange(
  check: PlannedHttpCheck,
  deps: CheckDeps,
): Promise<{ outcome: CheckOutcome; response?: HttpResponse }> {
  const { prober, clock, redact, signal } = deps;
  const started = clock.now();
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
      response = await prober.send({
        ...check.request,
        timeoutMs: check.timeoutMs,
        followRedirects: check.followRedirects,
        insecureSkipTlsVerify: check.insecureSkipTlsVerify,
        signal,
      });
      failure = undefined;
      unmet = unmetExpectations(check.expect, response, redact);
      attempts.push({ at: at - deps.runStartedAt, durationMs: clock.now() - at, status: response.status });
      if (unmet.length === 0 || !isRetryableStatus(response.status, check.retryOn)) break;
    } catch (error) {
      failure = error instanceof ProbeError ? error : new ProbeError('other', String(error));
      response = undefined;
      attempts.push({ at: at - deps.runStartedAt, durationMs: clock.now() - at, error: redact(failure.message) });
      if (!isRetryableError(failure.kind)) break;
    }
  }

  const passed = response !== undefined && unmet.length === 0;
  const outcome: CheckOutcome = {
    name: check.name,
    kind: 'http',
    required: check.required,
    result: passed ? 'passed' : check.required ? 'failed' : 'warning',
    detail: describe(response, unmet, failure, attempts.length, redact),
    durationMs: clock.now() - started,
    request: reportedRequest(check.request, redact),
    attempts,
  };
  if (!passed) {
    if (response) outcome.response = responseExcerpt(response, redact);
    outcome.analysis = analyzeHttpFailure(
      {
        url: check.request.url,
        status: response?.status,
        errorKind: failure?.kind,
        location: response?.headers.location,
        contentMismatch: response !== undefined && unmet.every((line) => !line.startsWith('status ')),
      },
      deps.service,
    );
  }
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
