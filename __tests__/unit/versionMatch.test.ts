import { reportedVersion, versionsMatch } from '../../src/engine/checks/versionMatch.js';
import { NEW_SHA } from '../support/fixtures.js';

describe('versionsMatch', () => {
  it.each([
    ['the same full SHA', NEW_SHA, NEW_SHA],
    ['a full expected and a short seen SHA', NEW_SHA, NEW_SHA.slice(0, 7)],
    ['a short expected and a full seen SHA', NEW_SHA.slice(0, 7), NEW_SHA],
    ['a 12-character prefix', NEW_SHA.slice(0, 12), NEW_SHA],
    ['different case', NEW_SHA.toUpperCase(), NEW_SHA.slice(0, 8)],
    ['surrounding space', ` ${NEW_SHA} `, NEW_SHA],
    ['the same tag', 'v1.2.3', 'v1.2.3'],
  ])('matches %s', (_, expected, seen) => expect(versionsMatch(expected, seen)).toBe(true));

  it.each([
    ['a 6-character prefix', NEW_SHA, NEW_SHA.slice(0, 6)],
    ['a 6-character expected prefix', NEW_SHA.slice(0, 6), NEW_SHA],
    ['another SHA with the same length', NEW_SHA, `${NEW_SHA.slice(0, 39)}0`],
    ['a prefix that differs inside', NEW_SHA, `${NEW_SHA.slice(0, 6)}x`],
    ['nothing against nothing', '', ''],
    ['a longer release name', 'release-1', 'release-10'],
    ['a longer version', 'v1.2.3-rc', 'v1.2.3-rc1'],
  ])('does not match %s', (_, expected, seen) => expect(versionsMatch(expected, seen)).toBe(false));
});

describe('reportedVersion: what came from the network stays text', () => {
  it.each([
    ['a plain 2.0 is not the number 2', '2.0', '2.0'],
    ['a plain SHA of digits and one e is not a float', '1234e56\n', '1234e56'],
    ['a multi-line body becomes one line', 'abc1234\n  ::warning::forged\r\n', 'abc1234 ::warning::forged'],
  ])('%s', (_, body, version) => expect(reportedVersion(body, 'commit')).toEqual({ version }));

  it('bounds a long JSON field too', () => {
    expect(reportedVersion(JSON.stringify({ commit: 'y'.repeat(300) }), 'commit')).toEqual({
      version: `${'y'.repeat(100)}…`,
    });
  });
});

describe('reportedVersion', () => {
  it.each([
    ['a top-level field', '{"commit":"abc1234"}', 'commit', { version: 'abc1234' }],
    ['a nested field', '{"build":{"sha":" abc1234 "}}', 'build.sha', { version: 'abc1234' }],
    ['an array index', '{"items":[{"id":"abc1234"}]}', 'items.0.id', { version: 'abc1234' }],
    ['a number', '{"build":42}', 'build', { version: '42' }],
    ['a plain body, trimmed', '  abc1234\n', 'commit', { version: 'abc1234' }],
    ['a JSON string, without its quotes', '"abc1234"\n', 'commit', { version: 'abc1234' }],
    ['a missing field', '{"sha":"abc1234"}', 'commit', { problem: 'no commit in the JSON' }],
    ['a field that is an object', '{"commit":{"sha":"abc1234"}}', 'commit', { problem: 'no commit in the JSON' }],
    ['an empty body', ' \n', 'commit', { problem: 'empty body' }],
  ])('reads %s', (_, body, field, expected) => expect(reportedVersion(body, field)).toEqual(expected));

  it('bounds a long plain body', () => {
    expect(reportedVersion('x'.repeat(500), 'commit')).toEqual({ version: `${'x'.repeat(100)}…` });
  });
});
