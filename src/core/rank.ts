// Ranking within a group (组内排名), by rounded total, best first. Ties share a rank (并列) and keep
// their source order. One native sort of a Float64Array does the work: each unit's key packs its
// total and its position, so equal totals are ordered by position by construction, with no comparator
// call per comparison (for a million units, about 0.1 s instead of 0.4 s with a comparator here).
// A tie-break (Scheme.tieBreak) by scores as typed (whole hundredths) packs into the same key; any
// other step then costs one pass over the runs still tied: only the units of a run are sorted again.
import { pow10 } from "./arith/fixed";
import type { RankingStyle } from "./types";

export interface GroupRanking {
  /** Unit indexes in rank order; units whose total is NaN come last, in source order. */
  order: Int32Array;
  /** ranks[k] is the rank of order[k]; 0 for a unit without a total. */
  ranks: Int32Array;
}

/** Totals are rounded to `decimals`, so total·10^decimals is an integer: the packable part of a key. */
function scaledTotal(total: number, unit: number): number {
  return Math.round(total * unit);
}

/**
 * Ranks the units `members` (indexes into `totals`, in source order) by their totals, which are
 * already rounded to `decimals`. Units of equal totals are ordered by `tieKeys` in turn (each indexed
 * by unit, the higher first); units equal on every key share a rank and keep their source order.
 */
export function rankGroup(totals: Float64Array, members: Int32Array, decimals: number, style: RankingStyle, tieKeys: readonly Float64Array[] = []): GroupRanking {
  const m = members.length;
  const unit = pow10(decimals);
  let maxAbs = 0;
  let finite = 0;
  let ascending = true;
  let last = -1;
  for (let k = 0; k < m; k++) {
    const u = members[k] as number;
    if (u <= last) ascending = false;
    last = u;
    const t = totals[u] as number;
    if (!Number.isFinite(t)) continue;
    finite++;
    const a = Math.abs(scaledTotal(t, unit));
    if (a > maxAbs) maxAbs = a;
  }

  const order = new Int32Array(m);
  const ranks = new Int32Array(m);
  // Members in source order (the usual case) let the key carry the unit index itself, so reading the
  // sorted keys back touches no other array: after a sort, every lookup would be a cache miss.
  const payloadLimit = ascending ? last + 1 : m;
  const span = 2 ** Math.max(1, Math.ceil(Math.log2(payloadLimit + 1)));
  const first = tieKeys.length > 0 ? hundredths(tieKeys[0] as Float64Array, totals, members) : null;
  const range = first === null ? 1 : first.max - first.min + 1;
  let rest = tieKeys;
  if ((maxAbs + 1) * range * span <= Number.MAX_SAFE_INTEGER) {
    // key = -(scaled·range + first key's hundredths above its least)·span + payload: ascending keys are
    // descending totals, then the first tie-break key descending, then source order.
    const keys = new Float64Array(finite);
    const key0 = first === null ? null : (tieKeys[0] as Float64Array);
    const least = first === null ? 0 : first.min;
    let f = 0;
    for (let k = 0; k < m; k++) {
      const u = members[k] as number;
      const t = totals[u] as number;
      if (!Number.isFinite(t)) continue;
      const tie = key0 === null ? 0 : Math.round((key0[u] as number) * 100) - least;
      keys[f++] = -(scaledTotal(t, unit) * range + tie) * span + (ascending ? u : k);
    }
    if (first !== null) rest = tieKeys.slice(1);
    keys.sort();
    let prev = NaN;
    let rank = 0;
    for (let j = 0; j < finite; j++) {
      const key = keys[j] as number;
      const high = Math.floor(key / span);
      const payload = key - high * span;
      order[j] = ascending ? payload : (members[payload] as number);
      if (high !== prev) {
        rank = style === "dense" ? rank + 1 : j + 1;
        prev = high;
      }
      ranks[j] = rank;
    }
  } else {
    sortByComparator(totals, members, unit, style, order, ranks);
  }
  if (rest.length > 0) breakTies(order.subarray(0, finite), ranks, rest, style);
  let f = finite;
  for (let k = 0; k < m; k++) {
    const u = members[k] as number;
    if (!Number.isFinite(totals[u] as number)) order[f++] = u;
  }
  return { order, ranks };
}

/**
 * The values of `key` for the members with a total as whole hundredths (least and greatest), when
 * every one is a whole number of hundredths (a score as typed): then they pack into the sort key
 * exactly. Null when one is not.
 */
function hundredths(key: Float64Array, totals: Float64Array, members: Int32Array): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < members.length; k++) {
    const u = members[k] as number;
    if (!Number.isFinite(totals[u] as number)) continue;
    const v = key[u] as number;
    const h = Math.round(v * 100);
    if (h / 100 !== v) return null;
    if (h < min) min = h;
    if (h > max) max = h;
  }
  return min === Infinity ? { min: 0, max: 0 } : { min, max };
}

