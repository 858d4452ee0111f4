/** After a cancel the runner sends SIGTERM in 7.5 s: the cancelled notice must be out well before. */
const CANCELLED_NOTICE_MS = 3_000;
/** How long notices may run past the step's deadline, so a hanging vendor adds at most this to the step. */
const PAST_DEADLINE_MS = 7_000;

/**
 * The signal a round of notices runs under, made when the round starts. Notices must outlive the
 * checks' deadline and a cancel, to report them, but only briefly: a round ends PAST_DEADLINE_MS after
 * the deadline (or after its own start, when it starts later, as after a rollback), and
 * CANCELLED_NOTICE_MS after a cancel.
 */
export function noticeSignal(msToDeadline: number, cancel: AbortSignal | undefined): AbortSignal {
  const hardLimit = AbortSignal.timeout(Math.max(msToDeadline, 0) + PAST_DEADLINE_MS);
  if (!cancel) return hardLimit;
  const afterCancel = new AbortController();
  const expire = () => setTimeout(() => afterCancel.abort(cancel.reason), CANCELLED_NOTICE_MS).unref();
  if (cancel.aborted) expire();
  else cancel.addEventListener('abort', expire, { once: true });
  return AbortSignal.any([hardLimit, afterCancel.signal]);
}
