// An independent reader of what ASSESS writes: LibreOffice Calc opens the output and exports the
// results sheet as CSV. Without LibreOffice the test is skipped locally, and fails on CI (env CI set).
import path from "path";
import { itWith } from "../support/tools";
import { HEADER, parseJson, runAssess, sheetsAsCsv, tempDir, writeWorkbook, type Row } from "./support";

jest.setTimeout(180_000);

const itWithOffice = itWith("soffice");

itWithOffice("LibreOffice reads the results sheet's values, and formula-looking names as text", async () => {
  const tmp = tempDir();
  try {
    const input = path.join(tmp.dir, "scores.xlsx");
    const rows: Row[] = [
      HEADER,
      ['=HYPERLINK("http://example.com","点我")', "县（区）", 95, 90, 88],
      ["+SUM(1,2)", "县（区）", 80, 85, 90],
      ["-2+3", "县（区）", 70, 60, 50],
      ["@A1", "县（区）", 85, 90, 95],
    ];
    await writeWorkbook(input, { 得分: rows });
    const output = path.join(tmp.dir, "ranked.xlsx");
    const run = runAssess(["rank", input, "-o", output, "--json"]);
    expect(run.code).toBe(0);
    expect(parseJson(run.stdout).ok).toBe(true);

    const sheets = sheetsAsCsv(output, tmp.dir);
    const results = sheets.get("考核结果");
    expect(results).toBeDefined();
    // Under the sheet's title row.
    const [title, ...lines] = (results as string).trim().split(/\r?\n/);
    expect(title).toMatch(/^2020年度全市依法行政考核结果,/);
    expect(lines[0]?.split(",").slice(0, 3)).toEqual(["名次", "单位名称", "类别"]);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^1,"=HYPERLINK\(""http:\/\/example\.com"",""点我""\)",县（区）,.*,92\.8,优秀$/);
    expect(lines[2]).toMatch(/^2,@A1,县（区）,.*,87\.5,良好$/);
    expect(lines[3]).toMatch(/^3,"\+SUM\(1,2\)",县（区）,.*,82\.5,良好$/);
    expect(lines[4]).toMatch(/^4,-2\+3,县（区）,.*,65,合格$/);
    expect(sheets.get("结果通报")).toContain("考评结果为优秀等次的县（区）1个");
  } finally {
    tmp.done();
  }
});
