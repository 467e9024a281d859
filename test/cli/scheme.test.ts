// The rules of a --scheme file reach the ranked copy: its 考核设置 sheet shows them as a person reads
// them, and the next run, without --scheme, reads them back from that sheet unchanged.
import { existsSync, writeFileSync } from "fs";
import path from "path";
import { itWithOffice, run, SOFFICE } from "../docx/support";
import { HEADER, parseJson, readBack, runAssess, sheetRows, tempDir, writeWorkbook, type Row } from "./support";

jest.setTimeout(240_000);

const SCORES: Row[] = [
  HEADER,
  ["甲县", "县（区）", 95, 92, 90],
  ["乙县", "县（区）", 82, 85, 80],
  ["丙县", "县（区）", 88, 80, 86],
  ["市司法局", "市直部门", 91, 93, 95],
  ["市财政局", "市直部门", 70, 75, 72],
];

/** Rules a 2020 scheme could not say, in the forms the README shows. */
const RULES = {
  components: [
    { label: "日常考核", fullMarks: 150 },
    { label: "实地考核", raters: "trimmed" },
    { label: "满意度调查", raters: { method: "mean", decimals: 1 } },
  ],
  tiers: [{ label: "优秀", min: 90, quota: "30%" }, { label: "良好", min: 80, quota: 8 }, { label: "合格", min: 60 }, { label: "不合格" }],
  quotaTies: "in",
  tieBreak: ["日常考核", "unrounded"],
  bonusRules: { maxAdd: 5, capAtFullMarks: true },
};

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.done());
const at = (name: string): string => path.join(tmp.dir, name);

/** The 考核设置 sheet's cells as text, row by row, trailing blanks dropped. */
async function settingsRows(file: string): Promise<string[][]> {
  const rows = sheetRows(await readBack(file), "考核设置");
  return rows.map((r) => {
    const cells = Array.from(r ?? [], (v) => (v === null || v === undefined ? "" : String(v)));
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells;
  });
}

const rowOf = (rows: string[][], label: string): string[] => rows.find((r) => r[0] === label) ?? [];

test("a --scheme file's full marks, raters, quotas, tie-break and bonus limits are on the copy's 考核设置, and read back from it", async () => {
  await writeWorkbook(at("scores.xlsx"), { 得分: SCORES });
  writeFileSync(at("rules.json"), JSON.stringify(RULES));

  const first = runAssess(["rank", at("scores.xlsx"), "-o", at("ranked.xlsx"), "--scheme", at("rules.json"), "--json"]);
  expect(first.code).toBe(0);
  expect(parseJson(first.stdout).ok).toBe(true);
  const rows = await settingsRows(at("ranked.xlsx"));
  expect(rowOf(rows, "考核项目").slice(0, 3)).toEqual(["考核项目", "权重(%)", "满分"]);
  expect(rowOf(rows, "日常考核").slice(0, 3)).toEqual(["日常考核", "60", "150"]);
  expect(rowOf(rows, "实地考核")[6]).toBe("去掉最高分和最低分后取平均");
  expect(rowOf(rows, "满意度调查")[6]).toBe("取平均分，保留1位小数");
  expect(rowOf(rows, "等次").slice(0, 3)).toEqual(["等次", "最低分", "名额"]);
  expect(rowOf(rows, "优秀").slice(0, 3)).toEqual(["优秀", "90", "30%"]);
  expect(rowOf(rows, "良好").slice(0, 3)).toEqual(["良好", "80", "8个"]);
  expect(rowOf(rows, "名额临界同分")[1]).toBe("均得该等次（可超出名额）");
  expect(rowOf(rows, "同分排序")[1]).toBe("日常考核、未四舍五入的综合成绩");
  expect(rowOf(rows, "加分上限")[1]).toBe("5");
  expect(rowOf(rows, "加分后不超过满分")[1]).toBe("是");

  // No --scheme: the rules come from the copy's own 考核设置, and are written again exactly as they were.
  const second = runAssess(["rank", at("ranked.xlsx"), "-o", at("again.xlsx"), "--json"]);
  expect(second.code).toBe(0);
  const doc = parseJson(second.stdout);
  expect(doc.problems.filter((p) => p.code === "SETTINGS_UNREADABLE")).toEqual([]);
  expect(await settingsRows(at("again.xlsx"))).toEqual(rows);
  expect(doc.groups).toEqual(parseJson(first.stdout).groups);
});

test("a --scheme file naming a component that is not one is refused, naming where, and nothing is written", async () => {
  await writeWorkbook(at("scores.xlsx"), { 得分: SCORES });
  writeFileSync(at("rules.json"), JSON.stringify({ ...RULES, tieBreak: ["日常考核", "总分"] }));
  const run = runAssess(["rank", at("scores.xlsx"), "-o", at("ranked.xlsx"), "--scheme", at("rules.json"), "--json"]);
  expect(run.code).toBe(2);
  const doc = parseJson(run.stdout);
  expect(doc.output).toBeNull();
  expect(doc.problems.map((p) => p.message).join("\n")).toContain("“tieBreak[1]”中的“总分”不是任何考核项目");
  expect(run.stderr).toContain("tieBreak[1]");
});

