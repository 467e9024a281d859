// writeXlsx on workbooks made in memory, read back by ExcelJS (an independent reader): the plan's sheets
// with their values, formats, widths, frozen and bold header; the user's sheets untouched; only the
// sheets the plan removes go; re-ranking updates in place; a workbook without a styles part gets one.
import ExcelJS from "exceljs";
import type { SheetPlan, WorkbookPlan } from "../../../src/core/types";
import { writeXlsx } from "../../../src/xlsx/write";
import { partsOf, same, text, zipParts } from "../zipParts";

const results: SheetPlan = {
  name: "考核结果",
  kind: "results",
  rowCount: 4,
  frozenRows: 1,
  boldRows: [0],
  columns: [
    { width: 6, numFmt: "0", values: ["名次", 1, 2, 3] },
    { width: 24, numFmt: null, values: ["单位名称", '=HYPERLINK("http://example.com","点我")', " 乙县 ", "丙_x0041_局\u0007"] },
    { width: 10, numFmt: "0.00", head: ["综合成绩"], numbers: new Float64Array([92.8, Number.NaN, 60]) },
    { width: 8, numFmt: null, values: ["一票否决", true, false, null] },
  ],
};

const tierSheet = (name: string): SheetPlan => ({ name, kind: "tier", rowCount: 1, frozenRows: 0, boldRows: [], columns: [{ width: 10, numFmt: null, values: [name] }] });

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function written(input: Uint8Array, plan: WorkbookPlan): Uint8Array {
  const out = writeXlsx(input, plan);
  if (!out.ok) throw new Error(`writeXlsx failed: ${JSON.stringify(out.failure)}`);
  return out.bytes;
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb;
}

it("adds the plan's sheets with values, formats, widths, frozen and bold header, text as text, and activates one", async () => {
  const input = await workbook((wb) => {
    wb.addWorksheet("得分").getCell("A1").value = "单位名称";
  });
  const back = await readBack(written(input, { remove: [], sheets: [results], activate: "考核结果" }));

  expect(back.worksheets.map((w) => w.name)).toEqual(["得分", "考核结果"]);
  const ws = back.getWorksheet("考核结果") as ExcelJS.Worksheet;
  expect(ws.getCell("B2").value).toBe('=HYPERLINK("http://example.com","点我")');
  expect(ws.getCell("B2").type).toBe(ExcelJS.ValueType.String);
  expect(ws.getCell("B2").numFmt).toBe("@");
  expect(ws.getCell("B3").value).toBe(" 乙县 ");
  expect(ws.getCell("C2").value).toBe(92.8);
  expect(ws.getCell("C2").numFmt).toBe("0.00");
  expect(ws.getCell("C3").value).toBeNull();
  expect(ws.getCell("A2").numFmt).toBe("0");
  expect(ws.getCell("D2").value).toBe(true);
  expect(ws.getCell("D3").value).toBe(false);
  expect(ws.getCell("A1").font?.bold).toBe(true);
  expect(ws.getCell("A2").font?.bold).toBeFalsy();
  expect(ws.getColumn(2).width).toBe(24);
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(back.views[0]?.activeTab).toBe(1);
  expect(back.getWorksheet("得分")?.getCell("A1").value).toBe("单位名称");
});

it("writes strings as inline strings and never touches sharedStrings.xml", async () => {
  const input = await workbook((wb) => {
    wb.addWorksheet("得分").getCell("A1").value = "mine";
  });
  const before = partsOf(input);
  const after = partsOf(written(input, { remove: [], sheets: [results], activate: null }));
  expect(same(after.get("xl/sharedStrings.xml"), before.get("xl/sharedStrings.xml"))).toBe(true);
  const sheet = [...after.keys()].filter((n) => !before.has(n));
  expect(sheet).toHaveLength(1);
  const xml = text(after, sheet[0] as string);
  expect(xml).not.toContain('t="s"');
  expect(xml).toContain('t="inlineStr"');
  expect(xml).not.toContain("<f>");
});

