import { formatDuration, parseDuration } from '../../src/engine/config/duration.js';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1m30s', 90_000],
    ['0', 0],
    [' 2m ', 120_000],
    ['30d', 2_592_000_000],
  ])('reads %s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['5 minutes', '10', '', 'm', '-5s', '1w', '5m 30s'])('rejects %j', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );
});

describe('formatDuration', () => {
  it.each([
    [45, '45ms'],
    [1_500, '1.5s'],
    [90_000, '1m30s'],
    [3_600_000, '1h'],
    [2_592_000_000, '30d'],
    [90_000_000, '1d1h'],
  ])('writes %d as %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});
