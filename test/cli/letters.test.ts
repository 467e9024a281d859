// `assess rank … --letters <folder>`: each unit's feedback letter, printed by LibreOffice Writer as an
// independent reader: A4, one letter a page or two, every figure the results sheet's, every name whole;
// a deduction with its reason; names no file system takes as they are; re-runs that replace exactly
// the letters ASSESS wrote.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { docxParts, itWithOffice, run, SOFFICE, tables, textOf } from "../docx/support";
import { HEADER, parseJson, readBack, ROOT, runAssess, sheetRows, tempDir, writeWorkbook, type JsonDoc } from "./support";

jest.setTimeout(240_000);

const SAMPLE = path.join(ROOT, "assets", "sample-2020-assessment.xlsx");
type LettersDoc = JsonDoc & { letters?: { folder: string; files: string[]; combined: string } };

const joined = (text: string): string => text.replace(/\s+/g, "");

function pdfPages(pdf: string): { width: number; height: number; text: string }[] {
  const count = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1]);
  const sizes = run("pdfinfo", ["-f", "1", "-l", String(count), pdf]);
  return Array.from({ length: count }, (_, k) => {
    const [, w, h] = new RegExp(`Page\\s+${k + 1} size:\\s+([\\d.]+) x ([\\d.]+) pts`).exec(sizes) ?? [];
    return { width: Number(w), height: Number(h), text: run("pdftotext", ["-layout", "-f", String(k + 1), "-l", String(k + 1), pdf, "-"]) };
  });
}

const fixed2 = (v: unknown): string => (typeof v === "number" ? v.toFixed(2) : String(v));

