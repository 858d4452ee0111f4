import { ProbeError, type HttpResponse } from '../ports.js';
import type { CheckOutcome } from '../report/model.js';
import type { CheckContext } from './context.js';
import type { PlannedHttpCheck } from './httpPlan.js';
import { startCheck } from './outcome.js';
import { httpRequestOf, reportedRequest } from './request.js';

const RATE_LIMIT_HEADER = /^(ratelimit(-.+)?|x-ratelimit-.+)$/i;

/**
 * A rate-limit check: `burst` requests at once. It passes when the limiter shows itself, by a 429
 * or by rate-limit headers; otherwise it says how many requests went through.
 */
export async function runBurstCheck(
  check: PlannedHttpCheck & { burst: number },
  context: CheckContext,
): Promise<CheckOutcome> {
  const { prober, redact, signal } = context;
  const { burst } = check;
  // Reported as an HTTP check: the report's kinds are what a reader filters on, and a burst is one request, sent many times.
  const { finish } = startCheck({ name: check.name, kind: 'http', required: check.required }, context);
  const answers = await Promise.all(
    Array.from({ length: burst }, () =>
      prober.send(httpRequestOf(check, signal)).then(
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
  return finish({
    passed,
    detail,
    request: reportedRequest(check.request, redact),
    analysis: {
      cause: 'the rate limiter did not limit a burst of requests',
      nextStep: 'check that the rate-limit middleware is enabled in the new release and in front of this route',
    },
  });
}
