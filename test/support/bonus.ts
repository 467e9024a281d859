// Tests speak of a unit's bonus as one signed number (加分 positive, 扣分 negative), as the 2020
// tables do; the ScoreTable keeps 加分 and 扣分 apart so the scheme's limits can apply to each.
import type { ScoreTable } from "../../src/core/types";

/** ScoreTable.additions and .deductions for signed bonuses. */
export function bonusColumns(signed: readonly number[]): Pick<ScoreTable, "additions" | "deductions"> {
  return {
    additions: Float64Array.from(signed, (b) => (Number.isNaN(b) ? NaN : Math.max(b, 0))),
    deductions: Float64Array.from(signed, (b) => (Number.isNaN(b) ? NaN : Math.max(-b, 0))),
  };
}

/** Unit i's bonus as read: 加分 − 扣分 (NaN when either is unreadable). */
export function netBonus(table: ScoreTable, i: number): number {
  const net = (table.additions[i] as number) - (table.deductions[i] as number);
  return net === 0 ? 0 : net;
}
