import { urlParts } from '../../engine/http.js';
import type { ProbeFailureKind } from '../../engine/ports.js';

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS/;
// The chain does not end at a CA Node trusts: a private CA or a self-signed certificate.
const UNTRUSTED_CODES = /SELF_SIGNED|UNABLE_TO_(GET_ISSUER_CERT|VERIFY_LEAF_SIGNATURE)|CERT_UNTRUSTED/;
const UNTRUSTED_HINT =
  "the certificate is not trusted; add its CA to NODE_EXTRA_CA_CERTS in the step's env, or set insecure-skip-tls-verify";

/** Turns undici's and Node's error chains into what failed, not a bare "fetch failed". */
export function describeNetworkError(error: unknown, url: string): { kind: ProbeFailureKind; message: string } {
  const { host, hostname } = urlParts(url);
  // Duck-typed, not `instanceof Error`: errors made in another realm (a VM context) are errors too.
  for (
    let current = error as NodeJS.ErrnoException | undefined;
    typeof current === 'object' && current !== null;
    current = current.cause as NodeJS.ErrnoException | undefined
  ) {
    const code = current.code ?? '';
    if (code === 'ECONNREFUSED') return { kind: 'refused', message: `connection refused by ${host}` };
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
      return { kind: 'dns', message: `DNS lookup failed for ${hostname} (${code})` };
    if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT')
      return { kind: 'timeout', message: `could not connect to ${host} in time (${code})` };
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
      return { kind: 'timeout', message: `${host} stopped answering (${code})` };
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
      return { kind: 'reset', message: `connection to ${host} closed before an answer (${code})` };
    if (TLS_CODES.test(code)) {
      const hint = UNTRUSTED_CODES.test(code) ? ` — ${UNTRUSTED_HINT}` : '';
      return { kind: 'tls', message: `TLS error with ${host}: ${current.message}${hint} (${code})` };
    }
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
      return { kind: 'refused', message: `${host} is unreachable (${code})` };
  }
  const message = (error as Error | undefined)?.message ?? String(error);
  return { kind: 'other', message: `request to ${host} failed: ${message}` };
}