itWithOffice("the sample's 46 letters print on A4, a page each, every figure the results sheet's and every unit's name whole", async () => {
  const tmp = tempDir();
  try {
    const output = path.join(tmp.dir, "ranked.xlsx");
    const folder = path.join(tmp.dir, "反馈单");
    const ranked = runAssess(["rank", SAMPLE, "-o", output, "--letters", folder, "--json"]);
    expect(ranked.code).toBe(0);
    const doc = parseJson(ranked.stdout) as LettersDoc;
    expect(doc.letters?.files).toHaveLength(46);
    expect(doc.letters?.combined).toBe("全部反馈单.docx");
    expect(
      readdirSync(folder)
        .filter((f) => f.endsWith(".docx"))
        .sort(),
    ).toEqual([...(doc.letters?.files ?? []), "全部反馈单.docx"].sort());
    expect(doc.letters?.files).toContain("1-清丰县.docx");
    expect(doc.letters?.files).toContain("1-市税务局.docx");

    // The results sheet as written: 名次, 单位名称, 类别, the three components, 综合成绩, 等次.
    const results = sheetRows(await readBack(output), "考核结果").slice(2);
    const byName = new Map(results.map((r) => [String(r[1]), r]));
    expect(byName.size).toBe(46);

    const profile = `file://${path.join(tmp.dir, "lo-profile")}`;
    run(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", tmp.dir, path.join(folder, "全部反馈单.docx")]);
    const pages = pdfPages(path.join(tmp.dir, "全部反馈单.pdf"));
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    // Each letter starts on a page of its own with the title; it may run onto a second page.
    const starts = pages.flatMap((p, k) => (joined(p.text).includes("关于反馈2020年度依法行政考核结果的函") ? [k] : []));
    expect(starts).toHaveLength(46);
    expect(pages.length).toBeLessThanOrEqual(2 * 46);

    starts.forEach((start, k) => {
      const end = starts[k + 1] ?? pages.length;
      expect(end - start).toBeLessThanOrEqual(2);
      // Each letter's pages are numbered from 1, as if printed on its own.
      expect(joined(pages[start]?.text ?? "")).toContain("—1—");
      const text = joined(
        pages
          .slice(start, end)
          .map((p) => p.text)
          .join(""),
      );
      const name = /^(.+?)：/.exec(joined(pages[start]?.text ?? "").split("关于反馈2020年度依法行政考核结果的函")[1] ?? "")?.[1] ?? "";
      const row = byName.get(name);
      expect({ name, found: row !== undefined }).toEqual({ name, found: true });
      if (row === undefined) return;
      const [rank, , group, daily, onsite, satisfaction, total, tier] = row;
      const count = results.filter((r) => r[2] === group).length;
      for (const figure of [fixed2(daily), fixed2(onsite), fixed2(satisfaction), fixed2(total), String(tier), `第${String(rank)}名（共${count}个）`]) {
        expect({ name, figure, shown: text.includes(figure) }).toEqual({ name, figure, shown: true });
      }
      const totals = results.filter((r) => r[2] === group).map((r) => r[6] as number);
      expect(text).toContain(`最高分${Math.max(...totals).toFixed(2)}`);
      expect(text).toContain(`最低分${Math.min(...totals).toFixed(2)}`);
    });
  } finally {
    tmp.done();
  }
});

it("a deduction is listed with the reason typed beside it, in the letter and on 单位反馈", async () => {
  const tmp = tempDir();
  try {
    const input = path.join(tmp.dir, "scores.xlsx");
    await writeWorkbook(input, {
      得分: [
        [...HEADER, "扣分", "扣分原因", "加分", "加分事由"],
        ["甲县", "县（区）", 95, 90, 88, 2, "行政复议纠错率超标", null, null],
        ["乙县", "县（区）", 80, 85, 90, null, null, 1.5, "法治政府示范创建"],
        ["丙县", "县（区）", 82, 86, 90, null, null, null, null],
      ],
    });
    const folder = path.join(tmp.dir, "letters");
    const output = path.join(tmp.dir, "out.xlsx");
    const r = runAssess(["rank", input, "-o", output, "--letters", folder, "--json"]);
    expect(r.code).toBe(0);
    const doc = parseJson(r.stdout) as LettersDoc;
    const jia = doc.letters?.files.find((f) => f.endsWith("-甲县.docx")) ?? "";
    const rows = tables(docxParts(readFileSync(path.join(folder, jia)))["word/document.xml"] ?? "")[0]?.rows ?? [];
    expect(rows).toContainEqual(["扣分", "", "-2.00", "行政复议纠错率超标"]);
    expect(rows).toContainEqual(["加减分（计入综合成绩）", "", "-2.00", ""]);
    const yi = doc.letters?.files.find((f) => f.endsWith("-乙县.docx")) ?? "";
    const yiRows = tables(docxParts(readFileSync(path.join(folder, yi)))["word/document.xml"] ?? "")[0]?.rows ?? [];
    expect(yiRows).toContainEqual(["加分", "", "+1.50", "法治政府示范创建"]);
    // 丙县 has neither: no bonus line at all.
    const bing = doc.letters?.files.find((f) => f.endsWith("-丙县.docx")) ?? "";
    const bingRows = tables(docxParts(readFileSync(path.join(folder, bing)))["word/document.xml"] ?? "")[0]?.rows ?? [];
    expect(bingRows.map((row) => row[0])).not.toContain("扣分");
    expect(bingRows.map((row) => row[0])).not.toContain("加减分（计入综合成绩）");

    const sheet = sheetRows(await readBack(output), "单位反馈");
    const header = sheet[1] as unknown[];
    const row = sheet.find((x) => x[0] === "甲县") as unknown[];
    expect(row[header.indexOf("扣分")]).toBe(2);
    expect(row[header.indexOf("扣分原因")]).toBe("行政复议纠错率超标");
    expect(row[header.indexOf("名次说明")]).toBe(rows.find((x) => x[0] === "名次")?.[1]);
  } finally {
    tmp.done();
  }
});

it("names no file system takes as they are become safe file names, and the letter keeps the name whole", async () => {
  const tmp = tempDir();
  try {
    const hostile = '甲/乙\\丙:丁*戊?己"庚<辛>壬|癸';
    const long = "很".repeat(200);
    const input = path.join(tmp.dir, "scores.xlsx");
    await writeWorkbook(input, { 得分: [HEADER, [hostile, "县（区）", 95, 90, 88], [long, "县（区）", 80, 85, 90], ["CON", "县（区）", 70, 70, 70]] });
    const folder = path.join(tmp.dir, "letters");
    const r = runAssess(["rank", input, "--letters", folder, "--json"]);
    expect(r.code).toBe(0);
    const files = (parseJson(r.stdout) as LettersDoc).letters?.files ?? [];
    expect(files).toHaveLength(3);
    for (const f of files) {
      expect(f).not.toMatch(/[/\\:*?"<>|]/);
      expect(Buffer.byteLength(f)).toBeLessThanOrEqual(255);
      expect(existsSync(path.join(folder, f))).toBe(true);
    }
    expect(files[0]).toBe("1-甲／乙＼丙：丁＊戊？己＂庚＜辛＞壬｜癸.docx");
    expect(files[2]).toBe("3-CON.docx");
    // The letter is addressed to the unit by its whole name, however its file was named.
    const addressed = (f: string): string[] =>
      [...(docxParts(readFileSync(path.join(folder, f)))["word/document.xml"] ?? "").matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
    expect(addressed(files[0] as string)).toContain(`${hostile}：`);
    expect(addressed(files[1] as string)).toContain(`${long}：`);
  } finally {
    tmp.done();
  }
});

it("a re-run replaces the letters it wrote (a unit's old rank leaves no file) and never touches the user's files", async () => {
  const tmp = tempDir();
  try {
    const input = path.join(tmp.dir, "scores.xlsx");
    const folder = path.join(tmp.dir, "letters");
    await writeWorkbook(input, { 得分: [HEADER, ["甲县", "县（区）", 95, 90, 88], ["乙县", "县（区）", 80, 85, 90]] });
    expect(runAssess(["rank", input, "--letters", folder]).code).toBe(0);
    writeFileSync(path.join(folder, "说明.docx"), "the office's own");
    await writeWorkbook(input, { 得分: [HEADER, ["甲县", "县（区）", 70, 70, 70], ["乙县", "县（区）", 80, 85, 90]] });
    expect(runAssess(["rank", input, "--letters", folder]).code).toBe(0);
    expect(
      readdirSync(folder)
        .filter((f) => !f.startsWith("."))
        .sort(),
    ).toEqual(["1-乙县.docx", "2-甲县.docx", "全部反馈单.docx", "说明.docx"]);
    expect(readFileSync(path.join(folder, "说明.docx"), "utf8")).toBe("the office's own");
  } finally {
    tmp.done();
  }
});

it("refuses a --letters path that is a file, before writing anything", async () => {
  const tmp = tempDir();
  try {
    const input = path.join(tmp.dir, "scores.xlsx");
    await writeWorkbook(input, { 得分: [HEADER, ["甲县", "县（区）", 95, 90, 88]] });
    const r = runAssess(["rank", input, "-o", path.join(tmp.dir, "out.xlsx"), "--letters", input, "--json"]);
    expect(r.code).toBe(2);
    expect(parseJson(r.stdout).problems.map((p) => p.code)).toEqual(["USAGE"]);
    expect(readdirSync(tmp.dir)).toEqual(["scores.xlsx"]);
    expect(runAssess(["--help"]).stdout).toContain("--letters <文件夹>");
    expect(runAssess(["--help", "--lang", "en"]).stdout).toContain("--letters <folder>");
  } finally {
    tmp.done();
  }
});
