import { readFile } from 'node:fs/promises';
import { startPostgres, type PostgresServer } from '../support/postgres.js';
import { startRedis, type RedisServer } from '../support/redis.js';
import { runAction } from '../support/runAction.js';

// dist/index.js as the runner starts it, checking a real PostgreSQL and a real Redis: the bundled
// providers (pg, the RESP exchange) must work from dist/ alone.

let postgres: PostgresServer;
let redis: RedisServer;

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis({ password: 'r3dis-secret-pw' })]);
});
afterAll(async () => {
  await Promise.all([postgres?.stop(), redis?.stop()]);
});

const DEPENDENCIES = `
- {name: orders database, type: postgres, url-env: ORDERS_DATABASE_URL}
- {name: session cache, type: redis, url-env: REDIS_URL}
- {name: cache port, type: tcp, url-env: CACHE_TCP}
- {name: search cache, type: redis, url-env: SEARCH_REDIS_URL, required: false}
`;

describe('dependencies through the action', () => {
  it('passes healthy dependencies, warns on an optional one down, and never prints a password', async () => {
    const env = {
      ORDERS_DATABASE_URL: postgres.url(),
      REDIS_URL: redis.url({ password: 'r3dis-secret-pw' }),
      CACHE_TCP: `tcp://127.0.0.1:${redis.port}`,
      SEARCH_REDIS_URL: redis.url(),
    };
    const run = await runAction({ dependencies: DEPENDENCIES }, { env });

    expect(run.outputs.result).toBe('warning');
    const report = JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
    expect(report.checks.map((check: { name: string; result: string }) => [check.name, check.result])).toEqual([
      ['orders database', 'passed'],
      ['session cache', 'passed'],
      ['cache port', 'passed'],
      ['search cache', 'warning'],
    ]);
    expect(report.checks[3].detail).toMatch(/^unavailable \(optional dependency\): .*NOAUTH/);
    const printed = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const written of [printed, run.summary, JSON.stringify(report)]) {
      expect(written).not.toContain(postgres.password);
      expect(written).not.toContain('r3dis-secret-pw');
    }
  });
});
