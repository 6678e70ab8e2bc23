/**
 * Seeded damage for the adapters' robustness tests: markup a site redesign left half-done.
 * The same seed gives the same damage on every run, so a failure can be replayed.
 */

/** A small seeded PRNG (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Removes elements, drops attributes and moves subtrees, as a redesign half-done might. */
export function damage(doc: Document, next: () => number): void {
  const all = Array.from(doc.body.querySelectorAll('*'));
  const pick = () => all[Math.floor(next() * all.length)];
  for (let i = 0; i < 12; i++) {
    const el = pick();
    if (!el?.isConnected) continue;
    const roll = next();
    if (roll < 0.35) el.remove();
    else if (roll < 0.7) {
      const attr = el.attributes[Math.floor(next() * el.attributes.length)];
      if (attr) el.removeAttribute(attr.name);
    } else {
      const target = pick();
      if (target?.isConnected && !el.contains(target)) target.append(el);
    }
  }
}
