import { urlParts } from '../http.js';
import type { ProbeFailureKind } from '../ports.js';
import type { Analysis } from '../report/model.js';

export interface HttpFailure {
  url: string;
  status?: number;
  errorKind?: ProbeFailureKind;
  location?: string;
  /** True when the status was right but the body, JSON or headers were not. */
  contentMismatch: boolean;
}

const READINESS = /ready|readiness|health|healthz|livez|status/i;

/** A short diagnosis and the next thing a person should do, from what the last attempt saw. */
export function analyzeHttpFailure(failure: HttpFailure, service: string): Analysis {
  const { host, pathname } = urlParts(failure.url);
  switch (failure.errorKind) {
    case 'refused':
      return {
        cause: `nothing is listening at ${host}: the service is down or not exposed`,
        nextStep: `check that the pods run and the Service/Ingress routes to them: kubectl get pods,svc -l app=${service}`,
      };
    case 'dns':
      return {
        cause: `${host} does not resolve`,
        nextStep: 'check the host name in base-url or the check URL, and its DNS record',
      };
    case 'timeout':
      return {
        cause: 'the service accepted the request but did not answer in time',
        nextStep:
          'look for a hung dependency or an overloaded pod in the logs; raise the check timeout only if slow answers are expected',
      };
    case 'tls':
      return {
        cause: 'the TLS handshake failed: the certificate is not valid for this host or not trusted',
        nextStep:
          "check the certificate chain and host name; for a private CA set NODE_EXTRA_CA_CERTS in the step's env",
      };
    case 'reset':
      return {
        cause: 'the connection was closed before an answer: the process may be crashing or restarting',
        nextStep: `check for restarts: kubectl get pods -l app=${service}`,
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
      nextStep: 'see the readiness body below for which dependency, then check it',
    };
  }
  if (status >= 500)
    return {
      cause: `the service answered ${status}: it fails on this request`,
      nextStep: 'read the body below and the logs of the new pods',
    };
  if (status === 401 || status === 403)
    return {
      cause: `the request was refused (${status})`,
      nextStep: 'check the credentials in the check headers and that the token is still valid',
    };
  if (status === 404)
    return {
      cause: `${pathname} is not served`,
      nextStep: 'check that the new release still serves this route and that base-url is right',
    };
  if (status >= 300 && status < 400) {
    return {
      cause: `redirected${failure.location ? ` to ${failure.location}` : ''}`,
      nextStep: 'set follow-redirects: true, or check the final URL directly',
    };
  }
  if (failure.contentMismatch)
    return {
      cause: 'the service answered, but not with the expected content',
      nextStep: 'compare the body below with expect',
    };
  return { cause: `unexpected status ${status}`, nextStep: 'compare the body below with expect.status' };
}
