import * as core from './toolkit.js';
import { CONFIG_KEYS, type ConfigKey } from '../../engine/config/schema.js';

/** The input that names a config file; every other input is a config key. */
export const CONFIG_FILE_INPUT = 'config';

/** The inputs that were set. action.yml declares no defaults, so a config file's values are not overridden by them. */
export function readInputs(): Partial<Record<ConfigKey, string>> {
  const inputs: Partial<Record<ConfigKey, string>> = {};
  for (const key of CONFIG_KEYS) {
    const value = core.getInput(key);
    if (value !== '') inputs[key] = value;
  }
  return inputs;
}
