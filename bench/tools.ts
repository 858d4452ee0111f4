import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** GNU time, for peak RSS; without it the memory figures are left empty. */
export const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** The baseline of the throughput figure; without it the comparison is skipped. */
export const CURL = onPath('curl');
/** What the action rolls back with; without it the rollback figure is skipped. */
export const KUBECTL = onPath('kubectl');
