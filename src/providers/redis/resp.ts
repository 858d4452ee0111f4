/**
 * The little of RESP (Redis's wire protocol, version 2) that a health check needs: commands out as
 * arrays of bulk strings, one reply in at a time.
 */
export type Reply =
  | { type: 'simple'; value: string }
  | { type: 'error'; value: string }
  | { type: 'integer'; value: number }
  | { type: 'bulk'; value: Buffer | null }
  | { type: 'array'; value: Reply[] | null };

export function encodeCommand(words: string[]): Buffer {
  const parts = [`*${words.length}\r\n`];
  for (const word of words) parts.push(`$${Buffer.byteLength(word)}\r\n${word}\r\n`);
  return Buffer.from(parts.join(''));
}

/** A reply that does not follow RESP: the peer is not a Redis server (or speaks TLS where we don't). */
export class ProtocolError extends Error {}

/** The first complete reply in `buffer` and where it ends, or undefined while more bytes are needed. */
export function parseReply(buffer: Buffer, start = 0): { reply: Reply; end: number } | undefined {
  if (buffer.length <= start) return undefined;
  const kind = String.fromCharCode(buffer[start]!);
  // Judged on the first byte: a peer that is not Redis may never send the line end RESP waits for.
  if (!REPLY_KINDS.includes(kind))
    throw new ProtocolError(
      `not a Redis reply (starts with ${JSON.stringify(buffer.toString('latin1', start, Math.min(start + 16, buffer.length)))})`,
    );
  const lineEnd = buffer.indexOf('\r\n', start);
  if (lineEnd < 0) return undefined;
  const line = buffer.toString('utf8', start + 1, lineEnd);
  const next = lineEnd + 2;
  switch (kind) {
    case '+':
      return { reply: { type: 'simple', value: line }, end: next };
    case '-':
      return { reply: { type: 'error', value: line }, end: next };
    case ':':
      return { reply: { type: 'integer', value: Number(line) }, end: next };
    case '$': {
      const length = count(line);
      if (length < 0) return { reply: { type: 'bulk', value: null }, end: next };
      if (buffer.length < next + length + 2) return undefined;
      return { reply: { type: 'bulk', value: buffer.subarray(next, next + length) }, end: next + length + 2 };
    }
    default: {
      // '*', the one kind left after the first-byte check.
      const length = count(line);
      if (length < 0) return { reply: { type: 'array', value: null }, end: next };
      const items: Reply[] = [];
      let position = next;
      for (let index = 0; index < length; index++) {
        const item = parseReply(buffer, position);
        if (!item) return undefined;
        items.push(item.reply);
        position = item.end;
      }
      return { reply: { type: 'array', value: items }, end: position };
    }
  }
}

const REPLY_KINDS = '+-:$*';

function count(text: string): number {
  if (!/^-?\d+$/.test(text))
    throw new ProtocolError(`not a Redis reply (bad length ${JSON.stringify(text.slice(0, 16))})`);
  return Number(text);
}

/** A reply as a report line shows it: bulk contents are never printed (a value may be a secret). */
export function describeReply(reply: Reply): string {
  switch (reply.type) {
    case 'simple':
      return reply.value.length > 80 ? `${reply.value.slice(0, 80)}…` : reply.value;
    case 'error':
      return `error ${reply.value}`;
    case 'integer':
      return `(integer) ${reply.value}`;
    case 'bulk':
      return reply.value === null ? '(nil)' : `(${reply.value.length} bytes)`;
    case 'array':
      return reply.value === null ? '(nil)' : `(${reply.value.length} items)`;
  }
}
