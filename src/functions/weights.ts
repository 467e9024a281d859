// Weights of ASSESS.SCORE and ASSESS.TOTAL: percent, summing to 100, the default scheme's when omitted.
import { weightsSumTo100 } from "../core/arith";
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
