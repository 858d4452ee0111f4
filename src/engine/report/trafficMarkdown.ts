import { formatDuration } from '../config/duration.js';
import { codeBlock } from './codeBlock.js';
import { escapeHtml, tableCell } from './escape.js';
import type { TrafficReport, TrafficRequestReport } from './model.js';
import { plural } from './plural.js';

/**
 * What the action's own requests did: the rate asked and kept, each request's counts and latencies, and each
 * distinct failure once, with the first answer that showed it. Absent without traffic.
 */
export function trafficSection(traffic: TrafficReport | undefined): string[] {
  if (!traffic) return [];
  // Each request holds one slot of 1/rate: a schedule kept to the letter reads as exactly the rate asked.
  const slots = traffic.ranMs / 1_000 + 1 / traffic.ratePerSecond;
  const kept = traffic.sent > 0 ? ` (${(traffic.sent / slots).toFixed(1)}/s kept)` : '';
  const dropped = traffic.dropped > 0 ? `, ${traffic.dropped} dropped with ${traffic.maxInFlight} in flight` : '';
  const lines = [
    '**Traffic**',
    '',
    `${traffic.ratePerSecond} requests/s asked${kept}: ${plural(traffic.sent, 'request')} sent over ${formatDuration(traffic.ranMs)}${dropped}; stopped because ${escapeHtml(traffic.stoppedBecause)}. Each carried \`X-Post-Deploy-Check: traffic\`.`,
    '',
    '| Request | Sent | OK | Errors | Dropped | p50 | p95 | Max |',
    '|---|---|---|---|---|---|---|---|',
    ...traffic.requests.map(requestRow),
    '',
  ];
  const failures = traffic.requests.flatMap((request) =>
    request.failures.map((failure) => ({ request: request.name, ...failure })),
  );
  if (failures.length === 0) return lines;
  return [
    ...lines,
    '<details><summary>Traffic failures, each once</summary>',
    '',
    ...failures.flatMap((failure) => [
      `- ${escapeHtml(failure.request)}: ${escapeHtml(failure.error)} (${plural(failure.count, 'time')})`,
      ...(failure.response
        ? ['', ...codeBlock(failure.response.bodyExcerpt.split('\n')).map((line) => `  ${line}`), '']
        : []),
    ]),
    '</details>',
    '',
  ];
}

function requestRow(request: TrafficRequestReport): string {
  const errors = Object.entries(request.errors)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  const unfinished = request.unfinished > 0 ? ` (${request.unfinished} unfinished)` : '';
  const latency = request.latencyMs;
  const ms = (value: number | undefined) => (value === undefined ? '—' : formatDuration(value));
  return `| ${tableCell(request.name)} | ${request.sent}${unfinished} | ${request.ok} | ${errors || '0'} | ${request.dropped} | ${ms(latency?.p50)} | ${ms(latency?.p95)} | ${ms(latency?.max)} |`;
}
