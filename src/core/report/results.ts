// 考核结果: every unit, group by group, in rank order, with its scores, total and tier.
// A million units make a million-row sheet: each column is filled in one tight loop over the rank
// order, into an array of its final length.
import { isVetoed } from "../grade";
import { REPORT_TEXT_ZH } from "../messages/report";
import { PREVIOUS_ZH } from "../messages/previous";
import { rankMove } from "../previous/change";
import type { Assessment, CellValue, PlanColumn, PlanValuesColumn, SheetPlan, YearOnYear } from "../types";
import { decimalsShown, numbersColumn, planColumn } from "./format";
import { sheetLook, widenForTitle, TABLE_BODY, TABLE_HEADER, TITLE, TITLE_HEIGHT, titleStem } from "./print";

/** Unit indexes of the whole sheet in row order (group by group, rank order), and each row's group. */
export function rowOrder(a: Assessment): { units: Int32Array; groupAt: Int32Array; ranks: Int32Array } {
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

/** Rows above the units: the title row (its text put in later, so that it sets no width), the header. */
const HEAD_ROWS = 2;

export function column(header: string, n: number, value: (row: number) => CellValue): CellValue[] {
  const values: CellValue[] = new Array<CellValue>(n + HEAD_ROWS);
  values[0] = null;
  values[1] = header;
  for (let k = 0; k < n; k++) values[k + HEAD_ROWS] = value(k);
  return values;
}

// The columns of every unit get a loop of their own rather than a callback through column(): one
// call site per column keeps each loop monomorphic, which a million rows notice.
export function numbers(units: Int32Array, source: ArrayLike<number>): Float64Array {
  const n = units.length;
  const values = new Float64Array(n);
  for (let k = 0; k < n; k++) values[k] = source[units[k] as number] as number;
  return values;
}

function rankColumn(header: string, ranks: ArrayLike<number>): CellValue[] {
  const n = ranks.length;
  const values: CellValue[] = new Array<CellValue>(n + HEAD_ROWS);
  values[0] = null;
  values[1] = header;
  for (let k = 0; k < n; k++) {
    const r = ranks[k] as number;
    values[k + HEAD_ROWS] = r > 0 ? r : null;
  }
  return values;
}

function nameColumn(header: string, units: Int32Array, names: readonly string[]): CellValue[] {
  const n = units.length;
  const values: CellValue[] = new Array<CellValue>(n + HEAD_ROWS);
  values[0] = null;
  values[1] = header;
  for (let k = 0; k < n; k++) values[k + HEAD_ROWS] = names[units[k] as number] ?? "";
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
    { ...planColumn(rankColumn(t.rank, ranks), 0), align: "center" },
    { ...planColumn(nameColumn(t.name, units, table.names), null), align: "left" },
    // Group names are few: the width is theirs, not a million cells'.
    { ...planColumn([t.group, ...groupNames], null), values: column(t.group, n, (k) => groupNames[groupAt[k] as number] ?? ""), align: "center" },
  ];
  scheme.components.forEach((c, ci) => {
    const source = table.components[ci] as Float64Array;
    columns.push({ ...numbersColumn([null, c.label], numbers(units, source), decimalsShown(source, scheme.decimals)), align: "right" });
  });
  if (a.bonus.some((b) => b !== 0)) {
    columns.push({ ...numbersColumn([null, t.bonus], numbers(units, a.bonus), decimalsShown(a.bonus, scheme.decimals)), align: "right" });
  }
  columns.push(
    { ...numbersColumn([null, t.total], numbers(units, totals), scheme.decimals), align: "right" },
    {
      ...planColumn(
        column(t.tier, n, (k) => tierLabels[groupAt[k] as number]?.[tierOf[units[k] as number] as number] ?? ""),
        null,
      ),
      align: "center",
    },
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
  if (a.previous !== undefined) columns.push(...previousColumns(a, a.previous, units, ranks));
  return unitTableSheet(name, "results", REPORT_TEXT_ZH.print.resultsTitle(titleStem(a)), columns, n);
}

/**
 * 上年得分、上年名次、名次变化, last of the columns, so that a formula of the user's that counts a column
 * of 考核结果 (=COUNTIF(考核结果!H:H,"优秀")) counts the same column after a ranking with last year's.
 */
export function previousColumns(a: Assessment, years: YearOnYear, units: Int32Array, ranks: Int32Array): PlanColumn[] {
  const t = PREVIOUS_ZH;
  const n = units.length;
  return [
    { ...numbersColumn([null, t.total], numbers(units, years.total), decimalsShown(years.total, a.scheme.decimals)), align: "right" },
    { ...planColumn(rankColumn(t.rank, numbers(units, years.rank)), 0), align: "center" },
    {
      ...planColumn(
        column(t.change, n, (k) => t.move(rankMove(years, units[k] as number, ranks[k] as number))),
        null,
      ),
      align: "center",
    },
  ];
}

/**
 * A sheet of one unit a row under a title row and a header (考核结果, 单位反馈): the title put in the
 * first column's first cell and merged across, the header repeated on every printed page and frozen.
 */
export function unitTableSheet(name: string, kind: SheetPlan["kind"], title: string, columns: PlanColumn[], n: number): SheetPlan {
  const first = columns[0] as PlanValuesColumn;
  first.values[0] = title;
  widenForTitle(columns, 1, title);
  const look = sheetLook(
    columns,
    {
      bands: [{ first: 0, last: 0, style: TITLE }, { first: 1, last: 1, style: TABLE_HEADER }, ...(n > 0 ? [{ first: HEAD_ROWS, last: n + HEAD_ROWS - 1, style: TABLE_BODY }] : [])],
      merges: [{ row: 0, col: 0, rows: 1, cols: columns.length }],
      rowHeights: [{ row: 0, points: TITLE_HEIGHT }],
    },
    { first: 1, last: 1 },
  );
  return { name, kind, rowCount: n + HEAD_ROWS, columns, frozenRows: HEAD_ROWS, boldRows: [1], look };
}
