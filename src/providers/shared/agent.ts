import { EnvHttpProxyAgent } from 'undici';

interface AgentOptions {
  connections: number;
  /** Accept any server certificate: only for a party the user named in insecure-skip-tls-verify. */
  insecureSkipTlsVerify?: boolean;
}

/**
 * One pooled agent per provider. EnvHttpProxyAgent honours HTTPS_PROXY / NO_PROXY, which self-hosted
 * runners behind a proxy rely on; without them it behaves as a plain Agent.
 */
export function createAgent(options: AgentOptions): EnvHttpProxyAgent {
  // `connect` shapes a direct connection; through a proxy the server's TLS is `requestTls` (the proxy's own stays verified).
  const unverified = options.insecureSkipTlsVerify
    ? { connect: { rejectUnauthorized: false }, requestTls: { rejectUnauthorized: false } }
    : {};
  return new EnvHttpProxyAgent({ keepAliveTimeout: 4_000, connections: options.connections, ...unverified });
}
