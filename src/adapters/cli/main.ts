#!/usr/bin/env node
import { basename } from 'node:path';
import { loadConfig } from '../../engine/config/load.js';
import { renderTerminal } from '../../engine/report/terminal.js';
import { TOOL } from '../../version.js';
import { readConfigFile } from '../shared/configFile.js';
import { execute } from '../shared/execute.js';
import { groupOnFirstLine } from '../shared/groupOnFirstLine.js';
import { cancelOnSignals, exitWhenFlushed } from '../shared/lifecycle.js';
import { runDefaults } from '../shared/runDefaults.js';
import { writeReport } from '../shared/reportFile.js';
import { parseCliArgs, USAGE } from './args.js';

// 130 is what a shell reports for a command stopped by Ctrl-C (128 + SIGINT).
const EXIT = { passed: 0, warning: 0, failed: 1, invalid: 2, cancelled: 130 } as const;

// Terminal control sequences from a response body must not reach the user's terminal.
// eslint-disable-next-line no-control-regex
const sanitize = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '�');

const terminalLogger = groupOnFirstLine({
  open: (title) => process.stdout.write(`${title}\n`),
  close: () => undefined,
  info: (line) => process.stdout.write(`  ${sanitize(line)}\n`),
  warning: (line) => process.stderr.write(`warning: ${sanitize(line)}\n`),
});

async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) return invalid([parsed.error, 'run post-deploy-check --help for the flags']);
  const { args } = parsed;
  if (args.help) return (process.stdout.write(`${USAGE}\n`), 0);
  if (args.version) return (process.stdout.write(`${TOOL.version}\n`), 0);

  const file = args.configPath ? await readConfigFile(args.configPath, '--config') : undefined;
  if (file && 'error' in file) return invalid([file.error]);

  // Outside a workflow the service is named after the directory the CLI runs in.
  const context = { service: basename(process.cwd()), ...runDefaults(process.env) };
  const loaded = await loadConfig({ file, inputs: args.inputs, context, env: process.env });
  if (!loaded.ok) return invalid(loaded.errors);

  const report = await execute(loaded.config, {
    logger: terminalLogger,
    context: {},
    secrets: loaded.secrets,
    signal: cancelOnSignals(),
  });
  if (args.reportPath) await writeReport(report, args.reportPath);
  process.stdout.write(`\n${sanitize(renderTerminal(report))}\n`);
  return EXIT[report.verdict.result];
}

function invalid(lines: string[]): number {
  process.stderr.write(
    `post-deploy-check: invalid configuration, nothing was checked:\n${lines.map((line) => `  ${line}`).join('\n')}\n`,
  );
  return EXIT.invalid;
}

// A reader that stops early (`| head`) closes the pipe; that ends the output, not the run with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `post-deploy-check stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  )
  .finally(exitWhenFlushed);
