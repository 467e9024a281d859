// `assess rank` as a user runs it, on real .xlsx files: exit codes, the --json document, what is and
// is not written.
import { existsSync, readdirSync, writeFileSync } from "fs";
import path from "path";
import { HEADER, parseJson, readBack, runAssess, sha256, sheetRows, tempDir, writeWorkbook, type Row } from "./support";

jest.setTimeout(120_000);

const GOOD: Row[] = [
  HEADER,
  ["甲县", "县（区）", 95, 90, 88], // 0.6·95 + 0.3·90 + 0.1·88 = 92.8
  ["乙县", "县（区）", 80, 85, 90], // 82.5
  ["丙局", "市直部门", 70, 60, 50], // 65
  ["丁局", "市直部门", 90, 95, 100], // 92.5
  ["戊县", "县（区）", 85, 90, 95], // 87.5
];

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.done());

const at = (name: string): string => path.join(tmp.dir, name);

describe("a workbook without errors", () => {
  it("writes a copy beside the input, leaves the input byte for byte, and prints one JSON document", async () => {
    const input = at("考核.xlsx");
    await writeWorkbook(input, { 得分: GOOD });
    const before = sha256(input);

    const run = runAssess(["rank", input, "--json"]);

    expect(run.code).toBe(0);
    expect(sha256(input)).toBe(before);
    const doc = parseJson(run.stdout);
    expect(doc.ok).toBe(true);
    expect(doc.output).not.toBeNull();
    expect(path.dirname(doc.output as string)).toBe(tmp.dir);
    expect(doc.output).not.toBe(input);
    expect(existsSync(doc.output as string)).toBe(true);
    expect(doc.groups).toEqual([
      {
        name: "县（区）",
        units: [
          { name: "甲县", rank: 1, total: 92.8, tier: "优秀" },
          { name: "戊县", rank: 2, total: 87.5, tier: "良好" },
          { name: "乙县", rank: 3, total: 82.5, tier: "良好" },
        ],
      },
      {
        name: "市直部门",
        units: [
          { name: "丁局", rank: 1, total: 92.5, tier: "优秀" },
          { name: "丙局", rank: 2, total: 65, tier: "合格" },
        ],
      },
    ]);
    expect(doc.problems).toEqual([]);
    expect(doc.notice).toContain("考评结果为优秀等次的县（区）1个：甲县");
    expect(doc.notice).toContain("考评结果为良好等次的县（区）2个：戊县、乙县");

    const out = await readBack(doc.output as string);
    expect(out.worksheets.map((w) => w.name)).toEqual(["得分", "考核结果", "优秀等次", "良好等次", "合格等次", "结果通报", "等次分布", "单位反馈", "考核设置"]);
    const results = sheetRows(out, "考核结果");
    // Row 1 is the title, row 2 the header.
    expect(results[0]?.[0]).toBe("2020年度全市依法行政考核结果");
    expect(results[2]).toEqual(expect.arrayContaining([1, "甲县", "县（区）", 92.8, "优秀"]));
  });

  it("without --json prints the notice on stdout and says on stderr where it wrote", async () => {
    const input = at("scores.xlsx");
    await writeWorkbook(input, { 得分: GOOD });
    const run = runAssess(["rank", input]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("考评结果为优秀等次的市直部门1个：丁局");
    expect(run.stderr).toContain(path.join(tmp.dir, "scores.assess.xlsx"));
    expect(existsSync(at("scores.assess.xlsx"))).toBe(true);
  });

  it("writes over the input only when -o names it", async () => {
    const input = at("in.xlsx");
    await writeWorkbook(input, { 得分: GOOD });
    const before = sha256(input);
    const run = runAssess(["rank", input, "-o", input, "--json"]);
    expect(run.code).toBe(0);
    expect(sha256(input)).not.toBe(before);
    const out = await readBack(input);
    expect(out.worksheets.map((w) => w.name)).toContain("考核结果");
    expect(readdirSync(tmp.dir)).toEqual(["in.xlsx"]);
  });

  it("ranking its own output again gives the same sheets, not copies of them", async () => {
    const input = at("a.xlsx");
    await writeWorkbook(input, { 得分: GOOD });
    expect(runAssess(["rank", input, "-o", at("b.xlsx")]).code).toBe(0);
    const again = runAssess(["rank", at("b.xlsx"), "-o", at("c.xlsx"), "--json"]);
    expect(again.code).toBe(0);
    expect(parseJson(again.stdout).problems).toEqual([]);
    const first = (await readBack(at("b.xlsx"))).worksheets.map((w) => w.name);
    const second = (await readBack(at("c.xlsx"))).worksheets.map((w) => w.name);
    expect(second).toEqual(first);
    expect(second.some((n) => /\(\d+\)$/.test(n))).toBe(false);
  });

  it("leaves a user's sheet named 考核结果 alone and says what its own results sheet is called", async () => {
    const input = at("mine.xlsx");
    const mine: Row[] = [["我自己的笔记"], ["不要动这一页"]];
    await writeWorkbook(input, { 得分: GOOD, 考核结果: mine });
    const run = runAssess(["rank", input, "--json"]);
    expect(run.code).toBe(0);
    const doc = parseJson(run.stdout);
    const renamed = doc.problems.find((p) => p.code === "SHEET_RENAMED");
    expect(renamed?.severity).toBe("warning");
    const out = await readBack(doc.output as string);
    expect(sheetRows(out, "考核结果")).toEqual([["我自己的笔记"], ["不要动这一页"]]);
    const ours = out.worksheets.map((w) => w.name).filter((n) => n !== "考核结果" && n.startsWith("考核结果"));
    expect(ours).toHaveLength(1);
    expect(renamed?.message).toContain(ours[0]);
    expect(sheetRows(out, ours[0] as string)[2]).toEqual(expect.arrayContaining(["甲县", 92.8]));
  });

  it("writes unit names that look like formulas back as text", async () => {
    const input = at("formulas.xlsx");
    const names = ['=HYPERLINK("http://example.com","点我")', "+SUM(1,2)", "-2+3", "@A1"];
    await writeWorkbook(input, { 得分: [HEADER, ...names.map((n, k): Row => [n, "县（区）", 90 - k, 90, 90])] });
    const run = runAssess(["rank", input, "--json"]);
    expect(run.code).toBe(0);
    const doc = parseJson(run.stdout);
    expect(doc.groups[0]?.units.map((u) => u.name)).toEqual(names);
    const out = await readBack(doc.output as string);
    expect(
      sheetRows(out, "考核结果")
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(["单位名称", ...names]);
    const tierCells = ["优秀等次", "良好等次"].flatMap((sheet) => sheetRows(out, sheet).flat());
    for (const name of names) expect(tierCells).toContain(name);
    for (const ws of out.worksheets) {
      ws.eachRow((row) => {
        row.eachCell((cell) => {
          expect(cell.formula).toBeUndefined();
        });
      });
    }
  });
});

describe("a workbook with data errors", () => {
  it("exits 1, writes nothing and lists every error with its cell", async () => {
    const input = at("bad.xlsx");
    await writeWorkbook(input, {
      得分: [HEADER, ["甲县", "县（区）", 95, "缺考", 88], ["乙县", "县（区）", 80, 85, 190]],
    });
    const before = sha256(input);
    const run = runAssess(["rank", input, "--json"]);
    expect(run.code).toBe(1);
    expect(sha256(input)).toBe(before);
    expect(readdirSync(tmp.dir)).toEqual(["bad.xlsx"]);
    const doc = parseJson(run.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.output).toBeNull();
    expect(doc.groups).toEqual([]);
    const errors = doc.problems.filter((p) => p.severity === "error");
    expect(errors.map((p) => [p.code, p.sheet, p.cell])).toEqual([
      ["SCORE_NOT_NUMBER", "得分", "D2"],
      ["SCORE_OUT_OF_RANGE", "得分", "E3"],
    ]);
    expect(run.stderr).toContain("D2");
    expect(run.stderr).toContain("E3");
  });
});

describe("usage and file problems", () => {
  it.each([
    ["a missing file", (): string[] => ["rank", at("nowhere.xlsx"), "--json"], "FILE_NOT_FOUND"],
    ["a file that is not .xlsx", (): string[] => ["rank", at("notes.txt"), "--json"], "NOT_XLSX"],
    ["an .xlsx that is really text", (): string[] => ["rank", at("fake.xlsx"), "--json"], "NOT_XLSX"],
    ["an .xlsx that is a broken zip", (): string[] => ["rank", at("broken.xlsx"), "--json"], "FILE_UNREADABLE"],
    ["no command", (): string[] => ["--json"], "USAGE"],
    ["an unknown option", (): string[] => ["rank", at("good.xlsx"), "--fast", "--json"], "USAGE"],
    ["a --scheme file that is not JSON", (): string[] => ["rank", at("good.xlsx"), "--scheme", at("rules.txt"), "--json"], "SCHEME_FILE_INVALID"],
    ["a --scheme whose weights do not add up", (): string[] => ["rank", at("good.xlsx"), "--scheme", at("weights.json"), "--json"], "SCHEME_FILE_INVALID"],
  ])("exits 2 on %s, with one JSON document and nothing written", async (_what, args, code) => {
    await writeWorkbook(at("good.xlsx"), { 得分: GOOD });
    writeFileSync(at("notes.txt"), "单位名称,日常考核\n");
    writeFileSync(at("fake.xlsx"), "单位名称,日常考核\n");
    writeFileSync(at("broken.xlsx"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]));
    writeFileSync(at("rules.txt"), "weights: 60/30/10");
    writeFileSync(at("weights.json"), JSON.stringify({ weights: { 日常考核: 50, 实地考核: 30, 满意度调查: 10 } }));
    const files = readdirSync(tmp.dir).sort();

    const run = runAssess(args());

    expect(run.code).toBe(2);
    const doc = parseJson(run.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.output).toBeNull();
    expect(doc.problems[0]?.code).toBe(code);
    expect(run.stderr.length).toBeGreaterThan(0);
    expect(readdirSync(tmp.dir).sort()).toEqual(files);
  });

  it("uses the rules of a valid --scheme file", async () => {
    const input = at("good.xlsx");
    await writeWorkbook(input, { 得分: GOOD });
    writeFileSync(at("rules.json"), JSON.stringify({ tiers: [{ label: "优秀", min: 85 }, { label: "良好", min: 75 }, { label: "一般" }] }));
    const run = runAssess(["rank", input, "--scheme", at("rules.json"), "--json"]);
    expect(run.code).toBe(0);
    const units = parseJson(run.stdout).groups[0]?.units ?? [];
    expect(units.map((u) => [u.name, u.tier])).toEqual([
      ["甲县", "优秀"],
      ["戊县", "优秀"],
      ["乙县", "良好"],
    ]);
  });

  it("--help explains the command and exits 0", () => {
    const run = runAssess(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("rank <");
    expect(run.stdout).toContain("--json");
  });

  it("--lang en speaks English", () => {
    const run = runAssess(["rank", at("nowhere.xlsx"), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not found/);
  });
});
