// 考核结果: every unit, group by group, in rank order, with its scores, total and tier.
// A million units make a million-row sheet: each column is filled in one tight loop over the rank
// order, into an array of its final length.
import { isVetoed } from "../grade";
import { REPORT_TEXT_ZH } from "../messages/report";
import type { Assessment, CellValue, PlanColumn, SheetPlan } from "../types";
import { decimalsShown, numbersColumn, planColumn } from "./format";

/** Unit indexes of the whole sheet in row order (group by group, rank order), and each row's group. */
function rowOrder(a: Assessment): { units: Int32Array; groupAt: Int32Array; ranks: Int32Array } {
  const n = a.groups.reduce((s, g) => s + g.order.length, 0);
  const units = new Int32Array(n);
  const groupAt = new Int32Array(n);
  const ranks = new Int32Array(n);
  let at = 0;
  a.groups.forEach((g, gi) => {
    units.set(g.order, at);
    ranks.set(g.ranks, at);
    groupAt.fill(gi, at, at + g.order.length);
    at += g.order.length;
  });
  return { units, groupAt, ranks };
}

function column(header: string, n: number, value: (row: number) => CellValue): CellValue[] {
  const values: CellValue[] = new Array<CellValue>(n + 1);
  values[0] = header;
  for (let k = 0; k < n; k++) values[k + 1] = value(k);
  return values;
}

// The columns of every unit get a loop of their own rather than a callback through column(): one
// call site per column keeps each loop monomorphic, which a million rows notice.
function numbers(units: Int32Array, source: Float64Array): Float64Array {
  const n = units.length;
  const values = new Float64Array(n);
  for (let k = 0; k < n; k++) values[k] = source[units[k] as number] as number;
  return values;
}

function rankColumn(header: string, ranks: Int32Array): CellValue[] {
  const n = ranks.length;
  const values: CellValue[] = new Array<CellValue>(n + 1);
  values[0] = header;
  for (let k = 0; k < n; k++) {
    const r = ranks[k] as number;
    values[k + 1] = r > 0 ? r : null;
  }
  return values;
}

function nameColumn(header: string, units: Int32Array, names: readonly string[]): CellValue[] {
  const n = units.length;
  const values: CellValue[] = new Array<CellValue>(n + 1);
  values[0] = header;
  for (let k = 0; k < n; k++) values[k + 1] = names[units[k] as number] ?? "";
  return values;
}

export function resultsSheet(a: Assessment, name: string): SheetPlan {
  const t = REPORT_TEXT_ZH.results;
  const { table, scheme, totals, tierOf } = a;
  const { units, groupAt, ranks } = rowOrder(a);
  const n = units.length;
  const groupNames = a.groups.map((g) => g.name);
  const tierLabels = a.groups.map((g) => g.tiers.map((x) => x.label.trim()));

  const columns: PlanColumn[] = [
    planColumn(rankColumn(t.rank, ranks), 0),
    planColumn(nameColumn(t.name, units, table.names), null),
    // Group names are few: the width is theirs, not a million cells'.
    { ...planColumn([t.group, ...groupNames], null), values: column(t.group, n, (k) => groupNames[groupAt[k] as number] ?? "") },
  ];
  scheme.components.forEach((c, ci) => {
    const source = table.components[ci] as Float64Array;
    columns.push(numbersColumn([c.label], numbers(units, source), decimalsShown(source, scheme.decimals)));
  });
  if (table.bonus.some((b) => b !== 0)) {
    columns.push(numbersColumn([t.bonus], numbers(units, table.bonus), decimalsShown(table.bonus, scheme.decimals)));
  }
  columns.push(
    numbersColumn([t.total], numbers(units, totals), scheme.decimals),
    planColumn(
      column(t.tier, n, (k) => tierLabels[groupAt[k] as number]?.[tierOf[units[k] as number] as number] ?? ""),
      null,
    ),
  );
  if (table.veto.some((v) => isVetoed(v))) {
    columns.push(
      planColumn(
        column(t.veto, n, (k) => {
          const v = table.veto[units[k] as number];
          return isVetoed(v) ? (v as string).trim() : null;
        }),
        null,
      ),
    );
  }
  return { name, kind: "results", rowCount: n + 1, columns, frozenRows: 1, boldRows: [0] };
}
