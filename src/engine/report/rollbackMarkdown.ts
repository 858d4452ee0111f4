import { codeBlock } from './codeBlock.js';
import { escapeHtml, inlineCode, tableCell } from './escape.js';
import { clockTime, elapsed } from './timeText.js';
import { plural } from './plural.js';
import type { RevisionReport, RollbackReport, Timeline } from './model.js';

/** What was done about a failed release: revisions, the tool's words, what a person must still do, when. */
export function renderRollback(rollback: RollbackReport, timeline: Timeline): string[] {
  const lines = ['### Rollback', '', `**${OUTCOME[rollback.outcome]}** — ${escapeHtml(rollback.message)}`, ''];
  if (rollback.to && rollback.from) lines.push(`From ${revision(rollback.from)} to ${revision(rollback.to)}.`, '');
  else if (rollback.to) lines.push(`To ${revision(rollback.to)}.`, '');
  else if (rollback.from) lines.push(`Running ${revision(rollback.from)}; there is no earlier revision.`, '');
  if (rollback.gitOps) {
    lines.push(
      `> **${escapeHtml(rollback.gitOps)} manages this ${rollback.method === 'helm' ? 'Helm release' : 'Deployment'}.** The undo restores service now, but the controller may re-apply the bad revision at its next sync. The lasting fix: revert the change in Git.`,
      '',
    );
  }
  if (rollback.output && rollback.output.length > 0)
    lines.push(
      `The rollback command's last ${plural(rollback.output.length, 'line')}:`,
      '',
      ...codeBlock(rollback.output),
      '',
    );
  if (rollback.required) lines.push('Run by hand:', '', ...codeBlock(rollback.manualSteps, 'sh'), '');
  if (rollback.rechecks && rollback.rechecks.length > 0) {
    lines.push('Smoke checks after the rollback:', '', '| Check | Result | Detail |', '|---|---|---|');
    lines.push(
      ...rollback.rechecks.map(
        (check) => `| ${tableCell(check.name)} | ${check.result} | ${tableCell(check.detail)} |`,
      ),
      '',
    );
  }
  const events: [string, string | undefined][] = [
    ['step started', timeline.started],
    ['failure detected', timeline.failureDetected],
    ['rollback started', timeline.rollbackStarted],
    ['rollback completed', timeline.rollbackCompleted],
  ];
  const start = Date.parse(timeline.started);
  lines.push(
    '| Timeline | UTC | Since the start |',
    '|---|---|---|',
    ...events.flatMap(([what, at]) =>
      at ? [`| ${what} | ${clockTime(at)} | ${elapsed(Date.parse(at) - start)} |`] : [],
    ),
    '',
  );
  return lines;
}

export const OUTCOME: Record<RollbackReport['outcome'], string> = {
  'rolled-back': 'Rolled back',
  failed: 'ROLLBACK FAILED',
  'not-rolled-back': 'Not rolled back',
  manual: 'Rollback needed: manual',
  off: 'Rollback needed: rollback is off',
  'dry-run': 'Dry run: nothing was undone',
};

function revision(info: RevisionReport | undefined): string {
  if (!info) return 'no revision';
  const helm = [
    info.chart && `chart ${inlineCode(info.chart)}`,
    info.appVersion && `app ${inlineCode(info.appVersion)}`,
  ];
  const what = [...info.images.map(inlineCode), ...helm.filter((part) => typeof part === 'string')];
  return `revision ${info.revision}${what.length > 0 ? ` (${what.join(', ')})` : ''}`;
}
