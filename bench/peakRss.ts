import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TIME } from './tools.js';

let probes = 0;

/** Peak RSS and CPU time of one process: run it under `launcher`, then read. Without /usr/bin/time all are empty. */
export interface PeakRssProbe {
  launcher: string[];
  readKB(): Promise<number | undefined>;
  /** User plus system CPU seconds of the process (all its threads), to 0.01 s. */
  readCpuSeconds(): Promise<number | undefined>;
}

/** `/usr/bin/time -f` writing into its own file under `dir`, so that the process's stderr stays its own. */
export function peakRssProbe(dir: string): PeakRssProbe {
  if (!TIME)
    return { launcher: [], readKB: () => Promise.resolve(undefined), readCpuSeconds: () => Promise.resolve(undefined) };
  const file = join(dir, `rss-${++probes}`);
  const read = () => readFile(file, 'utf8').catch(() => '');
  return {
    launcher: [TIME, '-f', 'RSS %M CPU %U %S', '-o', file],
    async readKB() {
      const match = /RSS (\d+)/.exec(await read());
      return match ? Number(match[1]) : undefined;
    },
    async readCpuSeconds() {
      const match = /CPU ([\d.]+) ([\d.]+)/.exec(await read());
      return match ? Number(match[1]) + Number(match[2]) : undefined;
    },
  };
}
