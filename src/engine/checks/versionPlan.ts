import type { Config } from '../config/schema.js';
import type { PlanNaming } from './naming.js';

export const VERSION_CHECK_NAME = 'version';

export interface PlannedVersionCheck {
  name: string;
  url: string;
  field: string;
  expected: string;
  timeoutMs: number;
  insecureSkipTlsVerify: boolean;
}

/** Only with both version-url and version: polling without an expected version could only guess. */
export function planVersionCheck(config: Config, naming: PlanNaming): PlannedVersionCheck | undefined {
  const url = config['version-url'];
  if (!url || !config.version) return undefined;
  return {
    name: VERSION_CHECK_NAME,
    url: naming.resolve(url),
    field: config['version-field'],
    expected: config.version,
    timeoutMs: config['version-timeout'],
    insecureSkipTlsVerify: config['insecure-skip-tls-verify'].has('version'),
  };
}