it("removes only the sheets the plan removes, and writes again in place a sheet it writes again", async () => {
  const input = await workbook((wb) => {
    wb.addWorksheet("得分").getCell("A1").value = "mine";
    wb.addWorksheet("考核结果").getCell("A1").value = "old result";
    wb.addWorksheet("合格等次").getCell("A1").value = "old tier";
    wb.addWorksheet("说明").getCell("A1").value = "mine too";
  });
  const out = written(input, { remove: ["考核结果", "合格等次"], sheets: [results, tierSheet("优秀等次")], activate: "考核结果" });
  const back = await readBack(out);
  // 考核结果 keeps its place (second); 合格等次 goes; 优秀等次 comes after the user's sheets.
  expect(back.worksheets.map((w) => w.name)).toEqual(["得分", "考核结果", "说明", "优秀等次"]);
  expect(back.getWorksheet("说明")?.getCell("A1").value).toBe("mine too");
  expect(back.getWorksheet("考核结果")?.getCell("A1").value).toBe("名次");
  expect(back.views[0]?.activeTab).toBe(1);

  const before = partsOf(input);
  const after = partsOf(out);
  const sheetOf = (parts: typeof before, name: string): string => new RegExp(`<sheet name="${name}"[^>]*/>`).exec(text(parts, "xl/workbook.xml"))?.[0] ?? "";
  expect(sheetOf(after, "考核结果")).toBe(sheetOf(before, "考核结果"));
  expect(sheetOf(after, "合格等次")).toBe("");
  expect(text(after, "docProps/app.xml")).not.toContain("合格等次");
  expect(text(after, "docProps/app.xml")).toContain("<vt:lpstr>优秀等次</vt:lpstr>");
});

it("gives a workbook without a styles part one, with its content type and relationship", async () => {
  const parts = partsOf(
    await workbook((wb) => {
      wb.addWorksheet("得分").getCell("A1").value = 1;
    }),
  );
  parts.delete("xl/styles.xml");
  parts.set("[Content_Types].xml", new TextEncoder().encode(text(parts, "[Content_Types].xml").replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, "")));
  parts.set("xl/_rels/workbook.xml.rels", new TextEncoder().encode(text(parts, "xl/_rels/workbook.xml.rels").replace(/<Relationship [^>]*Target="styles.xml"\/>/, "")));
  const out = partsOf(written(zipParts(parts), { remove: [], sheets: [results], activate: null }));
  expect(text(out, "[Content_Types].xml")).toContain('PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"');
  expect(text(out, "xl/_rels/workbook.xml.rels")).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/styles" Target="styles.xml"/);
  const back = await readBack(zipParts(out));
  expect(back.getWorksheet("考核结果")?.getCell("C2").numFmt).toBe("0.00");
  expect(back.getWorksheet("考核结果")?.getCell("A1").font?.bold).toBe(true);
});

it("refuses bytes that are not a workbook with the reader's failure, not a throw", () => {
  const out = writeXlsx(new TextEncoder().encode("单位名称,日常考核\n"), { remove: [], sheets: [results], activate: null });
  expect(out.ok).toBe(false);
});

it("drops the relationships of a generated sheet it writes again, whose new XML refers to none of them, and the parts only they reached", async () => {
  const input = await workbook((wb) => {
    wb.addWorksheet("得分").getCell("A1").value = "mine";
    const old = wb.addWorksheet("考核结果");
    old.getCell("A1").value = "old result";
    old.getCell("A1").note = "a note someone added to ASSESS's sheet";
  });
  const before = partsOf(input);
  const part = "xl/worksheets/sheet2.xml";
  expect(before.has("xl/worksheets/_rels/sheet2.xml.rels")).toBe(true);
  const after = partsOf(written(input, { remove: ["考核结果"], sheets: [results], activate: "考核结果" }));
  expect(after.has("xl/worksheets/_rels/sheet2.xml.rels")).toBe(false);
  expect(text(after, part)).toContain("<t>名次</t>");
  // The note's comments and their VML went with the relationships: nothing pointed at them any more.
  const noteParts = [...before.keys()].filter((n) => /comments|vmlDrawing/.test(n) && !n.endsWith(".rels"));
  expect(noteParts).toHaveLength(2);
  expect(noteParts.filter((n) => after.has(n))).toEqual([]);
  expect([...after.keys()].sort()).toEqual([...before.keys()].filter((n) => !noteParts.includes(n) && n !== "xl/worksheets/_rels/sheet2.xml.rels").sort());
  expect(text(after, "[Content_Types].xml")).toBe(text(before, "[Content_Types].xml").replace(/<Override PartName="\/xl\/comments\d*\.xml"[^>]*\/>/, ""));
  const back = await readBack(zipParts(after));
  expect(back.getWorksheet("考核结果")?.getCell("A1").value).toBe("名次");
});

it("reports a damaged part it must edit as a corrupt file, naming the part, instead of throwing", async () => {
  const parts = partsOf(
    await workbook((wb) => {
      wb.addWorksheet("得分").getCell("A1").value = 1;
    }),
  );
  parts.set("xl/styles.xml", new TextEncoder().encode(text(parts, "xl/styles.xml").slice(0, 200)));
  const out = writeXlsx(zipParts(parts), { remove: [], sheets: [results], activate: null });
  expect(out).toEqual({ ok: false, failure: { kind: "corrupt", part: "xl/styles.xml" } });
});
