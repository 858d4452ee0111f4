import { describeStatus, statusMatches, unmetExpectations } from '../../src/engine/checks/expectations.js';
import type { CheckConfig, StatusExpectation } from '../../src/engine/config/checkSchema.js';
import { jsonResponse, response } from '../support/fakeProber.js';

const keep = (text: string) => text;
const unmet = (expect: CheckConfig['expect'], status: number, body = '', headers: Record<string, string> = {}) =>
  unmetExpectations(expect, response(status, body, headers), keep);

describe('statusMatches', () => {
  it.each([
    [200, 200, true],
    [201, 200, false],
    [204, [200, 204], true],
    [202, [200, 204], false],
    [299, '2xx', true],
    [300, '2xx', false],
    [503, '5xx', true],
    [302, ['2xx', 302], true],
    [404, ['2xx', 302], false],
  ] as [number, StatusExpectation, boolean][])('%d against %j: %s', (status, expectation, matches) => {
    expect(statusMatches(status, expectation)).toBe(matches);
  });

  it('describes a list as alternatives', () => expect(describeStatus([200, '3xx'])).toBe('200 or 3xx'));
});

describe('unmetExpectations: status', () => {
  it('expects a 2xx when nothing is set', () => {
    expect(unmet({}, 204)).toEqual([]);
    expect(unmet({}, 301)).toEqual(['status 301, expected 2xx']);
  });

  it('uses the status, list or class that is set', () => {
    expect(unmet({ status: 404 }, 404)).toEqual([]);
    expect(unmet({ status: 404 }, 200)).toEqual(['status 200, expected 404']);
    expect(unmet({ status: [200, 204] }, 500)).toEqual(['status 500, expected 200 or 204']);
    expect(unmet({ status: '3xx' }, 308)).toEqual([]);
  });
});

describe('unmetExpectations: body-contains', () => {
  it('accepts one string or a list, and names each missing one', () => {
    expect(unmet({ 'body-contains': 'ok' }, 200, 'all ok')).toEqual([]);
    expect(unmet({ 'body-contains': ['ok', 'db: up', 'cache: up'] }, 200, 'ok; db: up')).toEqual([
      'body does not contain "cache: up"',
    ]);
  });

  it('is case sensitive', () => {
    expect(unmet({ 'body-contains': 'OK' }, 200, 'ok')).toEqual(['body does not contain "OK"']);
  });
});

describe('unmetExpectations: json', () => {
  const body = {
    status: 'ok',
    build: { sha: '4f2a9c1e', number: 42, tags: ['a', 'b'] },
    checks: [{ name: 'db', up: true }],
    nothing: null,
  };
  const json = (expected: Record<string, unknown>) =>
    unmetExpectations({ json: expected }, jsonResponse(200, body), keep);

  it('compares values at dot paths, including array indexes', () => {
    expect(
      json({ status: 'ok', 'build.number': 42, 'checks.0.up': true, 'build.tags': ['a', 'b'], nothing: null }),
    ).toEqual([]);
  });

  it('names each path that differs, with what it got', () => {
    expect(json({ status: 'down', 'build.number': '42', 'checks.0.name': 'cache', 'build.missing': 1 })).toEqual([
      'json status: expected "down", got "ok"',
      'json build.number: expected "42", got 42',
      'json checks.0.name: expected "cache", got "db"',
      'json build.missing: expected 1, got nothing',
    ]);
  });

  it('matches a value written /regex/ as a regular expression', () => {
    expect(json({ 'build.sha': '/^4f2a9c1/', status: '/^OK$/i', 'build.number': '/^4\\d$/' })).toEqual([]);
    expect(json({ 'build.sha': '/^9be0/' })).toEqual(['json build.sha: expected matching /^9be0/, got "4f2a9c1e"']);
  });

  it('does not let a regex match a missing or null value', () => {
    expect(json({ 'build.missing': '/.*/', nothing: '/.*/' })).toEqual([
      'json build.missing: expected matching /.*/, got nothing',
      'json nothing: expected matching /.*/, got null',
    ]);
  });

  it('compares a value that is not a valid regex as text', () => {
    expect(unmetExpectations({ json: { path: '/[/' } }, jsonResponse(200, { path: '/[/' }), keep)).toEqual([]);
  });

  it('says when the body is not JSON', () => {
    expect(unmet({ json: { status: 'ok' } }, 200, '<html>')).toEqual(['body is not JSON']);
  });

  it('shortens long values in the message', () => {
    const [line] = unmetExpectations({ json: { text: 'short' } }, jsonResponse(200, { text: 'y'.repeat(200) }), keep);
    expect(line).toBe(`json text: expected "short", got "${'y'.repeat(76)}...`);
  });

  it('masks a secret in what the response said before cutting it short', () => {
    const token = 'tok-0123456789abcdef0123';
    const [line] = unmetExpectations(
      { json: { text: 'short' } },
      jsonResponse(200, { text: `${'y'.repeat(60)} ${token}` }),
      (text) => text.replaceAll(token, '***'),
    );
    expect(line).toBe(`json text: expected "short", got "${'y'.repeat(60)} ***"`);
  });
});

describe('unmetExpectations: headers', () => {
  it('compares header values whatever the case of the name', () => {
    expect(
      unmet({ headers: { 'Content-Type': 'application/json' } }, 200, '', { 'content-type': 'application/json' }),
    ).toEqual([]);
  });

  it('matches a /regex/ header value', () => {
    expect(
      unmet({ headers: { 'cache-control': '/max-age=\\d+/' } }, 200, '', { 'Cache-Control': 'public, max-age=60' }),
    ).toEqual([]);
  });

  it('names a header that is missing or different', () => {
    expect(
      unmet({ headers: { 'x-version': 'abc', 'content-type': 'text/html' } }, 200, '', {
        'content-type': 'application/json',
      }),
    ).toEqual([
      'header x-version: expected "abc", got none',
      'header content-type: expected "text/html", got "application/json"',
    ]);
  });
});

describe('unmetExpectations: everything at once', () => {
  it('says only the status when the status is wrong: an error page says nothing of the rest', () => {
    expect(
      unmetExpectations({ status: 200, 'body-contains': 'up', json: { a: 1 } }, response(500, '{"a":2}'), keep),
    ).toEqual(['status 500, expected 200']);
  });

  it('lists every unmet expectation in order: body, json, headers', () => {
    expect(
      unmetExpectations(
        { status: 200, 'body-contains': 'up', json: { a: 1 }, headers: { 'x-a': 'b' } },
        response(200, '{"a":2}'),
        keep,
      ),
    ).toEqual(['body does not contain "up"', 'json a: expected 1, got 2', 'header x-a: expected "b", got none']);
  });
});
