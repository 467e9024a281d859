// The weighted total of a unit (综合成绩): Σ weight·score÷fullMarks + bonus, rounded half-up to the
// scheme's decimals, computed exactly (see the precision contract in ./fixed, and ./weighing for the
// integer coefficients full marks give). The one-click ranking
// (computeTotals) and the ASSESS.SCORE / ASSESS.TOTAL formulas (weightedTotal) share this code, so a
// formula and the ranked sheet can never disagree on a total.
import type { Scheme, ScoreTable } from "../types";
import { FAST_LIMIT, MAX_DECIMALS, VALUE_DIGITS, VALUE_SCALE, WEIGHT_DIGITS, divRoundHalfUp, hasAtMostDecimals, pow10, scaleValue, scaleWeight } from "./fixed";
import { exactSum, makeWeighing, roundSum, sameWeighing, sumValue, weighingOf } from "./weighing";
import type { Weighing } from "./weighing";

/** Throws for decimals a total cannot be rounded to, before any loop. */
function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals must be an integer 0–${MAX_DECIMALS}, got ${decimals}`);
  }
}

/** The last weighing a formula used: a column of ASSESS.TOTAL asks for the same one row after row. */
let lastWeighing: { weights: readonly number[]; fullMarks: readonly number[] | undefined; weighing: Weighing } | null = null;
const sameList = (a: readonly number[] | undefined, b: readonly number[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => Object.is(x, b[i])));

function formulaWeighing(weights: readonly number[], fullMarks: readonly number[] | undefined): Weighing {
  if (lastWeighing === null || !sameList(lastWeighing.weights, weights) || !sameList(lastWeighing.fullMarks, fullMarks)) {
    lastWeighing = { weights: [...weights], fullMarks: fullMarks && [...fullMarks], weighing: makeWeighing(weights, fullMarks) };
  }
  return lastWeighing.weighing;
}

/**
 * Σ weights[c] · scores[c] ÷ fullMarks[c] + bonus, rounded half-up to `decimals`. Weights and full
 * marks are used as given, at 2 decimals (the caller checks that the weights sum to the total's full
 * marks); full marks absent: 100 each, so the weights are percents. NaN when any score, weight or the
 * bonus is not a finite number.
 */
export function weightedTotal(scores: readonly number[], weights: readonly number[], decimals: number, bonus = 0, fullMarks?: readonly number[]): number {
  if (scores.length !== weights.length) {
    throw new RangeError(`weightedTotal: ${scores.length} scores but ${weights.length} weights`);
  }
  checkDecimals(decimals);
  if (weights.some((w) => !Number.isFinite(w))) return NaN;
  const w = formulaWeighing(weights, fullMarks);
  return roundSum(w, exactSum(w, scores.map(scaleValue), scaleValue(bonus), false), decimals);
}

/** Each group's weighing, indexed like table.groups. */
function groupWeighings(table: ScoreTable, scheme: Scheme): Weighing[] {
  if (scheme.groupScales === undefined || Object.keys(scheme.groupScales).length === 0) {
    const one = weighingOf(scheme, "");
    return table.groups.map(() => one);
  }
  return table.groups.map((g) => weighingOf(scheme, g));
}

/**
 * Every unit's rounded total, column-wise: components[c] weighted by the unit's group scale
 * (weight × score ÷ full marks, ../scheme/scales), plus `bonus[i]` (the counted net bonus, ./bonus),
 * held at the group's full marks under BonusRules.capAtFullMarks. NaN where any component (or the
 * bonus) is NaN.
 */
export function computeTotals(table: ScoreTable, scheme: Scheme, bonus: Float64Array): Float64Array {
  const nc = scheme.components.length;
  if (table.components.length !== nc) {
    throw new RangeError(`computeTotals: table has ${table.components.length} components, scheme ${nc}`);
  }
  const decimals = scheme.decimals;
  // Validates decimals once, before the loop, so a bad scheme throws even for an empty table.
  checkDecimals(decimals);
  const weighings = groupWeighings(table, scheme);
  const cap = scheme.bonusRules?.capAtFullMarks === true;
  const first = weighings[0];
  if (!cap && first !== undefined && first.safe && decimals <= VALUE_DIGITS && weighings.every((w) => w === first || sameWeighing(w, first))) {
    return oneScaleTotals(table, first, bonus, decimals);
  }
  const out = new Float64Array(table.count);
  const s = new Array<number>(nc);
  for (let i = 0; i < table.count; i++) {
    const w = weighings[table.groupOf[i] as number] as Weighing;
    for (let c = 0; c < nc; c++) s[c] = scaleValue((table.components[c] as Float64Array)[i] as number);
    out[i] = roundSum(w, exactSum(w, s, scaleValue(bonus[i] as number), cap), decimals);
  }
  return out;
}

/** The fast path: every group on one scale, no cap; a million units in a few milliseconds. */
function oneScaleTotals(table: ScoreTable, w: Weighing, bonus: Float64Array, decimals: number): Float64Array {
  const nc = w.k.length;
  const kNum = Float64Array.from(w.k);
  const kBound = w.kBound;
  const lift = w.denominator;
  const divisor = w.denominator * pow10(VALUE_DIGITS - decimals);
  const unit = pow10(decimals);
  const n = table.count;
  const out = new Float64Array(n);
  const cols = table.components;
  // Imported bindings read once: some loaders (tsx) turn each use of one into a getter call, which a
  // million iterations notice.
  const scale = VALUE_SCALE;
  const fastLimit = FAST_LIMIT;
  const divide = divRoundHalfUp;
  const s = new Array<number>(nc);

  for (let i = 0; i < n; i++) {
    // Math.round(x·1e9) is scaleValue without its checks, for speed: a NaN score makes acc NaN, which
    // the division carries through to a NaN total; an infinite score or a NaN bonus fails the bound
    // test and takes the checked path.
    const bl = Math.round((bonus[i] as number) * scale) * lift;
    let acc = bl;
    let maxAbs = 0;
    for (let c = 0; c < nc; c++) {
      const v = Math.round(((cols[c] as Float64Array)[i] as number) * scale);
      acc += (kNum[c] as number) * v;
      const a = v < 0 ? -v : v;
      if (a > maxAbs) maxAbs = a;
    }
    if (maxAbs * kBound + Math.abs(bl) < fastLimit) {
      const q = divide(acc, divisor);
      out[i] = q === 0 ? 0 : q / unit;
    } else {
      for (let c = 0; c < nc; c++) s[c] = scaleValue((cols[c] as Float64Array)[i] as number);
      out[i] = roundSum(w, exactSum(w, s, scaleValue(bonus[i] as number), false), decimals);
    }
  }
  return out;
}

/**
 * Every unit's total before rounding, for the tie-break by unrounded total (Scheme.tieBreak): within
 * a group, two units' values are equal exactly when their exact totals are, and ordered as they are
 * (the total is an exact integer over the group's one denominator, ./weighing, and its quotient by
 * that denominator keeps distinct integers distinct while they stay in the exact range), under full
 * marks, group scales and the cap at full marks alike. NaN where the total is.
 */
export function unroundedTotals(table: ScoreTable, scheme: Scheme, bonus: Float64Array): Float64Array {
  const weighings = groupWeighings(table, scheme);
  const cap = scheme.bonusRules?.capAtFullMarks === true;
  const out = new Float64Array(table.count);
  const s = new Array<number>(scheme.components.length);
  for (let i = 0; i < table.count; i++) {
    const w = weighings[table.groupOf[i] as number] as Weighing;
    for (let c = 0; c < s.length; c++) s[c] = scaleValue((table.components[c] as Float64Array)[i] as number);
    out[i] = sumValue(w, exactSum(w, s, scaleValue(bonus[i] as number), cap));
  }
  return out;
}

/**
 * True when the weights are usable as a scheme's weights: each a number ≥ 0 with at most two
 * decimals, summing to exactly 100 (in decimal: 33.33 + 33.33 + 33.34 is 100). For formulas that take
 * weights from cells; validateScheme says in words which rule a scheme breaks.
 */
export function weightsSumTo100(weights: readonly number[]): boolean {
  return weightsSumTo(weights, 100);
}

/** True when the weights are usable and sum to exactly `fullMarks` (the total's full marks), in decimal. */
export function weightsSumTo(weights: readonly number[], fullMarks: number): boolean {
  let hundredths = 0;
  for (const w of weights) {
    if (!(w >= 0) || !hasAtMostDecimals(w, WEIGHT_DIGITS)) return false;
    hundredths += scaleWeight(w);
  }
  return hundredths > 0 && hasAtMostDecimals(fullMarks, WEIGHT_DIGITS) && hundredths === scaleWeight(fullMarks);
}
