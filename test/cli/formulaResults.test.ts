// Scores that are formulas: the command line ranks on the result each formula carries, zero included,
// and names a formula that carries none.
import ExcelJS from "exceljs";
import path from "path";
import { HEADER, parseJson, runAssess, tempDir } from "./support";

jest.setTimeout(60_000);

it("takes a formula's cached 0 as the score 0, not as a missing score", async () => {
  const tmp = tempDir();
  try {
    const input = path.join(tmp.dir, "formulas.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("得分");
    ws.addRow(HEADER);
    ws.addRow(["甲县", "县（区）", 95, 90, { formula: "0*1", result: 0 }]);
    ws.addRow(["乙县", "县（区）", { formula: "80+0", result: 80 }, 85, 90]);
    await wb.xlsx.writeFile(input);

    const run = runAssess(["rank", input, "--json", "-o", path.join(tmp.dir, "out.xlsx")]);
    const doc = parseJson(run.stdout);
    expect(doc.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(run.code).toBe(0);
    // 0.6·95 + 0.3·90 + 0.1·0 = 84; 0.6·80 + 0.3·85 + 0.1·90 = 82.5
    expect(doc.groups[0]?.units.map((u) => [u.name, u.total])).toEqual([
      ["甲县", 84],
      ["乙县", 82.5],
    ]);
  } finally {
    tmp.done();
  }
});

it("names the cell of a score formula that was never calculated, in the user's language", async () => {
  const tmp = tempDir();
  try {
    const input = path.join(tmp.dir, "uncalculated.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("得分");
    ws.addRow(HEADER);
    ws.addRow(["甲县", "县（区）", 95, 90, 88]);
    // As a program that writes formulas and never calculates them leaves it: <f> with no <v>.
    ws.addRow(["乙县", "县（区）", 80, { formula: "SUM(D3:D3)" } as unknown as number, 90]);
    await wb.xlsx.writeFile(input);

    const run = runAssess(["rank", input, "--json"]);
    expect(run.code).toBe(1);
    const doc = parseJson(run.stdout);
    expect(doc.problems.filter((p) => p.severity === "error").map((p) => [p.code, p.sheet, p.cell])).toEqual([["FORMULA_NO_VALUE", "得分", "D3"]]);
    expect(run.stderr).toContain("D3");
  } finally {
    tmp.done();
  }
});
