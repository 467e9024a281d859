// The promise of the file path, tested the way a user would find out: a score workbook that LibreOffice
// itself saved with a chart, a pivot table, an image, comments, a validation list, conditional
// formatting, defined names, a hidden sheet, print titles and custom properties
// (test/fixtures/office/build.py) is ranked by the command line; the copy must hold every part of the
// input byte for byte, differ only by ASSESS's own entries in the parts that list sheets, open in
// LibreOffice with all of it, and a re-rank must replace exactly ASSESS's parts.
import { copyFileSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { parseJson, ROOT, runAssess, tempDir } from "../cli/support";
import { convert, itWithOffice, sheetsAsCsv } from "./libreoffice";
import { readParts, same, stylesNotKept, text, userPartsChanged, type Parts } from "./zipParts";

jest.setTimeout(240_000);

const FIXTURES = path.join(ROOT, "test", "fixtures", "office");
const OFFICE = path.join(FIXTURES, "office.xlsx");
const RANKED = path.join(FIXTURES, "office-ranked.xlsx");

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.done());
const at = (name: string): string => path.join(tmp.dir, name);

/** Removes each of `pieces` from `xml`, failing when one is not there exactly once. */
/** The print titles ASSESS defines on its sheets `names` (the header row, the second), one each. */
function printTitles(wb: string, names: readonly string[]): string[] {
  const titles = elements(wb, "definedName").filter((d) => d.includes('name="_xlnm.Print_Titles"'));
  return names.map((name) => {
    const own = titles.filter((d) => d.endsWith(`>'${name}'!$2:$2</definedName>`));
    expect({ name, defined: own.length }).toEqual({ name, defined: 1 });
    return own[0] as string;
  });
}

function without(xml: string, pieces: readonly string[]): string {
  let out = xml;
  for (const piece of pieces) {
    const first = out.indexOf(piece);
    expect({ piece, found: first >= 0 && out.indexOf(piece, first + 1) < 0 }).toEqual({ piece, found: true });
    out = out.slice(0, first) + out.slice(first + piece.length);
  }
  return out;
}

const elements = (xml: string, tag: string): string[] => xml.match(new RegExp(`<${tag}\\b[^>]*?(?:/>|>.*?</${tag}>)`, "g")) ?? [];
const sheetEntry = (workbook: string, name: string): string => elements(workbook, "sheet").find((e) => e.includes(`name="${name}"`)) ?? `(no sheet ${name})`;

