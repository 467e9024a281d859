// `assess rank this.xlsx --previous last.xlsx`: last year beside this year. Last year's workbook is
// the copy ASSESS wrote (or a plain table of names, groups and totals); this year one unit is renamed
// (and says so on 单位更名), one is new, one is gone and one was renamed without saying so, which must
// be a warning naming last year's closest name, never a silent match.
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { readWorkbook } from "../../src/core/readWorkbook";
import { gridsFromBytes } from "../../src/xlsx/read";
import { docxParts, itWithOffice, run, SOFFICE, textOf } from "../docx/support";
import { HEADER, parseJson, readBack, ROOT, runAssess, sheetRows, tempDir, writeWorkbook, type Row } from "./support";

jest.setTimeout(120_000);

const SAMPLE = path.join(ROOT, "assets", "sample-2020-assessment.xlsx");

// 2019: 台前县 90, 南乐县 85, 清丰县 80, 开发区 70; 市司法局 92, 市公安局 88.
const LAST_YEAR: Row[] = [
  HEADER,
  ["清丰县", "县(区)", 80, 80, 80],
  ["台前县", "县(区)", 90, 90, 90],
  ["南乐县", "县(区)", 85, 85, 85],
  ["开发区", "县(区)", 70, 70, 70],
  ["市公安局", "市直部门", 88, 88, 88],
  ["市司法局", "市直部门", 92, 92, 92],
];

// 2020: 清丰县 95 (3 → 1), 台前县 90 (1 → 2), 开发区管委会 85 (renamed; 4 → 3), 示范区 80 (new);
// 市司法局 93 (1 → 1), 市公安分局 85 (a rename nobody wrote down: new, with a warning).
const THIS_YEAR: Row[] = [
  HEADER,
  ["清丰县", "县（区）", 95, 95, 95],
  ["台前县", "县（区）", 90, 90, 90],
  ["开发区管委会", "县（区）", 85, 85, 85],
  ["示范区", "县（区）", 80, 80, 80],
  ["市司法局", "市直部门", 93, 93, 93],
  ["市公安分局", "市直部门", 85, 85, 85],
];

const RENAMES: Row[] = [
  ["旧名称", "新名称"],
  ["开发区", "开发区管委会"],
];

interface Ranked {
  dir: string;
  last: string;
  done: () => void;
}

async function lastYearRanked(): Promise<Ranked> {
  const tmp = tempDir();
  const source = path.join(tmp.dir, "2019.xlsx");
  await writeWorkbook(source, { 考核得分: LAST_YEAR });
  const last = path.join(tmp.dir, "2019-ranked.xlsx");
  expect(runAssess(["rank", source, "-o", last]).code).toBe(0);
  return { dir: tmp.dir, last, done: tmp.done };
}

/** 考核结果's rows as { name → [上年得分, 上年名次, 名次变化] } and its header. */
function yearColumns(rows: unknown[][]): { header: unknown[]; byName: Map<string, unknown[]> } {
  const header = rows[1] as unknown[];
  const at = header.indexOf("上年得分");
  const byName = new Map<string, unknown[]>();
  for (const row of rows.slice(2)) byName.set(String(row[1]), row.slice(at, at + 3));
  return { header, byName };
}

