// The engine's only view of the outside world. Providers implement these; tests fake them.

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  followRedirects: boolean;
  signal: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** At most the prober's body limit; `bodyTruncated` says when more was sent. */
  body: string;
  bodyTruncated: boolean;
}

/** Why a request got no HTTP answer, in terms a person can act on. */
export type ProbeFailureKind = 'refused' | 'dns' | 'timeout' | 'tls' | 'reset' | 'aborted' | 'other';

export class ProbeError extends Error {
  constructor(
    readonly kind: ProbeFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'ProbeError';
  }

  /** The run's signal aborted: the step reached its hard time limit (or was cancelled). */
  static stopped(): ProbeError {
    return new ProbeError('aborted', 'stopped: the step reached its time limit');
  }
}

export interface HttpProber {
  /** Resolves with any HTTP status; rejects with a ProbeError when there is no HTTP answer. */
  send(request: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or early (without throwing) when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface Logger {
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  info(line: string): void;
}
