// Weights of ASSESS.SCORE and ASSESS.TOTAL: percent, summing to 100, the default scheme's when omitted.
import { WEIGHT_DIGITS, hasAtMostDecimals, weightsSumTo100 } from "../core/arith";
import { FORMULA_ERROR, FORMULA_WHAT } from "../core/messages/functions";
import { defaultScheme } from "../core/scheme/defaults";
import { isOmitted, readNumberList } from "./args";
import { FormulaFailure } from "./failure";

const SCHEME = defaultScheme();
/** 60/30/10: the 2020 notice's weights of daily, on-site and satisfaction. */
export const DEFAULT_WEIGHTS: readonly number[] = SCHEME.components.map((c) => c.weight);
/** Totals are rounded like the one-click ranking's default scheme (2 decimals, half-up). */
export const TOTAL_DECIMALS = SCHEME.decimals;

/** The weights argument read as a list; null when omitted. */
export function readWeightList(arg: unknown): number[] | null | FormulaFailure {
  return isOmitted(arg) ? null : readNumberList(arg, FORMULA_WHAT.weight);
}

/** `count` usable weights: the given ones (checked), or the default ones when they fit. */
export function checkWeights(given: number[] | null, count: number): readonly number[] | FormulaFailure {
  if (given === null) {
    return count === DEFAULT_WEIGHTS.length ? DEFAULT_WEIGHTS : new FormulaFailure("invalidValue", FORMULA_ERROR.weightsNeeded(count));
  }
  if (given.length !== count) return new FormulaFailure("invalidValue", FORMULA_ERROR.weightsCount(count, given.length));
  if (!weightsSumTo100(given)) return new FormulaFailure("invalidValue", FORMULA_ERROR.weightsSum());
  return given;
}

/**
 * Full marks of `count` scores (each above 0, at most 2 decimals), or null when omitted (100 each).
 * With full marks the weights are points of the total, which is out of their sum: any sum above 0
 * is the total's full marks.
 */
export function readFullMarks(arg: unknown, count: number): number[] | null | FormulaFailure {
  if (isOmitted(arg)) return null;
  const given = readNumberList(arg, FORMULA_WHAT.fullMarks);
  if (given instanceof FormulaFailure) return given;
  if (given.length !== count) return new FormulaFailure("invalidValue", FORMULA_ERROR.fullMarksCount(count, given.length));
  for (let k = 0; k < given.length; k++) {
    const m = given[k] as number;
    if (!(m > 0) || !hasAtMostDecimals(m, WEIGHT_DIGITS)) return new FormulaFailure("invalidValue", FORMULA_ERROR.fullMarksInvalid(FORMULA_WHAT.fullMarks(k + 1), m));
  }
  return given;
}

/** Weights as points of a total out of their sum (with full marks given): each ≥ 0 at 2 decimals, sum above 0. */
export function checkPoints(given: number[] | null, count: number): readonly number[] | FormulaFailure {
  if (given === null) return checkWeights(null, count);
  if (given.length !== count) return new FormulaFailure("invalidValue", FORMULA_ERROR.weightsCount(count, given.length));
  const sum = given.reduce((a, w) => a + w, 0);
  if (!given.every((w) => w >= 0 && hasAtMostDecimals(w, WEIGHT_DIGITS)) || !(sum > 0)) return new FormulaFailure("invalidValue", FORMULA_ERROR.pointsInvalid());
  return given;
}
