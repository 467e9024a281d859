// Fixtures are real workbooks: what goes through .xlsx comes back the same, formulas as formulas
// and text as text.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readGrids } from "../../src/excel";
import { ExcelDouble, installExcelDouble } from "../support/excel-double";
import { loadWorkbookDouble, saveWorkbookDouble } from "../support/excel-double/xlsx";

it("saves and loads a workbook through .xlsx without turning text into formulas", async () => {
  const dir = mkdtempSync(join(tmpdir(), "assess-double-"));
  try {
    const d = ExcelDouble.fromJson({
      sheets: [
        {
          name: "考核结果",
          values: [
            ["单位", "成绩"],
            ["=HYPERLINK(1)", 91.5],
          ],
          formulas: { C2: "=B2*2" },
          numberFormats: { A2: "@", B2: "0.00" },
          bold: ["A1", "B1"],
          columnWidths: { A: 150 },
          frozenRows: 1,
        },
      ],
    });
    const file = join(dir, "book.xlsx");
    await saveWorkbookDouble(d, file);
    const back = await loadWorkbookDouble(file);
    expect(back.cell("考核结果", "A2")).toMatchObject({ value: "=HYPERLINK(1)", formula: null, numberFormat: "@" });
    expect(back.cell("考核结果", "C2").formula).toBe("=B2*2");
    expect(back.cell("考核结果", "B2")).toMatchObject({ value: 91.5, numberFormat: "0.00" });
    expect(back.cell("考核结果", "A1").bold).toBe(true);
    expect(back.frozenRows("考核结果")).toBe(1);
    expect(Math.abs(back.columnWidth("考核结果", "A")! - 150)).toBeLessThan(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it("loads merged areas from the file, with the value in the top-left cell only, as Excel reads them", async () => {
  const dir = mkdtempSync(join(tmpdir(), "assess-double-"));
  try {
    const d = ExcelDouble.fromJson({
      sheets: [
        {
          name: "得分",
          values: [
            ["单位名称", "类别"],
            ["清丰县", "县(区)"],
            ["南乐县", null],
          ],
          merges: ["B2:B3"],
        },
      ],
    });
    const file = join(dir, "merged.xlsx");
    await saveWorkbookDouble(d, file);
    const back = await loadWorkbookDouble(file);
    expect(back.snapshot().sheets[0]!.merges).toEqual(["B2:B3"]);
    expect(back.cell("得分", "B2").value).toBe("县(区)");
    // ExcelJS itself gives B3 the value of B2; Excel gives it none.
    expect(back.cell("得分", "B3").value).toBeNull();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it("gives the adapter's Grid the merged areas of a real workbook: a 类别 merged down over its units", async () => {
  const dir = mkdtempSync(join(tmpdir(), "assess-double-"));
  try {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("考核得分");
    ws.addRows([
      ["单位名称", "类别", "日常考核"],
      ["清丰县", "县(区)", 95],
      ["南乐县", null, 85],
      ["范县", null, 70],
      ["市税务局", "市直部门", 90],
    ]);
    ws.mergeCells("B2:B4");
    const file = join(dir, "merged-group.xlsx");
    await wb.xlsx.writeFile(file);
    const uninstall = installExcelDouble(await loadWorkbookDouble(file));
    try {
      const [grid] = await readGrids();
      expect(grid!.merges).toEqual([{ top: 2, left: 2, bottom: 4, right: 2 }]);
      expect(grid!.cells.map((row) => row[1])).toEqual(["类别", "县(区)", null, null, "市直部门"]);
    } finally {
      uninstall();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
