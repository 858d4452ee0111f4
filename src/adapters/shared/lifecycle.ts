/**
 * The runner cancels a step with SIGINT, then SIGTERM 7.5 s later, then kills it; a person at a terminal
 * presses Ctrl-C. Either signal stops the run: the checks end, no rollback starts, the report is written.
 */
export function cancelOnSignals(): AbortSignal {
  const cancel = new AbortController();
  for (const name of ['SIGINT', 'SIGTERM'] as const)
    process.once(name, () => cancel.abort(new Error(`cancelled by ${name}`)));
  return cancel.signal;
}

/**
 * Ends the process once what was written reached stdout and stderr. After a cancel or at the time limit
 * a kubectl may still be waiting on the cluster (@actions/exec cannot kill it) and would hold the step
 * until its own timeout; the run is over when its report is written.
 */
export function exitWhenFlushed(): void {
  const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));
  void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => process.exit());
}
