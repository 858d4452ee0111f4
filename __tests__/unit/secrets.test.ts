import { createRedactor, findSecrets, redactDeep, redactUrl } from '../../src/engine/secrets.js';

describe('findSecrets', () => {
  it('finds the Slack bot token, and not the channel ID beside it', () => {
    expect(findSecrets({ 'slack-bot-token': 'xoxb-111-222-abcDEF', 'slack-channel': 'C0123456789' })).toEqual([
      'xoxb-111-222-abcDEF',
    ]);
  });

  const basic = (pair: string) => Buffer.from(pair).toString('base64');

  it('finds the password of URLs anywhere in the raw config, and the Basic header sent for it', () => {
    const raw = {
      'base-url': 'https://deploy:s3cr3t@shop.example.com',
      checks: ['GET https://robot:hunter22@cdn.example.com/app.js'],
    };
    expect(findSecrets(raw).sort()).toEqual(
      [basic('deploy:s3cr3t'), basic('robot:hunter22'), 'hunter22', 's3cr3t'].sort(),
    );
  });

  it('keeps a user name that has a password readable: "api" must not blank out every /api/ path', () => {
    expect(findSecrets('https://api:s3cr3t-pass@shop.example.com')).not.toContain('api');
  });

  it('treats a user name standing alone as the token it is, and the Basic header sent for it', () => {
    expect(findSecrets('https://ghp_token123456@git.example.com/repo')).toEqual([
      'ghp_token123456',
      basic('ghp_token123456:'),
    ]);
  });

  it('finds a password with no user, and the decoded form of an encoded one', () => {
    expect(findSecrets('https://:p%40ss-word@shop.example.com').sort()).toEqual(
      [basic(':p@ss-word'), 'p%40ss-word', 'p@ss-word'].sort(),
    );
  });

  it('finds the values of check headers, including numbers, at any depth', () => {
    const raw = [
      { checks: [{ path: '/a', headers: { Authorization: 'Bearer tok-123456', 'X-Pin': 987654 } }] },
      ['unrelated text'],
    ];
    expect(findSecrets(raw).sort()).toEqual(['987654', 'Bearer tok-123456', 'tok-123456']);
  });

  it('finds the credentials of an Authorization header without their scheme, as a server quotes them back', () => {
    const raw = {
      checks: [
        { path: '/a', headers: { 'Proxy-Authorization': `Basic ${basic('robot:hunter22')}`, 'x-tenant': 'acme prod' } },
      ],
      'prometheus-headers': 'Authorization: Token prom-token-1\nX-Scope-OrgID: tenant-1',
    };
    expect(findSecrets(raw).sort()).toEqual(
      [
        `Basic ${basic('robot:hunter22')}`,
        basic('robot:hunter22'),
        'hunter22',
        'acme prod',
        'Token prom-token-1',
        'prom-token-1',
        'tenant-1',
      ].sort(),
    );
  });

  it('does not take a flow placeholder for a credential: what it captures is masked when captured', () => {
    expect(
      findSecrets({ flows: [{ steps: [{ path: '/me', headers: { Authorization: 'Bearer {{token}}' } }] }] }),
    ).toEqual(['Bearer {{token}}']);
  });

  it('does not take the values of other keys, or the URL without credentials', () => {
    expect(
      findSecrets({ 'base-url': 'https://shop.example.com/x@y', service: 'shop-api', checks: ['/health'] }),
    ).toEqual([]);
  });

  it('ignores values too short to mask without blanking out ordinary text', () => {
    expect(findSecrets({ headers: { 'x-a': 'ab', 'x-b': 'abc' } })).toEqual(['abc']);
  });

  it('does not treat expected response headers as secrets', () => {
    const raw = {
      checks: [
        {
          path: '/a',
          headers: { authorization: 'Bearer tok-123456' },
          expect: { headers: { 'content-type': 'application/json' } },
        },
      ],
    };
    expect(findSecrets(raw)).toEqual(['Bearer tok-123456', 'tok-123456']);
  });
});

describe('createRedactor', () => {
  it('masks every occurrence of every secret', () => {
    expect(createRedactor(['tok-1', 'hunter22'])('tok-1 and tok-1, hunter22')).toBe('*** and ***, ***');
  });

  it('masks the longest secret first, so a secret containing another is masked whole', () => {
    const text = 'Authorization: Bearer tok-123456';
    expect(createRedactor(['tok-123456', 'Bearer tok-123456'])(text)).toBe('Authorization: ***');
    expect(createRedactor(['Bearer tok-123456', 'tok-123456'])(text)).toBe('Authorization: ***');
  });

  it('leaves text unchanged without secrets', () => expect(createRedactor([])('plain')).toBe('plain'));
});

describe('redactDeep', () => {
  it('masks every string of a nested value and keeps everything else', () => {
    const redact = createRedactor(['tok-123456']);
    const value = { a: 'x tok-123456', n: 3, ok: true, none: null, list: ['tok-123456', { deep: 'y tok-123456' }] };
    expect(redactDeep(value, redact)).toEqual({
      a: 'x ***',
      n: 3,
      ok: true,
      none: null,
      list: ['***', { deep: 'y ***' }],
    });
  });

  it('does not change the value it was given', () => {
    const value = { a: ['tok-123456'] };
    redactDeep(value, createRedactor(['tok-123456']));
    expect(value).toEqual({ a: ['tok-123456'] });
  });
});

describe('redactUrl', () => {
  it.each([
    ['https://deploy:s3cr3t@shop.example.com/x', 'https://***:***@shop.example.com/x'],
    ['https://token@shop.example.com/x', 'https://***@shop.example.com/x'],
    ['https://:s3cr3t@shop.example.com/x', 'https://:***@shop.example.com/x'],
    ['https://shop.example.com/x?a=b@c', 'https://shop.example.com/x?a=b@c'],
  ])('%s -> %s', (url, expected) => expect(redactUrl(url)).toBe(expected));
});

describe('passwords that hold an @', () => {
  // WHATWG URL parsing ends the credentials at the last @ before the host, so `p@ss` is all password.
  const url = 'https://deploy:p@ss-w0rd@shop.example.com/health';

  it('finds the whole password', () => {
    expect(new URL(url).password).toBe('p%40ss-w0rd');
    expect(findSecrets(url)).toEqual(expect.arrayContaining(['p@ss-w0rd']));
  });

  it('masks the whole password', () => {
    expect(redactUrl(url)).toBe('https://***:***@shop.example.com/health');
  });
});
