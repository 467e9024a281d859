// The edits of the parts that list sheets, on the XML that Excel and LibreOffice write: only ASSESS's
// entries change, and everything that counts sheets by position (localSheetId, activeTab, firstSheet)
// follows the sheets that are removed.
import { editAppXml } from "../../../src/xlsx/write/appXml";
import { TRANSITIONAL } from "../../../src/xlsx/write/dialect";
import { appendStyles, emptyStyles } from "../../../src/xlsx/write/styles";
import { editWorkbookXml } from "../../../src/xlsx/write/workbookXml";

const WORKBOOK = (views: string, names: string): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  `<workbookPr defaultThemeVersion="164011"/>${views}<sheets>` +
  '<sheet name="得分" sheetId="1" r:id="rId1"/><sheet name="考核结果" sheetId="2" r:id="rId2"/><sheet name="合格等次" sheetId="3" r:id="rId3"/>' +
  '<sheet name="统计" sheetId="4" r:id="rId4"/><sheet name="附表" sheetId="5" state="hidden" r:id="rId5"/></sheets>' +
  `${names}<calcPr calcId="191029"/></workbook>`;

describe("workbook.xml", () => {
  const names =
    "<definedNames>" +
    '<definedName name="_xlnm.Print_Titles" localSheetId="0">得分!$1:$2</definedName>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="2">合格等次!$A$1:$C$9</definedName>' +
    '<definedName name="_xlnm.Print_Titles" localSheetId="3">统计!$1:$1</definedName>' +
    '<definedName name="本表合计" localSheetId="4">附表!$B$9</definedName>' +
    '<definedName name="税率">0.06</definedName>' +
    "</definedNames>";

  it("removes a sheet with the names local to it, and shifts the names, activeTab and firstSheet of the sheets after it", () => {
    const xml = WORKBOOK('<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" firstSheet="3" activeTab="3"/></bookViews>', names);
    const out = editWorkbookXml(xml, { remove: ["rId3"], add: [], rename: [], activate: null, definedNames: [], relationshipsNamespace: TRANSITIONAL.relationships });
    expect(out).not.toContain("合格等次");
    expect(out).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">得分!$1:$2</definedName>');
    expect(out).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="2">统计!$1:$1</definedName>');
    expect(out).toContain('<definedName name="本表合计" localSheetId="3">附表!$B$9</definedName>');
    expect(out).toContain('<definedName name="税率">0.06</definedName>');
    expect(out).toContain('firstSheet="2" activeTab="2"');
    // Nothing else moved: put the removed entries back by hand and the input returns.
    const restored = out
      .replace('<sheet name="统计"', '<sheet name="合格等次" sheetId="3" r:id="rId3"/><sheet name="统计"')
      .replace(
        '<definedName name="_xlnm.Print_Titles" localSheetId="2">',
        '<definedName name="_xlnm.Print_Area" localSheetId="2">合格等次!$A$1:$C$9</definedName><definedName name="_xlnm.Print_Titles" localSheetId="3">',
      )
      .replace('localSheetId="3">附表', 'localSheetId="4">附表')
      .replace('firstSheet="2" activeTab="2"', 'firstSheet="3" activeTab="3"');
    expect(restored).toBe(xml);
  });

  it("adds sheets after the user's with fresh ids and activates one, keeping the names' text", () => {
    const xml = WORKBOOK('<bookViews><workbookView activeTab="0"/></bookViews>', names);
    const out = editWorkbookXml(xml, {
      remove: ["rId3"],
      add: [{ name: "优秀等次", sheetId: 6, rId: "rId9" }],
      rename: [],
      activate: "考核结果",
      definedNames: [],
      relationshipsNamespace: TRANSITIONAL.relationships,
    });
    expect(out).toContain('<sheet name="附表" sheetId="5" state="hidden" r:id="rId5"/><sheet name="优秀等次" sheetId="6" r:id="rId9"/></sheets>');
    expect(out).toContain('<workbookView activeTab="1"/>');
  });

  it("writes a window when the workbook has none and must open on a sheet other than the first", () => {
    const out = editWorkbookXml(WORKBOOK("", ""), {
      remove: [],
      add: [{ name: "考核设置", sheetId: 6, rId: "rId6" }],
      rename: [],
      activate: "考核设置",
      definedNames: [],
      relationshipsNamespace: TRANSITIONAL.relationships,
    });
    expect(out).toContain('<bookViews><workbookView activeTab="5"/></bookViews><sheets>');
  });

  it("replaces a print title ASSESS sets on its own sheet, and adds one where there was none", () => {
    const out = editWorkbookXml(WORKBOOK("", names), {
      remove: [],
      add: [],
      rename: [],
      activate: null,
      definedNames: [
        { name: "_xlnm.Print_Area", sheet: "合格等次", formula: "'合格等次'!$A$1:$D$20" },
        { name: "_xlnm.Print_Titles", sheet: "考核结果", formula: "'考核结果'!$1:$1" },
      ],
      relationshipsNamespace: TRANSITIONAL.relationships,
    });
    expect(out).not.toContain("合格等次!$A$1:$C$9");
    expect(out).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="2">'合格等次'!$A$1:$D$20</definedName>`);
    expect(out).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'考核结果'!$1:$1</definedName>`);
  });
});

