import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DependencyError, type DependencyProbe, type DependencyTarget } from '../../src/engine/ports.js';
import { createPostgresProbe } from '../../src/providers/postgres/postgresProbe.js';
import { createRedisProbe } from '../../src/providers/redis/redisProbe.js';
import { createTcpProbe } from '../../src/providers/tcp/tcpProbe.js';
import { startPostgres, type PostgresServer } from '../support/postgres.js';
import {
  freePort,
  sleep,
  startRedis,
  startSilentServer,
  type RedisServer,
  type SilentServer,
} from '../support/redis.js';
import { rejectionOf } from '../support/rejection.js';

// Real servers from Debian's packages, started once for the file on free loopback ports.
let postgres: PostgresServer;
let redis: RedisServer;
let lockedRedis: RedisServer;
let silent: SilentServer;
const REDIS_PASSWORD = 'redis-S3cret-pw';

beforeAll(async () => {
  [postgres, redis, lockedRedis, silent] = await Promise.all([
    startPostgres(),
    startRedis(),
    startRedis({ password: REDIS_PASSWORD }),
    startSilentServer(),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([postgres?.stop(), redis?.stop(), lockedRedis?.stop(), silent?.close()]);
});

const live = () => new AbortController().signal;
const target = (
  type: DependencyTarget['type'],
  url: string,
  extra: Partial<DependencyTarget> = {},
): DependencyTarget => ({ type, url, timeoutMs: 5_000, ...extra });

/** The probe's failure, checked to name no secret: neither the password nor the URL that carries it. */
async function failure(probe: DependencyProbe, dependency: DependencyTarget, ...secrets: string[]): Promise<string> {
  const error = await rejectionOf(probe.check(dependency, live()), DependencyError);
  for (const secret of [dependency.url, ...secrets]) expect(error.message).not.toContain(secret);
  return error.message;
}

/** Waits (bounded) until the count reaches zero: a closed client is gone once the server has noticed. */
async function settlesToZero(count: () => Promise<number> | number): Promise<number> {
  const limit = Date.now() + 15_000;
  let now = await count();
  while (now !== 0 && Date.now() < limit) {
    await sleep(50);
    now = await count();
  }
  return now;
}

describe('PostgreSQL probe against a real server', () => {
  const probe = createPostgresProbe();

  it('runs SELECT 1 with the test login and closes its session', async () => {
    await expect(probe.check(target('postgres', postgres.url()), live())).resolves.toEqual({
      detail: 'SELECT 1 -> 1 row',
    });
    expect(await settlesToZero(() => postgres.sessionsOf(postgres.user))).toBe(0);
  });

  it('runs the configured query and counts its rows', async () => {
    const result = await probe.check(
      target('postgres', postgres.url(), { statement: 'SELECT n FROM generate_series(1, 3) AS n' }),
      live(),
    );
    expect(result.detail).toBe('SELECT n FROM generate_series(1, 3) AS n -> 3 rows');
  });

  it('reports a wrong password in the server’s words, without the password', async () => {
    const message = await failure(
      probe,
      target('postgres', postgres.url({ password: 'not-the-Pw' })),
      'not-the-Pw',
      postgres.password,
    );
    expect(message).toBe(
      `login to 127.0.0.1:${postgres.port} failed: password authentication failed for user "${postgres.user}" (SQLSTATE 28P01)`,
    );
  });

  it('reports a database that does not exist', async () => {
    const message = await failure(
      probe,
      target('postgres', postgres.url({ database: 'no_such_db' })),
      postgres.password,
    );
    expect(message).toBe(
      `login to 127.0.0.1:${postgres.port} failed: database "no_such_db" does not exist (SQLSTATE 3D000)`,
    );
  });

  it('reports a query that errors, and still closes the session', async () => {
    const message = await failure(
      probe,
      target('postgres', postgres.url(), { statement: 'SELECT * FROM missing_table' }),
      postgres.password,
    );
    expect(message).toBe(
      `the query failed on 127.0.0.1:${postgres.port}: relation "missing_table" does not exist (SQLSTATE 42P01)`,
    );
    expect(await settlesToZero(() => postgres.sessionsOf(postgres.user))).toBe(0);
  });

  it('gives up on a query that outlives the timeout, and the server ends it (statement_timeout)', async () => {
    const message = await failure(
      probe,
      target('postgres', postgres.url(), { statement: 'SELECT pg_sleep(30)', timeoutMs: 500 }),
      postgres.password,
    );
    expect(message).toMatch(
      new RegExp(
        `^(the query got no answer from 127\\.0\\.0\\.1:${postgres.port} within 500ms|the query failed on 127\\.0\\.0\\.1:${postgres.port}: canceling statement due to statement timeout \\(SQLSTATE 57014\\))$`,
      ),
    );
    expect(await settlesToZero(() => postgres.sessionsOf(postgres.user))).toBe(0);
  });

  it('honours sslmode from the URL as pg does', async () => {
    const message = await failure(
      probe,
      target('postgres', postgres.url({ query: 'sslmode=verify-full' })),
      postgres.password,
    );
    expect(message).toContain(`127.0.0.1:${postgres.port}`);
    expect(message).toMatch(/does not support SSL/);
  });

  it('names a server that is down', async () => {
    const port = await freePort();
    const message = await failure(
      probe,
      target('postgres', `postgres://app:hunter22@127.0.0.1:${port}/app`),
      'hunter22',
    );
    expect(message).toBe(`connection refused by 127.0.0.1:${port}`);
  });

  it('times out on a server that accepts the connection and never answers, and closes the connection', async () => {
    const before = silent.accepted();
    const message = await failure(
      probe,
      target('postgres', `postgres://app:hunter22@127.0.0.1:${silent.port}/app`, { timeoutMs: 500 }),
      'hunter22',
    );
    expect(message).toBe(
      `127.0.0.1:${silent.port} accepted the connection but no PostgreSQL session started within 500ms`,
    );
    expect(silent.accepted()).toBe(before + 1);
    await silent.allClosed();
    expect(silent.open()).toBe(0);
  });

  it('stops at once when the run’s signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(
      probe.check(target('postgres', postgres.url()), controller.signal),
      DependencyError,
    );
    expect(error.message).toMatch(/^stopped/);
  });
});