/** The part each sheet of a workbook is stored in, by sheet name. */
function sheetParts(parts: Parts): Map<string, string> {
  const rels = new Map(elements(text(parts, "xl/_rels/workbook.xml.rels"), "Relationship").map((r) => [/Id="([^"]+)"/.exec(r)?.[1], /Target="([^"]+)"/.exec(r)?.[1]]));
  return new Map(elements(text(parts, "xl/workbook.xml"), "sheet").map((s) => [/name="([^"]+)"/.exec(s)?.[1] as string, `xl/${rels.get(/r:id="([^"]+)"/.exec(s)?.[1]) ?? ""}`]));
}

/** The parts of ASSESS's chart on the sheet stored in `sheetPart`: its relationships, drawing (with its relationships) and chart. */
function chartParts(parts: Parts, sheetPart: string): string[] {
  const relsOf = (part: string): string => `${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`;
  const targetOf = (part: string, type: string): string => {
    const rel = elements(text(parts, relsOf(part)), "Relationship").find((r) => r.includes(`/relationships/${type}"`)) ?? "";
    return path.posix.normalize(`${path.posix.dirname(part)}/${/Target="([^"]+)"/.exec(rel)?.[1] ?? "(none)"}`);
  };
  const drawing = targetOf(sheetPart, "drawing");
  const chart = targetOf(drawing, "chart");
  expect(text(parts, chart)).toContain("<c:barChart>");
  return [relsOf(sheetPart), drawing, relsOf(drawing), chart];
}

/** Content-type overrides of ASSESS's drawing and chart parts among `parts`. */
const chartOverrides = (parts: readonly string[]): string[] =>
  parts
    .filter((p) => !p.endsWith(".rels"))
    .map((p) => `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.${p.includes("/charts/") ? "drawingml.chart" : "drawing"}+xml"/>`);

/** User's worksheets may lose tabSelected and nothing else; every other user part is byte for byte the same. */
const expectUserPartsKept = (input: Parts, output: Parts, except: readonly string[]): void => expect(userPartsChanged(input, output, except)).toEqual([]);

describe("ranking a workbook that LibreOffice saved with the features offices use", () => {
  it("keeps every part of the input and adds only ASSESS's sheets and entries", () => {
    const run = runAssess(["rank", OFFICE, "-o", at("ranked.xlsx"), "--json"]);
    expect(run.code).toBe(0);
    const input = readParts(OFFICE);
    const output = readParts(at("ranked.xlsx"));

    const generated = ["考核结果", "优秀等次", "良好等次", "合格等次", "不合格等次", "结果通报", "等次分布", "单位反馈", "考核设置"];
    const outSheets = sheetParts(output);
    const added = generated.map((name) => outSheets.get(name) as string);
    // The tier chart's parts take numbers the user's chart and drawings leave free.
    const chart = chartParts(output, outSheets.get("等次分布") as string);
    expect(chart.filter((p) => input.has(p))).toEqual([]);
    expect([...output.keys()].sort()).toEqual([...input.keys(), ...added, ...chart].sort());
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/pivotCache/pivotCacheRecords1.xml",
      "xl/media/image1.png",
      "xl/comments1.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "docProps/custom.xml",
      "xl/sharedStrings.xml",
    ]) {
      expect({ part, same: same(input.get(part), output.get(part)) }).toEqual({ part, same: true });
    }
    expectUserPartsKept(input, output, []);

    const wb = text(output, "xl/workbook.xml");
    const newEntries = [...generated.map((name) => sheetEntry(wb, name)), ...printTitles(wb, ["考核结果", "优秀等次", "良好等次", "合格等次", "不合格等次", "单位反馈"])];
    // The workbook opens on 考核结果 (the fifth tab); nothing else of the user's workbook.xml moved.
    expect(without(wb, newEntries).replace('activeTab="4"', 'activeTab="0"')).toBe(text(input, "xl/workbook.xml"));
    const types = text(output, "[Content_Types].xml");
    expect(
      without(types, [
        ...added.map((p) => `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
        ...chartOverrides(chart),
      ]),
    ).toBe(text(input, "[Content_Types].xml"));
    const rels = text(output, "xl/_rels/workbook.xml.rels");
    const newRels = elements(rels, "Relationship").filter((r) => added.some((p) => r.includes(`Target="${p.slice("xl/".length)}"`)));
    expect(newRels).toHaveLength(added.length);
    expect(without(rels, newRels)).toBe(text(input, "xl/_rels/workbook.xml.rels"));
    expect(text(output, "docProps/app.xml")).toBe(text(input, "docProps/app.xml"));
    expect(stylesNotKept(text(input, "xl/styles.xml"), text(output, "xl/styles.xml"))).toBeNull();
    // One selected tab, ASSESS's results: two would group the sheets in Excel.
    const selected = [...outSheets].filter(([, part]) => /<sheetView\b[^>]*tabSelected="(?:1|true)"/.test(text(output, part))).map(([name]) => name);
    expect(selected).toEqual(["考核结果"]);
  });

  itWithOffice("opens in LibreOffice with its chart, pivot table, image, comments, names, hidden sheet and properties", () => {
    expect(runAssess(["rank", OFFICE, "-o", at("ranked.xlsx")]).code).toBe(0);
    convert(at("ranked.xlsx"), "xlsx", at("resaved"), tmp.dir);
    const again = readParts(path.join(at("resaved"), "ranked.xlsx"));
    const names = [...again.keys()];
    expect(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/pivotTables\/pivotTable\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/media\/image\d+\.png$/.test(n))).toBe(true);
    const comments = names
      .filter((n) => /^xl\/comments\d*\.xml$/.test(n))
      .map((n) => text(again, n))
      .join("");
    expect(comments).toContain("县（区）第一名");
    expect(comments).toContain("实地考核复核后修改");
    const chart = names
      .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
      .map((n) => text(again, n))
      .join("");
    expect(chart).toContain("得分!$G$3:$G$22");
    expect(chart).toMatch(/'?等次分布'?!\$B\$3:\$B\$\d+/);
    const wb = text(again, "xl/workbook.xml");
    expect(wb).toMatch(/name="最高综合"[^>]*>MAX\(得分!\$G\$3:\$G\$22\)</);
    expect(wb).toMatch(/name="税率"[^>]*>0\.06</);
    expect(wb).toMatch(/localSheetId="0" name="_xlnm.Print_Titles"[^>]*>得分!\$1:\$2</);
    expect(sheetEntry(wb, "底稿")).toContain('state="hidden"');
    expect(text(again, "docProps/custom.xml")).toContain("考核年度");

    const csv = sheetsAsCsv(at("ranked.xlsx"), tmp.dir);
    const results = (csv.get("考核结果") ?? "").trim().split(/\r?\n/);
    expect(results).toHaveLength(22);
    expect(results[0]).toMatch(/^2020年度依法行政考核结果,/);
    expect(results[2]).toMatch(/^1,清丰县,县（区）,96,92,95,94\.7,优秀$/);
    expect(csv.get("透视")).toMatch(/县（区）/);
  });
});

describe("ranking again a copy that LibreOffice saved with a user's formula on ASSESS's results", () => {
  // Stricter tiers: 合格等次 and 不合格等次 are no longer written, so they are removed; the other sheets
  // are written again in place.
  const STRICTER = { tiers: [{ label: "优秀", min: 85 }, { label: "良好" }] };

  itWithOffice("replaces ASSESS's sheets in place, removes the old ones, and the user's formula counts the new results", () => {
    writeFileSync(at("rules.json"), JSON.stringify(STRICTER));
    const run = runAssess(["rank", RANKED, "-o", at("again.xlsx"), "--scheme", at("rules.json"), "--json"]);
    expect(run.code).toBe(0);
    const doc = parseJson(run.stdout);
    const excellent = doc.groups.flatMap((g) => g.units).filter((u) => u.tier === "优秀").length;

    const input = readParts(RANKED);
    const output = readParts(at("again.xlsx"));
    const before = sheetParts(input);
    const after = sheetParts(output);
    const gone = [before.get("合格等次"), before.get("不合格等次")] as string[];
    // 等次分布 and its chart are ASSESS's too: written again under the same sheet part, the chart's parts
    // replaced by those of this run.
    const chartSheet = after.get("等次分布") as string;
    expect(chartSheet).toBe(before.get("等次分布"));
    const oldChart = chartParts(input, chartSheet);
    const chart = chartParts(output, chartSheet);
    expect([...output.keys()].sort()).toEqual(
      [...input.keys()]
        .filter((n) => !gone.includes(n) && !oldChart.includes(n))
        // 单位反馈 is new since the copy was ranked: added, like any sheet a newer ASSESS writes.
        .concat(...chart, after.get("单位反馈") as string)
        .sort(),
    );
    const own = ["考核结果", "优秀等次", "良好等次", "结果通报", "考核设置", "等次分布"];
    for (const name of own) {
      expect(after.get(name)).toBe(before.get(name));
      expect(sheetEntry(text(output, "xl/workbook.xml"), name)).toBe(sheetEntry(text(input, "xl/workbook.xml"), name));
    }
    const rewritten = own.map((n) => before.get(n) as string);
    expectUserPartsKept(input, output, [...gone, ...rewritten, ...oldChart, `xl/worksheets/_rels/${chartSheet.split("/").pop() ?? ""}.rels`]);

    const wbBefore = text(input, "xl/workbook.xml");
    const wbAfter = text(output, "xl/workbook.xml");
    // 统计 was the 13th tab; two tabs before it went, so its print titles are now local to the 11th.
    expect(wbBefore).toContain('localSheetId="12" name="_xlnm.Print_Titles"');
    expect(wbAfter).toContain('localSheetId="10" name="_xlnm.Print_Titles"');
    const normalised = (xml: string): string => xml.replace(/activeTab="\d+"/, "").replace(/localSheetId="(10|12)"/, "");
    const tierSheets = ["考核结果", "优秀等次", "良好等次"];
    // LibreOffice saved ASSESS's print titles with the sheet name unquoted.
    const savedTitles = (xml: string, names: readonly string[]): string[] =>
      elements(xml, "definedName").filter((d) => d.includes('name="_xlnm.Print_Titles"') && names.some((n) => d.endsWith(`>${n}!$2:$2</definedName>`)));
    // 单位反馈 is new since the copy was ranked: its entry and print titles are added.
    expect(normalised(without(wbAfter, [...printTitles(wbAfter, [...tierSheets, "单位反馈"]), sheetEntry(wbAfter, "单位反馈")]))).toBe(
      normalised(without(wbBefore, [sheetEntry(wbBefore, "合格等次"), sheetEntry(wbBefore, "不合格等次"), ...savedTitles(wbBefore, [...tierSheets, "合格等次", "不合格等次"])])),
    );
    expect(wbAfter).toContain('activeTab="4"');
    const overrides = (xml: string, parts: readonly string[]): string[] => elements(xml, "Override").filter((o) => parts.some((p) => o.includes(`"/${p}"`)));
    const typesBefore = text(input, "[Content_Types].xml");
    const typesAfter = text(output, "[Content_Types].xml");
    expect(without(typesAfter, overrides(typesAfter, [...chart, after.get("单位反馈") as string]))).toBe(without(typesBefore, overrides(typesBefore, [...gone, ...oldChart])));
    expect(stylesNotKept(text(input, "xl/styles.xml"), text(output, "xl/styles.xml"))).toBeNull();

    // LibreOffice recalculates: the user's COUNTIF over 考核结果 counts the new 优秀 units (the copy it
    // saved had counted 8 under the old tiers).
    const csv = sheetsAsCsv(at("again.xlsx"), tmp.dir);
    expect(excellent).not.toBe(8);
    expect((csv.get("统计") ?? "").trim()).toBe(`优秀单位数,${excellent}`);
    expect(csv.has("合格等次")).toBe(false);
    const resaved = at("resaved");
    convert(at("again.xlsx"), "xlsx", resaved, tmp.dir);
    expect(text(readParts(path.join(resaved, "again.xlsx")), "xl/workbook.xml")).toMatch(/name="优秀数"[^>]*>COUNTIF\(考核结果!\$H:\$H,&quot;优秀&quot;\)</);
  });

  it("ranking its own copy again changes no part at all", () => {
    writeFileSync(at("rules.json"), JSON.stringify(STRICTER));
    expect(runAssess(["rank", RANKED, "-o", at("b.xlsx"), "--scheme", at("rules.json")]).code).toBe(0);
    expect(runAssess(["rank", at("b.xlsx"), "-o", at("c.xlsx"), "--scheme", at("rules.json")]).code).toBe(0);
    const b = readParts(at("b.xlsx"));
    const c = readParts(at("c.xlsx"));
    expect([...c.keys()]).toEqual([...b.keys()]);
    for (const [name, bytes] of b) expect({ name, same: same(bytes, c.get(name)) }).toEqual({ name, same: true });
  });

  it("replaces its tier chart on every run: one chart of ASSESS's, of the tiers of that run, and the part count stable", () => {
    writeFileSync(at("rules.json"), JSON.stringify(STRICTER));
    expect(runAssess(["rank", OFFICE, "-o", at("a.xlsx")]).code).toBe(0);
    expect(runAssess(["rank", at("a.xlsx"), "-o", at("b.xlsx"), "--scheme", at("rules.json")]).code).toBe(0);
    expect(runAssess(["rank", at("b.xlsx"), "-o", at("c.xlsx"), "--scheme", at("rules.json")]).code).toBe(0);
    const input = readParts(OFFICE);
    const runs = ["a.xlsx", "b.xlsx", "c.xlsx"].map((f) => readParts(at(f)));
    const count = (parts: Parts, pattern: RegExp): number => [...parts.keys()].filter((n) => pattern.test(n)).length;
    const tiersCharted = runs.map((parts) => {
      // The user's chart and drawings and ASSESS's one, each run.
      expect(count(parts, /^xl\/charts\/chart\d+\.xml$/)).toBe(count(input, /^xl\/charts\/chart\d+\.xml$/) + 1);
      expect(count(parts, /^xl\/drawings\/drawing\d+\.xml$/)).toBe(count(input, /^xl\/drawings\/drawing\d+\.xml$/) + 1);
      expectUserPartsKept(input, parts, []);
      const chart = chartParts(parts, sheetParts(parts).get("等次分布") as string)[3] as string;
      return [...text(parts, chart).matchAll(/<c:tx><c:strRef><c:f>[^<]*<\/c:f><c:strCache><c:ptCount val="1"\/><c:pt idx="0"><c:v>([^<]+)</g)].map((m) => m[1]);
    });
    expect(tiersCharted).toEqual([
      ["优秀", "良好", "合格", "不合格"],
      ["优秀", "良好"],
      ["优秀", "良好"],
    ]);
    // Two tier sheets fewer under the stricter tiers, and nothing else: the chart was replaced, not added.
    const [a, b, c] = runs as [Parts, Parts, Parts];
    expect(b.size).toBe(a.size - 2);
    expect([...c.keys()]).toEqual([...b.keys()]);
  });

  it("leaves the input file as it was", () => {
    copyFileSync(RANKED, at("in.xlsx"));
    const before = readFileSync(at("in.xlsx"));
    expect(runAssess(["rank", at("in.xlsx")]).code).toBe(0);
    expect(readFileSync(at("in.xlsx")).equals(before)).toBe(true);
  });
});
