// The streaming reader against real files: each cell read as Excel shows it.
import { openPackage } from "../../src/xlsx/package";
import { readGrids } from "../../src/xlsx/read";
import { cellAt, excelJsBytes, gridsOf, handMadeWorkbook } from "./support";

describe("cells written by ExcelJS", () => {
  it("reads strings, rich text, numbers, booleans, errors, dates and formula results as Excel shows them", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("得分");
      ws.getCell("B2").value = "单位名称";
      ws.getCell("C2").value = 88.5;
      ws.getCell("D2").value = true;
      ws.getCell("E2").value = false;
      ws.getCell("B3").value = { richText: [{ text: "清丰" }, { font: { bold: true }, text: "县" }] };
      ws.getCell("C3").value = { error: "#N/A" };
      ws.getCell("D3").value = new Date(Date.UTC(2020, 0, 25));
      ws.getCell("E3").value = { formula: "0*1", result: 0 };
      ws.getCell("F3").value = { formula: "C2+1", result: 89.5 };
      ws.getCell("G3").value = { formula: "B2", result: "单位名称" };
      ws.getCell("H3").value = "";
      ws.getCell("C4").value = -0.25;
      ws.getCell("D4").value = 43855.5;
      ws.getCell("D4").numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell("E4").value = 7;
      ws.getCell("E4").numFmt = '0.0"分"';
    });
    const [grid] = gridsOf(bytes);
    expect(grid).toMatchObject({ sheet: "得分", originRow: 2, originCol: 2 });
    expect(grid?.cells).toEqual([
      ["单位名称", 88.5, true, false],
      ["清丰县", "#N/A", "2020-01-25", 0, 89.5, "单位名称"],
      [null, -0.25, "2020-01-25", 7],
    ]);
    expect(grid?.uncalculated).toBeUndefined();
  });

  it("reads dates of a 1904-based workbook on their own day", async () => {
    const bytes = await excelJsBytes((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("日期");
      ws.getCell("A1").value = new Date(Date.UTC(2020, 0, 25));
      ws.getCell("A2").value = new Date(Date.UTC(1904, 0, 2));
    });
    const pkg = openPackage(bytes);
    expect(pkg.ok && pkg.pkg.workbook.date1904).toBe(true);
    expect(gridsOf(bytes)[0]?.cells).toEqual([["2020-01-25"], ["1904-01-02"]]);
  });

  it("leaves a formula without a computed value blank and names its cell", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("得分");
      ws.getCell("A1").value = "单位名称";
      ws.getCell("B1").value = "日常考核";
      ws.getCell("A2").value = "清丰县";
      ws.getCell("B2").value = { formula: "SUM(C2:D2)" } as unknown as number;
      ws.getCell("B3").value = { formula: "0*1", result: 0 };
    });
    const [grid] = gridsOf(bytes);
    expect(grid?.cells).toEqual([["单位名称", "日常考核"], ["清丰县"], [null, 0]]);
    expect(grid?.uncalculated).toEqual(["B2"]);
  });

  it("gives the merged areas, the value in the top-left cell only", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("得分");
      ws.getCell("A1").value = "2020年度依法行政考核得分汇总表";
      ws.mergeCells("A1:E1");
      ws.getCell("B2").value = "类别";
      ws.getCell("B3").value = "县（区）";
      ws.mergeCells("B3:B6");
      ws.getCell("C3").value = "清丰县";
      ws.getCell("C6").value = "台前县";
    });
    const [grid] = gridsOf(bytes);
    expect(grid?.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 5 },
      { top: 3, left: 2, bottom: 6, right: 2 },
    ]);
    expect(grid?.cells).toEqual([["2020年度依法行政考核得分汇总表"], [null, "类别"], [null, "县（区）", "清丰县"], [], [], [null, null, "台前县"]]);
  });

  it("reads hidden and very hidden sheets too, in tab order, and says which they are", async () => {
    const bytes = await excelJsBytes((wb) => {
      wb.addWorksheet("说明").getCell("A1").value = "说明";
      const hidden = wb.addWorksheet("县(区)");
      hidden.state = "hidden";
      hidden.getCell("A1").value = 1;
      const veryHidden = wb.addWorksheet("草稿");
      veryHidden.state = "veryHidden";
      veryHidden.getCell("B2").value = 2;
    });
    const opened = openPackage(bytes);
    if (!opened.ok) throw new Error(opened.failure.kind);
    expect(opened.pkg.workbook.sheets.map((s) => [s.name, s.state, s.sheetId])).toEqual([
      ["说明", "visible", 1],
      ["县(区)", "hidden", 2],
      ["草稿", "veryHidden", 3],
    ]);
    expect(gridsOf(bytes).map((g) => [g.sheet, g.originRow, g.originCol, g.cells])).toEqual([
      ["说明", 1, 1, [["说明"]]],
      ["县(区)", 1, 1, [[1]]],
      ["草稿", 2, 2, [[2]]],
    ]);
  });

  it("gives a stray value a million rows down its place without a row array for each blank row", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("得分");
      ws.getCell("A1").value = "单位名称";
      ws.getCell("D1000000").value = 1;
    });
    const [grid] = gridsOf(bytes);
    expect(grid?.cells.length).toBe(1_000_000);
    expect(grid && cellAt(grid, 1_000_000, 4)).toBe(1);
    expect(grid?.cells[999_999]).toEqual([null, null, null, 1]);
    // Every blank row between them is one shared empty row.
    expect(new Set(grid?.cells.slice(1, 999_999)).size).toBe(1);
    expect(grid?.cells[500_000]).toEqual([]);
  });

  it("refuses a workbook past its cell budget as too large", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("得分");
      for (let r = 1; r <= 30; r++) for (let c = 1; c <= 4; c++) ws.getCell(r, c).value = r * c;
      wb.addWorksheet("另一表").getCell("A1").value = 1;
    });
    const opened = openPackage(bytes);
    if (!opened.ok) throw new Error(opened.failure.kind);
    expect(readGrids(opened.pkg, { cells: 120 })).toEqual({ ok: false, failure: { kind: "tooLarge", part: "xl/worksheets/sheet2.xml" } });
    expect(readGrids(opened.pkg, { cells: 119 })).toMatchObject({ ok: false, failure: { kind: "tooLarge" } });
    expect(readGrids(opened.pkg, { cells: 121 }).ok).toBe(true);
  });

  it("counts the blanks a far column puts into a row against the budget", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("得分");
      ws.getCell("A1").value = "单位名称";
      ws.getCell("XFD2").value = "远处";
    });
    const opened = openPackage(bytes);
    if (!opened.ok) throw new Error(opened.failure.kind);
    expect(readGrids(opened.pkg, { cells: 16_000 })).toMatchObject({ ok: false, failure: { kind: "tooLarge" } });
    const read = readGrids(opened.pkg, { cells: 16_385 });
    expect(read.ok && read.grids[0]?.cells[1]?.length).toBe(16_384);
  });
});

