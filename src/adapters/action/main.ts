import * as core from './toolkit.js';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../engine/config/load.js';
import { readConfigFile } from '../shared/configFile.js';
import { execute } from '../shared/execute.js';
import { writeReport } from '../shared/reportFile.js';
import { cancelOnSignals, exitWhenFlushed } from '../shared/lifecycle.js';
import { runDefaults } from '../shared/runDefaults.js';
import { CONFIG_FILE_INPUT, readInputs } from './inputs.js';
import { actionLogger } from './logger.js';
import { publish } from './publish.js';
import { publishInvalid } from './publishInvalid.js';
import { runContextFrom } from './runContext.js';

async function main(): Promise<void> {
  const startedAt = performance.now();
  const configPath = core.getInput(CONFIG_FILE_INPUT);
  const file = configPath ? await readConfigFile(configPath, CONFIG_FILE_INPUT) : undefined;
  if (file && 'error' in file) return publishInvalid([file.error], performance.now() - startedAt);

  const loaded = await loadConfig({ file, inputs: readInputs(), context: runDefaults(process.env), env: process.env });
  loaded.secrets.forEach((secret) => core.setSecret(secret));
  if (!loaded.ok) return publishInvalid(loaded.errors, performance.now() - startedAt);
  const signal = cancelOnSignals();
  // Loaded once the configuration is valid: its Octokit and HTTP client come with it, and a step
  // that stops at its configuration does not pay for them.
  const { context: github } = await import('@actions/github');
  const report = await execute(loaded.config, {
    logger: actionLogger,
    context: runContextFrom(github),
    secrets: loaded.secrets,
    onSecret: core.setSecret,
    signal,
  });
  const reportPath = join(
    process.env.RUNNER_TEMP || tmpdir(),
    'post-deploy-check',
    `report-${Number.isFinite(github.runId) ? github.runId : 'local'}-${github.action || 'step'}.json`.replace(
      /[^\w.-]/g,
      '_',
    ),
  );
  await writeReport(report, reportPath);
  await publish(report, reportPath);
}

main()
  .catch((error: unknown) => {
    core.setFailed(`post-deploy-check stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  })
  .finally(exitWhenFlushed);
