// Seeded randomness for simulations whose numbers are asserted: the same seed gives the same draws on
// every machine, so a statistical test is a deterministic one.

// Bound once: inside jest's vm context every `Math.` is a slow global lookup, and simulations draw millions.
const { abs, exp, floor, imul, log, sqrt, PI } = Math;

/** mulberry32: a 32-bit state generator, uniform on [0, 1); plenty for Monte Carlo of a few million draws. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOG_FACTORIALS = [0];
for (let k = 1; k < 256; k++) LOG_FACTORIALS.push(LOG_FACTORIALS[k - 1]! + log(k));

/** log k!: a table for small k, Stirling's series past it (error under 1e-12 there). */
function logFactorial(k: number): number {
  if (k < LOG_FACTORIALS.length) return LOG_FACTORIALS[k]!;
  return k * log(k) - k + 0.5 * log(2 * PI * k) + 1 / (12 * k) - 1 / (360 * k ** 3);
}

/**
 * An exact Poisson(mean) draw. Small means multiply uniforms until the product falls under e^-mean (Knuth),
 * whose cost grows with the mean; from 30 on, Hörmann's transformed rejection with squeeze (PTRS, 1993),
 * which takes about one pair of uniforms whatever the mean.
 */
export function poisson(random: () => number, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 30) {
    const floor = exp(-mean);
    let k = 0;
    let product = random();
    while (product > floor) {
      k++;
      product *= random();
    }
    return k;
  }
  const root = sqrt(mean);
  const logMean = log(mean);
  const b = 0.931 + 2.53 * root;
  const a = -0.059 + 0.02483 * b;
  const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const us = 0.5 - abs(u);
    const k = floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (log(v * inverseAlpha) - log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) return k;
  }
}