describe("cells as other writers put them", () => {
  it("reads inline strings with their runs, phonetic guides left out, and cells without addresses", () => {
    const bytes = handMadeWorkbook(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>单位名称</t></is></c><c r="B1" t="inlineStr"><is><r><t>日常</t></r><r><rPr><b/></rPr><t xml:space="preserve">考核 </t></r><rPh sb="0" eb="2"><t>にちじょう</t></rPh></is></c></row>' +
        '<row r="3"><c t="inlineStr"><is><t>清丰县</t></is></c><c><v>90</v></c><c t="str"><f>"x"</f><v></v></c><c t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
        '<row><c t="b"><v>1</v></c><c t="d"><v>2020-01-25T00:00:00</v></c></row>',
    );
    expect(gridsOf(bytes)[0]?.cells).toEqual([["单位名称", "日常考核 "], [], ["清丰县", 90, null, "#DIV/0!"], [true, "2020-01-25"]]);
  });

  it("drops a value a file keeps in a merged area's covered cell, as Excel shows it", () => {
    const bytes = handMadeWorkbook('<row r="2"><c r="B2"><v>1</v></c><c r="C2"><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c><c r="C3"><v>4</v></c><c r="D3"><v>5</v></c></row>', {
      extraSheetXml: '<mergeCells count="1"><mergeCell ref="B2:C3"/></mergeCells>',
    });
    const [grid] = gridsOf(bytes);
    expect(grid).toMatchObject({ originRow: 2, originCol: 2, merges: [{ top: 2, left: 2, bottom: 3, right: 3 }] });
    expect(grid?.cells).toEqual([[1], [null, null, 5]]);
  });

  it("reads shared strings and the number formats that make dates from their own parts", () => {
    const bytes = handMadeWorkbook('<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>43855</v></c><c r="C1" s="2"><v>43855</v></c><c r="D1" s="3"><v>43855.25</v></c></row>', {
      parts: {
        "xl/sharedStrings.xml":
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>未用</t></si><si><r><t>单位</t></r><r><t>名称</t></r><rPh><t>たんい</t></rPh></si></sst>',
        "xl/styles.xml":
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.00&quot;d&quot;"/><numFmt numFmtId="165" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs></styleSheet>',
      },
    });
    expect(gridsOf(bytes)[0]?.cells).toEqual([["单位名称", 43855, "2020-01-25", "2020-01-25"]]);
  });

  it("finds a sheet part named by an absolute target", () => {
    const bytes = handMadeWorkbook('<row r="1"><c r="A1"><v>7</v></c></row>', { sheetTarget: "/xl/worksheets/sheet1.xml" });
    expect(gridsOf(bytes)[0]?.cells).toEqual([[7]]);
  });

  it("refuses a workbook whose text is past its budget, counting a shared string once", () => {
    const bytes = handMadeWorkbook(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>0</v></c><c r="D1" t="inlineStr"><is><t>12345</t></is></c></row>',
      { parts: { "xl/sharedStrings.xml": '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>1234567890</t></si></sst>' } },
    );
    const opened = openPackage(bytes);
    if (!opened.ok) throw new Error(opened.failure.kind);
    expect(readGrids(opened.pkg, { textChars: 15 }).ok).toBe(true);
    expect(readGrids(opened.pkg, { textChars: 14 })).toEqual({ ok: false, failure: { kind: "tooLarge", part: "xl/worksheets/sheet1.xml" } });
    expect(readGrids(opened.pkg, { textChars: 9 })).toEqual({ ok: false, failure: { kind: "tooLarge", part: "xl/sharedStrings.xml" } });
  });

  it("does not expand entities a sheet declares in its DTD (a billion laughs): it is refused as corrupt", () => {
    let entities = '<!ENTITY lol0 "lol">';
    for (let i = 1; i < 10; i++) entities += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
    const sheet = `<?xml version="1.0"?><!DOCTYPE worksheet [${entities}]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
    const opened = openPackage(handMadeWorkbook("", { parts: { "xl/worksheets/sheet1.xml": sheet } }));
    if (!opened.ok) throw new Error(opened.failure.kind);
    expect(readGrids(opened.pkg)).toEqual({ ok: false, failure: { kind: "corrupt", part: "xl/worksheets/sheet1.xml" } });
  });

  it("calls a sheet that is not well-formed XML corrupt, naming the part", () => {
    const opened = openPackage(handMadeWorkbook('<row r="1"><c r="A1"><v>7</v></row>'));
    if (!opened.ok) throw new Error(opened.failure.kind);
    expect(readGrids(opened.pkg)).toEqual({ ok: false, failure: { kind: "corrupt", part: "xl/worksheets/sheet1.xml" } });
  });
});
