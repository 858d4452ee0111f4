import type { Logger } from '../../engine/ports.js';

/** Where a Logger's lines go: a group's start and end, and its lines. */
export interface LogOutput {
  open(title: string): void;
  close(): void;
  info(line: string): void;
  warning(line: string): void;
}

/**
 * A Logger whose group is shown only once something is written in it. Notices that were all sent,
 * or a rollback that had nothing to do, write nothing, and an empty fold in the log only makes a
 * person open it to find out. The engine's groups never nest: they are its phases, one after another.
 */
export function groupOnFirstLine(output: LogOutput): Logger {
  let pending: string | undefined;
  let opened = false;
  const openPending = () => {
    if (pending === undefined) return;
    output.open(pending);
    pending = undefined;
    opened = true;
  };
  return {
    group: async (title, body) => {
      pending = title;
      opened = false;
      try {
        return await body();
      } finally {
        if (opened) output.close();
        pending = undefined;
        opened = false;
      }
    },
    info: (line) => {
      openPending();
      output.info(line);
    },
    warning: (line) => {
      openPending();
      output.warning(line);
    },
  };
}
