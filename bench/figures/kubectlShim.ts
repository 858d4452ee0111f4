import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface KubectlCall {
  /** Epoch milliseconds when this kubectl started. */
  at: number;
  args: string;
}

/** A `kubectl` in front of the real one that writes down when each invocation starts. */
export interface KubectlShim {
  /** Put first on the PATH. */
  bin: string;
  /** Forgets the calls so far. */
  clear(): Promise<void>;
  calls(): Promise<KubectlCall[]>;
}

export async function installKubectlShim(dir: string, kubectl: string): Promise<KubectlShim> {
  const bin = join(dir, 'kubectl-shim');
  await mkdir(bin);
  const logFile = join(dir, 'kubectl.log');
  // bash's $EPOCHREALTIME costs no process of its own, so the time is the shim's start, not a `date`'s.
  await writeFile(
    join(bin, 'kubectl'),
    `#!/bin/bash\nprintf '%s %s\\n' "$EPOCHREALTIME" "$*" >> '${logFile}'\nexec '${kubectl}' "$@"\n`,
  );
  await chmod(join(bin, 'kubectl'), 0o755);
  return {
    bin,
    clear: () => writeFile(logFile, ''),
    async calls() {
      return (await readFile(logFile, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((line) => ({
          at: Number(line.slice(0, line.indexOf(' '))) * 1000,
          args: line.slice(line.indexOf(' ') + 1),
        }));
    },
  };
}
