// Workbooks saved by LibreOffice, an independent writer: a flat OpenDocument sheet written here is
// converted by `soffice --convert-to xlsx` and read back cell by cell; the same sheet saved as .xls
// and .ods is recognised for what it is.
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { openPackage } from "../../src/xlsx/package";
import { tempDir } from "../cli/support";
import { cellAt, convertWithSoffice, gridsOfFile, itWithOffice } from "./support";

jest.setTimeout(180_000);

const cell = (value: string | number | boolean, extra = ""): string => {
  if (typeof value === "number") return `<table:table-cell office:value-type="float" office:value="${value}"${extra}><text:p>${value}</text:p></table:table-cell>`;
  // A boolean needs a boolean data style, or LibreOffice stores (and Excel shows) the number 1.
  if (typeof value === "boolean")
    return `<table:table-cell table:style-name="ce2" office:value-type="boolean" office:boolean-value="${value}"${extra}><text:p>${value ? "TRUE" : "FALSE"}</text:p></table:table-cell>`;
  return `<table:table-cell office:value-type="string"${extra}><text:p>${value}</text:p></table:table-cell>`;
};
const blank = "<table:table-cell/>";
const covered = "<table:covered-table-cell/>";
const row = (...cells: string[]): string => `<table:table-row>${cells.join("")}</table:table-row>`;

/** A score sheet as an office keeps it, with the features the reader must get right, and a hidden sheet. */
const FODS = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
  <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
  <number:boolean-style style:name="N2"><number:boolean/></number:boolean-style>
  <style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
  <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
  <table:table table:name="得分" table:style-name="ta1">
   ${row(`<table:table-cell table:number-columns-spanned="4" office:value-type="string"><text:p>2020年度考核得分</text:p></table:table-cell>`, covered, covered, covered)}
   ${row(cell("单位名称"), cell("类别"), cell("日常考核"), cell("扣分"), cell("填报日期"), cell("一票否决"), cell("核对"))}
   ${row(`<table:table-cell office:value-type="string"><text:p>清丰<text:span text:style-name="T1">县</text:span></text:p></table:table-cell>`, `<table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>县（区）</text:p></table:table-cell>`, cell(88.5), `<table:table-cell table:formula="of:=0*1" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>`, `<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2020-01-25"><text:p>2020-01-25</text:p></table:table-cell>`, cell(false), `<table:table-cell table:formula="of:=NA()" office:value-type="string" office:string-value=""><text:p>#N/A</text:p></table:table-cell>`)}
   ${row(cell("台前县"), covered, cell(91), blank, blank, cell(true))}
  </table:table>
  <table:table table:name="隐藏" table:style-name="ta2">
   ${row(blank, cell("备用"))}
  </table:table>
 </office:spreadsheet></office:body>
</office:document>`;

itWithOffice("reads a workbook LibreOffice saved as .xlsx cell by cell", () => {
  const tmp = tempDir();
  try {
    const source = path.join(tmp.dir, "scores.fods");
    writeFileSync(source, FODS);
    const xlsx = convertWithSoffice(source, "xlsx", tmp.dir);
    const opened = openPackage(readFileSync(xlsx));
    expect(opened.ok && opened.pkg.workbook.sheets.map((s) => [s.name, s.state])).toEqual([
      ["得分", "visible"],
      ["隐藏", "hidden"],
    ]);
    const [scores, hidden] = gridsOfFile(xlsx);
    if (!scores || !hidden) throw new Error("two sheets expected");
    expect([scores.originRow, scores.originCol]).toEqual([1, 1]);
    const expected: [number, number, unknown][] = [
      [1, 1, "2020年度考核得分"],
      [1, 2, null],
      [2, 1, "单位名称"],
      [2, 7, "核对"],
      [3, 1, "清丰县"],
      [3, 2, "县（区）"],
      [3, 3, 88.5],
      [3, 4, 0],
      [3, 5, "2020-01-25"],
      [3, 6, false],
      [3, 7, "#N/A"],
      [4, 1, "台前县"],
      [4, 2, null],
      [4, 3, 91],
      [4, 4, null],
      [4, 6, true],
    ];
    expect(expected.map(([r, c]) => [r, c, cellAt(scores, r, c)])).toEqual(expected);
    expect(scores.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 4 },
        { top: 3, left: 2, bottom: 4, right: 2 },
      ]),
    );
    expect(scores.uncalculated).toBeUndefined();
    expect([hidden.sheet, hidden.originRow, hidden.originCol, hidden.cells]).toEqual(["隐藏", 1, 2, [["备用"]]]);
  } finally {
    tmp.done();
  }
});

itWithOffice("recognises the same sheet saved as .xls and as .ods", () => {
  const tmp = tempDir();
  try {
    const source = path.join(tmp.dir, "scores.fods");
    writeFileSync(source, FODS);
    for (const [format, kind] of [
      ["xls", "xls"],
      ["ods", "ods"],
    ] as const) {
      const opened = openPackage(readFileSync(convertWithSoffice(source, format, tmp.dir)));
      expect(opened.ok ? "opened" : opened.failure.kind).toBe(kind);
    }
  } finally {
    tmp.done();
  }
});
