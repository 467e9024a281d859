// 评分分析 from the command line: the rater fixture (seven raters' columns under 实地考核) ranked gets
// the sheet, which LibreOffice prints on A4 with every rater's line; a re-run replaces it in place.
import path from "path";
import { itWithOffice, run, SOFFICE } from "../docx/support";
import { parseJson, readBack, ROOT, runAssess, sheetRows, tempDir } from "./support";

jest.setTimeout(120_000);

const FIXTURE = path.join(ROOT, "test", "fixtures", "rater-columns.xlsx");

itWithOffice("the rater fixture's 评分分析 prints on A4 with each rater's count, mean and deviation; ranking again replaces it", async () => {
  const tmp = tempDir();
  try {
    const output = path.join(tmp.dir, "ranked.xlsx");
    const r = runAssess(["rank", FIXTURE, "-o", output, "--json"]);
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout).ok).toBe(true);
    const rows = sheetRows(await readBack(output), "评分分析");
    const raters = rows.filter((row) => row[0] === "实地考核");
    expect(raters.map((row) => row[1])).toEqual(["评委1", "评委2", "评委3", "评委4", "评委5", "评委6", "评委7"]);
    // 评委2 left 市公安局 blank: three units; the others four.
    expect(raters.map((row) => row[2])).toEqual([4, 3, 4, 4, 4, 4, 4]);

    const again = path.join(tmp.dir, "again.xlsx");
    expect(runAssess(["rank", output, "-o", again]).code).toBe(0);
    const wb = await readBack(again);
    expect(wb.worksheets.filter((w) => w.name.startsWith("评分分析")).map((w) => w.name)).toEqual(["评分分析"]);
    expect(sheetRows(wb, "评分分析")).toEqual(rows);

    run(SOFFICE, [`-env:UserInstallation=file://${path.join(tmp.dir, "lo")}`, "--headless", "--convert-to", "pdf", "--outdir", tmp.dir, output]);
    const pdf = path.join(tmp.dir, "ranked.pdf");
    const count = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1]);
    const texts = Array.from({ length: count }, (_, k) => run("pdftotext", ["-layout", "-f", String(k + 1), "-l", String(k + 1), pdf, "-"]));
    const at = texts.findIndex((t) => t.includes("评分分析") && t.includes("与评委组平均分的偏差"));
    expect(at).toBeGreaterThanOrEqual(0);
    const sizes = run("pdfinfo", ["-f", String(at + 1), "-l", String(at + 1), pdf]);
    expect(sizes).toMatch(/size:\s+595\.\d+ x 841\.\d+ pts/);
    const page = texts[at] ?? "";
    for (const row of raters) expect(page).toMatch(new RegExp(`${String(row[1])}\\s+${String(row[2])}\\s+${Number(row[3]).toFixed(2)}`));
  } finally {
    tmp.done();
  }
});
