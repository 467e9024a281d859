// A unit's rank against last year's: up or down so many places, the same, new, or in another group
// (whose ranks are not comparable). The results sheet, the letters and the notice all say it from this.
import type { YearOnYear } from "../types";

export type RankMove = { kind: "up" | "down"; places: number } | { kind: "same" } | { kind: "new" } | { kind: "moved" } | { kind: "unranked" };

/** Unit `unit`'s move, `rank` being this year's rank in its group (0: none). */
export function rankMove(years: YearOnYear, unit: number, rank: number): RankMove {
  const status = years.status[unit];
  if (status === "new" || status === undefined) return { kind: "new" };
  if (status === "moved") return { kind: "moved" };
  const before = years.rank[unit] as number;
  if (before <= 0 || rank <= 0) return { kind: "unranked" };
  if (before === rank) return { kind: "same" };
  return before > rank ? { kind: "up", places: before - rank } : { kind: "down", places: rank - before };
}
