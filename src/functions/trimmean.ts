// ASSESS.TRIMMEAN: the core's combineRaters over a row of raters' scores, so a formula's combined
// score is the one the one-click ranking reads from the same 评委1…评委7 columns.
import { VALUE_DIGITS, combineRaters } from "../core/arith";
import { FORMULA_ERROR, FORMULA_WHAT } from "../core/messages/functions";
import type { RaterRule } from "../core/types";
import { asMatrix, isBlank, isOmitted, readBoolean, readNumber, shapeOf } from "./args";
import { FormulaFailure, isFailure } from "./failure";
import type { OutCell, Outcome } from "./failure";

/**
 * One unit's combined score. A blank cell is a rater who did not score (left out, as the reader leaves
 * it out); a row with no score at all is #N/A. A score is not checked against full marks the formula
 * does not know, only that it is not negative.
 */
function combined(cells: readonly unknown[], rule: RaterRule): OutCell {
  const scores: number[] = [];
  for (let k = 0; k < cells.length; k++) {
    const v = cells[k];
    if (isBlank(v)) continue;
    const what = FORMULA_WHAT.rater(k + 1);
    const n = readNumber(v, what);
    if (isFailure(n)) return n;
    if (n < 0) return new FormulaFailure("invalidValue", FORMULA_ERROR.negative(what, n));
    scores.push(n);
  }
  if (scores.length === 0) return new FormulaFailure("notAvailable", FORMULA_ERROR.blank(FORMULA_WHAT.raters));
  return combineRaters(scores, rule);
}

/** Decimals of the result: omitted, not rounded (exact to 9 decimals, as the reader's default rule). */
function readDecimals(arg: unknown): number | null | FormulaFailure {
  if (isOmitted(arg)) return null;
  const m = asMatrix(arg);
  const n = readNumber((m[0] as unknown[])[0], FORMULA_WHAT.decimals);
  if (isFailure(n)) return n;
  if (m.length > 1 || (m[0] as unknown[]).length > 1 || !Number.isInteger(n) || n < 0 || n > VALUE_DIGITS) {
    return new FormulaFailure("invalidValue", FORMULA_ERROR.decimalsInvalid(VALUE_DIGITS));
  }
  return n;
}

/**
 * Raters' scores in rows, one unit per row (a result per row, spilling down); a single column is one
 * unit's raters written downwards. `trim` omitted is TRUE: drop one highest and one lowest score when
 * at least three raters scored (去掉一个最高分和一个最低分); FALSE is the plain mean.
 */
export function trimMeanCells(scores: unknown, trim?: unknown, decimals?: unknown): Outcome {
  const trimmed = isOmitted(trim) ? true : readBoolean(asMatrix(trim)[0]?.[0]);
  if (isFailure(trimmed)) return trimmed;
  const d = readDecimals(decimals);
  if (isFailure(d)) return d;
  const rule: RaterRule = { method: trimmed ? "trimmed" : "mean", decimals: d };
  const m = asMatrix(scores);
  const { rows, cols } = shapeOf(m);
  if (cols === 1 && rows > 1)
    return [
      [
        combined(
          m.map((row) => row[0]),
          rule,
        ),
      ],
    ];
  return m.map((row) => [
    combined(
      Array.from({ length: cols }, (_, k) => row[k]),
      rule,
    ),
  ]);
}
