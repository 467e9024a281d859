// The notice document of the 2020 sample, written by `assess rank --docx`, read back as XML and printed
// by LibreOffice Writer: A4, the margins, section 二 in order, every unit of the annexes whole on its row.
// Without LibreOffice and poppler the printed checks are skipped locally; on CI (env CI set) they run.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { parseJson, ROOT, runAssess, tempDir, type JsonDoc } from "../cli/support";
import { bodyParagraphs, docxParts, itWithOffice, run, SOFFICE, tables } from "./support";

jest.setTimeout(180_000);

const SAMPLE = path.join(ROOT, "assets", "sample-2020-assessment.xlsx");
const PT_PER_MM = 72 / 25.4;

let tmp: { dir: string; done: () => void };
let docxFile: string;
let json: JsonDoc & { docx?: string };

beforeAll(() => {
  tmp = tempDir();
  docxFile = path.join(tmp.dir, "通报.docx");
  const r = runAssess(["rank", SAMPLE, "-o", path.join(tmp.dir, "ranked.xlsx"), "--docx", docxFile, "--json"]);
  if (r.code !== 0) throw new Error(r.stderr);
  json = parseJson(r.stdout);
});
afterAll(() => tmp.done());

/** Section 二 as the JSON's notice gives it, less the statistics lines the sheet adds. */
// The statistics lines are the sheet's addition; the 校验码 stands under the date, not in section 二.
const section2 = (): string[] => json.notice.split("\n").filter((l) => !/共\d+个，平均分/.test(l) && !l.startsWith("校验码："));

test("the command line writes the document where --docx says and names it in its JSON", () => {
  expect(json.ok).toBe(true);
  expect(json.docx).toBe(docxFile);
  expect(existsSync(docxFile)).toBe(true);
  expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});

test("its section 二 is the notice the command line prints, its annex rows the ranked units", () => {
  const xml = docxParts(readFileSync(docxFile))["word/document.xml"] as string;
  const texts = bodyParagraphs(xml).map((p) => p.text);
  const from = texts.indexOf("二、考评结果及等次");
  expect(texts.slice(from, from + section2().length)).toEqual(section2());
  expect(texts[from + 2]).toBe("1．考评结果为优秀等次的县（区）3个：清丰县、台前县、开发区管委会。");

  const ts = tables(xml);
  expect(ts).toHaveLength(json.groups.length);
  json.groups.forEach((g, k) => {
    const rows = ts[k]?.rows.slice(1) ?? [];
    expect(rows.map((r) => [r[0], r[1], r[r.length - 2], r[r.length - 1]])).toEqual(g.units.map((u) => [String(u.rank), u.name, u.total.toFixed(2), u.tier]));
  });
});

interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** Every word LibreOffice printed, with its page and box in points. */
function words(pdf: string): Word[] {
  const out: Word[] = [];
  run("pdftotext", ["-bbox", pdf, `${pdf}.html`]);
  const html = readFileSync(`${pdf}.html`, "utf8");
  html
    .split("<page ")
    .slice(1)
    .forEach((page, p) => {
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        out.push({ page: p + 1, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] as string });
      }
    });
  return out;
}

