// The tier chart in Excel, against the double: one click draws it on 等次分布 over the sheet's table
// (series in the tiers' colours), a second click replaces it rather than adding another, and a chart
// the user drew there is left alone. The double refuses what Excel refuses.
import { tierColours } from "../../src/core/report/tierColours";
import type { SheetPlan } from "../../src/core/types";
import { ExcelDouble } from "../support/excel-double";
import { rankInExcel, use } from "./inExcel";
import { scoreBook } from "./plans";

/** The pane's one click; the tier chart's sheet of its plan. */
async function rank(): Promise<SheetPlan> {
  return (await rankInExcel()).sheets.find((s) => s.kind === "chart") as SheetPlan;
}

const TIERS = ["优秀", "良好", "合格", "不合格"];

describe("the tier chart in Excel", () => {
  it("is drawn on 等次分布 over its table: groups as categories, one series per tier in its colour, placed below the table", async () => {
    const d = use(scoreBook(20));
    const sheet = await rank();
    const charts = d.charts("等次分布");
    expect(charts).toHaveLength(1);
    const chart = charts[0]!;
    expect(chart).toMatchObject({ name: "ASSESS 等次分布", type: "ColumnClustered", title: "各类别考核等次分布（单位个数）", legend: "Bottom", showValues: true });
    expect(chart.categories).toEqual(["市直部门", "县(区)"]);
    expect(chart.series.map((s) => s.name)).toEqual(TIERS);
    expect(chart.series.map((s) => s.colour)).toEqual(tierColours(TIERS).map((c) => c.fill));
    // The bars count every unit once, as the table beside them does.
    const counts = chart.series.map((s) => s.values);
    expect(counts[0]!.map((v, g) => (v as number) + (counts[1]![g] as number) + (counts[2]![g] as number) + (counts[3]![g] as number))).toEqual([10, 10]);
    expect(d.cell("等次分布", "F3").value).toBe(10);
    const anchor = sheet.charts![0]!.anchor;
    expect(chart.position).toEqual({ start: { row: anchor.top, col: anchor.left, rows: 1, cols: 1 }, end: { row: anchor.bottom, col: anchor.right, rows: 1, cols: 1 } });
    expect(anchor.top).toBeGreaterThan(sheet.rowCount);
    expect(chart.valueAxis).toEqual({ majorUnit: sheet.charts![0]!.majorUnit, minimum: 0 });
  });

  it("is replaced on a second run, with the new counts; a chart the user drew on the sheet stays", async () => {
    const d = use(scoreBook(20));
    await rank();
    const before = d.charts("等次分布")[0]!;
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("等次分布");
      ws.charts.add("Pie", ws.getRange("A1:B3"), "Columns").name = "我的饼图";
      await context.sync();
    });
    // Every unit of 县(区) drops below 60: 不合格.
    for (let row = 3; row <= 21; row += 2) for (const col of ["C", "D", "E"]) d.typeInto("考核得分", `${col}${row}`, 10);
    await rank();
    const charts = d.charts("等次分布");
    expect(charts.map((c) => c.name).sort()).toEqual(["ASSESS 等次分布", "我的饼图"].sort());
    const after = charts.find((c) => c.name === "ASSESS 等次分布")!;
    expect(after.series.map((s) => s.values[1])).toEqual([0, 0, 0, 10]);
    expect(after.series.map((s) => s.values[0])).toEqual(before.series.map((s) => s.values[0]));
    expect(d.sheetNames().filter((n) => n === "等次分布")).toHaveLength(1);
  });
});

describe("the double's charts fail as Excel does", () => {
  const book = (): ExcelDouble =>
    use(
      ExcelDouble.fromJson({
        sheets: [
          {
            name: "表",
            values: [
              ["类别", "优秀"],
              ["县(区)", 3],
            ],
          },
        ],
      }),
    );
  const codeOf = async (act: (ws: Excel.Worksheet) => void): Promise<string | null> => {
    try {
      await Excel.run(async (context) => {
        act(context.workbook.worksheets.getItem("表"));
        await context.sync();
      });
      return null;
    } catch (e) {
      return (e as { code?: string }).code ?? "no code";
    }
  };

  it("refuses a range with no values, a series that is not there, a colour that is not one, and a place that is not a cell", async () => {
    book();
    expect(await codeOf((ws) => ws.charts.add("ColumnClustered", ws.getRange("A1:A2"), "Columns"))).toBe("InvalidArgument");
    expect(await codeOf((ws) => ws.charts.add("ColumnClustered", ws.getRange("A1:B2"), "Columns").series.getItemAt(1).format.fill.setSolidColor("#0B6A2E"))).toBe("InvalidArgument");
    expect(await codeOf((ws) => ws.charts.add("ColumnClustered", ws.getRange("A1:B2"), "Columns").series.getItemAt(0).format.fill.setSolidColor("#0B6A2"))).toBe("InvalidArgument");
    expect(await codeOf((ws) => ws.charts.add("ColumnClustered", ws.getRange("A1:B2"), "Columns").setPosition("A0"))).toBe("InvalidArgument");
    expect(await codeOf((ws) => ws.charts.getItem("没有这个图").delete())).toBe("ItemNotFound");
  });

  it("reads the top row as series names and the left column as categories, as Excel does on insert", async () => {
    const d = book();
    expect(await codeOf((ws) => ws.charts.add("ColumnClustered", ws.getRange("A1:B2"), "Columns"))).toBeNull();
    expect(d.charts("表")[0]).toMatchObject({ categories: ["县(区)"], series: [{ name: "优秀", values: [3] }] });
  });
});
