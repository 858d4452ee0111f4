import { formatDuration } from '../config/duration.js';
import { shortSha } from '../checks/versionCheck.js';
import type { CheckOutcome, RollbackReport, VerdictResult } from './model.js';

/** "failed: shop-api 4f2a9c1 in production — 1 of 3 checks failed: /ready (status 503, expected 2xx) — 2.1s" */
export function summaryLine(input: {
  result: VerdictResult;
  service: string;
  version?: string;
  environment: string;
  checks: readonly CheckOutcome[];
  durationMs: number;
  timedOut: boolean;
  rollback?: RollbackReport;
}): string {
  const subject = `${input.service}${input.version ? ` ${shortSha(input.version)}` : ''} in ${input.environment}`;
  const total = input.checks.length;
  const failed = input.checks.filter((check) => check.result === 'failed');
  const optional = input.checks.filter((check) => check.result === 'warning' && !check.required);
  // A required check that only warns is a gate or the pods that could not judge: inconclusive, not optional.
  const inconclusive = input.checks.filter((check) => check.result === 'warning' && check.required);
  const parts: string[] = [];
  if (failed.length > 0) parts.push(`${failed.length} of ${total} ${noun(total)} failed: ${listed(failed)}`);
  if (inconclusive.length > 0)
    parts.push(`${inconclusive.length} ${noun(inconclusive.length)} inconclusive: ${listed(inconclusive)}`);
  if (optional.length > 0)
    parts.push(`${optional.length} optional ${noun(optional.length)} failed: ${listed(optional)}`);
  const body = parts.length > 0 ? parts.join('; ') : `${total === 1 ? 'the' : `all ${total}`} ${noun(total)} passed`;
  const limit = input.timedOut ? ' — stopped at the time limit' : '';
  const rollback = input.rollback ? ` — ${rollbackPhrase(input.rollback)}` : '';
  const text =
    input.checks.length === 0 && input.result === 'cancelled'
      ? `cancelled: ${subject} — stopped before anything was done`
      : input.checks.length === 0 && input.rollback
        ? `${input.result}: ${subject}${rollback}`
        : `${input.result}: ${subject} — ${body}${limit}${rollback}`;
  return `${text} — ${formatDuration(input.durationMs)}`.replace(/\s+/g, ' ');
}

const noun = (count: number) => (count === 1 ? 'check' : 'checks');

function listed(checks: readonly CheckOutcome[]): string {
  const named = checks
    .slice(0, 3)
    .map((check) => `${check.name} (${check.detail})`)
    .join(', ');
  return checks.length > 3 ? `${named} and ${checks.length - 3} more` : named;
}

/** "rolled back to revision 2", "ROLLBACK FAILED: …", "rollback needed (manual)". */
export function rollbackPhrase(rollback: RollbackReport): string {
  switch (rollback.outcome) {
    case 'rolled-back':
      return `rolled back${rollback.to ? ` to revision ${rollback.to.revision}` : ''}`;
    case 'failed':
      return `ROLLBACK FAILED: ${rollback.message}`;
    case 'not-rolled-back':
      return `not rolled back: ${rollback.message}`;
    default:
      return `rollback needed (${rollback.outcome})`;
  }
}
