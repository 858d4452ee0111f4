import { codeBlock, evidenceBlock, wrapCommand, wrapQuery } from './codeBlock.js';
import { escapeHtml, inlineCode, tableCell } from './escape.js';
import type { CheckOutcome, GateReport, Result } from './model.js';

export const ICON: Record<Result, string> = { passed: '✅', warning: '⚠️', failed: '❌' };

/**
 * One check that did not pass, as an on-call engineer needs it: what failed with what was measured
 * against what was allowed, the likely cause, the next step with the commands that carry it out, and
 * the evidence. The body is shown open when the next step says to read it, folded otherwise.
 */
export function failureBlock(check: CheckOutcome, gate: GateReport | undefined): string[] {
  const optional = check.required ? '' : ' (optional)';
  const request = check.request ? `${inlineCode(`${check.request.method} ${check.request.url}`)}: ` : '';
  const lines = [
    `#### ${ICON[check.result]} ${escapeHtml(check.name)}${optional}`,
    '',
    `${request}${tableCell(check.detail)}`,
    '',
  ];
  const { analysis } = check;
  if (analysis) {
    lines.push(`**Cause:** ${escapeHtml(analysis.cause)}  `, `**Next step:** ${escapeHtml(analysis.nextStep)}`, '');
    if (analysis.commands && analysis.commands.length > 0)
      lines.push(
        ...codeBlock(
          analysis.commands.flatMap((command) => wrapCommand(command)),
          'sh',
        ),
        '',
      );
  }
  if (gate) lines.push(...codeBlock(wrapQuery(gate.query), 'promql'), '');
  if (check.response) {
    const type = check.response.contentType ? `, ${escapeHtml(check.response.contentType)}` : '';
    const label = `Response body (${check.response.status}${type})`;
    const body = evidenceBlock(check.response.bodyExcerpt);
    if (analysis?.readBody) lines.push(`${label}:`, '', body, '');
    else lines.push(`<details><summary>${label}</summary>`, '', body, '', '</details>', '');
  }
  return lines;
}
