import { readdir, readFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { join } from 'node:path';

// Where a secret may and may not show up after a run: the bookkeeping of the secret-hygiene suite.

/** The parties a run sends requests to; each recorder's requests are rendered as text per party. */
export type Party = 'service' | 'grafana' | 'datadog' | 'slack' | 'prometheus' | 'kubernetes' | 'github';

export interface Secret {
  /** Names the secret in a failure message. */
  label: string;
  value: string;
  /** The one party whose requests may carry it; none for a database password, which never travels over HTTP. */
  owner?: Party;
  /** Expected as an `::add-mask::` line of its own. */
  masked: boolean;
}

/** Every sentinel starts with this, so that any piece of one, however it was cut, is found. */
export const SENTINEL = 'SENTINEL-';

const MASK_COMMAND = '::add-mask::';

/** The runner's escaping of a command's data: the value a mask line must carry to register `value`. */
export const maskLine = (value: string) =>
  `${MASK_COMMAND}${value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`;

/** A request as one searchable text: method, target, headers and body. */
export function requestText(request: {
  method: string;
  url?: string;
  path?: string;
  query?: Record<string, string>;
  headers?: unknown;
  body: string;
}): string {
  return [
    `${request.method} ${request.url ?? request.path ?? ''}`,
    request.query ? JSON.stringify(request.query) : '',
    request.headers ? JSON.stringify(request.headers) : '',
    request.body,
  ].join('\n');
}

export interface Written {
  stdout: string;
  stderr: string;
  /** Files the run wrote, by path: outputs, summary, report. */
  files: Record<string, string>;
  requests: Partial<Record<Party, string[]>>;
  /** The CLI has no masking command: nothing it prints may carry a secret, not even a mask line. */
  maskCommands: boolean;
}

/**
 * Every place a secret shows where it must not, as "label: where" lines. The log may hold a secret
 * only on its mask line: the runner does not show workflow commands, and masks what follows them;
 * anything else, before or after, is a leak (and before is one the runner cannot even mask).
 */
export function findLeaks(secrets: readonly Secret[], written: Written): string[] {
  const leaks: string[] = [];
  const stdoutLines = written.stdout.split('\n');
  const printed = written.maskCommands
    ? stdoutLines.map((line, index) => ({ line, index })).filter(({ line }) => !line.startsWith(MASK_COMMAND))
    : stdoutLines.map((line, index) => ({ line, index }));
  const needles = [...secrets, { label: 'a piece of a sentinel', value: SENTINEL }];
  for (const { label, value } of needles) {
    for (const { line, index } of printed) {
      if (!line.includes(value)) continue;
      const maskedAt = stdoutLines.indexOf(maskLine(value));
      const when = maskedAt === -1 ? 'never masked' : index < maskedAt ? 'before its mask line' : 'after its mask line';
      leaks.push(`${label}: stdout line ${index + 1} (${when}): ${line}`);
    }
    written.stderr
      .split('\n')
      .forEach((line, index) => line.includes(value) && leaks.push(`${label}: stderr line ${index + 1}: ${line}`));
    for (const [path, content] of Object.entries(written.files))
      if (content.includes(value)) leaks.push(`${label}: file ${path}`);
  }
  for (const secret of secrets) {
    for (const [party, requests] of Object.entries(written.requests)) {
      if (party === secret.owner) continue;
      requests.forEach(
        (request, index) =>
          request.includes(secret.value) &&
          leaks.push(`${secret.label}: request ${index + 1} to ${party}: ${request.split('\n')[0]}`),
      );
    }
  }
  return leaks;
}

/** The secrets expected masked that have no mask line, or whose mask line came after something was printed. */
export function maskProblems(
  stdout: string,
  secrets: readonly Secret[],
  options: { beforeAnyOutput: readonly Secret[] },
): string[] {
  const lines = stdout.split('\n');
  const firstPrinted = lines.findIndex((line) => line !== '' && !line.startsWith(MASK_COMMAND));
  const problems: string[] = [];
  for (const secret of secrets.filter((item) => item.masked)) {
    const at = lines.indexOf(maskLine(secret.value));
    if (at === -1) problems.push(`${secret.label}: no ${maskLine(secret.value)} line`);
    else if (options.beforeAnyOutput.includes(secret) && firstPrinted !== -1 && at > firstPrinted)
      problems.push(`${secret.label}: masked only at line ${at + 1}, after line ${firstPrinted + 1} was printed`);
  }
  return problems;
}

/** Every file under `dir`, by path relative to it. */
export async function readTree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = await readFile(path, 'utf8');
  }
  return files;
}

export interface EchoServer {
  url(password: string): string;
  close(): Promise<void>;
}

/**
 * Something answering on a Redis port that repeats every command it gets in its error reply, AUTH's
 * password included: a proxy or a misconfigured server reflecting the credential.
 */
export async function startEchoRedis(): Promise<EchoServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('data', (chunk: Buffer) => {
      // A RESP array of bulk strings: keep the words, drop the framing.
      const words = chunk
        .toString('utf8')
        .split('\r\n')
        .filter((part) => part !== '' && !/^[*$]\d+$/.test(part));
      socket.write(`-ERR cannot run ${words.join(' ')}\r\n`);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (password) => `redis://:${password}@127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
