// The plan's look and page setup as the file writer renders it, read back by ExcelJS (an independent
// reader): paper, fit to one page wide with fit-to-page on, print titles, margins, footer, merged
// title, fonts, borders, alignment, row heights; the user's styles keep their indexes, and a re-run
// appends nothing more.
import ExcelJS from "exceljs";
import { rankWorkbook } from "../../../src/core/pipeline";
import type { WorkbookPlan } from "../../../src/core/types";
import { gridsFromBytes } from "../../../src/xlsx/read";
import { writeXlsx } from "../../../src/xlsx/write";
import { partsOf, text } from "../zipParts";

const UNITS: [string, string, number][] = [
  ["清丰县", "县（区）", 95],
  ["台前县", "县（区）", 93],
  ["市税务局", "市直部门", 96],
  ["市民政局", "市直部门", 79],
];

async function scoreWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("得分");
  ws.addRow(["濮阳市2020年度依法行政考核得分汇总表"]);
  ws.addRow(["单位名称", "类别", "日常考核", "实地考核", "满意度调查"]);
  for (const [name, group, score] of UNITS) ws.addRow([name, group, score, score, score]);
  ws.getCell("A1").font = { name: "仿宋", size: 14, bold: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function rank(input: Uint8Array): { plan: WorkbookPlan; bytes: Uint8Array } {
  const grids = gridsFromBytes(input);
  if (!grids.ok) throw new Error("unreadable");
  const plan = rankWorkbook(grids.grids).plan!;
  const out = writeXlsx(input, plan);
  if (!out.ok) throw new Error(`writeXlsx failed: ${JSON.stringify(out.failure)}`);
  return { plan, bytes: out.bytes };
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb;
}

it("writes the page setup: A4, portrait, fit to one page wide (switched on), centred, margins, footer, print titles", async () => {
  const { bytes } = rank(await scoreWorkbook());
  const parts = partsOf(bytes);
  const sheetXml = [...parts.keys()].filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).map((p) => text(parts, p));
  const results = sheetXml.find((x) => x.includes("濮阳市2020年度依法行政考核结果</t>"))!;
  expect(results).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  expect(results).toContain('<printOptions horizontalCentered="1"/>');
  expect(results).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>');
  expect(results).toContain("<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>");
  expect(results).toContain('<mergeCells count="1"><mergeCell ref="A1:H1"/></mergeCells>');
  expect(results).toContain('<row r="1" ht="32" customHeight="1">');

  const wb = await readBack(bytes);
  const ws = wb.getWorksheet("考核结果")!;
  expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
  expect(ws.pageSetup.margins).toMatchObject({ left: 0.6, right: 0.6, top: 0.75, bottom: 0.75 });
  expect(ws.headerFooter.oddFooter).toBe("&C第 &P 页 共 &N 页");
  expect(text(parts, "xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'考核结果'!$2:$2</definedName>`);
  expect(ws.pageSetup.printTitlesRow).toBe("2:2");
});

it("styles the cells: the title in 黑体, the table in 宋体 with thin borders, rank and tier centred, numbers right", async () => {
  const { bytes } = rank(await scoreWorkbook());
  const ws = (await readBack(bytes)).getWorksheet("考核结果")!;
  expect(ws.getCell("A1").value).toBe("濮阳市2020年度依法行政考核结果");
  expect(ws.getCell("A1").font).toMatchObject({ name: "黑体", size: 16 });
  expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
  expect(ws.getCell("B2").font).toMatchObject({ name: "黑体", size: 11 });
  const thin = { style: "thin" };
  expect(ws.getCell("B3").border).toMatchObject({ top: thin, bottom: thin, left: thin, right: thin });
  expect(ws.getCell("B3").font).toMatchObject({ name: "宋体", size: 11 });
  expect(ws.getCell("A3").alignment).toMatchObject({ horizontal: "center" });
  expect(ws.getCell("G3").alignment).toMatchObject({ horizontal: "right" });
  expect(ws.getCell("G3").numFmt).toBe("0.00");
  expect(ws.getCell("H3").alignment).toMatchObject({ horizontal: "center" });

  const notice = (await readBack(bytes)).getWorksheet("结果通报")!;
  expect(notice.getCell("A4").alignment).toMatchObject({ wrapText: true });
  expect(notice.getRow(4).height).toBeGreaterThan(15);
});

it("keeps the user's style indexes and appends nothing more when the ranked copy is ranked again", async () => {
  const input = await scoreWorkbook();
  const once = rank(input).bytes;
  const twice = rank(once).bytes;
  const before = text(partsOf(input), "xl/styles.xml");
  const after = text(partsOf(once), "xl/styles.xml");
  for (const list of ["fonts", "borders", "cellXfs"]) {
    const items = (xml: string): string => new RegExp(`<${list}[^>]*>(.*?)</${list}>`).exec(xml)?.[1] ?? "";
    expect(items(after).startsWith(items(before))).toBe(true);
  }
  expect(text(partsOf(twice), "xl/styles.xml")).toBe(after);
  // Its print titles are replaced, not added again: one for 考核结果 and one per tier sheet.
  const titles = (bytes: Uint8Array): string[] => text(partsOf(bytes), "xl/workbook.xml").match(/<definedName name="_xlnm.Print_Titles"[^>]*>[^<]*<\/definedName>/g) ?? [];
  expect(titles(twice)).toEqual(titles(once));
  expect(titles(once)).toHaveLength(4);
  // The user's title keeps its own font.
  expect((await readBack(twice)).getWorksheet("得分")!.getCell("A1").font).toMatchObject({ name: "仿宋", size: 14, bold: true });
});
