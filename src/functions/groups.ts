// Group names compared as the core compares them: NFKC-normalised, spaces ignored, so 县（区） typed
// with full-width brackets is the group 县(区).
import { FORMULA_ERROR } from "../core/messages/functions";
import { textKey } from "../core/read/values";
import { asMatrix, cellValue, flatten, isOmitted } from "./args";
import { FormulaFailure } from "./failure";

/** The comparison key of a group cell; "" for a blank. */
export function groupKey(v: unknown): string {
  const cell = cellValue(v);
  return cell === null ? "" : textKey(String(cell).trim());
}

/**
 * The group key of each of `count` units, or null when no group filter is asked for. A group without
 * a groups list, or a groups list of another length, is an error.
 */
export function readGroupKeys(group: unknown, groups: unknown, count: number): string[] | null | FormulaFailure {
  if (isOmitted(group)) return null;
  if (isOmitted(groups)) return new FormulaFailure("invalidValue", FORMULA_ERROR.groupsMissing());
  const keys = flatten(asMatrix(groups)).map(groupKey);
  if (keys.length !== count) return new FormulaFailure("invalidValue", FORMULA_ERROR.shapeMismatch());
  return keys;
}
