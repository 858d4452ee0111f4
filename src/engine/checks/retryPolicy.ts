import type { ProbeFailureKind } from '../ports.js';

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/** 500ms, 1s, 2s, ... capped: backs off a struggling service instead of hammering it. */
export function backoffDelay(retryNumber: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** retryNumber);
}

/** 5xx and the listed codes may pass on a second try; other 4xx will not. */
export function isRetryableStatus(status: number, retryOn: readonly number[]): boolean {
  return status >= 500 || retryOn.includes(status);
}

/** Only what may heal on its own: refused, reset, DNS, timeout. A certificate, the step's deadline or a request the client rejects will not. */
export function isRetryableError(kind: ProbeFailureKind): boolean {
  return kind === 'refused' || kind === 'reset' || kind === 'dns' || kind === 'timeout';
}
