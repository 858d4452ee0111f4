import type { DependencyProbe, DependencyTarget } from '../../engine/ports.js';
import { openSocket, parseEndpoint } from '../shared/endpoint.js';

/** `tcp://host:port`: passes when a connection opens within the timeout, and closes it at once. */
export function createTcpProbe(): DependencyProbe {
  return {
    async check(target: DependencyTarget, signal: AbortSignal) {
      const endpoint = parseEndpoint(target.url, ['tcp:']);
      const socket = await openSocket(endpoint, { timeoutMs: target.timeoutMs }, signal);
      socket.destroy();
      return { detail: `connected to ${endpoint.display}` };
    },
  };
}
