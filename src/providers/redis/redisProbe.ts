import type { Socket } from 'node:net';
import { formatDuration } from '../../engine/config/duration.js';
import { DependencyError, type DependencyProbe, type DependencyTarget } from '../../engine/ports.js';
import {
  networkFailure,
  openSocket,
  parseEndpoint,
  redact,
  safeDecode,
  stopped,
  type Endpoint,
} from '../shared/endpoint.js';
import { describeReply, encodeCommand, parseReply, ProtocolError, type Reply } from './resp.js';

const DEFAULT_PORT = 6379;
/** PONG is 7 bytes; a reply past this is not a health check's. */
const MAX_REPLY_BYTES = 1024 * 1024;

/**
 * Redis over a single socket speaking RESP directly (node:net, node:tls for rediss://): AUTH when
 * the URL has a password (user and password for an ACL user), SELECT when it names a database,
 * then the command (default PING, which must answer PONG). Measured against the clients (ncc
 * bundle, node start-up): ioredis adds ~450 KB and ~30 ms, node-redis ~1.6 MB and ~110 ms, for
 * connection pools, reconnects and command tables that one round trip never uses; this probe
 * bundles to ~19 KB with what it imports from the engine, and starts no slower than an empty entry.
 */
export function createRedisProbe(): DependencyProbe {
  return { check: (target, signal) => checkRedis(target, signal) };
}

async function checkRedis(target: DependencyTarget, signal: AbortSignal): Promise<{ detail: string }> {
  const endpoint = parseEndpoint(target.url, ['redis:', 'rediss:'], DEFAULT_PORT);
  const words = (target.statement ?? 'PING').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) throw new DependencyError('the Redis command is empty');
  const steps = handshake(endpoint);
  const deadline = AbortSignal.timeout(target.timeoutMs);
  const socket = await openSocket(
    endpoint,
    { tls: endpoint.url.protocol === 'rediss:', timeoutMs: target.timeoutMs },
    signal,
  );
  const conversation = new Conversation(
    socket,
    endpoint,
    AbortSignal.any([signal, deadline]),
    () => (signal.aborted ? stopped(endpoint) : undefined),
    target.timeoutMs,
  );
  try {
    for (const step of steps) {
      const reply = await conversation.ask(step.words, step.name);
      if (reply.type !== 'simple' || reply.value !== 'OK') throw failed(step.name, endpoint, reply, target.url);
    }
    const name = words[0]!.toUpperCase();
    const reply = await conversation.ask(words, name);
    if (reply.type === 'error') throw failed(name, endpoint, reply, target.url);
    if (name === 'PING' && words.length === 1 && (reply.type !== 'simple' || reply.value !== 'PONG')) {
      throw new DependencyError(
        redact(`PING on ${endpoint.display} answered ${describeReply(reply)}, not PONG`, target.url),
      );
    }
    return { detail: redact(`${name} -> ${describeReply(reply)}`, target.url) };
  } finally {
    conversation.close();
  }
}

interface Step {
  name: string;
  words: string[];
}

/** AUTH and SELECT as the URL asks: redis://[[user]:password@]host[:port][/db]. */
function handshake(endpoint: Endpoint): Step[] {
  const steps: Step[] = [];
  const password = safeDecode(endpoint.url.password);
  const user = safeDecode(endpoint.url.username);
  if (password) steps.push({ name: 'AUTH', words: user ? ['AUTH', user, password] : ['AUTH', password] });
  const db = endpoint.url.pathname.replace(/^\//, '');
  if (db !== '') {
    if (!/^\d+$/.test(db))
      throw new DependencyError(
        `the database in a Redis URL is a number (redis://host:port/0), not ${JSON.stringify(safeDecode(db).slice(0, 40))}`,
      );
    if (Number(db) !== 0) steps.push({ name: `SELECT ${Number(db)}`, words: ['SELECT', String(Number(db))] });
  }
  return steps;
}

function failed(step: string, endpoint: Endpoint, reply: Reply, url: string): DependencyError {
  const said = reply.type === 'error' ? reply.value : `answered ${describeReply(reply)}`;
  return new DependencyError(redact(`${step} on ${endpoint.display} failed: ${said}`, url));
}

/** One request, one reply at a time, over the socket; every wait ends with the stop signal. */
class Conversation {
  private buffer = Buffer.alloc(0);
  private pending?: { resolve: (reply: Reply) => void; reject: (error: Error) => void; step: string };
  private ended?: Error;

  constructor(
    private readonly socket: Socket,
    private readonly endpoint: Endpoint,
    private readonly stop: AbortSignal,
    private readonly whyStopped: () => DependencyError | undefined,
    private readonly timeoutMs: number,
  ) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      // A bulk reply announces its length and would be held whole until it arrived: a health check stops reading first.
      if (this.buffer.length > MAX_REPLY_BYTES) {
        this.fail(
          new DependencyError(
            `${endpoint.display} sent more than 1 MiB in reply${this.pending ? ` to ${this.pending.step}` : ''}, more than a health check needs: the check stopped reading`,
          ),
        );
        return;
      }
      this.deliver();
    });
    socket.on('error', (error: Error) => this.fail(networkFailure(error, endpoint)));
    socket.on('close', () =>
      this.fail(
        new DependencyError(
          `${endpoint.display} closed the connection before answering${this.pending ? ` ${this.pending.step}` : ''}`,
        ),
      ),
    );
    stop.addEventListener('abort', this.onStop, { once: true });
  }

  ask(words: string[], step: string): Promise<Reply> {
    if (this.ended) return Promise.reject(this.ended);
    return new Promise<Reply>((resolve, reject) => {
      this.pending = { resolve, reject, step };
      this.socket.write(encodeCommand(words));
      this.deliver();
    });
  }

  close(): void {
    this.stop.removeEventListener('abort', this.onStop);
    this.socket.destroy();
  }

  private readonly onStop = () => {
    const step = this.pending?.step ?? 'the command';
    this.fail(
      this.whyStopped() ??
        new DependencyError(
          `${this.endpoint.display} accepted the connection but did not answer ${step} within ${formatDuration(this.timeoutMs)}`,
        ),
    );
  };

  private deliver(): void {
    if (!this.pending || this.buffer.length === 0) return;
    let parsed;
    try {
      parsed = parseReply(this.buffer);
    } catch (error) {
      this.fail(
        new DependencyError(`${this.endpoint.display} is not speaking Redis: ${(error as ProtocolError).message}`),
      );
      return;
    }
    if (!parsed) return;
    this.buffer = this.buffer.subarray(parsed.end);
    const { resolve } = this.pending;
    this.pending = undefined;
    resolve(parsed.reply);
  }

  private fail(error: DependencyError): void {
    this.ended ??= error;
    const pending = this.pending;
    this.pending = undefined;
    pending?.reject(this.ended);
    this.socket.destroy();
  }
}
