/** After a cancel the runner sends SIGTERM in 7.5 s: the cancelled notice must be out well before. */
export const CANCELLED_NOTICE_MS = 3_000;
/** How long notices may run past the step's `timeout`, so a hanging vendor still ends the step within `timeout` + 10 s. */
export const PAST_DEADLINE_MS = 7_000;

/**
 * The signal notices run under. Notices must outlive the checks' deadline and a cancel, to report them,
 * but only briefly: they end at `timeout` + PAST_DEADLINE_MS, or CANCELLED_NOTICE_MS after a cancel.
 */
export function noticeSignal(timeoutMs: number, cancel: AbortSignal | undefined): AbortSignal {
  const hardLimit = AbortSignal.timeout(timeoutMs + PAST_DEADLINE_MS);
  if (!cancel) return hardLimit;
  const afterCancel = new AbortController();
  const expire = () => setTimeout(() => afterCancel.abort(cancel.reason), CANCELLED_NOTICE_MS).unref();
  if (cancel.aborted) expire();
  else cancel.addEventListener('abort', expire, { once: true });
  return AbortSignal.any([hardLimit, afterCancel.signal]);
}