describe('Redis probe against a real server', () => {
  const probe = createRedisProbe();

  it('answers PING with PONG and closes its connection', async () => {
    await expect(probe.check(target('redis', redis.url()), live())).resolves.toEqual({ detail: 'PING -> PONG' });
    expect(await settlesToZero(() => redis.connectedClients())).toBe(0);
  });

  it('selects the database from the URL and runs the configured command', async () => {
    await expect(probe.check(target('redis', redis.url({ db: 3 }), { statement: 'DBSIZE' }), live())).resolves.toEqual({
      detail: 'DBSIZE -> (integer) 0',
    });
  });

  it('reports a database out of range', async () => {
    const message = await failure(probe, target('redis', redis.url({ db: 99 })));
    expect(message).toBe(`SELECT 99 on 127.0.0.1:${redis.port} failed: ERR DB index is out of range`);
  });

  it('reports a command the server rejects', async () => {
    const message = await failure(probe, target('redis', redis.url(), { statement: 'NOSUCHCOMMAND a b' }));
    expect(message).toMatch(new RegExp(`^NOSUCHCOMMAND on 127\\.0\\.0\\.1:${redis.port} failed: ERR unknown command`));
  });

  describe('requiring a password', () => {
    it('without it: NOAUTH', async () => {
      const message = await failure(probe, target('redis', lockedRedis.url()), REDIS_PASSWORD);
      expect(message).toBe(`PING on 127.0.0.1:${lockedRedis.port} failed: NOAUTH Authentication required.`);
    });

    it('with a wrong one: WRONGPASS, and the password is not in the message', async () => {
      const message = await failure(
        probe,
        target('redis', lockedRedis.url({ password: 'wrong-Pw-123' })),
        'wrong-Pw-123',
        REDIS_PASSWORD,
      );
      expect(message).toMatch(new RegExp(`^AUTH on 127\\.0\\.0\\.1:${lockedRedis.port} failed: WRONGPASS`));
    });

    it('with it: PONG, as the default user or with no user', async () => {
      await expect(
        probe.check(target('redis', lockedRedis.url({ password: REDIS_PASSWORD })), live()),
      ).resolves.toEqual({ detail: 'PING -> PONG' });
      await expect(
        probe.check(target('redis', lockedRedis.url({ user: 'default', password: REDIS_PASSWORD })), live()),
      ).resolves.toEqual({ detail: 'PING -> PONG' });
      expect(await settlesToZero(() => lockedRedis.connectedClients())).toBe(0);
    });
  });

  it('names a server that is down', async () => {
    const port = await freePort();
    expect(await failure(probe, target('redis', `redis://:hunter22@127.0.0.1:${port}`), 'hunter22')).toBe(
      `connection refused by 127.0.0.1:${port}`,
    );
  });

  it('times out on a server that accepts the connection and never answers, and closes the connection', async () => {
    const message = await failure(
      probe,
      target('redis', `redis://:hunter22@127.0.0.1:${silent.port}/2`, { timeoutMs: 500 }),
      'hunter22',
    );
    expect(message).toBe(`127.0.0.1:${silent.port} accepted the connection but did not answer AUTH within 500ms`);
    await silent.allClosed();
    expect(silent.open()).toBe(0);
  });

  it('speaks TLS for rediss:// and names a handshake that never finishes', async () => {
    const message = await failure(
      probe,
      target('redis', `rediss://:hunter22@127.0.0.1:${silent.port}`, { timeoutMs: 500 }),
      'hunter22',
    );
    expect(message).toBe(
      `127.0.0.1:${silent.port} accepted the connection but the TLS handshake did not finish within 500ms`,
    );
    await silent.allClosed();
    expect(silent.open()).toBe(0);
  });

  it('rejects a database that is not a number before connecting', async () => {
    const message = await failure(probe, target('redis', `redis://127.0.0.1:${redis.port}/cache`));
    expect(message).toMatch(/^the database in a Redis URL is a number/);
  });
});

describe('TCP probe', () => {
  const probe = createTcpProbe();

  it('connects to a listening port and closes the connection at once', async () => {
    const before = silent.accepted();
    await expect(probe.check(target('tcp', `tcp://127.0.0.1:${silent.port}`), live())).resolves.toEqual({
      detail: `connected to 127.0.0.1:${silent.port}`,
    });
    expect(silent.accepted()).toBe(before + 1);
    await silent.allClosed();
    expect(silent.open()).toBe(0);
  });

  it('names a refused connection', async () => {
    const port = await freePort();
    expect(await failure(probe, target('tcp', `tcp://127.0.0.1:${port}`))).toBe(
      `connection refused by 127.0.0.1:${port}`,
    );
  });

  it('names a host that DNS does not know', async () => {
    expect(await failure(probe, target('tcp', 'tcp://no-such-host.invalid:5432'))).toMatch(
      /^DNS lookup failed for no-such-host\.invalid/,
    );
  });

  it('asks for a port and the tcp:// scheme', async () => {
    expect(await failure(probe, target('tcp', 'tcp://127.0.0.1'))).toBe(
      'the URL has no port (expected tcp://host:port)',
    );
    expect(await failure(probe, target('tcp', 'http://127.0.0.1:80'))).toBe(
      'unsupported scheme http:// (expected tcp://)',
    );
  });
});
