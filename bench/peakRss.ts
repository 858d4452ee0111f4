import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TIME } from './tools.js';

let probes = 0;

/** Peak RSS of one process: run it under `launcher`, then `readKB()`. Without /usr/bin/time both are empty. */
export interface PeakRssProbe {
  launcher: string[];
  readKB(): Promise<number | undefined>;
}

/** `/usr/bin/time -f %M` writing into its own file under `dir`, so that the process's stderr stays its own. */
export function peakRssProbe(dir: string): PeakRssProbe {
  if (!TIME) return { launcher: [], readKB: () => Promise.resolve(undefined) };
  const file = join(dir, `rss-${++probes}`);
  return {
    launcher: [TIME, '-f', 'RSS %M', '-o', file],
    async readKB() {
      const match = /RSS (\d+)/.exec(await readFile(file, 'utf8').catch(() => ''));
      return match ? Number(match[1]) : undefined;
    },
  };
}
