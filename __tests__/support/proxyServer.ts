import { createServer, request as forward } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/**
 * A forward proxy on a free loopback port, as HTTP_PROXY / HTTPS_PROXY name one: absolute-form
 * requests (`GET http://host/path`) are forwarded, CONNECT opens a tunnel. It records what it carried,
 * so a test can tell a request that went through it from one that went around it.
 */
export interface TestProxy {
  url: string;
  /** `host:port` of every CONNECT tunnel (HTTPS through the proxy). */
  tunnels: string[];
  /** The absolute URL of every forwarded request (plain HTTP through the proxy). */
  forwarded: string[];
  close(): Promise<void>;
}

export async function startTestProxy(): Promise<TestProxy> {
  const tunnels: string[] = [];
  const forwarded: string[] = [];
  const open = new Set<Socket>();
  const keep = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    // A client or server that goes away mid-tunnel is part of a run, not a test failure.
    socket.on('error', () => socket.destroy());
  };

  const server = createServer((req, res) => {
    forwarded.push(req.url ?? '');
    const upstream = forward(req.url ?? '', { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    tunnels.push(target);
    const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
    keep(client);
    const upstream = connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    keep(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    forwarded,
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
