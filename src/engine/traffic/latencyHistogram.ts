// Buckets 2% wide: a quantile is off by at most 2%, and the memory is a few hundred counts whatever the window.
const GROWTH = 1.02;
const LOG_GROWTH = Math.log(GROWTH);

/** Latencies in log-spaced buckets: quantiles in fixed memory, however many requests a window sends. */
export class LatencyHistogram {
  private readonly buckets = new Map<number, number>();
  count = 0;
  max = 0;

  add(ms: number): void {
    const bucket = ms <= 1 ? 0 : Math.ceil(Math.log(ms) / LOG_GROWTH);
    this.buckets.set(bucket, (this.buckets.get(bucket) ?? 0) + 1);
    this.count++;
    this.max = Math.max(this.max, ms);
  }

  /** The q-quantile (0.95: p95) as its bucket's upper edge, never above the largest seen; absent when empty. */
  quantile(q: number): number | undefined {
    if (this.count === 0) return undefined;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (const bucket of [...this.buckets.keys()].sort((a, b) => a - b)) {
      seen += this.buckets.get(bucket) ?? 0;
      if (seen >= rank) return Math.min(this.max, bucket === 0 ? 1 : GROWTH ** bucket);
    }
    return this.max;
  }
}