itWithOffice("LibreOffice prints the 考核设置 of those rules on A4, one page wide, each table's header whole", async () => {
  await writeWorkbook(at("scores.xlsx"), { 得分: SCORES });
  writeFileSync(at("rules.json"), JSON.stringify(RULES));
  expect(runAssess(["rank", at("scores.xlsx"), "-o", at("ranked.xlsx"), "--scheme", at("rules.json")]).code).toBe(0);
  run(SOFFICE, [`-env:UserInstallation=file://${at("lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", tmp.dir, at("ranked.xlsx")]);
  const pdf = at("ranked.pdf");
  const count = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1]);
  const sizes = run("pdfinfo", ["-f", "1", "-l", String(count), pdf]);
  const pages = Array.from({ length: count }, (_, k) => ({
    size: (new RegExp(`Page\\s+${k + 1} size:\\s+([\\d.]+) x ([\\d.]+) pts`).exec(sizes) ?? []).slice(1).map((x) => Math.round(Number(x))),
    text: run("pdftotext", ["-layout", "-f", String(k + 1), "-l", String(k + 1), pdf, "-"]),
  }));
  const settings = pages.filter((p) => p.text.includes("ASSESS 考核设置") || p.text.includes("名额临界同分") || p.text.includes("生成的工作表"));
  expect(settings.length).toBeGreaterThan(0);
  // A4 either way up: a sheet as wide as this one may print landscape, never two pages side by side.
  for (const p of settings)
    expect([
      [595, 842],
      [842, 595],
    ]).toContainEqual(p.size);
  const text = settings.map((p) => p.text).join("\n");
  expect(text).toMatch(/考核项目\s+权重\(%\)\s+满分\s+子项\s+表头别名\s+标识\s+评委计分/);
  expect(text).toMatch(/类别\s+考核项目\s+满分\s+权重/);
  expect(text).toMatch(/等次\s+最低分\s+名额/);
  // Each row whole on its line: the last column beside the first.
  expect(text).toMatch(/实地考核\s+30\s+100\s.*onsite\s+去掉最高分/);
  expect(text).toMatch(/优秀\s+90\s+30%/);
  expect(text).toMatch(/名额临界同分\s+均得该等次（可超出名额）/);
  expect(text).toMatch(/同分排序\s+日常考核、未四舍五入的综合成绩/);
});

test("a total out of 150: the copy's 考核设置 says 综合成绩满分 150 with weights in points, and the next run ranks the same from it", async () => {
  await writeWorkbook(at("scores.xlsx"), { 得分: SCORES });
  writeFileSync(
    at("rules.json"),
    JSON.stringify({
      fullMarks: 150,
      weights: { 日常考核: 90, 实地考核: 45, 满意度调查: 15 },
      tiers: [{ label: "优秀", min: 135 }, { label: "良好", min: 120 }, { label: "合格", min: 90 }, { label: "不合格" }],
    }),
  );
  const first = runAssess(["rank", at("scores.xlsx"), "-o", at("ranked.xlsx"), "--scheme", at("rules.json"), "--json"]);
  expect(first.code).toBe(0);
  const units = parseJson(first.stdout).groups.flatMap((g) => g.units);
  // 甲县: 90·95/100 + 45·92/100 + 15·90/100 = 85.5 + 41.4 + 13.5 = 140.4, out of 150.
  expect(units.find((u) => u.name === "甲县")).toMatchObject({ total: 140.4, tier: "优秀" });
  const rows = await settingsRows(at("ranked.xlsx"));
  expect(rowOf(rows, "考核项目").slice(0, 3)).toEqual(["考核项目", "权重", "满分"]);
  expect(rowOf(rows, "日常考核").slice(0, 3)).toEqual(["日常考核", "90", "100"]);
  expect(rowOf(rows, "综合成绩满分")[1]).toBe("150");

  const second = runAssess(["rank", at("ranked.xlsx"), "-o", at("again.xlsx"), "--json"]);
  expect(second.code).toBe(0);
  expect(parseJson(second.stdout).groups).toEqual(parseJson(first.stdout).groups);
  expect(await settingsRows(at("again.xlsx"))).toEqual(rows);
});

test("a rule broken on the copy's 考核设置 is refused naming its cell, in --json and in the lines for a person", async () => {
  await writeWorkbook(at("scores.xlsx"), { 得分: SCORES });
  writeFileSync(at("rules.json"), JSON.stringify(RULES));
  expect(runAssess(["rank", at("scores.xlsx"), "-o", at("ranked.xlsx"), "--scheme", at("rules.json")]).code).toBe(0);

  // A person types a quota on the last tier, where no quota can be.
  const wb = await readBack(at("ranked.xlsx"));
  const ws = wb.getWorksheet("考核设置")!;
  let row = 0;
  ws.eachRow((r, n) => {
    if (row === 0 && r.getCell(1).value === "不合格") row = n;
  });
  expect(row).toBeGreaterThan(0);
  ws.getCell(row, 3).value = "2个";
  await wb.xlsx.writeFile(at("edited.xlsx"));

  const json = runAssess(["rank", at("edited.xlsx"), "-o", at("again.xlsx"), "--json"]);
  // Errors in the workbook's own data: exit code 1, and nothing written.
  expect(json.code).toBe(1);
  const doc = parseJson(json.stdout);
  expect(doc.output).toBeNull();
  expect(existsSync(at("again.xlsx"))).toBe(false);
  const broken = doc.problems.filter((p) => p.code === "SCHEME_INVALID");
  expect(broken.map((p) => [p.sheet, p.cell])).toEqual([["考核设置", `C${row}`]]);
  expect(broken[0]!.message).toContain(`考核设置!C${row}：`);

  const lines = runAssess(["rank", at("edited.xlsx"), "-o", at("again.xlsx")]);
  expect(lines.code).toBe(1);
  expect(lines.stderr).toContain(`考核设置!C${row}`);
});
