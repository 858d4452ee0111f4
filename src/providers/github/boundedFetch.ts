import { TrackerError } from '../../engine/ports.js';

/** No answer of the operations used comes near this: a page of 100 comments at GitHub's 65,536 characters each is under 7 MB. */
export const MAX_ANSWER_BYTES = 10 * 1024 * 1024;
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * fetch for Octokit, reading at most `limit` bytes of an answer: Octokit reads a body whole, so an endless
 * one would fill the memory. What is over the limit rejects with a TrackerError (Octokit keeps it as the cause).
 */
export function boundedFetch(limit = MAX_ANSWER_BYTES): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!response.body || NULL_BODY.has(response.status)) return response;
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw new TrackerError(
          `HTTP ${response.status}, but not GitHub's answer: a body over ${limit / 1024 / 1024} MB, cut short`,
        );
      }
      chunks.push(value);
    }
    return new Response(Buffer.concat(chunks), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
