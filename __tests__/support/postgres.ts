import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import { freePort, sleep, stopProcess } from './redis.js';

/**
 * A real PostgreSQL (Debian's `postgresql` package; .ci/run installs it) on a free 127.0.0.1 port,
 * its cluster in a temp dir (unix socket there too), password (scram-sha-256) logins only, with a
 * test user owning a test database. PostgreSQL refuses to run as root: under root the cluster
 * belongs to the package's `postgres` user and initdb and postgres are spawned with its uid/gid.
 */
export interface PostgresServer {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** postgres://user:password@127.0.0.1:port/database, with overrides. */
  url(parts?: { user?: string; password?: string; database?: string; query?: string }): string;
  /** Sessions the test user has open now, as the server counts them (the harness's own excluded). */
  sessionsOf(user: string): Promise<number>;
  stop(): Promise<void>;
}

const ADMIN = 'pdc_admin';
const POLL_MS = 100;
// Guards against a hung harness only; no test asserts on how long anything took.
const READY_LIMIT_MS = 30_000;

export async function startPostgres(): Promise<PostgresServer> {
  const { initdb, postgres } = findPostgres();
  const owner = process.getuid?.() === 0 ? systemUser('postgres') : undefined;
  const dir = await mkdtemp(join(tmpdir(), 'pdc-postgres-'));
  const adminPassword = `admin-${randomWord()}`;
  const user = 'pdc_app';
  const password = `pw-${randomWord()}`;
  const database = 'pdc_app_db';
  try {
    await mkdir(join(dir, 'socket'));
    await writeFile(join(dir, 'pwfile'), `${adminPassword}\n`);
    if (owner) {
      for (const path of [dir, join(dir, 'socket'), join(dir, 'pwfile')]) await chown(path, owner.uid, owner.gid);
    }
    await chmod(dir, 0o700);
    const log: string[] = [];
    const init = spawnAs(
      owner,
      initdb,
      [
        '-D',
        join(dir, 'data'),
        '-U',
        ADMIN,
        `--pwfile=${join(dir, 'pwfile')}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--no-locale',
        '--no-sync',
      ],
      dir,
      log,
    );
    const code = await new Promise<number | null>((resolve) => init.once('exit', resolve));
    if (code !== 0) throw new Error(`initdb failed (${code}):\n${log.join('').slice(-2_000)}`);
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const serverLog: string[] = [];
      const child = spawnAs(
        owner,
        postgres,
        [
          '-D',
          join(dir, 'data'),
          '-p',
          String(port),
          '-k',
          join(dir, 'socket'),
          '-c',
          'listen_addresses=127.0.0.1',
          '-c',
          'fsync=off',
          '-c',
          'full_page_writes=off',
          '-c',
          'log_min_messages=warning',
        ],
        dir,
        serverLog,
      );
      const admin = await becomesReady(port, adminPassword, child);
      if (admin) {
        try {
          await admin.query(`CREATE ROLE ${user} LOGIN PASSWORD '${password}'`);
          await admin.query(`CREATE DATABASE ${database} OWNER ${user}`);
        } finally {
          await admin.end();
        }
        return server({ port, user, password, database, adminPassword, child, dir });
      }
      await stopPostgres(child);
      if (attempt === 3) throw new Error(`postgres did not become ready:\n${serverLog.join('').slice(-2_000)}`);
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

function server(parts: {
  port: number;
  user: string;
  password: string;
  database: string;
  adminPassword: string;
  child: ChildProcess;
  dir: string;
}): PostgresServer {
  const { port, user, password, database, adminPassword, child, dir } = parts;
  const host = '127.0.0.1';
  return {
    host,
    port,
    user,
    password,
    database,
    url: (overrides = {}) =>
      `postgres://${encodeURIComponent(overrides.user ?? user)}:${encodeURIComponent(overrides.password ?? password)}@${host}:${port}/${encodeURIComponent(overrides.database ?? database)}${overrides.query ? `?${overrides.query}` : ''}`,
    async sessionsOf(name) {
      const admin = new pg.Client({ host, port, user: ADMIN, password: adminPassword, database: 'postgres' });
      await admin.connect();
      try {
        const result = await admin.query<{ count: string }>(
          'SELECT count(*) AS count FROM pg_stat_activity WHERE usename = $1 AND pid <> pg_backend_pid()',
          [name],
        );
        return Number(result.rows[0]?.count ?? 0);
      } finally {
        await admin.end();
      }
    },
    async stop() {
      await stopPostgres(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** `initdb` and `postgres` on the PATH, else the newest under Debian's /usr/lib/postgresql/<version>/bin. */
export function findPostgres(): { initdb: string; postgres: string } {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  try {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  } catch {
    // no Debian cluster layout
  }
  for (const dir of dirs) {
    if (executable(join(dir, 'initdb')) && executable(join(dir, 'postgres')))
      return { initdb: join(dir, 'initdb'), postgres: join(dir, 'postgres') };
  }
  throw new Error(
    "no PostgreSQL server binaries (initdb, postgres): install Debian's postgresql package (`apt-get install postgresql`; .ci/run does)",
  );
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function systemUser(name: string): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined)
    throw new Error(
      `running as root and there is no '${name}' user to run PostgreSQL as (Debian's postgresql package creates it)`,
    );
  return { uid: Number(uid), gid: Number(gid) };
}

function spawnAs(
  owner: { uid: number; gid: number } | undefined,
  binary: string,
  args: string[],
  cwd: string,
  log: string[],
): ChildProcess {
  const child = spawn(binary, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(owner ?? {}),
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', ...(owner ? { HOME: cwd } : {}) },
  });
  child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  return child;
}

async function becomesReady(port: number, adminPassword: string, child: ChildProcess): Promise<pg.Client | undefined> {
  const limit = Date.now() + READY_LIMIT_MS;
  while (Date.now() < limit && child.exitCode === null && child.signalCode === null) {
    const admin = new pg.Client({
      host: '127.0.0.1',
      port,
      user: ADMIN,
      password: adminPassword,
      database: 'postgres',
      connectionTimeoutMillis: 1_000,
    });
    admin.on('error', () => undefined);
    try {
      await admin.connect();
      return admin;
    } catch {
      await admin.end().catch(() => undefined);
    }
    await sleep(POLL_MS);
  }
  return undefined;
}

/** SIGINT is PostgreSQL's fast shutdown: open sessions are ended rather than waited for. */
async function stopPostgres(child: ChildProcess): Promise<void> {
  await stopProcess(child, 'SIGINT');
}

function randomWord(): string {
  return Math.random().toString(36).slice(2, 10);
}
