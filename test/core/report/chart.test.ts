import { planCell } from "../../../src/core/plan";
import { rankWorkbook } from "../../../src/core/pipeline";
import { countStep } from "../../../src/core/report/chart";
import { tierColours } from "../../../src/core/report/tierColours";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import type { CellValue, PlanRange, SheetPlan } from "../../../src/core/types";
import { COUNTIES, DEPARTMENTS, scoreSheet } from "./workbooks";

const ALL = [...COUNTIES, ...DEPARTMENTS];

function chartSheetOf(plan: { sheets: SheetPlan[] }): SheetPlan {
  const sheet = plan.sheets.find((s) => s.kind === "chart");
  if (sheet === undefined) throw new Error("no chart sheet in the plan");
  return sheet;
}

/** The cells of a range, row by row, as an adapter reads them. */
function cells(sheet: SheetPlan, r: PlanRange): CellValue[] {
  const out: CellValue[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let c = r.left; c <= r.right; c++) out.push(planCell(sheet.columns[c]!, row));
  return out;
}

describe("the tier chart sheet (等次分布)", () => {
  test("counts each group's units per tier, and the chart's series read exactly those cells", () => {
    const plan = rankWorkbook([scoreSheet(ALL)]).plan!;
    const sheet = chartSheetOf(plan);
    expect(sheet.name).toBe("等次分布");
    // Written after the notice, before 单位反馈 and the settings sheet that lists it.
    expect(plan.sheets.map((s) => s.name).slice(-4)).toEqual(["结果通报", "等次分布", "单位反馈", "考核设置"]);
    const chart = sheet.charts![0]!;
    expect(chart.kind).toBe("columnClustered");
    expect(cells(sheet, chart.categories)).toEqual(["县（区）", "市直部门"]);
    const bySeries = chart.series.map((s) => [cells(sheet, s.name)[0], ...cells(sheet, s.values)]);
    // 县（区）: 3 优秀 (≥ 90), 6 良好; 市直部门: 96, 92.5, 92.5 优秀, 79 合格.
    expect(bySeries).toEqual([
      ["优秀", 3, 3],
      ["良好", 6, 0],
      ["合格", 0, 1],
      ["不合格", 0, 0],
    ]);
    expect(chart.series.map((s) => s.colour)).toEqual(tierColours(["优秀", "良好", "合格", "不合格"]).map((c) => c.fill));
    // The row totals beside the series: every unit counted once.
    const last = sheet.columns.length - 1;
    expect([2, 3].map((r) => planCell(sheet.columns[last]!, r))).toEqual([9, 4]);
    expect(planCell(sheet.columns[last]!, 1)).toBe("合计");
    // Above the table, its title, merged across it, from the workbook's own title.
    expect(planCell(sheet.columns[0]!, 0)).toBe("2020年度依法行政考核等次分布");
    expect(sheet.look!.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: sheet.columns.length }]);
    expect(sheet.look!.page).toMatchObject({ paper: "A4", orientation: "portrait", fitToOnePageWide: true });
  });

  test("the chart sits below the table without covering a cell of it", () => {
    const sheet = chartSheetOf(rankWorkbook([scoreSheet(ALL)]).plan!);
    const { anchor } = sheet.charts![0]!;
    expect(anchor.top).toBeGreaterThan(sheet.rowCount);
    expect(anchor.left).toBe(0);
    expect(anchor.right).toBeGreaterThanOrEqual(sheet.columns.length - 1);
    expect(anchor.bottom - anchor.top).toBeGreaterThanOrEqual(15);
  });

  test("a group with its own tiers has no bar for a tier it does not have (a blank cell, not 0)", () => {
    const scheme = {
      ...defaultScheme(),
      groupTiers: {
        市直部门: [
          { label: "优秀", min: 90 },
          { label: "良好", min: 80 },
          { label: "不合格", min: null },
        ],
      },
    };
    const r = rankWorkbook([scoreSheet(ALL)], { scheme });
    const sheet = chartSheetOf(r.plan!);
    const chart = sheet.charts![0]!;
    const qualified = chart.series.find((s) => cells(sheet, s.name)[0] === "合格")!;
    expect(cells(sheet, qualified.values)).toEqual([0, null]);
    const failed = chart.series.find((s) => cells(sheet, s.name)[0] === "不合格")!;
    // 市直部门's 79 is below its 良好 line of 80.
    expect(cells(sheet, failed.values)).toEqual([0, 1]);
  });

  test("the value axis steps by whole numbers, about five gridlines to the tallest bar", () => {
    expect([0, 1, 3, 5, 6, 10, 23, 37, 120, 999].map(countStep)).toEqual([1, 1, 1, 1, 2, 2, 5, 10, 50, 200]);
  });
});
