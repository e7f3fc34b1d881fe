/**
 * mulberry32: a small, fast 32-bit PRNG, so a seeded error rate fails the same requests on every
 * run. Hand-written because it is eight lines: the seedable generator fast-check carries (pure-rand)
 * is only its own transitive dependency, not one of ours, and fast-check itself is loaded lazily by
 * the diff and `verify`, never by the simulator.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
