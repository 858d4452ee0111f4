import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { configJsonSchemaText } from '../../src/engine/config/jsonSchema.js';
import { CONFIG_KEYS } from '../../src/engine/config/schema.js';
import { TOOL } from '../../src/version.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const action = parse(read('action.yml')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: Record<string, string>;
};

/** The rows of the Markdown table that follows `heading`, as arrays of trimmed cells. */
function tableAfter(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no ${heading} section`);
  const lines = markdown.slice(start + heading.length + 2).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}
const unquote = (cell: string) => cell.replace(/^`|`$/g, '');

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the config keys as inputs, plus config', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...CONFIG_KEYS, 'config'].sort());
  });

  it('declares no input default but the GitHub token, so a config file is never overridden by one', () => {
    // No config file may hold a token, so the token's default overrides nothing.
    const defaulted = Object.entries(action.inputs).filter(([, input]) => input.default !== undefined);
    expect(defaulted).toEqual([['github-token', expect.objectContaining({ default: '${{ github.token }}' })]]);
  });

  it('declares the outputs of the contract', () => {
    expect(Object.keys(action.outputs)).toEqual([
      'result',
      'failed-checks',
      'deployed-version',
      'report-path',
      'duration-seconds',
      'summary',
      'error-rate',
      'metrics',
      'traffic-requests',
      'burn-rate',
      'error-budget-used',
      'rolled-back',
      'rollback-required',
      'rollback-revision',
      'rollback-command',
      'grafana-annotation-id',
      'slack-message-ts',
      'github-deployment-id',
    ]);
  });
});

describe('README', () => {
  const readme = read('README.md');
  const jsonSchema = JSON.parse(configJsonSchemaText()) as {
    properties: Record<string, { default?: unknown; 'x-default'?: string }>;
  };

  it('has one Inputs row per action.yml input, in order, with the default the schema applies', () => {
    const rows = tableAfter(readme, '## Inputs');
    expect(rows.map((row) => unquote(row[0] ?? ''))).toEqual(Object.keys(action.inputs));
    for (const [name, cell] of rows.map((row) => [unquote(row[0] ?? ''), unquote(row[1] ?? '')])) {
      const property = jsonSchema.properties[name as string];
      const documented =
        property?.['x-default'] ??
        (Array.isArray(property?.default) || property?.default === undefined ? '' : String(property.default));
      expect([name, cell]).toEqual([name, name === 'service' ? 'the repository name' : documented]);
    }
  });

  it('has one Outputs row per action.yml output, in order', () => {
    expect(tableAfter(readme, '## Outputs').map((row) => unquote(row[0] ?? ''))).toEqual(Object.keys(action.outputs));
  });

  it('gives a newcomer the demo and the test command', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});

describe('generated and pinned files', () => {
  it('schema/config.schema.json equals a fresh export of the zod schema (run npm run schema)', () => {
    expect(read('schema/config.schema.json')).toBe(configJsonSchemaText());
  });

  it('the tool version matches package.json', () => {
    expect(TOOL.version).toBe(JSON.parse(read('package.json')).version);
  });

  it('runs on Node 24, the runtime the runner gives the action', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});
