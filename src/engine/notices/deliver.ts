import { messageOf } from '../errors.js';
import { ProbeError, type Clock, type DeployNotice, type Logger, type NoticeChannel } from '../ports.js';
import type { NoticeResult } from '../report/model.js';
import type { Redactor } from '../secrets.js';

const MAX_ATTEMPTS = 3;
const FIRST_RETRY_MS = 1_000;
// A Retry-After longer than this would hold the step for a notice: give up and warn instead.
const MAX_RETRY_WAIT_MS = 10_000;

export interface DeliverDeps {
  clock: Clock;
  logger: Logger;
  redact: Redactor;
  signal: AbortSignal;
  dryRun: boolean;
}

/** Every channel at once; a notice is best-effort and never throws: its outcome is a result to report. */
export function deliverAll(
  channels: readonly NoticeChannel[],
  notice: DeployNotice,
  deps: DeliverDeps,
): Promise<NoticeResult[]> {
  return Promise.all(channels.map((channel) => deliver(channel, notice, deps)));
}

/** Up to 3 attempts on connection errors other than a certificate, 5xx and 429 (waiting what Retry-After asks, within reason); other answers are final. */
export async function deliver(channel: NoticeChannel, notice: DeployNotice, deps: DeliverDeps): Promise<NoticeResult> {
  const base = { channel: channel.name, event: notice.event };
  if (deps.dryRun) {
    const { more = [], ...first } = channel.preview(notice);
    for (const [index, { method, url, body }] of [first, ...more].entries()) {
      const then = index === 0 ? '' : 'then ';
      deps.logger.info(deps.redact(`dry-run: ${channel.name} would ${then}${method} ${url} ${JSON.stringify(body)}`));
    }
    return { ...base, sent: false, attempts: 0, detail: 'dry run: printed, not sent' };
  }
  let detail = '';
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let waitMs = FIRST_RETRY_MS * 2 ** (attempt - 1);
    try {
      const answer = await channel.send(notice, deps.signal);
      if (answer.status >= 200 && answer.status < 300 && answer.unconfirmed) {
        return {
          ...base,
          sent: false,
          attempts: attempt,
          detail: deps.redact(
            `HTTP ${answer.status}, but not ${channel.name}'s answer: ${answer.detail ?? 'nothing confirms the notice'}`,
          ),
        };
      }
      if (answer.status >= 200 && answer.status < 300 && answer.refused) {
        return {
          ...base,
          sent: false,
          attempts: attempt,
          detail: deps.redact(answer.detail ?? `${channel.name} refused the notice`),
          ...(answer.reference ? { reference: answer.reference } : {}),
        };
      }
      if (answer.status >= 200 && answer.status < 300) {
        return {
          ...base,
          sent: true,
          attempts: attempt,
          detail: deps.redact(answer.detail ?? `HTTP ${answer.status}`),
          ...(answer.reference ? { reference: answer.reference } : {}),
        };
      }
      detail = deps.redact(`HTTP ${answer.status}${answer.detail ? `: ${answer.detail}` : ''}`);
      if (answer.status !== 429 && answer.status < 500) return { ...base, sent: false, attempts: attempt, detail };
      if (answer.retryAfterMs !== undefined) waitMs = answer.retryAfterMs;
    } catch (error) {
      detail = deps.redact(messageOf(error));
      // A timed-out POST may have been processed: sending it again could post the notice twice.
      // A certificate that failed once fails again: retrying only delays the step.
      if (error instanceof ProbeError && ['aborted', 'timeout', 'tls'].includes(error.kind))
        return { ...base, sent: false, attempts: attempt, detail };
    }
    if (attempt === MAX_ATTEMPTS || waitMs > MAX_RETRY_WAIT_MS)
      return { ...base, sent: false, attempts: attempt, detail };
    await deps.clock.sleep(waitMs, deps.signal);
  }
  return { ...base, sent: false, attempts: MAX_ATTEMPTS, detail };
}
