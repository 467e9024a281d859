// The generated sheets printed: LibreOffice converts the ranked sample workbook to PDF with each sheet's
// own page setup, and poppler reads the pages back (size, text). The office hands these pages out, so
// the checks are what a reader of the paper would see: A4, the results one page wide with the unit
// names and their tiers on the same lines, the title, page numbers, and the notice's names whole.
// Without soffice or pdftotext the test is skipped locally, and fails on CI (env CI set).
import { mkdirSync, readFileSync } from "fs";
import path from "path";
import { itWithOffice, run, SOFFICE } from "../docx/support";
import { partsOf, userPartsChanged } from "../xlsx/zipParts";
import { HEADER, parseJson, readBack, ROOT, runAssess, sheetRows, tempDir, writeWorkbook, type Row } from "./support";

jest.setTimeout(240_000);

const SAMPLE = path.join(ROOT, "assets", "sample-2020-assessment.xlsx");

interface Page {
  number: number;
  width: number;
  height: number;
  text: string;
}

function pages(pdf: string): Page[] {
  const count = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1]);
  const sizes = run("pdfinfo", ["-f", "1", "-l", String(count), pdf]);
  return Array.from({ length: count }, (_, k) => {
    const n = k + 1;
    const [, w, h] = new RegExp(`Page\\s+${n} size:\\s+([\\d.]+) x ([\\d.]+) pts`).exec(sizes) ?? [];
    return { number: n, width: Number(w), height: Number(h), text: run("pdftotext", ["-layout", "-f", String(n), "-l", String(n), pdf, "-"]) };
  });
}

/** Text with every space and line break taken out: Chinese wraps anywhere, so lines are compared joined. */
const joined = (text: string): string => text.replace(/\s+/g, "");

