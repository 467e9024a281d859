// An independent reader of what ASSESS writes: LibreOffice Calc opens the output and exports the
// results sheet as CSV. Without LibreOffice the test is skipped locally, and fails on CI (env CI set).
import { spawnSync } from "child_process";
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { itWith } from "../support/tools";
import { HEADER, parseJson, runAssess, tempDir, writeWorkbook, type Row } from "./support";

jest.setTimeout(180_000);

const SOFFICE = "/usr/bin/soffice";
const itWithOffice = itWith("soffice");

/**
 * Every sheet of `file` as CSV, UTF-8, values as stored (not as shown) and formulas exported as
 * their results: a cell that LibreOffice took for a formula would show its result, not its text.
 */
function sheetsAsCsv(file: string, dir: string): Map<string, string> {
  // A profile of its own: another soffice running on the machine would otherwise swallow the call.
  const profile = `file://${path.join(dir, "lo-profile")}`;
  const r = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      path.join(dir, "csv"),
      file,
    ],
    { encoding: "utf8", timeout: 150_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  const base = path.basename(file, ".xlsx");
  const out = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, "csv"))) {
    if (name.startsWith(`${base}-`)) out.set(name.slice(base.length + 1, -".csv".length), readFileSync(path.join(dir, "csv", name), "utf8"));
  }
  return out;
}

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

itWithOffice("a 评委打分 sheet ranks on the raters' combined score, and LibreOffice reads it on the results sheet", () => {
  const tmp = tempDir();
  try {
    // 实地考核 merged over 评委1…评委7 (test/fixtures/build-fixtures.ts); no rule in the scheme: the mean.
    const input = path.join(__dirname, "..", "fixtures", "rater-columns.xlsx");
    const output = path.join(tmp.dir, "ranked.xlsx");
    const run = runAssess(["rank", input, "-o", output, "--json"]);
    expect(run.code).toBe(0);
    const doc = parseJson(run.stdout);
    expect(doc.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(["RATER_SCORE_BLANK@F7", "SCORE_NORMALISED@F8"]);

    const results = sheetsAsCsv(output, tmp.dir).get("考核结果") as string;
    const lines = results.trim().split(/\r?\n/);
    const header = (lines[1] as string).split(",");
    const onsite = header.indexOf("实地考核");
    const total = header.indexOf("综合成绩");
    expect(onsite).toBeGreaterThan(0);
    const cells = (name: string): string[] => (lines.find((l) => l.split(",")[1] === name) as string).split(",");
    // 台前县: (85+86+84+88+87+85+88)/7 = 86.142857143; 0.6·90 + 0.3·86.142857143 + 0.1·93 = 89.14.
    expect(Number(cells("台前县")[onsite])).toBeCloseTo(86.142857143, 9);
    expect(cells("台前县")[total]).toBe("89.14");
    // 市公安局: the six raters who scored, (93+95+94+92+96+94)/6 = 94.
    expect(cells("市公安局")[onsite]).toBe("94");
    expect(cells("市公安局")[total]).toBe("93.6");
  } finally {
    tmp.done();
  }
});