describe("styles.xml", () => {
  const LIBRE =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>' +
    '<fonts count="2"><font><sz val="10"/><name val="宋体"/><family val="2"/></font><font><sz val="16"/><name val="黑体"/></font></fonts>' +
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="164" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="true"/></cellXfs>' +
    "</styleSheet>";

  it("appends what ASSESS needs after the user's entries, reusing a format the workbook already has", () => {
    const looks = [
      { numFmt: "0.0", bold: false },
      { numFmt: "@", bold: true },
      { numFmt: null, bold: false },
      { numFmt: "0.000", bold: false },
    ];
    const { xml, indexes } = appendStyles(LIBRE, looks);
    expect(indexes.get("|")).toBe(0);
    expect(indexes.get("|0.0")).toBe(2);
    expect(indexes.get("b|@")).toBe(3);
    expect(indexes.get("|0.000")).toBe(4);
    expect(xml).toContain(
      '<numFmts count="3"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="0.0"/><numFmt numFmtId="166" formatCode="0.000"/></numFmts>',
    );
    // The bold font is the workbook's own default font (宋体 10), made bold.
    expect(xml).toContain(
      '<fonts count="3"><font><sz val="10"/><name val="宋体"/><family val="2"/></font><font><sz val="16"/><name val="黑体"/></font><font><b/><sz val="10"/><name val="宋体"/><family val="2"/></font></fonts>',
    );
    expect(xml).toContain('<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
    expect(xml).toContain('<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
    expect(xml).toContain('<xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>');
    expect(xml).toContain('<cellXfs count="5">');
  });

  it("adds nothing when run again on its own output", () => {
    const looks = [
      { numFmt: "0.00", bold: true },
      { numFmt: "0.000", bold: false },
    ];
    const once = appendStyles(LIBRE, looks);
    const twice = appendStyles(once.xml, looks);
    expect(twice.xml).toBe(once.xml);
    expect([...twice.indexes]).toEqual([...once.indexes]);
  });

  it("does not take a built-in id the workbook redefined", () => {
    const redefined = LIBRE.replace('<numFmt numFmtId="164" formatCode="General"/>', '<numFmt numFmtId="2" formatCode="0.0%"/>');
    const { xml, indexes } = appendStyles(redefined, [{ numFmt: "0.00", bold: false }]);
    expect(xml).toContain('<numFmt numFmtId="166" formatCode="0.00"/>');
    expect(xml).toContain('<xf numFmtId="166" fontId="0"');
    expect(indexes.get("|0.00")).toBe(2);
  });

  it("builds on Excel's defaults when the workbook had no styles part", () => {
    const { xml, indexes } = appendStyles(emptyStyles(TRANSITIONAL), [{ numFmt: "0.00", bold: true }]);
    expect(indexes.get("b|0.00")).toBe(1);
    expect(xml).toContain('<xf numFmtId="2" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>');
  });
});

describe("docProps/app.xml", () => {
  const EXCEL =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    '<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant>' +
    "<vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>" +
    '<TitlesOfParts><vt:vector size="4" baseType="lpstr"><vt:lpstr>得分</vt:lpstr><vt:lpstr>考核结果</vt:lpstr><vt:lpstr>合格等次</vt:lpstr><vt:lpstr>得分!Print_Titles</vt:lpstr></vt:vector></TitlesOfParts>' +
    "<AppVersion>16.0300</AppVersion></Properties>";

  it("removes and adds sheet titles under the worksheets' heading, before the named ranges, with the counts", () => {
    const out = editAppXml(EXCEL, { sheetNames: ["得分", "考核结果", "合格等次"], remove: ["合格等次"], add: ["优秀等次", "A&B"] });
    expect(out).toBe(
      EXCEL.replace("<vt:i4>3</vt:i4>", "<vt:i4>4</vt:i4>")
        .replace('<vt:vector size="4" baseType="lpstr">', '<vt:vector size="5" baseType="lpstr">')
        .replace("<vt:lpstr>合格等次</vt:lpstr>", "<vt:lpstr>优秀等次</vt:lpstr><vt:lpstr>A&amp;B</vt:lpstr>"),
    );
  });

  it("leaves a file without sheet titles (LibreOffice's) as it is", () => {
    const libre =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><TotalTime>0</TotalTime></Properties>';
    expect(editAppXml(libre, { sheetNames: ["得分"], remove: [], add: ["考核结果"] })).toBe(libre);
  });
});