itWithOffice("the generated sheets print on A4, the results one page wide with title and page numbers, the notice whole", () => {
  const tmp = tempDir();
  try {
    const output = path.join(tmp.dir, "ranked.xlsx");
    const ranked = runAssess(["rank", SAMPLE, "-o", output, "--json"]);
    expect(ranked.code).toBe(0);
    const doc = parseJson(ranked.stdout);
    const units = doc.groups.flatMap((g) => g.units);
    expect(units).toHaveLength(46);

    const profile = `file://${path.join(tmp.dir, "lo-profile")}`;
    run(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", tmp.dir, output]);
    const pdf = path.join(tmp.dir, "ranked.pdf");
    const all = pages(pdf);

    // The user's own sheets come first and print as they were set up; ASSESS's follow, from the
    // results sheet's title on.
    const title = "濮阳市2020年度依法行政考核结果";
    const first = all.findIndex((p) => p.text.includes(title) && !p.text.includes(`${title}通报`));
    expect(first).toBeGreaterThanOrEqual(0);
    const ours = all.slice(first);
    // 单位反馈, a mail-merge table of every figure, is the one landscape sheet.
    const feedback = (p: Page): boolean => p.text.includes("结果反馈（邮件合并用）") || /单位名称\s+类别\s+日常考核\s+日常考核·/.test(p.text);
    for (const p of ours) {
      const [width, height] = feedback(p) ? [842, 595] : [595, 842];
      expect({ page: p.number, width: Math.round(p.width), height: Math.round(p.height) }).toEqual({ page: p.number, width, height });
      expect(p.text).toMatch(/第 \d+ 页 共 \d+ 页/);
    }

    // 考核结果: up to the first tier sheet's title. Every page carries the header (print titles) and
    // the 等次 column, and every unit's line carries its name, its total and its tier: one page wide.
    const tierStart = ours.findIndex((p) => p.text.includes("优秀等次单位"));
    expect(tierStart).toBeGreaterThan(0);
    const results = ours.slice(0, tierStart);
    for (const p of results) {
      expect(p.text).toMatch(/名次\s+单位名称\s+类别\s+日常考核\s+实地考核\s+满意度调查\s+综合成绩\s+等次/);
    }
    const lines = results.flatMap((p) => p.text.split("\n"));
    for (const u of units) {
      const line = lines.find((l) => new RegExp(`^\\s*${u.rank}\\s+${u.name}\\s`).test(l));
      expect({ unit: u.name, line: line !== undefined && line.includes(u.total.toFixed(2)) && line.trimEnd().endsWith(u.tier) }).toEqual({ unit: u.name, line: true });
    }

    // 结果通报: the title, and every line of the notice whole on the page (nothing runs off the side),
    // so every unit name appears whole.
    const noticePages = ours.filter((p) => p.text.includes(`${title}通报`));
    expect(noticePages.length).toBeGreaterThan(0);
    const noticeText = joined(noticePages.map((p) => p.text).join(""));
    for (const line of doc.notice.split("\n")) expect({ line, whole: noticeText.includes(joined(line)) }).toEqual({ line, whole: true });
    for (const u of units) expect({ unit: u.name, whole: noticeText.includes(u.name) }).toEqual({ unit: u.name, whole: true });

    // 考核设置 fits one page wide: each of its tables' headers is on a page whole.
    const settings = ours.filter((p) => p.text.includes("ASSESS 考核设置") || p.text.includes("表头别名"));
    expect(settings.length).toBeGreaterThan(0);
    expect(settings.some((p) => /考核项目\s+权重\(%\)\s+满分\s+子项\s+表头别名\s+标识/.test(p.text))).toBe(true);

    // The first printed page of 考核结果, as the README shows it.
    mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    const page = String((results[0] as Page).number);
    run("pdftoppm", ["-png", "-r", "70", "-f", page, "-l", page, "-singlefile", pdf, path.join(ROOT, "docs", "results-page1")]);
  } finally {
    tmp.done();
  }
});

itWithOffice("a results sheet over several pages repeats its header on every page, with the tiers beside the names", async () => {
  const tmp = tempDir();
  try {
    const input = path.join(tmp.dir, "many.xlsx");
    const rows: Row[] = [["濮阳市2021年度依法行政考核得分汇总表"], HEADER];
    for (let i = 0; i < 150; i++) rows.push([`第${i + 1}号市直部门法制办公室`, i % 3 === 0 ? "县（区）" : "市直部门", 60 + (i % 40), 70 + (i % 30), 80 + (i % 20)]);
    await writeWorkbook(input, { 得分: rows });
    const output = path.join(tmp.dir, "many-ranked.xlsx");
    const ranked = runAssess(["rank", input, "-o", output, "--json"]);
    expect(ranked.code).toBe(0);
    const units = parseJson(ranked.stdout).groups.flatMap((g) => g.units);

    const profile = `file://${path.join(tmp.dir, "lo-profile")}`;
    run(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", tmp.dir, output]);
    const all = pages(path.join(tmp.dir, "many-ranked.pdf"));
    const first = all.findIndex((p) => p.text.includes("濮阳市2021年度依法行政考核结果"));
    const end = all.findIndex((p) => p.text.includes("优秀等次单位") || p.text.includes("良好等次单位") || p.text.includes("合格等次单位"));
    const results = all.slice(first, end);
    expect(results.length).toBeGreaterThan(1);
    for (const p of results) {
      expect({ page: p.number, header: /名次\s+单位名称\s+类别\s+日常考核\s+实地考核\s+满意度调查\s+综合成绩\s+等次/.test(p.text), a4: Math.round(p.width) === 595 }).toEqual({
        page: p.number,
        header: true,
        a4: true,
      });
    }
    const lines = results.flatMap((p) => p.text.split("\n"));
    for (const u of units) {
      const line = lines.find((l) => new RegExp(`^\\s*${u.rank}\\s+${u.name}\\s`).test(l));
      expect({ unit: u.name, line: line !== undefined && line.trimEnd().endsWith(u.tier) }).toEqual({ unit: u.name, line: true });
    }
  } finally {
    tmp.done();
  }
});

itWithOffice("--print-a4: the score sheet, which names no paper, prints on A4 portrait with every column on the page; only its part changed", async () => {
  const tmp = tempDir();
  try {
    const plain = path.join(tmp.dir, "plain.xlsx");
    const a4 = path.join(tmp.dir, "a4.xlsx");
    expect(runAssess(["rank", SAMPLE, "-o", plain]).code).toBe(0);
    const ranked = runAssess(["rank", SAMPLE, "-o", a4, "--print-a4", "--json"]);
    expect(ranked.code).toBe(0);
    const part = "xl/worksheets/sheet1.xml";
    expect((JSON.parse(ranked.stdout) as { printA4: unknown }).printA4).toEqual([{ sheet: "考核得分", part, set: true }]);

    // Of the user's parts, only the score sheet's differs from the copy ranked without --print-a4.
    const before = partsOf(new Uint8Array(readFileSync(plain)));
    const after = partsOf(new Uint8Array(readFileSync(a4)));
    expect([...before.keys()].filter((name) => !Buffer.from(before.get(name) ?? []).equals(Buffer.from(after.get(name) ?? [])))).toEqual([part]);

    const printed = (file: string): Page[] => {
      run(SOFFICE, [`-env:UserInstallation=file://${path.join(tmp.dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", tmp.dir, file]);
      const all = pages(file.replace(/\.xlsx$/, ".pdf"));
      const end = all.findIndex((p) => !p.text.includes("考核得分汇总表") && !/^\s*\d+\s+\S+\s+(县（区）|市直部门)/m.test(p.text));
      return all.slice(0, end);
    };
    // As the user left it, the score sheet prints on the reader's default, Letter.
    const asItWas = printed(plain);
    expect(asItWas.length).toBeGreaterThan(0);
    expect(asItWas.map((p) => `${Math.round(p.width)}×${Math.round(p.height)}`)).toContain("612×792");

    const onA4 = printed(a4);
    expect(onA4.length).toBeGreaterThan(0);
    for (const p of onA4) expect({ page: p.number, size: `${Math.round(p.width)}×${Math.round(p.height)}` }).toEqual({ page: p.number, size: "595×842" });
    // One page wide: each unit's line carries its name and its last column (办事大厅实地走访, K).
    const sheet = sheetRows(await readBack(SAMPLE), "考核得分");
    const lines = onA4.flatMap((p) => p.text.split("\n"));
    const unitRows = sheet.filter((row) => typeof row[0] === "number" && typeof row[1] === "string");
    expect(unitRows).toHaveLength(46);
    for (const row of unitRows) {
      const line = lines.find((l) => new RegExp(`^\\s*${String(row[0])}\\s+${String(row[1])}\\s`).test(l)) ?? "";
      const last = Number(/([\d.]+)\s*$/.exec(line)?.[1]);
      expect({ unit: row[1], last: Math.abs(last - Number(row[10])) < 0.05 }).toEqual({ unit: row[1], last: true });
    }
  } finally {
    tmp.done();
  }
});

it("--print-a4 leaves a score sheet with a paper of its own as it is, and says so", () => {
  const tmp = tempDir();
  try {
    const office = path.join(ROOT, "test", "fixtures", "office", "office.xlsx");
    const output = path.join(tmp.dir, "office.assess.xlsx");
    const ranked = runAssess(["rank", office, "-o", output, "--print-a4"]);
    expect(ranked.code).toBe(0);
    expect(ranked.stderr).toContain("“得分”已有自己的页面设置，未改动。");
    const input = partsOf(new Uint8Array(readFileSync(office)));
    const copy = partsOf(new Uint8Array(readFileSync(output)));
    expect(userPartsChanged(input, copy)).toEqual([]);
  } finally {
    tmp.done();
  }
});
