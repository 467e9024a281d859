// The tier chart of the file path (等次分布), as a user would meet it: the ranked 2020 sample holds a
// native column chart over the sheet's table of counts; LibreOffice, an independent reader, prints it
// with bars in the tiers' colours and the groups named under them, and saved again as .xlsx it is still
// a chart that points at 等次分布. The printed page is the README's picture (docs/tier-chart.png).
import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, readFileSync } from "fs";
import path from "path";
import { PNG } from "pngjs";
import { tierColours } from "../../src/core/report/tierColours";
import { ROOT, runAssess, tempDir } from "../cli/support";
import { itWith } from "../support/tools";
import { convert, itWithOffice } from "./libreoffice";
import { readParts, text, type Parts } from "./zipParts";

jest.setTimeout(240_000);

const SAMPLE = path.join(ROOT, "assets", "sample-2020-assessment.xlsx");
const TIERS = ["优秀", "良好", "合格", "不合格"];
const COLOURS = tierColours(TIERS).map((c) => c.fill);

const itPrinting = itWith("soffice", "pdftotext");

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: "utf8", timeout: 150_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  return r.stdout;
}

let tmp: ReturnType<typeof tempDir>;
let ranked: string;
beforeAll(() => {
  tmp = tempDir();
  ranked = path.join(tmp.dir, "ranked.xlsx");
  const r = runAssess(["rank", SAMPLE, "-o", ranked]);
  if (r.code !== 0) throw new Error(r.stderr);
});
afterAll(() => tmp.done());

/** The part a relationship of `from` (by type suffix) points at. */
function target(parts: Parts, from: string, type: string): string {
  const folder = from.slice(0, from.lastIndexOf("/") + 1);
  const rels = text(parts, `${folder}_rels/${from.slice(folder.length)}.rels`);
  const rel = (rels.match(/<Relationship\b[^>]*>/g) ?? []).find((r) => r.includes(`/${type}"`));
  const t = /Target="([^"]+)"/.exec(rel ?? "")?.[1];
  if (t === undefined) throw new Error(`${from} has no ${type} relationship`);
  return path.posix.normalize(`${folder}${t}`);
}

describe("the tier chart in the ranked sample", () => {
  it("is a clustered column chart on 等次分布, one series per tier in its colour, over the sheet's cells", () => {
    const parts = readParts(ranked);
    const wb = text(parts, "xl/workbook.xml");
    const rId = /<sheet name="等次分布" sheetId="\d+" r:id="([^"]+)"/.exec(wb)?.[1];
    const sheetTarget = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rId}"`).exec(text(parts, "xl/_rels/workbook.xml.rels"));
    const sheet = `xl/${sheetTarget?.[1] ?? sheetTarget?.[2]}`;
    const sheetXml = text(parts, sheet);
    // CT_Worksheet's order: the drawing after the page setup.
    expect(sheetXml).toMatch(/<pageMargins [^>]*\/>.*<drawing r:id="rId1"\/><\/worksheet>$/);

    const drawing = target(parts, sheet, "drawing");
    expect(text(parts, drawing)).toContain('name="ASSESS 等次分布"');
    const chart = target(parts, drawing, "chart");
    const types = text(parts, "[Content_Types].xml");
    expect(types).toContain(`<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    expect(types).toContain(`<Override PartName="/${chart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);

    const xml = text(parts, chart);
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    const series = xml.match(/<c:ser>.*?<\/c:ser>/g) ?? [];
    expect(series).toHaveLength(4);
    series.forEach((ser, k) => {
      const column = "BCDE"[k] as string;
      expect(ser).toContain(`<c:tx><c:strRef><c:f>'等次分布'!$${column}$2</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${TIERS[k]}</c:v>`);
      expect(ser).toContain(`<a:srgbClr val="${(COLOURS[k] as string).slice(1)}"/>`);
      expect(ser).toContain(`<c:f>'等次分布'!$A$3:$A$4</c:f><c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>县（区）</c:v></c:pt><c:pt idx="1"><c:v>市直部门</c:v></c:pt>`);
      expect(ser).toContain(`<c:f>'等次分布'!$${column}$3:$${column}$4</c:f>`);
    });
    // The caches hold the counts the 2020 notice gives: 县（区） 3 优秀, 6 良好; 市直部门 23 优秀, 14 良好.
    const values = series.map((ser) => [...(/<c:val>.*<\/c:val>/.exec(ser)?.[0] ?? "").matchAll(/<c:v>(\d+)<\/c:v>/g)].map((m) => Number(m[1])));
    expect(values).toEqual([
      [3, 23],
      [6, 14],
      [0, 0],
      [0, 0],
    ]);
  });

  itPrinting("prints with the bars in the tiers' colours and the groups named under them", () => {
    const pdfDir = path.join(tmp.dir, "pdf");
    convert(ranked, "pdf", pdfDir, tmp.dir);
    const pdf = path.join(pdfDir, "ranked.pdf");
    const pages = run("pdftotext", ["-layout", pdf, "-"]).split("\f");
    const at = pages.findIndex((p) => p.includes("各类别考核等次分布"));
    expect(at).toBeGreaterThanOrEqual(0);
    const page = pages[at] as string;
    for (const group of ["县（区）", "市直部门"]) expect(page).toContain(group);
    for (const tier of TIERS) expect(page).toContain(tier);

    const stem = path.join(tmp.dir, "tier-chart");
    run("pdftoppm", ["-png", "-r", "70", "-f", String(at + 1), "-l", String(at + 1), "-singlefile", pdf, stem]);
    mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    copyFileSync(`${stem}.png`, path.join(ROOT, "docs", "tier-chart.png"));

    const png = PNG.sync.read(readFileSync(`${stem}.png`));
    const near = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
      let n = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        if (Math.abs((png.data[i] as number) - r) + Math.abs((png.data[i + 1] as number) - g) + Math.abs((png.data[i + 2] as number) - b) <= 30) n++;
      }
      return n;
    };
    const [green, blue, amber, red] = COLOURS.map(near) as [number, number, number, number];
    // 优秀 and 良好 have bars (26 and 20 units: bars of thousands of pixels at 70 dpi); 合格 and 不合格,
    // with no unit in the sample, show only in the legend's keys.
    expect(green).toBeGreaterThan(2000);
    expect(blue).toBeGreaterThan(2000);
    expect(green).toBeGreaterThan(blue);
    expect(amber).toBeGreaterThan(10);
    expect(red).toBeGreaterThan(10);
    expect(amber).toBeLessThan(500);
    expect(red).toBeLessThan(500);
  });

  itWithOffice("saved again by LibreOffice, it is still a chart of 等次分布's cells in the same colours", () => {
    const resaved = path.join(tmp.dir, "resaved");
    convert(ranked, "xlsx", resaved, tmp.dir);
    const again = readParts(path.join(resaved, "ranked.xlsx"));
    const charts = [...again.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const xml = text(again, charts[0] as string);
    expect(xml).toMatch(/<c:barDir val="col"\/>/);
    expect(xml).toMatch(/<c:f>'?等次分布'?!\$B\$3:\$B\$4<\/c:f>/);
    for (const colour of COLOURS) expect(xml.toLowerCase()).toContain(`<a:srgbclr val="${colour.slice(1).toLowerCase()}"/>`);
  });
});
