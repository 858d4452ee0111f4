import { formatDuration } from '../config/duration.js';
import { shortSha } from '../checks/versionCheck.js';
import type { CheckOutcome, Result } from './model.js';

/** "failed: shop-api 4f2a9c1 in production — 1 of 3 checks failed: /ready (status 503, expected 2xx) — 2.1s" */
export function summaryLine(input: { result: Result; service: string; version?: string; environment: string; checks: readonly CheckOutcome[]; durationMs: number; timedOut: boolean }): string {
  const subject = `${input.service}${input.version ? ` ${shortSha(input.version)}` : ''} in ${input.environment}`;
  const bad = input.checks.filter((check) => check.result !== 'passed');
  const total = input.checks.length;
  const plural = total === 1 ? 'check' : 'checks';
  let body: string;
  if (bad.length === 0) {
    body = `${total === 1 ? 'the' : `all ${total}`} ${plural} passed`;
  } else {
    const listed = bad.slice(0, 3).map((check) => `${check.name} (${check.detail})`).join(', ');
    const more = bad.length > 3 ? ` and ${bad.length - 3} more` : '';
    body = `${bad.length} of ${total} ${plural} ${input.result === 'warning' ? 'failed, all optional' : 'failed'}: ${listed}${more}`;
  }
  const limit = input.timedOut ? ' — stopped at the time limit' : '';
  return `${input.result}: ${subject} — ${body}${limit} — ${formatDuration(input.durationMs)}`.replace(/\s+/g, ' ');
}