describe("assess rank --previous", () => {
  it("puts last year's total, rank and the move beside each unit, through a rename on 单位更名, and says who is new and who is gone", async () => {
    const { dir, last, done } = await lastYearRanked();
    try {
      const input = path.join(dir, "2020.xlsx");
      await writeWorkbook(input, { 考核得分: THIS_YEAR, 单位更名: RENAMES });
      const output = path.join(dir, "2020-ranked.xlsx");
      const letters = path.join(dir, "letters");
      const docx = path.join(dir, "通报.docx");
      const r = runAssess(["rank", input, "--previous", last, "-o", output, "--letters", letters, "--docx", docx, "--json"]);
      expect(r.code).toBe(0);
      const doc = parseJson(r.stdout);

      const wb = await readBack(output);
      const { header, byName } = yearColumns(sheetRows(wb, "考核结果"));
      // Last of the columns: the columns before them keep their letters.
      expect(header.slice(-3)).toEqual(["上年得分", "上年名次", "名次变化"]);
      expect(header.slice(0, 8)).toEqual(["名次", "单位名称", "类别", "日常考核", "实地考核", "满意度调查", "综合成绩", "等次"]);
      expect(byName.get("清丰县")).toEqual([80, 3, "↑2"]);
      expect(byName.get("台前县")).toEqual([90, 1, "↓1"]);
      expect(byName.get("开发区管委会")).toEqual([70, 4, "↑1"]);
      expect(byName.get("示范区")).toEqual([null, null, "新增"]);
      expect(byName.get("市司法局")).toEqual([92, 1, "持平"]);
      expect(byName.get("市公安分局")).toEqual([null, null, "新增"]);
      // 单位更名 is the user's: read, never ranked, kept.
      expect(sheetRows(wb, "单位更名")).toEqual(RENAMES);

      // The JSON gives the same per unit.
      const units = doc.groups.flatMap((g) => g.units) as { name: string; previous?: unknown }[];
      expect(units.find((u) => u.name === "清丰县")?.previous).toEqual({ total: 80, rank: 3, move: "↑2" });
      expect(units.find((u) => u.name === "示范区")?.previous).toEqual({ total: null, rank: null, move: "新增" });

      const codes = doc.problems.map((p) => `${p.code} ${p.sheet ?? ""}!${p.cell ?? ""}`);
      expect(codes).toEqual(expect.arrayContaining(["PREVIOUS_UNMATCHED 考核得分!A5", "PREVIOUS_UNMATCHED 考核得分!A7", "PREVIOUS_REMOVED !"]));
      const message = (cell: string): string => doc.problems.find((p) => `${p.sheet ?? ""}!${p.cell ?? ""}` === cell)?.message ?? "";
      expect(message("考核得分!A7")).toContain("上年最接近的名称是“市公安局”");
      expect(message("考核得分!A5")).not.toContain("最接近");
      const removed = doc.problems.find((p) => p.code === "PREVIOUS_REMOVED")?.message ?? "";
      expect(removed).toContain("2 个单位今年没有找到：南乐县、市公安局");

      // The notice, its document and the letters say the moves.
      const moves = "与上年相比，县（区）中名次进位的2个：清丰县（较上年进位2名）、开发区管委会（较上年进位1名）；名次退位的1个：台前县（较上年退位1名）；新参加考核的1个。";
      expect(doc.notice.split("\n")).toContain(moves);
      expect(doc.notice.split("\n")).toContain("与上年相比，市直部门中名次持平的1个；新参加考核的1个。");
      const body = textOf(docxParts(readFileSync(docx))["word/document.xml"] ?? "");
      expect(body).toContain(moves);
      const qingfeng = readdirSync(letters).find((f) => f.endsWith("-清丰县.docx")) ?? "";
      const letter = textOf(docxParts(readFileSync(path.join(letters, qingfeng)))["word/document.xml"] ?? "");
      expect(letter).toContain("上年得分80.00");
      expect(letter).toContain("上年名次3");
      expect(letter).toContain("较上年进位2名");
      const feedback = sheetRows(wb, "单位反馈");
      const fHeader = feedback[1] as unknown[];
      expect(fHeader.slice(-4)).toEqual(["上年得分", "上年名次", "名次变化", "与上年相比"]);
      expect((feedback.find((row) => row[0] === "台前县") ?? []).slice(-4)).toEqual([90, 1, "↓1", "较上年退位1名"]);

      // Ranked again with last year's: the same columns once, in place.
      const again = path.join(dir, "2020-again.xlsx");
      // The copy read as the pane reads it on open: its scores are as ranked, and its three extra
      // columns raise no stale warning.
      const copy = gridsFromBytes(new Uint8Array(readFileSync(output)));
      if (!copy.ok) throw new Error("the ranked copy does not read");
      expect(readWorkbook(copy.grids).problems.map((p) => p.code)).not.toContain("RESULTS_STALE");
      expect(runAssess(["rank", output, "--previous", last, "-o", again]).code).toBe(0);
      const twice = yearColumns(sheetRows(await readBack(again), "考核结果"));
      expect(twice.header).toEqual(header);
      expect([...twice.byName.entries()]).toEqual([...byName.entries()]);

      // Next year, this year's ranked copy is last year's: its 综合成绩 is read, not 上年得分.
      const next = path.join(dir, "2021.xlsx");
      await writeWorkbook(next, { 考核得分: THIS_YEAR.map((row, k) => (k === 1 ? ["清丰县", "县（区）", 60, 60, 60] : row)) });
      const nextOut = path.join(dir, "2021-ranked.xlsx");
      expect(runAssess(["rank", next, "--previous", output, "-o", nextOut]).code).toBe(0);
      const third = yearColumns(sheetRows(await readBack(nextOut), "考核结果")).byName;
      expect(third.get("清丰县")).toEqual([95, 1, "↓3"]);
      expect(third.get("示范区")).toEqual([80, 4, "↑1"]);
      expect(existsSync(nextOut)).toBe(true);
    } finally {
      done();
    }
  });

  it("reads any table of names, groups and totals (总分, no 名次: ranked by its totals)", async () => {
    const { dir, done } = await lastYearRanked();
    try {
      const plain = path.join(dir, "2019-plain.xlsx");
      await writeWorkbook(plain, {
        汇总: [["2019年度考核结果"], ["单位名称", "类别", "总分"], ["清丰县", "县（区）", 80], ["台前县", "县（区）", 90], ["示范区", "县（区）", 90]],
      });
      const input = path.join(dir, "2020.xlsx");
      await writeWorkbook(input, { 考核得分: THIS_YEAR });
      const output = path.join(dir, "out.xlsx");
      const r = runAssess(["rank", input, "--previous", plain, "-o", output, "--json"]);
      expect(r.code).toBe(0);
      const { byName } = yearColumns(sheetRows(await readBack(output), "考核结果"));
      // 台前县 and 示范区 tied at 90 share rank 1; 清丰县 is 3rd.
      expect(byName.get("清丰县")).toEqual([80, 3, "↑2"]);
      expect(byName.get("台前县")).toEqual([90, 1, "↓1"]);
      expect(byName.get("示范区")).toEqual([90, 1, "↓3"]);
      expect(byName.get("开发区管委会")).toEqual([null, null, "新增"]);
    } finally {
      done();
    }
  });

  it("refuses last year's file when it is missing or holds no table, and writes nothing", async () => {
    const { dir, done } = await lastYearRanked();
    try {
      const input = path.join(dir, "2020.xlsx");
      await writeWorkbook(input, { 考核得分: THIS_YEAR });
      const output = path.join(dir, "out.xlsx");
      const missing = runAssess(["rank", input, "--previous", path.join(dir, "nope.xlsx"), "-o", output, "--json"]);
      expect(missing.code).toBe(2);
      expect(parseJson(missing.stdout).problems[0]?.code).toBe("FILE_NOT_FOUND");
      const empty = path.join(dir, "empty.xlsx");
      await writeWorkbook(empty, { 说明: [["上年结果另行提供"]] });
      const r = runAssess(["rank", input, "--previous", empty, "-o", output, "--json"]);
      expect(r.code).toBe(1);
      const problem = parseJson(r.stdout).problems[0];
      expect(problem?.code).toBe("PREVIOUS_UNREADABLE");
      expect(problem?.message).toContain("上年结果“empty.xlsx”中没有找到含单位名称和综合成绩（或总分）的表");
      expect(existsSync(output)).toBe(false);
      const usage = runAssess(["rank", input, "--previous"]);
      expect(usage.code).toBe(2);
    } finally {
      done();
    }
  });
});

