// ASSESS.RANK: ranks within a group through the core's rankValues, one sort per group however many
// cells the formula spills into; each cell is then a hash lookup, so a 100,000-row column costs
// n log n, never n².
import { FORMULA_ERROR, FORMULA_WHAT } from "../core/messages/functions";
import { rankValues } from "../core/rank";
import { asMatrix, at, broadcastShape, fill, flatten, isBlank, readBoolean, readNumber } from "./args";
import { FormulaFailure, isFailure } from "./failure";
import type { Outcome } from "./failure";
import { groupKey, readGroupKeys } from "./groups";

/** The totals list: blanks are NaN (not ranked); text that is no number is an error. */
export function readTotalsList(arg: unknown): number[] | FormulaFailure {
  const cells = flatten(asMatrix(arg));
  const out = new Array<number>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (isBlank(v)) {
      out[i] = NaN;
      continue;
    }
    const n = readNumber(v, FORMULA_WHAT.totalAt(i + 1));
    if (isFailure(n)) return n;
    out[i] = n;
  }
  return out;
}

export function rankCells(total: unknown, totals: unknown, group?: unknown, groups?: unknown, dense?: unknown): Outcome {
  const style = readBoolean(asMatrix(dense)[0]?.[0]);
  if (isFailure(style)) return style;
  const values = readTotalsList(totals);
  if (isFailure(values)) return values;
  const keys = readGroupKeys(group, groups, values.length);
  if (isFailure(keys)) return keys;

  // value → rank, per group key, built on first use from one pass that buckets the totals by group.
  let buckets: Map<string, number[]> | null = null;
  const membersOf = (key: string): number[] => {
    if (keys === null) return values;
    if (buckets === null) {
      buckets = new Map();
      for (let i = 0; i < values.length; i++) {
        const k = keys[i] as string;
        const list = buckets.get(k);
        if (list) list.push(values[i] as number);
        else buckets.set(k, [values[i] as number]);
      }
    }
    return buckets.get(key) ?? [];
  };
  const rankOf = new Map<string, Map<number, number>>();
  const ranksFor = (key: string): Map<number, number> => {
    let m = rankOf.get(key);
    if (m) return m;
    const members = membersOf(key);
    const ranks = rankValues(members, style ? "dense" : "competition");
    m = new Map<number, number>();
    for (let i = 0; i < members.length; i++) if ((ranks[i] as number) > 0) m.set(members[i] as number, ranks[i] as number);
    rankOf.set(key, m);
    return m;
  };

  const totalM = asMatrix(total);
  const groupM = asMatrix(keys === null ? null : group);
  const shape = broadcastShape([totalM, groupM]);
  if (isFailure(shape)) return shape;
  return fill(shape, (r, c) => {
    const n = readNumber(at(totalM, r, c), FORMULA_WHAT.total);
    if (isFailure(n)) return n;
    const key = keys === null ? "" : groupKey(at(groupM, r, c));
    if (keys !== null && key === "") return new FormulaFailure("notAvailable", FORMULA_ERROR.groupBlank());
    return ranksFor(key).get(n) ?? new FormulaFailure("notAvailable", FORMULA_ERROR.notAmong(n));
  });
}
