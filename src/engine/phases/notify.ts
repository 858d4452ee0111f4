import { deliverAll, type DeliverDeps } from '../notices/deliver.js';
import { endNotice, startNotice } from '../notices/notice.js';
import { noticeSignal } from '../notices/noticeSignal.js';
import { channelWants } from '../notices/noticesPlan.js';
import type { DeployNotice, NoticeChannel } from '../ports.js';
import type { CheckOutcome, NoticeResult, RollbackReport, VerdictResult } from '../report/model.js';
import type { RunState } from './state.js';

export interface EndFacts {
  result: VerdictResult;
  summary: string;
  checks: readonly CheckOutcome[];
  rollback?: RollbackReport;
}

/**
 * Sends the start notice at once and returns what sends the end notice. The start is awaited only at
 * the end: a slow Slack never delays a check.
 */
export function startNotices(run: RunState, channels: readonly NoticeChannel[]) {
  const { plan, deps, startedAt } = run;
  const deliverDeps = (msToDeadline: number): DeliverDeps => ({
    clock: deps.clock,
    logger: deps.logger,
    redact: deps.redact,
    signal: noticeSignal(msToDeadline, deps.signal),
    dryRun: plan.dryRun,
  });
  const to = (event: DeployNotice['event']) =>
    channels.filter((channel) => channelWants(plan.notices, channel.name, event));
  const start = startNotice(plan, deps.context, startedAt);
  const started = deliverAll(to('start'), start, deliverDeps(plan.timeoutMs));

  return async function end(facts: EndFacts): Promise<NoticeResult[] | undefined> {
    if (channels.length === 0) return undefined;
    return deps.logger.group('Notices', async () => {
      // The end notices' time counts from now, not from when a slow start notice gives up.
      const endDeps = deliverDeps(startedAt + plan.timeoutMs - deps.clock.now());
      const startResults = await started;
      const notice = endNotice(start, { ...facts, finishedAt: deps.clock.now() });
      return [...startResults, ...(await deliverAll(to(notice.event), notice, endDeps))];
    });
  };
}
