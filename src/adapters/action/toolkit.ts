import * as core from '@actions/core';

// All runner I/O goes through @actions/core. What this module adds is what core does not do:
// text from the network is kept from becoming a workflow command, and outside a runner (no
// GITHUB_OUTPUT, no GITHUB_STEP_SUMMARY) outputs and the summary are skipped rather than printed
// as deprecated `::set-output` commands or thrown as errors.

/**
 * Plain lines can carry text from the network. The runner reads a line as a command when it starts
 * with "::" after leading blanks, and anywhere it holds the older "##[" form: both are broken here.
 * core.info writes the line as it is, so every log line and annotation passes through this first.
 */
export function neutralizeCommands(line: string): string {
  return line.replace(/^(\s*):(?=:)/gm, '$1:\u200b').replace(/##\[/g, '#\u200b#[');
}

/** The value of an input (INPUT_<NAME>, upper-cased, spaces as underscores), trimmed; '' when not set. */
export const getInput = (name: string): string => core.getInput(name);

/** A secret is registered exactly as it is written: core escapes only %, CR and LF. */
export const setSecret = (value: string): void => core.setSecret(value);

export const info = (line: string): void => core.info(neutralizeCommands(line));
export const error = (message: string, title?: string): void =>
  core.error(neutralizeCommands(message), title ? { title } : {});
export const warning = (message: string, title?: string): void =>
  core.warning(neutralizeCommands(message), title ? { title } : {});

export const startGroup = (title: string): void => core.startGroup(neutralizeCommands(title));
export const endGroup = (): void => core.endGroup();

/** core writes `name<<ghadelimiter_<uuid>`, the value, the delimiter: multi-line values survive. Outside a runner there is no file, and no output. */
export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) core.setOutput(name, value);
}

/** The job summary, once per run; the renderers keep it under the runner's 1 MiB limit. */
export async function appendSummary(markdown: string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
}

/** The exit code 1 and a last error annotation. */
export const setFailed = (message: string): void => core.setFailed(neutralizeCommands(message));
