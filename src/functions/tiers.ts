// The tiers of ASSESS.GRADE and ASSESS.TIERLIST: thresholds and labels from cells, checked by the
// core's scheme validation so a formula accepts exactly the tiers the settings sheet accepts.
import { FORMULA_ERROR, FORMULA_WHAT } from "../core/messages/functions";
import { DEFAULT_TIERS, defaultScheme } from "../core/scheme/defaults";
import { validateScheme } from "../core/scheme/validate";
import type { TierSpec } from "../core/types";
import { isOmitted, readNumberList, readTextList } from "./args";
import { FormulaFailure, isFailure } from "./failure";

const DEFAULT_MINS: number[] = DEFAULT_TIERS.flatMap((t) => (t.min === null ? [] : [t.min]));
const DEFAULT_LABELS: string[] = DEFAULT_TIERS.map((t) => t.label);

export function readTiers(thresholds: unknown, labels: unknown): TierSpec[] | FormulaFailure {
  const mins = isOmitted(thresholds) ? DEFAULT_MINS : readNumberList(thresholds, FORMULA_WHAT.threshold);
  if (isFailure(mins)) return mins;
  let names: string[];
  if (!isOmitted(labels)) names = readTextList(labels);
  else if (mins.length === DEFAULT_MINS.length) names = DEFAULT_LABELS;
  else return new FormulaFailure("invalidValue", FORMULA_ERROR.labelsCount(mins.length, 0));
  if (names.length !== mins.length + 1) return new FormulaFailure("invalidValue", FORMULA_ERROR.labelsCount(mins.length, names.length));
  const tiers: TierSpec[] = names.map((label, i) => ({ label, min: mins[i] ?? null }));
  const problem = validateScheme({ ...defaultScheme(), tiers })[0];
  if (problem) return new FormulaFailure("invalidValue", FORMULA_ERROR.tiersInvalid({ zh: problem.message, en: problem.messageEn }));
  return tiers;
}
