import * as core from './runner.js';
import type { Logger } from '../../engine/ports.js';

export const actionLogger: Logger = {
  group: (title, body) => core.group(title, body),
  info: (line) => core.info(line),
  warning: (line) => core.warning(line),
};
