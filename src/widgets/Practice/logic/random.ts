/**
 * A small seeded random source, so that a practice set can be drawn again from its seed (for a
 * shared link or a test) and so that tests control every draw.
 */

/** mulberry32: a fast 32-bit generator; plenty for shuffling questions. */
export function seededRandom(seed: number): () => number {
  let state = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). A random source that returns values outside [0, 1) is clamped. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const r = random();
    const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 0.9999999999) : 0;
    const j = Math.floor(unit * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}
