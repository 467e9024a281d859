// One sheet per tier that has units (优秀等次, 良好等次, …): per group a bold title row, then the
// group's units of that tier in rank order.
import { REPORT_TEXT_ZH } from "../messages/report";
import { textKey } from "../read/values";
import type { Assessment, CellValue, GroupResult, SheetPlan } from "../types";
import { planColumn } from "./format";

/** The units of one tier, per group, in rank order (indexes into the group's order). */
export interface TierMembers {
  label: string;
  groups: { group: GroupResult; positions: number[] }[];
}

/**
 * The tiers that have units, best first. Groups may have their own tier lists; a tier is the same
 * tier across groups when its label is the same, and a label first met in a later group goes right
 * after the label it follows there.
 */
export function tiersWithUnits(a: Assessment): TierMembers[] {
  const order: string[] = [];
  const byKey = new Map<string, TierMembers>();
  for (const g of a.groups) {
    let after = -1;
    for (const t of g.tiers) {
      const key = textKey(t.label);
      const at = order.indexOf(key);
      if (at >= 0) after = at;
      else {
        order.splice(after + 1, 0, key);
        byKey.set(key, { label: t.label.trim(), groups: [] });
        after += 1;
      }
    }
  }
  for (const g of a.groups) {
    const buckets = g.tiers.map((): number[] => []);
    for (let k = 0; k < g.order.length; k++) buckets[a.tierOf[g.order[k] as number] as number]?.push(k);
    g.tiers.forEach((t, ti) => {
      const positions = buckets[ti] as number[];
      if (positions.length > 0) byKey.get(textKey(t.label))?.groups.push({ group: g, positions });
    });
  }
  return order.map((key) => byKey.get(key) as TierMembers).filter((m) => m.groups.length > 0);
}

export function tierSheet(a: Assessment, members: TierMembers, name: string): SheetPlan {
  const t = REPORT_TEXT_ZH.tierSheet;
  const rank: CellValue[] = [t.rank];
  const unit: CellValue[] = [t.name_];
  const total: CellValue[] = [t.total];
  const boldRows = [0];
  let highestRank = 0;
  members.groups.forEach(({ group, positions }, gi) => {
    if (gi > 0) {
      rank.push(null);
      unit.push(null);
      total.push(null);
    }
    boldRows.push(rank.length);
    rank.push(t.groupTitle(group.name, positions.length));
    unit.push(null);
    total.push(null);
    for (const k of positions) {
      const i = group.order[k] as number;
      const r = group.ranks[k] as number;
      const v = a.totals[i] as number;
      rank.push(r > 0 ? r : null);
      if (r > highestRank) highestRank = r;
      unit.push(a.table.names[i] ?? "");
      total.push(Number.isFinite(v) ? v : null);
    }
  });
  // A group title runs over the empty cells to its right, so it need not widen the rank column.
  const rankColumn = { ...planColumn([t.rank, highestRank], 0), values: rank };
  return {
    name,
    kind: "tier",
    rowCount: rank.length,
    columns: [rankColumn, planColumn(unit, null), planColumn(total, a.scheme.decimals)],
    frozenRows: 1,
    boldRows,
  };
}
