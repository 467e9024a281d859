// Files that are not a workbook ASSESS can read, given to the command line as a user would: each is
// refused with exit 2 and one line in the user's language saying what it is, no stack trace, and no
// file written. A zip bomb is refused within a bounded memory.
import { spawnSync } from "child_process";
import { Zip, ZipDeflate, strToU8, zipSync } from "fflate";
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync, writeSync } from "fs";
import officeCrypto from "officecrypto-tool";
import path from "path";
import { convertWithSoffice, hasSoffice } from "../xlsx/support";
import { HEADER, ROOT, parseJson, runAssess, tempDir, writeWorkbook, type Row } from "./support";

jest.setTimeout(240_000);

const SAMPLE = path.join(ROOT, "assets", "sample-2020-assessment.xlsx");
const GOOD_ROWS: Row[] = [HEADER, ["甲县", "县（区）", 95, 90, 88], ["乙县", "县（区）", 80, 85, 90]];

interface Case {
  what: string;
  file: string;
  code: string;
  /** Words the zh line must hold, then the en line. */
  zh: string[];
  en: string[];
}

const tmp = tempDir();
const at = (name: string): string => path.join(tmp.dir, name);
afterAll(() => tmp.done());

const cases: Case[] = [];

beforeAll(async () => {
  await writeWorkbook(at("good.xlsx"), { 得分: GOOD_ROWS });
  const good = readFileSync(at("good.xlsx"));
  writeFileSync(at("empty.xlsx"), "");
  writeFileSync(at("csv.xlsx"), "单位名称,类别,日常考核,实地考核,满意度调查\n甲县,县(区),90,88,95\n");
  writeFileSync(at("encrypted.xlsx"), officeCrypto.encrypt(good, { password: "2020" }));
  writeFileSync(at("document.xlsx"), zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") }));
  const sample = readFileSync(SAMPLE);
  writeFileSync(at("truncated.xlsx"), sample.subarray(0, Math.floor(sample.length * 0.7)));
  mkdirSync(at("folder.xlsx"));
  const fifo = spawnSync("mkfifo", [at("pipe.xlsx")]);
  cases.push(
    { what: "an empty file", file: "empty.xlsx", code: "NOT_XLSX", zh: ["空文件"], en: ["empty"] },
    { what: "a CSV renamed .xlsx", file: "csv.xlsx", code: "NOT_XLSX", zh: ["文本文件", "另存为 Excel 工作簿（.xlsx）"], en: ["text file", "save it as an Excel Workbook (.xlsx)"] },
    {
      what: "a password-protected workbook",
      file: "encrypted.xlsx",
      code: "FILE_ENCRYPTED",
      zh: ["受密码保护", "用密码进行加密", "清除密码"],
      en: ["password-protected", "Encrypt with Password", "clear the password"],
    },
    { what: "a zip that holds no workbook", file: "document.xlsx", code: "NOT_XLSX", zh: ["不是 Excel 工作簿"], en: ["not an Excel workbook"] },
    { what: "a truncated workbook", file: "truncated.xlsx", code: "FILE_UNREADABLE", zh: ["已损坏或不完整"], en: ["damaged or incomplete"] },
    { what: "a folder", file: "folder.xlsx", code: "NOT_XLSX", zh: ["文件夹"], en: ["folder"] },
  );
  if (fifo.status === 0) cases.push({ what: "a FIFO", file: "pipe.xlsx", code: "NOT_XLSX", zh: ["不是普通文件"], en: ["not a regular file"] });
  if (hasSoffice || process.env.CI !== undefined) {
    writeFileSync(at("scores.csv"), "单位名称,类别,日常考核,实地考核,满意度调查\n甲县,县(区),90,88,95\n");
    const lo = at("lo");
    mkdirSync(lo);
    writeFileSync(at("scores-old.xlsx"), readFileSync(convertWithSoffice(at("scores.csv"), "xls", lo)));
    writeFileSync(at("scores-ods.xlsx"), readFileSync(convertWithSoffice(at("scores.csv"), "ods", lo)));
    cases.push(
      { what: "an .xls renamed .xlsx", file: "scores-old.xlsx", code: "NOT_XLSX", zh: [".xls", "另存为 Excel 工作簿（.xlsx）"], en: [".xls", "save it as an Excel Workbook (.xlsx)"] },
      { what: "an .ods renamed .xlsx", file: "scores-ods.xlsx", code: "NOT_XLSX", zh: [".ods", "另存为 Excel 工作簿（.xlsx）"], en: [".ods", "save it as an Excel Workbook (.xlsx)"] },
    );
  }
}, 240_000);

const STACK = /^\s+at |Error:|node:internal/m;
const CJK = /[\u4e00-\u9fff]/;

it("has the hostile files to try", () => {
  expect(cases.length).toBeGreaterThanOrEqual(7);
});

describe.each(["zh", "en"] as const)("in %s", (lang) => {
  it("refuses each with exit 2, one line saying what it is, and nothing written", () => {
    for (const c of cases) {
      const before = readdirSync(tmp.dir).sort();
      // With --json the line for a person still goes to stderr, and stdout holds only the document.
      const run = runAssess(["rank", at(c.file), "--lang", lang, "--json"]);
      const lines = run.stderr.trimEnd().split("\n");
      expect({ what: c.what, code: run.code, lines: lines.length }).toEqual({ what: c.what, code: 2, lines: 1 });
      expect(run.stderr).not.toMatch(STACK);
      expect(run.stderr).toContain(c.file);
      for (const words of lang === "zh" ? c.zh : c.en) expect({ what: c.what, line: lines[0], has: lines[0]?.includes(words) }).toMatchObject({ has: true });
      expect(CJK.test(lines[0] ?? "")).toBe(lang === "zh");
      const doc = parseJson(run.stdout);
      expect({ what: c.what, ok: doc.ok, code: doc.problems[0]?.code, count: doc.problems.length }).toEqual({ what: c.what, ok: false, code: c.code, count: 1 });
      expect(readdirSync(tmp.dir).sort()).toEqual(before);
    }
  });
});

/**
 * A workbook whose one sheet inflates to `rows` × ~200 bytes: the same row over and over, deflated as
 * it is produced (fflate's streaming Zip), so neither the test nor the file holds the sheet whole.
 */
function writeZipBomb(file: string, rows: number): void {
  const fd = openSync(file, "w");
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    writeSync(fd, chunk);
  });
  const add = (name: string, text: string): void => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(strToU8(text), true);
  };
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  add(
    "[Content_Types].xml",
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  add(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    "xl/workbook.xml",
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="得分" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  add(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
  const row = `<row>${"<c><v>1</v></c>".repeat(12)}</row>`;
  const batch = strToU8(row.repeat(10_000));
  for (let r = 0; r < rows; r += 10_000) sheet.push(batch);
  sheet.push(strToU8("</sheetData></worksheet>"), true);
  zip.end();
  closeSync(fd);
}

it("refuses a sheet that inflates to 200 MB as too large, within a bounded memory", () => {
  const bomb = at("bomb.xlsx");
  writeZipBomb(bomb, 1_000_000);
  const sizes = readFileSync(bomb).length;
  expect(sizes).toBeLessThan(2 * 1024 * 1024);
  const before = readdirSync(tmp.dir).sort();

  // The child reports its own peak memory on exit, the way bench/cli.ts measures the command line.
  const rssFile = at("maxrss.txt");
  const preload = at("maxrss.js");
  writeFileSync(preload, `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`);
  const r = spawnSync(
    process.execPath,
    ["--require", require.resolve("tsx/cjs"), "--require", preload, path.join(ROOT, "src", "cli", "main.ts"), "rank", bomb, "--json", "--lang", "en"],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 180_000,
    },
  );
  const peakMb = Number(readFileSync(rssFile, "utf8")) / 1024;
  process.stderr.write(`zip bomb (${(sizes / 1024).toFixed(0)} KB → ~200 MB sheet): exit ${r.status}, peak ${peakMb.toFixed(0)} MB\n`);
  expect(r.status).toBe(2);
  expect(parseJson(r.stdout).problems.map((p) => p.code)).toEqual(["FILE_TOO_LARGE"]);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).toContain("too large");
  expect(peakMb).toBeLessThan(1024);
  expect(readdirSync(tmp.dir).sort()).toEqual([...before, "maxrss.js", "maxrss.txt"].sort());
});
