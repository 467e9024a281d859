// One sheet per tier that has units (优秀等次, 良好等次, …): per group a bold title row, then the
// group's units of that tier in rank order.
import { REPORT_TEXT_ZH } from "../messages/report";
import { textKey } from "../read/values";
import type { Assessment, CellValue, GroupResult, PlanMerge, RowBand, SheetPlan } from "../types";
import { numbersColumn, planColumn } from "./format";
import { sheetLook, widenForTitle, TABLE_BODY, TABLE_GROUP, TABLE_HEADER, TITLE, TITLE_HEIGHT, titleStem } from "./print";

/** The title row and the header above the groups. */
const HEAD_ROWS = 2;

/** The units of one tier, per group, in rank order (indexes into the group's order). */
export interface TierMembers {
  label: string;
  groups: { group: GroupResult; positions: number[] }[];
}

/**
 * Every tier of the assessment, best first, once each. Groups may have their own tier lists; a tier
 * is the same tier across groups when its label is the same, and a label first met in a later group
 * goes right after the label it follows there.
 */
export function tierOrder(a: Assessment): { key: string; label: string }[] {
  const order: { key: string; label: string }[] = [];
  for (const g of a.groups) {
    let after = -1;
    for (const t of g.tiers) {
      const key = textKey(t.label);
      const at = order.findIndex((o) => o.key === key);
      if (at >= 0) after = at;
      else {
        order.splice(after + 1, 0, { key, label: t.label.trim() });
        after += 1;
      }
    }
  }
  return order;
}

/** The tiers that have units, best first (in tierOrder). */
export function tiersWithUnits(a: Assessment): TierMembers[] {
  const order = tierOrder(a);
  const byKey = new Map(order.map(({ key, label }) => [key, { label, groups: [] } as TierMembers] as const));
  for (const g of a.groups) {
    const buckets = g.tiers.map((): number[] => []);
    for (let k = 0; k < g.order.length; k++) buckets[a.tierOf[g.order[k] as number] as number]?.push(k);
    g.tiers.forEach((t, ti) => {
      const positions = buckets[ti] as number[];
      if (positions.length > 0) byKey.get(textKey(t.label))?.groups.push({ group: g, positions });
    });
  }
  return order.map(({ key }) => byKey.get(key) as TierMembers).filter((m) => m.groups.length > 0);
}

export function tierSheet(a: Assessment, members: TierMembers, name: string): SheetPlan {
  const t = REPORT_TEXT_ZH.tierSheet;
  // Every column sized up front (a tier may hold most of a million units): the title row, the header,
  // then per group a spacer row (after the first), a title row, its units. Totals go into a typed
  // array, NaN being a blank cell.
  let rowCount = HEAD_ROWS;
  members.groups.forEach(({ positions }, gi) => {
    rowCount += (gi > 0 ? 1 : 0) + 1 + positions.length;
  });
  const rank = new Array<CellValue>(rowCount).fill(null);
  const unit = new Array<CellValue>(rowCount).fill(null);
  const total = new Float64Array(rowCount - HEAD_ROWS).fill(NaN);
  rank[1] = t.rank;
  unit[1] = t.name_;
  const names = a.table.names;
  const totals = a.totals;
  const boldRows = [1];
  const bands: RowBand[] = [
    { first: 0, last: 0, style: TITLE },
    { first: 1, last: 1, style: TABLE_HEADER },
  ];
  const merges: PlanMerge[] = [{ row: 0, col: 0, rows: 1, cols: 3 }];
  let highestRank = 0;
  let row = HEAD_ROWS;
  members.groups.forEach(({ group, positions }, gi) => {
    if (gi > 0) row++;
    boldRows.push(row);
    bands.push({ first: row, last: row, style: TABLE_GROUP });
    merges.push({ row, col: 0, rows: 1, cols: 3 });
    rank[row++] = t.groupTitle(group.name, positions.length);
    bands.push({ first: row, last: row + positions.length - 1, style: TABLE_BODY });
    const order = group.order;
    const ranks = group.ranks;
    for (let p = 0; p < positions.length; p++) {
      const k = positions[p] as number;
      const i = order[k] as number;
      const r = ranks[k] as number;
      if (r > 0) rank[row] = r;
      if (r > highestRank) highestRank = r;
      unit[row] = names[i] ?? "";
      total[row - HEAD_ROWS] = totals[i] as number;
      row++;
    }
  });
  rank[0] = REPORT_TEXT_ZH.print.tierTitle(titleStem(a), members.label);
  // A group title spans the row, so it need not widen the rank column; nor does the sheet's title.
  const rankColumn = { ...planColumn([t.rank, highestRank], 0), values: rank, align: "center" as const };
  const columns = [rankColumn, { ...planColumn(unit, null), align: "left" as const }, { ...numbersColumn([null, t.total], total, a.scheme.decimals), align: "right" as const }];
  widenForTitle(columns, 1, rank[0]);
  return {
    name,
    kind: "tier",
    rowCount,
    columns,
    frozenRows: HEAD_ROWS,
    boldRows,
    look: sheetLook(columns, { bands, merges, rowHeights: [{ row: 0, points: TITLE_HEIGHT }] }, { first: 1, last: 1 }),
  };
}
