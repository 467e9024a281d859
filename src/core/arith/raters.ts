// Several raters' scores of one component become one score (评委打分): their mean, or the trimmed
// mean that drops one highest and one lowest score (去掉一个最高分和一个最低分) when at least three
// raters scored. Exact: the scores are taken at 9 decimals as integers (./fixed), summed, and the one
// division is rounded half-up. The reader and the ASSESS.TRIMMEAN formula share this code.
import type { RaterRule } from "../types";
import { VALUE_DIGITS, divRoundHalfUp, pow10, roundScaled, scaleValue } from "./fixed";

/** Fewest raters for the trimmed mean to drop a highest and a lowest score; with fewer, the plain mean. */
export const TRIM_FROM = 3;

/**
 * The component score from its raters' scores under `rule`; NaN when no score is a finite number
 * (the caller reports the blanks; a rater who did not score is left out, not counted as 0).
 */
export function combineRaters(scores: ArrayLike<number>, rule: RaterRule): number {
  let count = 0;
  let sum = 0;
  let max = -Infinity;
  let min = Infinity;
  for (let k = 0; k < scores.length; k++) {
    const s = scaleValue(scores[k] as number);
    if (Number.isNaN(s)) continue;
    count++;
    sum += s;
    if (s > max) max = s;
    if (s < min) min = s;
  }
  if (count === 0) return NaN;
  if (rule.method === "trimmed" && count >= TRIM_FROM) {
    sum -= max + min;
    count -= 2;
  }
  // The mean at 9 decimals (sum ÷ count rounded half-up there), then to the rule's decimals: the sum
  // of a few hundred scores stays far inside the exact range of a double.
  const mean9 = divRoundHalfUp(sum, count);
  if (rule.decimals === null) return mean9 === 0 ? 0 : mean9 / pow10(VALUE_DIGITS);
  // Rounding from the exact quotient, not from the 9-decimal one: a mean of exactly x.xx49999999995
  // must not round up twice.
  const unit = pow10(VALUE_DIGITS - rule.decimals);
  const q = divRoundHalfUp(sum, count * unit);
  return roundScaled(q * unit, VALUE_DIGITS, rule.decimals);
}

/**
 * Which scores the trimmed mean leaves out: the index of one highest and one lowest score (the first
 * of each where several tie), or null when the rule drops none (a mean, or fewer than three scores).
 */
export function droppedRaters(scores: ArrayLike<number>, rule: RaterRule): { highest: number; lowest: number } | null {
  if (rule.method !== "trimmed") return null;
  let count = 0;
  let highest = -1;
  let lowest = -1;
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k] as number;
    if (Number.isNaN(s)) continue;
    count++;
    if (highest < 0 || s > (scores[highest] as number)) highest = k;
  }
  if (count < TRIM_FROM) return null;
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k] as number;
    if (Number.isNaN(s) || k === highest) continue;
    if (lowest < 0 || s < (scores[lowest] as number)) lowest = k;
  }
  return { highest, lowest };
}
