// ASSESS.TIERLIST: the names of a tier in rank order, as the notice lists them (清丰县、台前县、…).
// One stable sort of all units by total, then one list per group and tier; a spilled formula looks
// its cells up instead of sorting again.
import { tierIndex } from "../core/grade";
import { FORMULA_ERROR } from "../core/messages/functions";
import { textKey } from "../core/read/values";
import { asMatrix, at, broadcastShape, cellValue, fill, flatten } from "./args";
import { FormulaFailure, isFailure } from "./failure";
import type { Outcome } from "./failure";
import { groupKey, readGroupKeys } from "./groups";
import { readTotalsList } from "./rank";
import { readTiers } from "./tiers";

/** The separator of names in a notice. */
export const NAME_SEPARATOR = "、";

export function tierListCells(names: unknown, totals: unknown, tier: unknown, groups?: unknown, group?: unknown, thresholds?: unknown, labels?: unknown): Outcome {
  const tiers = readTiers(thresholds, labels);
  if (isFailure(tiers)) return tiers;
  const nameCells = flatten(asMatrix(names));
  const values = readTotalsList(totals);
  if (isFailure(values)) return values;
  if (values.length !== nameCells.length) return new FormulaFailure("invalidValue", FORMULA_ERROR.shapeMismatch());
  const keys = readGroupKeys(group, groups, values.length);
  if (isFailure(keys)) return keys;

  // Rows without a name or a total (the empty rows at the end of a selected column) list nothing.
  const units: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (cellValue(nameCells[i]) !== null && Number.isFinite(values[i] as number)) units.push(i);
  }
  // Best first; equal totals keep the order of the sheet (Array.prototype.sort is stable).
  units.sort((a, b) => (values[b] as number) - (values[a] as number));
  const lists = new Map<string, string[]>();
  for (const i of units) {
    const key = `${keys === null ? "" : keys[i]}\u0000${tierIndex(values[i] as number, tiers)}`;
    const list = lists.get(key) ?? [];
    list.push(String(cellValue(nameCells[i])).trim());
    lists.set(key, list);
  }

  const tierByKey = new Map(tiers.map((t, i) => [textKey(t.label.trim()), i]));
  const tierM = asMatrix(tier);
  const groupM = asMatrix(keys === null ? null : group);
  const shape = broadcastShape([tierM, groupM]);
  if (isFailure(shape)) return shape;
  return fill(shape, (r, c) => {
    const label = cellValue(at(tierM, r, c));
    if (label === null) return new FormulaFailure("notAvailable", FORMULA_ERROR.tierBlank());
    const t = tierByKey.get(textKey(String(label).trim()));
    if (t === undefined) return new FormulaFailure("notAvailable", FORMULA_ERROR.tierUnknown(String(label)));
    const g = keys === null ? "" : groupKey(at(groupM, r, c));
    if (keys !== null && g === "") return new FormulaFailure("notAvailable", FORMULA_ERROR.groupBlank());
    return (lists.get(`${g}\u0000${t}`) ?? []).join(NAME_SEPARATOR);
  });
}
