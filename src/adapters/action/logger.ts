import * as core from './toolkit.js';
import { groupOnFirstLine } from '../shared/groupOnFirstLine.js';

export const actionLogger = groupOnFirstLine({
  open: core.startGroup,
  close: core.endGroup,
  info: core.info,
  warning: (line) => core.warning(line),
});
