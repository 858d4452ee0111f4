import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js';

/**
 * One pooled agent per provider. EnvHttpProxyAgent honours HTTPS_PROXY / NO_PROXY, which self-hosted
 * runners behind a proxy rely on; without them it behaves as a plain Agent.
 */
export function createAgent(options: { connections: number }): EnvHttpProxyAgent {
  return new EnvHttpProxyAgent({ keepAliveTimeout: 4_000, connections: options.connections });
}
