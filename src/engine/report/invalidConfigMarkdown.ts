import { escapeHtml } from './escape.js';

/**
 * The job summary of a run stopped by its configuration: every error on its own line, as loadConfig
 * wrote it (the input or key, what is wrong, the accepted form), in one block a person can copy.
 * The errors can quote a value from the workflow or a config file: escaped like network text.
 */
export function renderInvalidConfigMarkdown(errors: readonly string[]): string {
  const count = errors.length === 1 ? 'this error' : `these ${errors.length} errors`;
  return [
    '## ⛔ Invalid configuration — nothing was checked',
    '',
    `No request was sent and nothing was rolled back. Fix ${count} in the step's inputs or its config file:`,
    '',
    // <pre> rather than a fence: a backtick run inside an error cannot end it, and escaped text stays text.
    `<pre>${errors.map((error) => escapeHtml(error)).join('\n')}</pre>`,
  ].join('\n');
}
