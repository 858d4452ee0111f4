import { neutralizeCommands } from '../../src/adapters/action/runner.js';

describe('neutralizeCommands: text from the network cannot become a runner command', () => {
  it.each([
    ['at the start of a line', '::warning::forged', ':\u200b:warning::forged'],
    ['after leading blanks, which the runner trims', '  ::add-mask::x', '  :\u200b:add-mask::x'],
    ['on a later line', 'ok\n::stop-commands::t', 'ok\n:\u200b:stop-commands::t'],
    ['in the older form, anywhere in a line', 'seen ##[warning]forged', 'seen #\u200b#[warning]forged'],
  ])('%s', (_, line, safe) => expect(neutralizeCommands(line)).toBe(safe));

  it('leaves ordinary text alone', () => {
    expect(neutralizeCommands('✓ GET /health — passed: 200 (12ms) a::b')).toBe('✓ GET /health — passed: 200 (12ms) a::b');
  });
});
