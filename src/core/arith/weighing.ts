// How a group's component scores become its total, as integers: a component counts
// weight × score ÷ fullMarks, and weight ÷ fullMarks is a rational (60 of 100 is 3/5, 10 of 7 is 10/7).
// Over the common denominator D of a group's coefficients every coefficient is an integer k, so
//   total = (Σ k·S + D·B) / (D·10^9)
// with S and B the scores and bonus taken at 9 decimals (./fixed): the sum is an exact integer, and the
// one division is the rounding. The default scheme (60/30/10 of 100) has D = 10 and k = 6, 3, 1.
import type { Scheme } from "../types";
import { componentScale, totalFullMarks } from "../scheme/scales";
import { FAST_LIMIT, VALUE_DIGITS, VALUE_SCALE, WEIGHT_SCALE, divRoundHalfUp, divRoundHalfUpBig, pow10, roundScaledBig, scaleWeight } from "./fixed";

/** One scale's integer coefficients; built once per group, used for every unit of it. */
export interface Weighing {
  /** k[c] = weight[c] ÷ fullMarks[c] × denominator, an integer (exact as a double when `safe`). */
  readonly k: readonly number[];
  readonly kBig: readonly bigint[];
  /** D, the least common denominator of the coefficients. */
  readonly denominator: number;
  readonly denominatorBig: bigint;
  /** Σ |k|: a unit's |Σ k·S| is at most this times its largest |S|. */
  readonly kBound: number;
  /** The total's full marks at the scale of Σ k·S (full marks × D × 10^9), for the cap at full marks. */
  readonly fullMarksBig: bigint;
  /** The same as a double (exact when `safe`). */
  readonly fullMarks: number;
  /** Every k, D and D·10^9 is below FAST_LIMIT, so the double arithmetic may be tried first. */
  readonly safe: boolean;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Hundredths, as an integer: weights and full marks have at most 2 decimals (validateScheme). */
const hundredths = scaleWeight;

/**
 * The weighing of components with these weights and full marks (each > 0; 100 where absent), in a
 * total out of `totalFullMarks`. Weights and full marks are taken at 2 decimals; the caller has
 * checked them (a full mark ≤ 0 is a programming mistake here).
 */
export function makeWeighing(weights: readonly number[], fullMarks?: readonly number[], total = 100): Weighing {
  if (fullMarks !== undefined && fullMarks.length !== weights.length) {
    throw new RangeError(`makeWeighing: ${weights.length} weights but ${fullMarks.length} full marks`);
  }
  const num: bigint[] = [];
  const den: bigint[] = [];
  weights.forEach((w, c) => {
    const W = hundredths(w);
    const F = hundredths(fullMarks?.[c] ?? 100);
    if (Number.isNaN(W)) throw new RangeError(`makeWeighing: weight ${c} is not a number`);
    if (!(F > 0)) throw new RangeError(`makeWeighing: full marks ${c} is ${fullMarks?.[c]}, not above 0`);
    const g = gcd(BigInt(W), BigInt(F)) || 1n;
    num.push(BigInt(W) / g);
    den.push(BigInt(F) / g);
  });
  let D = 1n;
  for (const d of den) D = (D / gcd(D, d)) * d;
  const kBig = num.map((n, c) => (n * D) / (den[c] as bigint));
  const T = hundredths(total);
  if (!(T > 0)) throw new RangeError(`makeWeighing: total full marks ${total}, not above 0`);
  const limit = BigInt(FAST_LIMIT);
  const fullMarksBig = (BigInt(T) * D * BigInt(VALUE_SCALE)) / BigInt(WEIGHT_SCALE);
  const safe = D * BigInt(VALUE_SCALE) < limit && fullMarksBig < limit && kBig.every((k) => (k < 0n ? -k : k) < limit);
  const k = kBig.map(Number);
  return {
    k,
    kBig,
    denominator: Number(D),
    denominatorBig: D,
    kBound: k.reduce((a, x) => a + Math.abs(x), 0),
    fullMarksBig,
    fullMarks: Number(fullMarksBig),
    safe,
  };
}

/** The weighing of a group: its components' weights and full marks and its total's full marks. */
export function weighingOf(s: Scheme, group: string): Weighing {
  const scales = s.components.map((_, c) => componentScale(s, group, c));
  return makeWeighing(
    scales.map((x) => x.weight),
    scales.map((x) => x.fullMarks),
    totalFullMarks(s, group),
  );
}

/** Same coefficients and full marks: one loop may serve both groups. */
export function sameWeighing(a: Weighing, b: Weighing): boolean {
  return a.denominatorBig === b.denominatorBig && a.fullMarksBig === b.fullMarksBig && a.kBig.length === b.kBig.length && a.kBig.every((k, c) => k === b.kBig[c]);
}

/**
 * Σ k·S + D·B for scaled scores S and scaled bonus B (integers at 9 decimals, ./fixed): a double when
 * every step stays below FAST_LIMIT, else a BigInt. With `cap`, the total is held at the full marks
 * when the bonus would lift it above them (never below the total without bonus, though: a total
 * already above full marks is not cut by the cap). NaN when a score or the bonus is NaN.
 */
export function exactSum(w: Weighing, s: readonly number[], b: number, cap: boolean): number | bigint {
  if (Number.isNaN(b) || s.some(Number.isNaN)) return NaN;
  if (w.safe) {
    let base = 0;
    let bound = 0;
    for (let c = 0; c < s.length; c++) {
      const p = (w.k[c] as number) * (s[c] as number);
      base += p;
      bound += Math.abs(p);
    }
    const lifted = b * w.denominator;
    if (bound + Math.abs(lifted) < FAST_LIMIT) {
      const acc = base + lifted;
      if (!cap) return acc;
      const ceiling = base > w.fullMarks ? base : w.fullMarks;
      return acc > ceiling ? ceiling : acc;
    }
  }
  let base = 0n;
  for (let c = 0; c < s.length; c++) base += (w.kBig[c] as bigint) * BigInt(s[c] as number);
  let acc = base + BigInt(b) * w.denominatorBig;
  if (cap) {
    const ceiling = base > w.fullMarksBig ? base : w.fullMarksBig;
    if (acc > ceiling) acc = ceiling;
  }
  return acc;
}

/** The exact sum of exactSum as a total rounded half-up to `decimals` (0–12), the nearest double. */
export function roundSum(w: Weighing, acc: number | bigint, decimals: number): number {
  if (typeof acc === "number") {
    if (Number.isNaN(acc)) return NaN;
    if (decimals <= VALUE_DIGITS && w.safe && Math.abs(acc) < FAST_LIMIT) {
      const q = divRoundHalfUp(acc, w.denominator * pow10(VALUE_DIGITS - decimals));
      return q === 0 ? 0 : q / pow10(decimals);
    }
    acc = BigInt(acc);
  }
  const q = divRoundHalfUpBig(acc * 10n ** BigInt(decimals), w.denominatorBig * BigInt(VALUE_SCALE));
  return roundScaledBig(q, decimals, decimals);
}

/**
 * The exact sum as a double, unrounded: sums over one denominator keep their order and equality
 * while below 2^52 (the quotient of distinct integers by one divisor stays distinct there).
 */
export function sumValue(w: Weighing, acc: number | bigint): number {
  const den = w.denominator * VALUE_SCALE;
  return typeof acc === "number" ? acc / den : Number(acc) / den;
}
