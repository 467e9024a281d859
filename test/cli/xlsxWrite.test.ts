// Applying a plan to a workbook, read back from the written file: the user's sheets stay, the plan's
// sheets come with their formats, and only the sheets the plan names are removed.
import ExcelJS from "exceljs";
import { applyPlanToWorkbook } from "../../src/cli/xlsxWrite";
import type { SheetPlan, WorkbookPlan } from "../../src/core/types";

const results: SheetPlan = {
  name: "考核结果",
  kind: "results",
  rowCount: 3,
  frozenRows: 1,
  boldRows: [0],
  columns: [
    { width: 6, numFmt: "0", values: ["名次", 1, 2] },
    { width: 24, numFmt: null, values: ["单位名称", "=1+1", "乙县"] },
    { width: 10, numFmt: "0.00", values: ["综合成绩", 92.8, null] },
  ],
};

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

it("adds the plan's sheets with values, formats, widths, frozen and bold header, and activates one", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("得分").getCell("A1").value = "单位名称";
  const plan: WorkbookPlan = { remove: [], sheets: [results], activate: "考核结果" };
  applyPlanToWorkbook(wb, plan);
  const back = await roundTrip(wb);

  expect(back.worksheets.map((w) => w.name)).toEqual(["得分", "考核结果"]);
  const ws = back.getWorksheet("考核结果") as ExcelJS.Worksheet;
  expect(ws.getCell("B2").value).toBe("=1+1");
  expect(ws.getCell("B2").type).toBe(ExcelJS.ValueType.String);
  expect(ws.getCell("C2").value).toBe(92.8);
  expect(ws.getCell("C2").numFmt).toBe("0.00");
  expect(ws.getCell("C3").value).toBeNull();
  expect(ws.getCell("A1").font?.bold).toBe(true);
  expect(ws.getCell("A2").font?.bold).toBeFalsy();
  expect(ws.getColumn(2).width).toBe(24);
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(back.views[0]?.activeTab).toBe(1);
});

it("removes the sheets the plan names and no other", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("得分").getCell("A1").value = "mine";
  wb.addWorksheet("考核结果").getCell("A1").value = "old result";
  wb.addWorksheet("说明").getCell("A1").value = "mine too";
  applyPlanToWorkbook(wb, { remove: ["考核结果"], sheets: [results], activate: null });
  const back = await roundTrip(wb);
  expect(back.worksheets.map((w) => w.name)).toEqual(["得分", "说明", "考核结果"]);
  expect(back.getWorksheet("说明")?.getCell("A1").value).toBe("mine too");
  expect(back.getWorksheet("考核结果")?.getCell("A1").value).toBe("名次");
});
