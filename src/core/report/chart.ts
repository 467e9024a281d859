// 等次分布: how many units of each group fell in each tier, as a small table, and a clustered column
// chart drawn from that table (categories: the groups; one series per tier, in the tier's colour).
// A chart must point at cells, so the table is the chart's data; both sit on a sheet of their own,
// which prints on one portrait page whatever the length of the results sheet.
//
//   濮阳市2020年度依法行政考核等次分布            (title row, merged across the table)
//   类别      优秀  良好  合格  不合格  合计
//   县（区）     3     6     1      0    10
//   市直部门    12    20     4      0    36
//   (blank)
//   [chart, 7 columns × 20 rows]
import { REPORT_TEXT_ZH } from "../messages/report";
import { textKey } from "../read/values";
import type { Assessment, CellValue, ChartPlan, PlanColumn, SheetPlan } from "../types";
import { planColumn } from "./format";
import { sheetLook, TABLE_BODY, TABLE_HEADER, TITLE, TITLE_HEIGHT, titleStem, widenForTitle } from "./print";
import { tierColours } from "./tierColours";
import { tierOrder } from "./tiers";

/** The title row, then the header row (the tiers: the series' names). */
const HEAD_ROWS = 2;
/** Rows the chart is high, and the columns it is at least wide: about 13 × 10 cm, a portrait page's width. */
const CHART_ROWS = 20;
const CHART_MIN_COLUMNS = 7;
/** Room for the bars and their labels beside the group names, whatever the tier's label. */
const COUNT_WIDTH = 9;
const GROUP_WIDTH = 16;

export function chartSheet(a: Assessment, name: string): SheetPlan {
  const t = REPORT_TEXT_ZH.chartSheet;
  const tiers = tierOrder(a);
  const groups = a.groups;
  const rowCount = HEAD_ROWS + groups.length;
  const title = REPORT_TEXT_ZH.print.chartTitle(titleStem(a));

  const groupColumn: CellValue[] = [title, t.group, ...groups.map((g) => g.name)];
  // counts[tier][group]: null where the group has no such tier (its own tier list lacks it), so the
  // chart shows no bar there rather than a zero it never had.
  const counts: CellValue[][] = tiers.map(() => groups.map((): CellValue => null));
  const totals: CellValue[] = groups.map((g) => g.order.length);
  groups.forEach((g, gi) => {
    const tierAt = g.tiers.map((tier) => tiers.findIndex((o) => o.key === textKey(tier.label)));
    tierAt.forEach((at) => {
      (counts[at] as CellValue[])[gi] = 0;
    });
    for (let k = 0; k < g.order.length; k++) {
      const at = tierAt[a.tierOf[g.order[k] as number] as number] as number;
      const row = counts[at] as CellValue[];
      row[gi] = (row[gi] as number) + 1;
    }
  });

  // The title spans the row, so it need not widen the group column.
  const columns: PlanColumn[] = [
    { ...atLeast(GROUP_WIDTH, planColumn(groupColumn.slice(1), null)), values: groupColumn, align: "left" },
    ...tiers.map((tier, ti) => ({ ...atLeast(COUNT_WIDTH, planColumn([null, tier.label, ...(counts[ti] as CellValue[])], 0)), align: "center" as const })),
    { ...atLeast(COUNT_WIDTH, planColumn([null, t.total, ...totals], 0)), align: "center" },
  ];
  widenForTitle(columns, 0, title);
  const plan: SheetPlan = {
    name,
    kind: "chart",
    rowCount,
    columns,
    frozenRows: 0,
    boldRows: [1],
    look: sheetLook(
      columns,
      {
        bands: [
          { first: 0, last: 0, style: TITLE },
          { first: 1, last: 1, style: TABLE_HEADER },
          ...(groups.length > 0 ? [{ first: HEAD_ROWS, last: rowCount - 1, style: TABLE_BODY }] : []),
        ],
        merges: [{ row: 0, col: 0, rows: 1, cols: columns.length }],
        rowHeights: [{ row: 0, points: TITLE_HEIGHT }],
      },
      null,
    ),
  };
  const most = Math.max(0, ...counts.flat().map((c) => (typeof c === "number" ? c : 0)));
  if (groups.length > 0 && tiers.length > 0)
    plan.charts = [
      tierChart(
        tiers.map((tier) => tier.label),
        groups.length,
        columns.length,
        most,
      ),
    ];
  return plan;
}

function atLeast<T extends { width: number }>(width: number, column: T): T {
  return { ...column, width: Math.max(width, column.width) };
}

/** About five gridlines up to the tallest bar, at whole numbers: 1, 2, 5, 10, 20, 50, … */
export function countStep(most: number): number {
  for (let step = 1; ; step *= 10) {
    for (const m of [1, 2, 5]) if (most <= 5 * m * step) return m * step;
  }
}

function tierChart(labels: string[], groupCount: number, columnCount: number, most: number): ChartPlan {
  const t = REPORT_TEXT_ZH.chartSheet;
  const colours = tierColours(labels);
  const first = HEAD_ROWS;
  const last = HEAD_ROWS + groupCount - 1;
  const top = last + 2;
  return {
    name: t.chartName,
    kind: "columnClustered",
    title: t.title,
    categories: { top: first, left: 0, bottom: last, right: 0 },
    series: labels.map((_, k) => ({
      name: { top: HEAD_ROWS - 1, left: k + 1, bottom: HEAD_ROWS - 1, right: k + 1 },
      values: { top: first, left: k + 1, bottom: last, right: k + 1 },
      colour: (colours[k] as { fill: string }).fill,
    })),
    majorUnit: countStep(most),
    anchor: { top, left: 0, bottom: top + CHART_ROWS - 1, right: Math.max(CHART_MIN_COLUMNS, columnCount) - 1 },
  };
}