/** The rare case of totals too large to pack: the same order and ranks, through a comparator. */
function sortByComparator(totals: Float64Array, members: Int32Array, unit: number, style: RankingStyle, order: Int32Array, ranks: Int32Array): void {
  const idx: number[] = [];
  const scaled: number[] = [];
  for (let k = 0; k < members.length; k++) {
    const t = totals[members[k] as number] as number;
    if (!Number.isFinite(t)) continue;
    idx.push(k);
    scaled[k] = scaledTotal(t, unit);
  }
  idx.sort((a, b) => (scaled[b] as number) - (scaled[a] as number) || a - b);
  let prev = NaN;
  let rank = 0;
  idx.forEach((k, j) => {
    order[j] = members[k] as number;
    const t = scaled[k] as number;
    if (t !== prev) {
      rank = style === "dense" ? rank + 1 : j + 1;
      prev = t;
    }
    ranks[j] = rank;
  });
}

/**
 * Orders each run of tied units (equal ranks; `order` is the ranked units with a total) by the keys,
 * the higher first, the run's source order kept among units equal on every key, and ranks them all
 * again: a unit separated from the one before it takes its own rank.
 */
function breakTies(order: Int32Array, ranks: Int32Array, tieKeys: readonly Float64Array[], style: RankingStyle): void {
  const n = order.length;
  const steps = tieKeys.length;
  // A run's keys are first copied side by side: its units lie anywhere in a million-long key column,
  // and a comparator reading them there would miss the cache on nearly every call.
  let local = tieKeys.map(() => new Float64Array(64));
  let first = local[0] as Float64Array;
  let units = new Int32Array(64);
  const higherFirst = (a: number, b: number): number => {
    const d = (first[b] as number) - (first[a] as number);
    if (d !== 0 || steps === 1) return d;
    for (let s = 1; s < steps; s++) {
      const key = local[s] as Float64Array;
      const e = (key[b] as number) - (key[a] as number);
      if (e !== 0) return e;
    }
    return 0;
  };
  const equalKeys = (a: number, b: number): boolean => {
    for (let s = 0; s < steps; s++) {
      const key = local[s] as Float64Array;
      if (key[a] !== key[b]) return false;
    }
    return true;
  };
  const positions: number[] = [];
  let rank = 0;
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && ranks[end] === ranks[start]) end++;
    const size = end - start;
    if (size === 1) {
      rank = style === "dense" ? rank + 1 : start + 1;
      ranks[start] = rank;
      start = end;
      continue;
    }
    if (size > units.length) {
      local = tieKeys.map(() => new Float64Array(size * 2));
      first = local[0] as Float64Array;
      units = new Int32Array(size * 2);
    }
    positions.length = 0;
    for (let j = 0; j < size; j++) {
      const unit = order[start + j] as number;
      units[j] = unit;
      for (let s = 0; s < steps; s++) (local[s] as Float64Array)[j] = (tieKeys[s] as Float64Array)[unit] as number;
      positions.push(j);
    }
    // Array.prototype.sort is stable: units equal on every key keep their source order.
    positions.sort(higherFirst);
    for (let j = 0; j < size; j++) {
      const at = positions[j] as number;
      order[start + j] = units[at] as number;
      // A unit separated from the one before it by a key takes its own rank; equal on every key, it shares.
      if (j === 0 || !equalKeys(positions[j - 1] as number, at)) rank = style === "dense" ? rank + 1 : start + j + 1;
      ranks[start + j] = rank;
    }
    start = end;
  }
}

/**
 * The rank of each value among the finite values, best (largest) first, ties sharing a rank;
 * 0 for a value that is not a finite number. Values are compared as given (ASSESS.RANK receives
 * totals that ASSESS.SCORE already rounded). One sort and a binary search per value: O(n log n).
 */
export function rankValues(values: readonly number[], style: RankingStyle): number[] {
  let n = 0;
  for (const v of values) if (Number.isFinite(v)) n++;
  const sorted = new Float64Array(n);
  n = 0;
  for (const v of values) if (Number.isFinite(v)) sorted[n++] = v === 0 ? 0 : v;
  sorted.sort();

  // distinct[k]: the k-th smallest distinct value; used by dense ranks only.
  let distinct = sorted;
  if (style === "dense") {
    distinct = new Float64Array(n);
    let d = 0;
    for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct[d++] = sorted[i] as number;
    distinct = distinct.subarray(0, d);
  }
  const count = distinct.length;
  return values.map((v) => {
    if (!Number.isFinite(v)) return 0;
    // Number of entries ≤ v; those above v rank before it.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((distinct[mid] as number) <= v) lo = mid + 1;
      else hi = mid;
    }
    return count - lo + 1;
  });
}
