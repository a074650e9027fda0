/** Seeded pseudo-random numbers, so that two runs with the same BENCH_SEED do the same work. */

/** A generator of floats in [0, 1). */
export type Rng = () => number;

/** mulberry32: a tiny 32-bit PRNG, plenty for picking test data (not for anything secret). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [lo, hi]. */
export const intBetween = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** A float in [lo, hi). */
export const floatBetween = (rng: Rng, lo: number, hi: number): number => lo + rng() * (hi - lo);

export const chance = (rng: Rng, p: number): boolean => rng() < p;

export function pick<T>(rng: Rng, xs: readonly T[]): T {
  if (xs.length === 0) throw new Error('pick() from an empty list');
  return xs[Math.floor(rng() * xs.length)];
}

/** Up to `n` distinct elements of `xs`, in random order. */
export function pickDistinct<T>(rng: Rng, xs: readonly T[], n: number): T[] {
  return shuffle(rng, [...xs]).slice(0, Math.min(n, xs.length));
}

/** Keeps each element with probability `keep`, and at least `min` of them (fewer if `xs` is shorter). */
export function subset<T>(rng: Rng, xs: readonly T[], keep = 0.7, min = 1): T[] {
  const kept = xs.filter(() => rng() < keep);
  if (kept.length >= Math.min(min, xs.length)) return kept;
  return pickDistinct(rng, xs, Math.min(min, xs.length));
}

/** Fisher-Yates, in place. */
export function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}
