// The closest of a list of names to one name, for a warning's "did you mean": edit distance over
// the names as compared (textKey), by code point. Offered only when near enough to be a rename or a
// typing slip, never used to match.
import { textKey } from "../read/values";

/** Pairs of names worth comparing for the warnings of one run; past it the warnings name none. */
export const MAX_COMPARISONS = 200_000;

/** Levenshtein distance of two strings, by code point, in one row of memory. */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let row = Array.from({ length: y.length + 1 }, (_, k) => k);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + cost);
    }
    row = next;
  }
  return row[y.length] as number;
}

/**
 * The name of `names` nearest to `name`, when at most half of the longer name differs (清丰县 and
 * 清丰县人民政府 are near; 清丰县 and 市公安局 are not); null when none is.
 */
export function closestName(name: string, names: readonly string[]): string | null {
  const key = textKey(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const other of names) {
    const otherKey = textKey(other);
    const d = editDistance(key, otherKey);
    const longer = Math.max(Array.from(key).length, Array.from(otherKey).length);
    if (d < bestDistance && d * 2 <= longer + 1) {
      best = other;
      bestDistance = d;
    }
  }
  return best;
}
