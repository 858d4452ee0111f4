import { parseJson, readDotPath } from '../checks/dotPath.js';
import { messageOf } from '../errors.js';
import type { HttpProber } from '../ports.js';
import { redactUrl } from '../secrets.js';
import type { PlannedWebRead } from './plannedGate.js';
import type { Answer } from './numbers.js';

const EXCERPT_CHARS = 80;

/**
 * A web gate's number: its request sent once, the value at its dot path (a plain-text answer is the number
 * itself). A non-2xx answer, a value that is no number, or no answer at all is an error sample that says
 * what was there; JSON `null` is no data, as an empty Prometheus result is.
 */
export async function readWebValue(
  web: PlannedWebRead,
  prober: HttpProber | undefined,
  options: { timeoutMs: number; signal: AbortSignal },
): Promise<Answer> {
  if (!prober) return { error: 'no HTTP client' };
  const where = `${web.request.method} ${redactUrl(web.request.url)}`;
  let response;
  try {
    response = await prober.send({
      ...web.request,
      timeoutMs: options.timeoutMs,
      followRedirects: false,
      insecureSkipTlsVerify: web.insecureSkipTlsVerify,
      signal: options.signal,
    });
  } catch (error) {
    return { error: `${where}: ${messageOf(error)}` };
  }
  if (response.status < 200 || response.status >= 300) return { error: `${where} answered HTTP ${response.status}` };
  if (response.bodyTruncated)
    return { error: `${where} answered more than the body limit: a web gate needs a short answer holding one number` };
  const parsed = parseJson(response.body);
  // A body that is a bare number (JSON or not) is the number itself; otherwise the value path points into it.
  const structured = parsed.ok && parsed.value !== null && typeof parsed.value === 'object';
  const found = structured ? readDotPath(parsed.value, web.valuePath) : response.body.trim();
  const warnings: string[] = [];
  if (found === null) return { kind: 'no-data', reason: `${web.valuePath} is null`, warnings };
  const value = typeof found === 'number' ? found : typeof found === 'string' ? Number(found) : Number.NaN;
  const blank = typeof found === 'string' && found.trim() === '';
  if (blank || !Number.isFinite(value)) return { error: `${where}: ${describe(found, web.valuePath, structured)}` };
  return { kind: 'value', value, warnings };
}

/** What stood where the number should be, in words a person can fix the value path by. */
function describe(found: unknown, path: string, json: boolean): string {
  if (!json) return `the answer is neither JSON nor a number: "${String(found).slice(0, EXCERPT_CHARS)}"`;
  if (found === undefined) return `the JSON answer has nothing at ${path}`;
  const shown = JSON.stringify(found) ?? String(found);
  return `${path} is ${shown.length > EXCERPT_CHARS ? `${shown.slice(0, EXCERPT_CHARS)}…` : shown}, not a number`;
}