itWithOffice("考核结果 with last year's columns prints portrait, one page wide: every unit's line ends with its move", () => {
  const tmp = tempDir();
  try {
    const last = path.join(tmp.dir, "2019.xlsx");
    expect(runAssess(["rank", SAMPLE, "-o", last]).code).toBe(0);
    const output = path.join(tmp.dir, "2020.xlsx");
    expect(runAssess(["rank", SAMPLE, "--previous", last, "-o", output]).code).toBe(0);
    run(SOFFICE, [`-env:UserInstallation=file://${path.join(tmp.dir, "lo")}`, "--headless", "--convert-to", "pdf", "--outdir", tmp.dir, output]);
    const pdf = path.join(tmp.dir, "2020.pdf");
    const count = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1]);
    const pages = Array.from({ length: count }, (_, k) => ({
      text: run("pdftotext", ["-layout", "-f", String(k + 1), "-l", String(k + 1), pdf, "-"]),
      size: run("pdfinfo", ["-f", String(k + 1), "-l", String(k + 1), pdf]),
    })).filter((p) => p.text.includes("上年得分") && p.text.includes("名次变化") && !p.text.includes("与上年相比"));
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) expect(p.size).toMatch(/size:\s+595\.\d+ x 841\.\d+ pts/);
    // Every unit's line: its name, … its tier, last year's total and rank, 持平 (the same scores).
    const lines = pages.flatMap((p) => p.text.split("\n")).filter((l) => /^\s*\d+\s+\S+\s+(县（区）|市直部门)/.test(l));
    expect(lines).toHaveLength(46);
    for (const l of lines) expect(l).toMatch(/(优秀|良好)\s+\d+\.\d{2}\s+\d+\s+持平\s*$/);
  } finally {
    tmp.done();
  }
});
