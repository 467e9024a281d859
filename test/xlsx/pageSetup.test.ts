// --print-a4 on one sheet part: where its page setup goes in the XML Excel checks against the schema,
// what of the user's it keeps, and when it leaves the sheet alone.
import { readFileSync } from "fs";
import { join } from "path";
import { SaxesParser } from "saxes";
import { gridsFromBytes } from "../../src/xlsx/read";
import { partsOf, text, zipParts } from "./zipParts";
import { printOnA4 } from "../../src/xlsx/write/pageSetup";

const enc = new TextEncoder();
const dec = new TextDecoder();
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const CELLS = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>单位名称 &amp; 得分</t></is></c></row></sheetData>';

function edited(xml: string): string {
  const out = printOnA4(enc.encode(xml));
  if (out.kind !== "set") throw new Error("the sheet was kept");
  return dec.decode(out.bytes);
}

/** The root's children by local name, in order, read by an XML parser (so the output is well formed). */
function children(xml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    if (depth === 1) names.push(tag.name.replace(/^.*:/, ""));
    depth++;
  });
  parser.on("closetag", () => depth--);
  parser.write(xml).close();
  return names;
}

const A4 = /<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"\/>/;

describe("a score sheet given A4 portrait, one page wide (--print-a4)", () => {
  test("a sheet with no page setup gets one after its margins and before its header, footer and drawing, and fitToPage in a new sheetPr", () => {
    const xml = `<?xml version="1.0"?><worksheet ${NS} xmlns:r="r"><dimension ref="A1"/>${CELLS}<pageMargins left="0.7"/><headerFooter><oddFooter>第 &amp;P 页</oddFooter></headerFooter><drawing r:id="rId1"/></worksheet>`;
    const out = edited(xml);
    expect(children(out)).toEqual(["sheetPr", "dimension", "sheetData", "pageMargins", "pageSetup", "headerFooter", "drawing"]);
    expect(out).toMatch(A4);
    expect(out).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension');
    // The cells and everything else are as they were.
    expect(out.replace(/<sheetPr>.*?<\/sheetPr>/, "").replace(A4, "")).toBe(xml);
  });

  test("a pageSetup that names no paper (as ExcelJS writes it) is given A4, keeping its other settings", () => {
    const xml = `<worksheet ${NS}>${CELLS}<pageSetup orientation="landscape" horizontalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/></worksheet>`;
    const out = edited(xml);
    expect(out).toContain('<pageSetup orientation="portrait" horizontalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="0" paperSize="9"/>');
    expect(children(out)).toEqual(["sheetPr", "sheetData", "pageSetup"]);
  });

  test("a sheet whose page setup names a paper is kept, whatever the paper", () => {
    for (const setup of ['<pageSetup paperSize="1"/>', '<pageSetup paperSize="9" orientation="landscape"/>', '<pageSetup paperHeight="297mm" paperWidth="210mm"/>']) {
      expect(printOnA4(enc.encode(`<worksheet ${NS}>${CELLS}${setup}</worksheet>`)).kind).toBe("kept");
    }
  });

  test("fitToPage goes into the sheetPr the sheet has: after its tab colour, into a self-closed one, onto its pageSetUpPr", () => {
    const withColour = edited(`<worksheet ${NS}><sheetPr codeName="Sheet1"><tabColor rgb="FFFF0000"/><outlinePr summaryBelow="0"/></sheetPr>${CELLS}</worksheet>`);
    expect(withColour).toContain('<sheetPr codeName="Sheet1"><tabColor rgb="FFFF0000"/><outlinePr summaryBelow="0"/><pageSetUpPr fitToPage="1"/></sheetPr>');
    const selfClosed = edited(`<worksheet ${NS}><sheetPr filterMode="0"/>${CELLS}</worksheet>`);
    expect(selfClosed).toContain('<sheetPr filterMode="0"><pageSetUpPr fitToPage="1"/></sheetPr>');
    const existing = edited(`<worksheet ${NS}><sheetPr><pageSetUpPr autoPageBreaks="0" fitToPage="false"/></sheetPr>${CELLS}</worksheet>`);
    expect(existing).toContain('<sheetPr><pageSetUpPr autoPageBreaks="0" fitToPage="1"/></sheetPr>');
    for (const out of [withColour, selfClosed, existing]) expect(children(out)).toEqual(["sheetPr", "sheetData", "pageSetup"]);
  });

  test("a document that spells its elements with a prefix gets its new elements with the same prefix", () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/><x:tableParts count="0"/></x:worksheet>`;
    const out = edited(xml);
    expect(out).toBe(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetPr><x:pageSetUpPr fitToPage="1"/></x:sheetPr><x:sheetData/><x:pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/><x:tableParts count="0"/></x:worksheet>`,
    );
  });

  test("an element of the same name nested deeper (a rule's extLst) does not decide where the page setup goes", () => {
    const xml = `<worksheet ${NS}>${CELLS}<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting><pageMargins left="0.7"/><extLst><ext uri="y"/></extLst></worksheet>`;
    expect(children(edited(xml))).toEqual(["sheetPr", "sheetData", "conditionalFormatting", "pageMargins", "pageSetup", "extLst"]);
  });
});

describe("whether a sheet of a file chooses its paper (what decides the A4 box)", () => {
  const paper = (file: string): Record<string, boolean | undefined> => {
    const read = gridsFromBytes(new Uint8Array(readFileSync(join(__dirname, "..", "..", file))));
    if (!read.ok) throw new Error(`${file} does not read`);
    return Object.fromEntries(read.grids.map((g) => [g.sheet, g.paperChosen]));
  };

  test("the 2020 sample's score sheet names no paper (its pageSetup has none), so it is offered A4", () => {
    expect(paper("assets/sample-2020-assessment.xlsx")["考核得分"]).toBe(false);
  });

  test("a custom view's page setup is not the sheet's: a sheet with none but an A4 custom view names no paper", () => {
    const parts = partsOf(new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets/sample-2020-assessment.xlsx"))));
    const sheet = text(parts, "xl/worksheets/sheet1.xml");
    const view = '<customSheetViews><customSheetView guid="{00000000-0000-0000-0000-000000000001}"><pageSetup paperSize="9"/></customSheetView></customSheetViews>';
    expect(sheet).toContain("<mergeCells");
    // The sheet's own pageSetup taken out: only the view's is left, and it is not the sheet's.
    const own = /<pageSetup [^>]*\/>/;
    expect(sheet).toMatch(own);
    parts.set("xl/worksheets/sheet1.xml", enc.encode(sheet.replace(own, "").replace("<mergeCells", `${view}<mergeCells`)));
    const read = gridsFromBytes(zipParts(parts));
    if (!read.ok) throw new Error("the edited sample does not read");
    expect(read.grids.find((g) => g.sheet === "考核得分")?.paperChosen).toBe(false);
  });

  test("a workbook LibreOffice saved on A4 has its paper chosen on every sheet", () => {
    expect(paper("test/fixtures/office/office.xlsx")).toEqual({ 得分: true, 透视: true, 说明: true, 底稿: true });
  });
});
