import type { PlannedHttpCheck } from '../plan.js';
import { ProbeError, type HttpResponse } from '../ports.js';
import type { CheckOutcome } from '../report/model.js';
import type { CheckDeps } from './httpCheck.js';
import { reportedRequest } from './reportedRequest.js';

const RATE_LIMIT_HEADER = /^(ratelimit(-.+)?|x-ratelimit-.+)$/i;

/**
 * A rate-limit check: `burst` requests at once. It passes when the limiter shows itself, by a 429
 * or by rate-limit headers; otherwise it says how many requests went through.
 */
export async function runBurstCheck(check: PlannedHttpCheck, burst: number, deps: CheckDeps): Promise<CheckOutcome> {
  const { clock, prober, redact, signal } = deps;
  const started = clock.now();
  const answers = await Promise.all(
    Array.from({ length: burst }, () =>
      prober
        .send({
          ...check.request,
          timeoutMs: check.timeoutMs,
          followRedirects: check.followRedirects,
          insecureSkipTlsVerify: check.insecureSkipTlsVerify,
          signal,
        })
        .then(
          (response): HttpResponse | ProbeError => response,
          (error: unknown) => (error instanceof ProbeError ? error : new ProbeError('other', String(error))),
        ),
    ),
  );
  const responses = answers.filter((answer): answer is HttpResponse => !(answer instanceof ProbeError));
  const limited = responses.filter((response) => response.status === 429).length;
  const headers = [
    ...new Set(
      responses.flatMap((response) => Object.keys(response.headers).filter((name) => RATE_LIMIT_HEADER.test(name))),
    ),
  ];
  const through = responses.filter((response) => response.status >= 200 && response.status < 300).length;
  const errors = answers.length - responses.length;
  const passed = limited > 0 || headers.length > 0;
  const detail = passed
    ? `rate limiter on: ${limited} of ${burst} answered 429${headers.length > 0 ? `; headers ${headers.join(', ')}` : ''}`
    : `all ${through} of ${burst} requests went through: no 429 and no rate-limit headers${errors > 0 ? ` (${errors} got no answer)` : ''}`;
  return {
    name: check.name,
    kind: 'http',
    required: check.required,
    result: passed ? 'passed' : check.required ? 'failed' : 'warning',
    detail: redact(detail),
    durationMs: clock.now() - started,
    request: reportedRequest(check.request, redact),
    attempts: [],
    ...(passed
      ? {}
      : {
          analysis: {
            cause: 'the rate limiter did not limit a burst of requests',
            nextStep: 'check that the rate-limit middleware is enabled in the new release and in front of this route',
          },
        }),
  };
}
