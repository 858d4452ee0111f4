import type { Duplex } from 'node:stream';

/**
 * Just enough of PostgreSQL's wire protocol (v3) to play a server that misbehaves: the client's
 * messages framed, and the backend messages a `SELECT 1` conversation needs.
 */

const SSL_REQUEST_CODE = 80877103;

export type Frontend = 'ssl-request' | 'startup' | 'query' | 'terminate' | 'other';

/** Calls `onMessage` per client message. After an SSLRequest it stops reading: the caller answers and upgrades. */
export function readFrontend(socket: Duplex, onMessage: (message: Frontend) => void): void {
  let buffer = Buffer.alloc(0);
  let started = false;
  const onData = (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      // The first message has no type byte: a length, then a protocol version or a request code.
      const typed = started ? 1 : 0;
      if (buffer.length < typed + 4) return;
      const end = typed + buffer.readInt32BE(typed);
      if (buffer.length < end) return;
      const frame = buffer.subarray(0, end);
      buffer = buffer.subarray(end);
      if (!started && frame.readInt32BE(4) === SSL_REQUEST_CODE) {
        socket.off('data', onData);
        return onMessage('ssl-request');
      }
      if (!started) {
        started = true;
        onMessage('startup');
        continue;
      }
      const type = String.fromCharCode(frame[0] ?? 0);
      onMessage(type === 'Q' ? 'query' : type === 'X' ? 'terminate' : 'other');
    }
  };
  socket.on('data', onData);
}

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

const int32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
};
const cString = (text: string) => Buffer.from(`${text}\0`);

/** AuthenticationOk, then ReadyForQuery: a session that needed no password. */
export const sessionStarted = (): Buffer => Buffer.concat([message('R', int32(0)), readyForQuery()]);
export const readyForQuery = (): Buffer => message('Z', Buffer.from('I'));

/** ErrorResponse: severity, SQLSTATE and message, as a server sends them. */
export function errorResponse(severity: 'ERROR' | 'FATAL', code: string, text: string): Buffer {
  const fields = [`S${severity}`, `V${severity}`, `C${code}`, `M${text}`].map(cString);
  return message('E', Buffer.concat([...fields, Buffer.from([0])]));
}

/** RowDescription of one text column named `?column?`, as `SELECT 1` has. */
export function rowDescription(): Buffer {
  const column = Buffer.concat([
    cString('?column?'),
    int32(0),
    Buffer.from([0, 0]),
    int32(25),
    Buffer.from([0xff, 0xff]),
    int32(-1),
    Buffer.from([0, 0]),
  ]);
  return message('T', Buffer.concat([Buffer.from([0, 1]), column]));
}

/** A DataRow with one column of `length` bytes, whose bytes the caller sends after this header. */
export function dataRowHeader(length: number): Buffer {
  const head = Buffer.alloc(1 + 4 + 2 + 4);
  head.write('D', 0, 'latin1');
  head.writeInt32BE(4 + 2 + 4 + length, 1);
  head.writeInt16BE(1, 5);
  head.writeInt32BE(length, 7);
  return head;
}

/** The answer to `SELECT 1`: one row, then CommandComplete and ReadyForQuery. */
export function selectOne(): Buffer {
  return Buffer.concat([
    rowDescription(),
    dataRowHeader(1),
    Buffer.from('1'),
    message('C', cString('SELECT 1')),
    readyForQuery(),
  ]);
}
