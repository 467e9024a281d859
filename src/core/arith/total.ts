// The weighted total of a unit (综合成绩): Σ weight%·score + bonus, rounded half-up to the scheme's
// decimals, computed exactly (see the precision contract in ./fixed). The one-click ranking
// (computeTotals) and the ASSESS.SCORE / ASSESS.TOTAL formulas (weightedTotal) share this code, so a
// formula and the ranked sheet can never disagree on a total.
import type { Scheme, ScoreTable } from "../types";
import {
  FAST_LIMIT,
  TOTAL_DIGITS,
  VALUE_DIGITS,
  VALUE_SCALE,
  WEIGHT_DIGITS,
  WEIGHT_SCALE,
  divRoundHalfUp,
  hasAtMostDecimals,
  pow10,
  roundScaled,
  roundScaledBig,
  scaleValue,
  scaleWeight,
} from "./fixed";

/** A bonus at 9 decimals, lifted to the scale of Σ weight·score. */
const BONUS_LIFT = pow10(TOTAL_DIGITS - VALUE_DIGITS);

/**
 * Σ (weights[c] / 100) · scores[c] + bonus, rounded half-up to `decimals`.
 * Weights are in percent and are used as given (the caller checks that they sum to 100).
 * NaN when any score, weight or the bonus is not a finite number.
 */
export function weightedTotal(scores: readonly number[], weights: readonly number[], decimals: number, bonus = 0): number {
  if (scores.length !== weights.length) {
    throw new RangeError(`weightedTotal: ${scores.length} scores but ${weights.length} weights`);
  }
  const s = scores.map(scaleValue);
  const w = weights.map(scaleWeight);
  const b = scaleValue(bonus);
  if (Number.isNaN(b) || s.some(Number.isNaN) || w.some(Number.isNaN)) return NaN;
  return roundTotal(s, w, b, decimals);
}

/** Σ w·s + b·lift on scaled integers, exact, then rounded. */
function roundTotal(s: readonly number[], w: readonly number[], b: number, decimals: number): number {
  let acc = b * BONUS_LIFT;
  let bound = Math.abs(acc);
  for (let c = 0; c < s.length; c++) {
    const p = (w[c] as number) * (s[c] as number);
    acc += p;
    bound += Math.abs(p);
  }
  if (bound < FAST_LIMIT) return roundScaled(acc, TOTAL_DIGITS, decimals);
  let big = BigInt(b) * BigInt(BONUS_LIFT);
  for (let c = 0; c < s.length; c++) big += BigInt(w[c] as number) * BigInt(s[c] as number);
  return roundScaledBig(big, TOTAL_DIGITS, decimals);
}

/** One unit's total through the checked path: NaN for a missing score, BigInt for huge ones. */
function checkedTotal(cols: Float64Array[], i: number, w: readonly number[], bonus: number, decimals: number): number {
  const s = cols.map((col) => scaleValue(col[i] as number));
  const b = scaleValue(bonus);
  if (Number.isNaN(b) || s.some(Number.isNaN)) return NaN;
  return roundTotal(s, w, b, decimals);
}

/**
 * Every unit's rounded total, column-wise: components[c] weighted by scheme.components[c].weight,
 * plus `bonus[i]` (the counted net bonus, ./bonus). NaN where any component (or the bonus) is NaN.
 */
export function computeTotals(table: ScoreTable, scheme: Scheme, bonus: Float64Array): Float64Array {
  const nc = scheme.components.length;
  if (table.components.length !== nc) {
    throw new RangeError(`computeTotals: table has ${table.components.length} components, scheme ${nc}`);
  }
  const decimals = scheme.decimals;
  // Validates decimals once, before the loop, so a bad scheme throws even for an empty table.
  roundScaled(0, TOTAL_DIGITS, decimals);
  const w = scheme.components.map((c) => scaleWeight(c.weight));
  if (w.some(Number.isNaN)) throw new RangeError("computeTotals: a component weight is not a number");
  const weightBound = w.reduce((a, x) => a + Math.abs(x), 0);
  const divisor = pow10(TOTAL_DIGITS - decimals);
  const unit = pow10(decimals);
  const n = table.count;
  const out = new Float64Array(n);
  const cols = table.components;
  const wNum = Float64Array.from(w);
  // Imported bindings read once: some loaders (tsx) turn each use of one into a getter call, which a
  // million iterations notice.
  const scale = VALUE_SCALE;
  const fastLimit = FAST_LIMIT;
  const divide = divRoundHalfUp;

  for (let i = 0; i < n; i++) {
    // Math.round(x·1e9) is scaleValue without its checks, for speed: a NaN score makes acc NaN, which
    // the division carries through to a NaN total; an infinite score or a NaN bonus fails the bound
    // test and takes the checked path.
    const bl = Math.round((bonus[i] as number) * scale) * BONUS_LIFT;
    let acc = bl;
    let maxAbs = 0;
    for (let c = 0; c < nc; c++) {
      const v = Math.round(((cols[c] as Float64Array)[i] as number) * scale);
      acc += (wNum[c] as number) * v;
      const a = v < 0 ? -v : v;
      if (a > maxAbs) maxAbs = a;
    }
    if (maxAbs * weightBound + Math.abs(bl) < fastLimit) {
      const q = divide(acc, divisor);
      out[i] = q === 0 ? 0 : q / unit;
    } else {
      out[i] = checkedTotal(cols, i, w, bonus[i] as number, decimals);
    }
  }
  return out;
}

/**
 * Every unit's total before rounding, for the tie-break by unrounded total (Scheme.tieBreak): within
 * a group, two units' values are equal exactly when their exact totals are, and ordered as they are
 * (Σ weight·score + bonus is an exact integer at TOTAL_DIGITS; its quotient by 10^TOTAL_DIGITS keeps
 * distinct integers distinct while they stay in the exact range). NaN where the total is.
 */
export function unroundedTotals(table: ScoreTable, scheme: Scheme, bonus: Float64Array): Float64Array {
  const w = scheme.components.map((c) => scaleWeight(c.weight));
  const out = new Float64Array(table.count);
  const lift = pow10(TOTAL_DIGITS);
  for (let i = 0; i < table.count; i++) {
    const s = table.components.map((col) => scaleValue(col[i] as number));
    const b = scaleValue(bonus[i] as number);
    if (Number.isNaN(b) || s.some(Number.isNaN)) {
      out[i] = NaN;
      continue;
    }
    let acc = b * BONUS_LIFT;
    for (let c = 0; c < s.length; c++) acc += (w[c] as number) * (s[c] as number);
    out[i] = acc / lift;
  }
  return out;
}

/**
 * True when the weights are usable as a scheme's weights: each a number ≥ 0 with at most two
 * decimals, summing to exactly 100 (in decimal: 33.33 + 33.33 + 33.34 is 100). For formulas that take
 * weights from cells; validateScheme says in words which rule a scheme breaks.
 */
export function weightsSumTo100(weights: readonly number[]): boolean {
  let basisPoints = 0;
  for (const w of weights) {
    if (!(w >= 0) || !hasAtMostDecimals(w, WEIGHT_DIGITS)) return false;
    basisPoints += scaleWeight(w);
  }
  return basisPoints === 100 * WEIGHT_SCALE;
}
