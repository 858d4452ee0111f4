import * as core from './runner.js';
import type { Logger } from '../../engine/ports.js';

/** Lines can carry text from the network; one starting with "::" would be read by the runner as a command. */
export function neutralizeCommands(line: string): string {
  return line.replace(/^::/gm, ': :');
}

export const actionLogger: Logger = {
  group: (title, body) => core.group(title, body),
  info: (line) => core.info(neutralizeCommands(line)),
};
