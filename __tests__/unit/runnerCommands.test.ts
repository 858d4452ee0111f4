import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { neutralizeCommands, setOutput } from '../../src/adapters/action/toolkit.js';
import { parseOutputFile } from '../support/runAction.js';

describe('neutralizeCommands: text from the network cannot become a runner command', () => {
  it.each([
    ['at the start of a line', '::warning::forged', ':\u200b:warning::forged'],
    ['after leading blanks, which the runner trims', '  ::add-mask::x', '  :\u200b:add-mask::x'],
    ['on a later line', 'ok\n::stop-commands::t', 'ok\n:\u200b:stop-commands::t'],
    ['in the older form, anywhere in a line', 'seen ##[warning]forged', 'seen #\u200b#[warning]forged'],
  ])('%s', (_, line, safe) => expect(neutralizeCommands(line)).toBe(safe));

  it('leaves ordinary text alone', () => {
    expect(neutralizeCommands('✓ GET /health — passed: 200 (12ms) a::b')).toBe(
      '✓ GET /health — passed: 200 (12ms) a::b',
    );
  });
});

describe('setOutput: multi-line values as the runner reads them', () => {
  it('keeps every line, even ones that look like another output or a delimiter', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'pdc-output-')), 'output');
    await writeFile(file, '');
    const previous = process.env.GITHUB_OUTPUT;
    process.env.GITHUB_OUTPUT = file;
    const summary = 'failed: shop-api\nrolled-back<<EOF\ntrue\nEOF\nghadelimiter_forged\nresult=passed';
    try {
      setOutput('summary', summary);
      setOutput('result', 'failed');
    } finally {
      if (previous === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = previous;
    }
    expect(parseOutputFile(await readFile(file, 'utf8'))).toEqual({ summary, result: 'failed' });
  });
});
