import {
  refusedPort,
  startHttpFaultServer,
  UNRESOLVABLE_HOST,
  type FaultServer,
  type HttpFault,
} from '../support/faultServer.js';
import type { Fault } from '../../scripts/faultMatrix.js';

/** Where a party that speaks HTTP is pointed for one fault, and the server injecting it (none for refused and DNS). */
export interface HttpTarget {
  /** Base URL, no trailing slash. */
  url: string;
  server?: FaultServer;
  injected: string;
}

const ANSWERS: Record<
  Exclude<Fault, 'refused' | 'unresolvable' | 'untrusted-tls'>,
  { answer: HttpFault; injected: string }
> = {
  hang: { answer: 'hang', injected: 'reads the request, never answers' },
  'status-500': { answer: 'status-500', injected: '500 with a text body' },
  'status-429': { answer: 'status-429', injected: '429 with Retry-After: 1' },
  'truncated-json': { answer: 'truncated-json', injected: '200, JSON cut off mid-document' },
  'html-page': { answer: 'html-page', injected: '200, an HTML error page' },
  flood: { answer: 'flood', injected: '200, a 50 MB body' },
  trickle: { answer: 'trickle', injected: '200, the body at 1 byte/s' },
};

export async function httpTarget(fault: Fault): Promise<HttpTarget> {
  switch (fault) {
    case 'refused':
      return { url: `http://127.0.0.1:${await refusedPort()}`, injected: 'nothing listens on the port' };
    case 'unresolvable':
      return { url: `http://${UNRESOLVABLE_HOST}`, injected: `${UNRESOLVABLE_HOST}` };
    case 'untrusted-tls': {
      const server = await startHttpFaultServer('healthy', { tls: true });
      return { url: server.url, server, injected: 'HTTPS, self-signed certificate' };
    }
    default: {
      const { answer, injected } = ANSWERS[fault];
      const server = await startHttpFaultServer(answer);
      return { url: server.url, server, injected };
    }
  }
}
