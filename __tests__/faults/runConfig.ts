import { execute } from '../../src/adapters/shared/execute.js';
import { loadConfig } from '../../src/engine/config/load.js';
import type { ConfigKey } from '../../src/engine/config/schema.js';
import type { Report } from '../../src/engine/report/model.js';
import { RecordingLogger } from '../support/fixtures.js';

/** One run through the composition root, as the action makes it: the config loaded from inputs, the real providers. */
export async function runConfig(
  inputs: Partial<Record<ConfigKey, string>>,
  env: Record<string, string> = {},
): Promise<{ report: Report; logger: RecordingLogger }> {
  const loaded = await loadConfig({ inputs: { service: 'shop-api', version: '4f2a9c1', ...inputs }, env });
  if (!loaded.ok) throw new Error(`the fault suite wrote a config that does not load:\n${loaded.errors.join('\n')}`);
  const logger = new RecordingLogger();
  const report = await execute(loaded.config, { logger, context: {}, secrets: loaded.secrets });
  return { report, logger };
}

/** Every unhandled rejection while the suite runs: a provider that leaves one would crash the action (Node's default). */
export function recordUnhandledRejections(): { seen: unknown[]; stop(): void } {
  const seen: unknown[] = [];
  const record = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', record);
  return { seen, stop: () => process.off('unhandledRejection', record) };
}
