import { CONFIG_KEYS, type ConfigKey } from '../../engine/config/schema.js';
import { nearest } from '../../engine/config/suggest.js';

const SWITCHES = new Set(['dry-run', 'help', 'version-info']);
const VALUE_FLAGS = new Set<string>([...CONFIG_KEYS.filter((key) => key !== 'dry-run'), 'config', 'report']);

/** Flags as `--a --b ...`, several to a line, so that the list fits a terminal 100 columns wide. */
function wrapped(names: readonly string[]): string {
  const lines: string[] = [];
  for (const flag of names.map((name) => `--${name}`)) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${flag}`.length <= 98) lines[last] += ` ${flag}`;
    else lines.push(`  ${flag}`);
  }
  return lines.join('\n');
}

// The flags come from the config keys, as the action's inputs do: the list cannot fall behind them.
export const USAGE = `Usage: post-deploy-check [--config FILE] [--KEY VALUE ...] [--report FILE]

Runs the same checks as the GitHub Action. Every action input is a flag of the same name, as
--name value or --name=value; flags override the config file. The inputs are described in the README.

Flags that take a value:
${wrapped([...VALUE_FLAGS].filter((name) => name !== 'config' && name !== 'report'))}
  --config FILE   a YAML or JSON config file, its keys named like the flags
  --report FILE   write the JSON report to FILE
Flags that take none:
  --dry-run       run the checks, take no action
  --version-info  print the tool's version (--version is the version the service should serve)
  --help          print this text

Exit codes: 0 passed or warning, 1 failed, 2 invalid configuration or flags (nothing was checked),
130 cancelled (Ctrl-C) before a verdict.`;

export interface CliArgs {
  configPath?: string;
  reportPath?: string;
  inputs: Partial<Record<ConfigKey, string>>;
  help: boolean;
  version: boolean;
}

/**
 * Flags named like the action's inputs, as `--name value` or `--name=value`. A value is taken as
 * given even when it starts with "-": YAML lists passed to --checks do.
 */
export function parseCliArgs(argv: readonly string[]): { ok: true; args: CliArgs } | { ok: false; error: string } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const match = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    const name = match?.[1] === 'h' ? 'help' : match?.[1];
    if (!match || name === undefined)
      return {
        ok: false,
        error:
          arg === '-h' ? 'use --help' : `unexpected argument ${JSON.stringify(arg)}; flags look like --base-url URL`,
      };
    if (values.has(name)) {
      return {
        ok: false,
        error: `--${name} is given twice; give it once (several checks go in one --checks, one per line, or in a config file)`,
      };
    }
    if (SWITCHES.has(name)) {
      values.set(name, match[2] ?? 'true');
    } else if (VALUE_FLAGS.has(name)) {
      const value = match[2] ?? argv[++i];
      if (value === undefined) return { ok: false, error: `--${name} needs a value` };
      values.set(name, value);
    } else {
      const guess = nearest(name, [...VALUE_FLAGS, ...SWITCHES]);
      return { ok: false, error: `unknown flag --${name}${guess ? `; did you mean --${guess}?` : ''}` };
    }
  }
  const inputs: Partial<Record<ConfigKey, string>> = {};
  for (const key of CONFIG_KEYS) {
    const value = values.get(key);
    if (value !== undefined) inputs[key] = value;
  }
  return {
    ok: true,
    args: {
      configPath: values.get('config'),
      reportPath: values.get('report'),
      inputs,
      help: values.has('help'),
      version: values.has('version-info'),
    },
  };
}
