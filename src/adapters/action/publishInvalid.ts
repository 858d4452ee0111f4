import * as core from './toolkit.js';
import { renderInvalidConfigMarkdown } from '../../engine/report/invalidConfigMarkdown.js';

/**
 * A configuration error ends the step before any Report exists: every output is still set, so a
 * downstream `if:` can tell `invalid` from a failed release and `fromJSON` of a JSON output does not break.
 */
export async function publishInvalid(errors: readonly string[], durationMs: number): Promise<void> {
  const summary = `invalid configuration: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, nothing was checked`;
  const outputs: Record<string, string> = {
    result: 'invalid',
    'failed-checks': '[]',
    'deployed-version': '',
    'report-path': '',
    'duration-seconds': (durationMs / 1000).toFixed(2),
    summary,
    'error-rate': '',
    'burn-rate': '',
    'error-budget-used': '',
    metrics: '{}',
    'traffic-requests': '',
    'rolled-back': 'false',
    'rollback-required': 'false',
    'rollback-revision': '',
    'rollback-command': '',
    'grafana-annotation-id': '',
    'slack-message-ts': '',
    'github-deployment-id': '',
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  await core.appendSummary(renderInvalidConfigMarkdown(errors));
  core.setFailed(`Invalid configuration, nothing was checked:\n${errors.map((line) => `  ${line}`).join('\n')}`);
}
