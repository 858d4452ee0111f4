import { urlParts } from '../http.js';
import { kubectlScope, kubectlTarget, type KubernetesTarget } from '../kubernetes/target.js';
import type { ProbeFailureKind } from '../ports.js';
import type { Analysis } from '../report/model.js';
import { redactUrl } from '../secrets.js';

export interface HttpFailure {
  method: string;
  url: string;
  status?: number;
  errorKind?: ProbeFailureKind;
  location?: string;
  /** True when the status was right but the body, JSON or headers were not. */
  contentMismatch: boolean;
}

const READINESS = /ready|readiness|health|healthz|livez|status/i;

/**
 * A short diagnosis, the next thing a person should do, and the commands that do it: kubectl only
 * against the Deployment the run names (never a guess), otherwise the request itself, to repeat.
 */
export function analyzeHttpFailure(failure: HttpFailure, kubernetes: KubernetesTarget | undefined): Analysis {
  const { host, hostname, pathname } = urlParts(failure.url);
  const repeat = [curlCommand(failure)];
  const logs = kubernetes ? [`kubectl logs ${kubectlTarget(kubernetes)} --all-containers --since=15m`] : repeat;
  switch (failure.errorKind) {
    case 'refused':
      return {
        cause: `nothing is listening at ${host}: the service is down or not exposed`,
        nextStep: 'check that the pods run and that the Service and Ingress route to them',
        commands: kubernetes
          ? [
              `kubectl get ${kubectlTarget(kubernetes)} -o wide`,
              `kubectl get pods,svc,ingress ${kubectlScope(kubernetes)}`,
            ]
          : repeat,
      };
    case 'dns':
      return {
        cause: `${host} does not resolve`,
        nextStep: 'check the host name in base-url or the check URL, and its DNS record',
        commands: [`nslookup ${hostname}`],
      };
    case 'timeout':
      return {
        cause: 'the service accepted the request but did not answer in time',
        nextStep:
          'look for a hung dependency or an overloaded pod in the logs; raise the check timeout only if slow answers are expected',
        commands: logs,
      };
    case 'tls':
      return {
        cause: 'the TLS handshake failed: the certificate is not valid for this host or not trusted',
        nextStep:
          "check the certificate chain and host name; for a private CA set NODE_EXTRA_CA_CERTS in the step's env",
        commands: [
          `openssl s_client -connect ${host.includes(':') ? host : `${host}:443`} -servername ${hostname} </dev/null`,
        ],
      };
    case 'reset':
      return {
        cause: 'the connection was closed before an answer: the process may be crashing or restarting',
        nextStep: 'check the pods for restarts and read the logs of the previous container',
        commands: kubernetes ? [`kubectl get pods ${kubectlScope(kubernetes)}`, `${logs[0]} --previous`] : repeat,
      };
    case 'aborted':
      return {
        cause: 'the step was cancelled, or reached its time limit, before this check finished',
        nextStep: 'if it was not cancelled: raise timeout, or lower retries and check timeouts',
      };
    case 'other':
      return { cause: 'the request failed before any answer', nextStep: 'see the error above' };
  }
  const status = failure.status ?? 0;
  if (status === 503 && READINESS.test(pathname)) {
    return {
      cause: 'the readiness endpoint reports unavailable: a dependency is down',
      nextStep: 'read the readiness body below: it names the dependency that is down; then check that one',
      commands: repeat,
      readBody: true,
    };
  }
  if (status >= 500) {
    return {
      cause: `the service answered ${status}: it fails on this request`,
      nextStep: 'read the body below and the logs of the new pods',
      commands: logs,
    };
  }
  if (status === 401 || status === 403) {
    return {
      cause: `the request was refused (${status})`,
      nextStep: 'check the credentials in the check headers and that the token is still valid',
    };
  }
  if (status === 404) {
    return {
      cause: `${pathname} is not served`,
      nextStep: 'check that the new release still serves this route and that base-url is right',
      commands: repeat,
    };
  }
  if (status >= 300 && status < 400) {
    return {
      cause: `redirected${failure.location ? ` to ${failure.location}` : ''}`,
      nextStep: 'set follow-redirects: true, or check the final URL directly',
      commands: repeat,
    };
  }
  if (failure.contentMismatch) {
    return {
      cause: 'the service answered, but not with the expected content',
      nextStep: 'compare the body below with expect',
    };
  }
  return { cause: `unexpected status ${status}`, nextStep: 'compare the body below with expect.status' };
}

/**
 * The request to repeat by hand: method and URL, credentials left out of the URL, and no header
 * (their values may authenticate), so it can be shown and copied as it is.
 */
export function curlCommand(request: { method: string; url: string }): string {
  const method = request.method === 'GET' ? '' : ` -X ${request.method}`;
  return `curl -sS -i${method} '${redactUrl(request.url).replace(/'/g, `'\\''`)}'`;
}