itWithOffice("LibreOffice prints it on A4 within the GB/T 9704 text block, section 二 in order, every unit whole", () => {
  const profile = `file://${path.join(tmp.dir, "lo-profile")}`;
  run(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", tmp.dir, docxFile]);
  const pdf = path.join(tmp.dir, "通报.pdf");

  // The first page as the README shows it.
  mkdirSync(path.join(ROOT, "docs"), { recursive: true });
  run("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf, path.join(ROOT, "docs", "notice-page1")]);

  const info = run("pdfinfo", [pdf]);
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
  expect(Number(w)).toBeCloseTo(595, -0.3);
  expect(Number(h)).toBeCloseTo(842, -0.3);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);

  // The text: section 二's lines in order (Chinese wraps anywhere, so compared without the breaks),
  // and in the annexes every unit on one printed row with its rank, total and tier.
  const layout = run("pdftotext", ["-layout", pdf, "-"]);
  // …with the page numbers that fall between two pages' lines taken out.
  const flat = layout
    .split("\n")
    .filter((l) => !/^\s*—\s*\d+\s*—\s*$/.test(l))
    .join("")
    .replace(/\s+/g, "");
  let at = 0;
  for (const line of section2()) {
    const found = flat.indexOf(line, at);
    expect({ line, found: found >= 0 }).toEqual({ line, found: true });
    at = found + line.length;
  }
  const rows = layout.split("\n").map((l) => l.trim().split(/\s+/));
  // The header row, on one line, at the top of every page a table runs over (one per group, and one
  // more where 市直部门's 37 rows go on to a second page).
  const header = ["名次", "单位名称", "日常考核", "实地考核", "满意度调查", "综合成绩", "等次"];
  expect(rows.filter((r) => r.join(" ") === header.join(" ")).length).toBeGreaterThan(json.groups.length);
  for (const g of json.groups) {
    let from = 0;
    for (const u of g.units) {
      const k = rows.findIndex((r, i) => i >= from && r[0] === String(u.rank) && r[1] === u.name);
      expect({ unit: u.name, printedWhole: k >= 0 }).toEqual({ unit: u.name, printedWhole: true });
      expect(rows[k]?.slice(-2)).toEqual([u.total.toFixed(2), u.tier]);
      from = k + 1;
    }
  }

  // The grid: 28 characters a line (the addressees' first line, a full one, less the 、 LibreOffice
  // hangs in the margin) and lines 579 twips apart.
  const firstLine = layout.split("\n").find((l) => l.trim().startsWith("各县（区）")) ?? "";
  expect(firstLine.replace(/\s+/g, "").replace(/[、。，；：]$/, "")).toHaveLength(28);

  // The margins, measured on the page: the addressees line starts 28 mm from the left edge; text on
  // every page starts within one grid line (579 twips) below 37 mm and ends above 297 − 35 = 262 mm.
  const all = words(pdf);
  const mm = (pt: number): number => pt / PT_PER_MM;
  const addressees = all.find((x) => x.page === 1 && x.text.startsWith("各"));
  expect(mm(addressees?.x0 ?? 0)).toBeCloseTo(28, 0);
  const isPageNumber = (x: Word): boolean => /^—?\d+—?$|^—$/.test(x.text) && mm(x.y0) > 262;
  for (let p = 1; p <= pages; p++) {
    const text = all.filter((x) => x.page === p && !isPageNumber(x));
    expect(mm(Math.min(...text.map((x) => x.y0)))).toBeGreaterThanOrEqual(37);
    expect(mm(Math.min(...text.map((x) => x.y0)))).toBeLessThan(37 + 579 / 20 / PT_PER_MM);
    expect(mm(Math.max(...text.map((x) => x.y1)))).toBeLessThanOrEqual(262.5);
    expect(Math.min(...text.map((x) => mm(x.x0)))).toBeGreaterThan(27.5);
    // A closing 、。， may hang in the margin: LibreOffice (7.4) reads w:overflowPunct="0" (Word: keep
    // punctuation inside the block) as hanging punctuation allowed. Never more than one character.
    const hanging = (x: Word): number => (/[、。，；：！？）」』”]$/.test(x.text) ? mm(16) : 0);
    expect(Math.max(...text.map((x) => mm(x.x1) - hanging(x)))).toBeLessThan(210 - 26 + 0.5);

    const tops = [...new Set(text.map((x) => Math.round(x.y0 * 10) / 10))].sort((x, y) => x - y);
    const steps = tops.slice(1).map((y, k) => y - (tops[k] as number));
    if (p <= 2) expect(steps.filter((d) => Math.abs(d - 579 / 20) < 0.3).length).toBeGreaterThan(10);

    // — N —, about 7 mm below the text block, one 4号 character in from the right (odd) or left (even).
    const number = all.filter((x) => x.page === p && isPageNumber(x));
    expect(number.map((x) => x.text).join("")).toBe(`—${p}—`);
    const middle = (Math.min(...number.map((x) => x.y0)) + Math.max(...number.map((x) => x.y1))) / 2;
    expect(mm(middle) - 262).toBeGreaterThan(5);
    expect(mm(middle) - 262).toBeLessThan(10);
    const oneChar = mm(14);
    if (p % 2 === 1) expect(mm(Math.max(...number.map((x) => x.x1)))).toBeCloseTo(210 - 26 - oneChar, 0);
    else expect(mm(Math.min(...number.map((x) => x.x0)))).toBeCloseTo(28 + oneChar, 0);
  }
});
