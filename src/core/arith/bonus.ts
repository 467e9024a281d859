// The bonus counted in each unit's total: 加分 minus 扣分 as read, within the scheme's limits
// (Scheme.bonusRules), so the ranking, the sheets and the notice all show the points really counted.
import type { BonusRules, Scheme, ScoreTable } from "../types";
import { VALUE_DIGITS, scaleValue } from "./fixed";
import { computeTotals } from "./total";
import { exactSum, weighingOf } from "./weighing";
import type { Weighing } from "./weighing";

const hasLimits = (r: BonusRules | undefined): r is BonusRules =>
  r !== undefined && (r.maxAdd !== undefined || r.maxDeduct !== undefined || r.addFrom !== undefined || r.capAtFullMarks === true);

/**
 * Each unit's net bonus (加分 − 扣分) as counted in its total, at 9 decimals (./fixed). The limits,
 * in this order:
 * - maxAdd: the 加分 counted is at most maxAdd points; maxDeduct: the 扣分 at most maxDeduct.
 * - addFrom: 加分 counts only when the unit's weighted total before any 加分 or 扣分, rounded
 *   half-up to the scheme's decimals as every total is (the figure a person reads on the sheet),
 *   is at least addFrom; 扣分 counts whatever the total.
 * - capAtFullMarks: 加分 counts only as far as it lifts the total after 扣分 to the group's total
 *   full marks (通过加分最多得到满分); 扣分 is never cut, and a total above full marks without
 *   加分 is left as it is. The points counted are then rounded up at the 9th decimal, and
 *   computeTotals holds the total at full marks exactly.
 * maxAddPerItem is not applied here: the reader caps each bonus column as it sums them.
 */
export function countedBonus(table: ScoreTable, scheme: Scheme): Float64Array {
  const n = table.count;
  const out = new Float64Array(n);
  const add = table.additions;
  const deduct = table.deductions;
  const rules = scheme.bonusRules;
  if (!hasLimits(rules)) {
    for (let i = 0; i < n; i++) {
      // At 9 decimals, as every input is taken (./fixed): 0.3 − 0.1 is 0.2, not 0.19999999999999998.
      const net = Math.round(((add[i] as number) - (deduct[i] as number)) * 1e9) / 1e9;
      out[i] = net === 0 ? 0 : net;
    }
    return out;
  }
  const maxAdd = rules.maxAdd === undefined ? Infinity : scaleValue(rules.maxAdd);
  const maxDeduct = rules.maxDeduct === undefined ? Infinity : scaleValue(rules.maxDeduct);
  const bar = rules.addFrom;
  // The totals before bonus, rounded as the sheet shows them, for the bar.
  const base = bar === undefined ? null : computeTotals(table, { ...scheme, bonusRules: undefined }, new Float64Array(n));
  const room = rules.capAtFullMarks === true ? roomToFullMarks(table, scheme) : null;
  const scale = 10 ** VALUE_DIGITS;
  for (let i = 0; i < n; i++) {
    let a = Math.min(scaleValue(add[i] as number), maxAdd);
    const d = Math.min(scaleValue(deduct[i] as number), maxDeduct);
    if (base !== null && !((base[i] as number) >= (bar as number))) a = 0;
    if (room !== null && a > 0) {
      const r = room(i, d);
      // A missing score leaves the total NaN whatever is counted: the bonus read stays in view.
      if (!Number.isNaN(r)) a = Math.max(0, Math.min(a, r));
    }
    const net = (a - d) / scale;
    out[i] = net === 0 ? 0 : net;
  }
  return out;
}

/**
 * For unit i with 扣分 `d` (scaled): the 加分 (scaled, rounded up at the 9th decimal) that lifts its
 * total to its group's full marks; NaN where a score is missing.
 */
function roomToFullMarks(table: ScoreTable, scheme: Scheme): (i: number, d: number) => number {
  const weighings = new Map<number, Weighing>();
  const of = (g: number): Weighing => {
    let w = weighings.get(g);
    if (w === undefined) {
      w = weighingOf(scheme, table.groups[g] ?? "");
      weighings.set(g, w);
    }
    return w;
  };
  return (i, d) => {
    const w = of(table.groupOf[i] as number);
    const s = table.components.map((col) => scaleValue(col[i] as number));
    const base = exactSum(w, s, 0, false);
    if (typeof base === "number" && Number.isNaN(base)) return NaN;
    // (fullMarks − base)/D + d, in units of 10^-9, rounded up.
    const gap = w.fullMarksBig - BigInt(base) + BigInt(d) * w.denominatorBig;
    const D = w.denominatorBig;
    const up = gap <= 0n ? gap / D : (gap + D - 1n) / D;
    return Number(up);
  };
}
