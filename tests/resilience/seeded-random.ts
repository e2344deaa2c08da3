/**
 * A small seeded generator (mulberry32): the same seed gives the same kill
 * moments and moves, so a failing run can be repeated with its seed.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, below). */
  below(below: number): number
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, below: (below) => Math.floor(next() * below) }
}
