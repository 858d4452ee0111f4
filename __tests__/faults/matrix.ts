import { readFile } from 'node:fs/promises';
import { DOC_PATH, PARTY_LABELS, RELIABILITY_PATH, type Party } from '../../scripts/faultMatrix.js';

/** Ports and other per-run values replaced, so a message reads the same on every run. */
export function stable(text: string): string {
  return (
    text
      .replace(/(127\.0\.0\.1|localhost):\d+/g, '$1:PORT')
      .replace(/(fault-injection\.invalid):\d+/g, '$1:PORT')
      // Go's resolver names the DNS server it asked, which differs from machine to machine.
      .replace(/(lookup \S+) on \S+:53:/g, '$1 on RESOLVER:')
      // A flood's filler quoted back: its first bytes say as much as all of them.
      .replace(/(.)\1{19,}…?/g, '$1$1$1…')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The party's line of the summary table and its section, as the committed doc and docs/reliability.md have them (empty when absent). */
export async function documented(party: Party): Promise<{ row: string; section: string; reliabilityRow: string }> {
  const doc = await readFile(DOC_PATH, 'utf8').catch(() => '');
  const reliability = await readFile(RELIABILITY_PATH, 'utf8');
  const rowIn = (text: string) => text.split('\n').find((line) => line.startsWith(`| ${PARTY_LABELS[party]} |`)) ?? '';
  const row = rowIn(doc);
  const start = doc.indexOf(`### ${PARTY_LABELS[party]}\n`);
  const end = start < 0 ? -1 : doc.indexOf('\n\n###', start);
  const section = start < 0 ? '' : doc.slice(start, end < 0 ? undefined : end).trimEnd();
  return { row, section, reliabilityRow: rowIn(reliability) };
}
