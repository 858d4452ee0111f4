import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';

// The runner's documented workflow-command and environment-file protocol, for exactly the calls this
// action makes. @actions/core implements the same protocol, but its static import of an OIDC client
// bundles a second copy of undici (about 1 MB) that would cost more start-up time than all of our code.

/** Workflow-command data: %, CR and LF are escaped so a value stays on its one line. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Property values additionally escape the separators of the property list. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(name: string, message: string, properties: Record<string, string> = {}): void {
  const list = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  // A secret is registered exactly as it is written; every other message may carry network text.
  const data = name === 'add-mask' ? escapeData(message) : neutralizeCommands(escapeData(message));
  process.stdout.write(`::${name}${list ? ` ${list}` : ''}::${data}\n`);
}

/** The value of an input as the runner passes it: INPUT_<NAME>, upper-cased, spaces as underscores. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export const setSecret = (value: string) => command('add-mask', value);
/**
 * Plain lines can carry text from the network. The runner reads a line as a command when it starts
 * with "::" after leading blanks, and anywhere it holds the older "##[" form: both are broken here.
 */
export function neutralizeCommands(line: string): string {
  return line.replace(/^(\s*):(?=:)/gm, '$1:\u200b').replace(/##\[/g, '#\u200b#[');
}

export const info = (line: string) => process.stdout.write(`${neutralizeCommands(line)}\n`);
export const error = (message: string, title?: string) => command('error', message, title ? { title } : {});
export const warning = (message: string, title?: string) => command('warning', message, title ? { title } : {});

export const startGroup = (title: string) => command('group', title);
export const endGroup = () => command('endgroup', '');

/** GITHUB_OUTPUT takes `name<<DELIMITER`, the value, `DELIMITER`: multi-line values survive. Outside a runner there is no file, and no output. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, `${markdown}\n`);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
