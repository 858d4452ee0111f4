import { formatDuration } from '../../engine/config/duration.js';
import { messageOf } from '../../engine/errors.js';
import { TrackerError } from '../../engine/ports.js';

interface OctokitError {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/**
 * X-Accepted-GitHub-Permissions (`pull_requests=write,contents=read; issues=write`) as a workflow's
 * permissions block writes it: the alternative that names `preferred` (`pull-requests: write`), else the
 * first, `pull-requests: write and contents: read`.
 */
export function permissionFromHeader(header: string | undefined, preferred?: string): string | undefined {
  const alternatives = (header ?? '').split(';').map((alternative) => alternative.trim());
  const wanted = preferred?.split(':')[0]?.trim().replaceAll('-', '_');
  const names = (alternative: string) => alternative.split(',').map((pair) => pair.split('=')[0]?.trim());
  const chosen = alternatives.find((alternative) => wanted && names(alternative).includes(wanted)) ?? alternatives[0];
  if (!chosen) return undefined;
  const pairs = chosen
    .split(',')
    .map((pair) => pair.trim().split('='))
    .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== '' && pair[1] !== '')
    .map(([name, level]) => `${name.trim().replaceAll('_', '-')}: ${level.trim()}`);
  return pairs.length > 0 ? pairs.join(' and ') : undefined;
}

/**
 * What Octokit threw, as a TrackerError a person can act on: the HTTP status and GitHub's message, the
 * permission a 403 names (the header, else what the operation needs), or that no answer came in time.
 */
export function trackerError(
  error: unknown,
  { timeout, timeoutMs, needs }: { timeout: AbortSignal; timeoutMs: number; needs: string },
): TrackerError {
  if (error instanceof TrackerError) return error;
  // Octokit keeps what the fetch threw (a body over the limit) as the cause of its own error.
  if ((error as { cause?: unknown } | undefined)?.cause instanceof TrackerError)
    return (error as { cause: TrackerError }).cause;
  if (timeout.aborted) return new TrackerError(`no answer within ${formatDuration(timeoutMs)}`);
  const { status, response } = error as OctokitError;
  if (typeof status !== 'number' || status < 400 || !response)
    return new TrackerError(`no answer: ${messageOf(error)}`);
  const body = response.data as { message?: unknown } | undefined;
  const said = typeof body?.message === 'string' ? body.message : messageOf(error);
  const header = response.headers?.['x-accepted-github-permissions'];
  const forbidden = status === 403 && /not accessible/i.test(said);
  const permission = forbidden
    ? (permissionFromHeader(header === undefined ? undefined : String(header), needs) ?? needs)
    : undefined;
  const hint =
    status === 404 ? ' (the job token reaches only its own repository; a private one answers 404 without access)' : '';
  return new TrackerError(`HTTP ${status}: ${said}${hint}`, permission);
}
