import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A real Redis (Debian's `redis-server` package; .ci/run installs it) on a free 127.0.0.1 port,
 * nothing persisted (`--save '' --appendonly no`, its dir a temp dir), optionally with a password.
 */
export interface RedisServer {
  port: number;
  /** redis://[:password@]127.0.0.1:port[/db] */
  url(parts?: { password?: string; user?: string; db?: number }): string;
  /** Connections the server has open now, redis-cli's own excluded (INFO clients). */
  connectedClients(): Promise<number>;
  stop(): Promise<void>;
}

const POLL_MS = 100;
// Guards against a hung harness only; no test asserts on how long anything took.
const READY_LIMIT_MS = 30_000;
const run = promisify(execFile);

export async function startRedis(options: { password?: string } = {}): Promise<RedisServer> {
  const binary = findBinary('redis-server');
  const cli = findBinary('redis-cli');
  const dir = await mkdtemp(join(tmpdir(), 'pdc-redis-'));
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const log: string[] = [];
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
    ];
    if (options.password) args.push('--requirepass', options.password);
    const child = spawn(binary, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    const cliArgs = [
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      ...(options.password ? ['--no-auth-warning', '-a', options.password] : []),
    ];
    const ask = async (...command: string[]) => (await run(cli, [...cliArgs, ...command])).stdout.trim();
    if (await becomesReady(ask, child)) {
      return {
        port,
        url: ({ password, user, db } = {}) =>
          `redis://${password !== undefined ? `${encodeURIComponent(user ?? '')}:${encodeURIComponent(password)}@` : ''}127.0.0.1:${port}${db !== undefined ? `/${db}` : ''}`,
        async connectedClients() {
          const info = await ask('INFO', 'clients');
          const match = /connected_clients:(\d+)/.exec(info);
          if (!match) throw new Error(`no connected_clients in INFO clients:\n${info}`);
          return Number(match[1]) - 1;
        },
        async stop() {
          await stopProcess(child, 'SIGTERM');
          await rm(dir, { recursive: true, force: true });
        },
      };
    }
    await stopProcess(child, 'SIGTERM');
    if (attempt === 3) {
      await rm(dir, { recursive: true, force: true });
      throw new Error(`redis-server did not become ready:\n${log.join('').slice(-2_000)}`);
    }
  }
}

async function becomesReady(ask: (...command: string[]) => Promise<string>, child: ChildProcess): Promise<boolean> {
  const limit = Date.now() + READY_LIMIT_MS;
  while (Date.now() < limit && child.exitCode === null && child.signalCode === null) {
    try {
      if ((await ask('PING')) === 'PONG') return true;
    } catch {
      // not listening yet
    }
    await sleep(POLL_MS);
  }
  return false;
}

/** On the PATH, else where Debian's packages put it. */
function findBinary(name: string): string {
  for (const dir of [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin', '/usr/sbin']) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not here
    }
  }
  throw new Error(`no ${name}: install Debian's redis-server package (\`apt-get install redis-server\`; .ci/run does)`);
}

/**
 * A loopback TCP server that accepts connections and never says a word: the dependency that hangs.
 * `open()` counts the connections it still holds, so a test sees the probe close its side.
 */
export interface SilentServer {
  port: number;
  accepted(): number;
  open(): number;
  /** Resolves once every accepted connection has been closed by the client. */
  allClosed(): Promise<void>;
  close(): Promise<void>;
}

export async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  let waiters: (() => void)[] = [];
  const server = createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    // Reads and ignores whatever arrives; answers nothing; closes when the client does.
    socket.on('data', () => undefined);
    socket.on('end', () => socket.destroy());
    socket.on('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) {
        for (const wake of waiters) wake();
        waiters = [];
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    accepted: () => accepted,
    open: () => sockets.size,
    allClosed: () => (sockets.size === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (bound, noted and released: a refused connection). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const hard = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(hard);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
