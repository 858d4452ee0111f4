import type { NoticeResult, Report } from '../../src/engine/report/model.js';
import { FLOOD_BYTES, type FaultServer } from '../support/faultServer.js';
import { json, startTestService } from '../support/testService.js';
import type { Fault, Observation } from '../../scripts/faultMatrix.js';
import { httpTarget } from './httpTargets.js';
import { stable } from './matrix.js';
import { runConfig } from './runConfig.js';

export interface NoticeCell {
  report: Report;
  server?: FaultServer;
  injected: string;
}

/**
 * A healthy service checked with one notice channel pointing at the fault: whatever the channel
 * does, the verdict must be the service's. `channel` gives the inputs that point the channel at `url`.
 */
export async function runNoticeCell(
  fault: Fault,
  channel: (url: string) => Record<string, string>,
): Promise<NoticeCell> {
  const service = await startTestService({ '/health': (_req, res) => json(res, 200, { status: 'ok' }) });
  const { url, server, injected } = await httpTarget(fault);
  try {
    const { report } = await runConfig({ checks: `${service.url}/health`, timeout: '1m', ...channel(url) });
    return { report, server, injected };
  } finally {
    await Promise.all([server?.close(), service.close()]);
  }
}

/** The verdict and whether the notices went out; what the run said about each. */
export function observeNotices(cell: NoticeCell): Observation {
  const notices = cell.report.notices ?? [];
  const sent = notices.length > 0 && notices.every((notice) => notice.sent);
  const outcome = `${cell.report.verdict.result}, ${sent ? 'notices sent' : 'not sent'}`;
  return { injected: cell.injected, outcome, says: describeNotices(notices) };
}

function describeNotices(notices: readonly NoticeResult[]): string {
  const lines = notices.map((notice) => ({
    event: notice.event,
    attempts: notice.attempts,
    detail: stable(notice.detail),
  }));
  const [start, end] = lines;
  if (start && end && lines.length === 2 && start.detail === end.detail && start.attempts === end.attempts) {
    return `start and end, ${attempts(start.attempts)} each: ${start.detail}`;
  }
  return (
    lines.map((line) => `${line.event}, ${attempts(line.attempts)}: ${line.detail}`).join(' · ') ||
    'no notice in the report'
  );
}

const attempts = (count: number) => (count === 1 ? '1 attempt' : `${count} attempts`);

/** What every notice cell must show besides its message: the healthy service passed, and each failed notice is a warning. */
export function expectVerdictUntouched(cell: NoticeCell): void {
  expect(cell.report.verdict).toEqual({ result: 'passed', reasons: [] });
  for (const notice of cell.report.notices ?? []) {
    // The action turns a notice that was tried and not sent into a warning annotation.
    if (!notice.sent) expect(notice.attempts).toBeGreaterThan(0);
  }
}

/** The 2xx answers that are not the vendor's: what the three channels still count as sent. */
export const unconfirmed = { outcome: 'passed, not sent', says: /HTTP 200/ };

/** The notices' bounded read: the channel hung up long before the 50 MB were written. */
export function expectFloodCutShort(cell: NoticeCell): void {
  expect(cell.server?.flood.cutShort).toBe(true);
  expect(cell.server?.flood.written).toBeLessThan(FLOOD_BYTES / 2);
}
