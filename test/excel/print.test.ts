// The generated sheets' look and page setup through Office.js, against the double: the same plan the
// file writer prints (A4, fit to one page wide, print titles, footer, title rows, borders, fonts, the
// notice's row heights), set in batched requests, and set again when a re-ranking updates in place.
import path from "node:path";
import { applyPlan, readGrids } from "../../src/excel";
import { MAX_REQUEST_BYTES } from "../../src/excel/limits";
import { rankWorkbook } from "../../src/core/pipeline";
import { loadWorkbookDouble } from "../support/excel-double/xlsx";
import { rankInExcel, use } from "./inExcel";
import { scoreBook } from "./plans";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample-2020-assessment.xlsx");

const A4_PORTRAIT = {
  paperSize: "A4",
  orientation: "Portrait",
  zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  centerHorizontally: true,
  centerFooter: "第 &P 页 共 &N 页",
};

it("sets up every generated sheet's page, title row, fonts and borders as the file writer does", async () => {
  const d = use(await loadWorkbookDouble(SAMPLE));
  d.resetCounters();
  await rankInExcel();
  // One reading (two syncs), then one request for all the writes and the swap.
  expect(d.syncs).toBe(3);

  for (const sheet of ["考核结果", "优秀等次", "良好等次", "结果通报", "考核设置"]) {
    expect({ sheet, ...d.pageLayout(sheet) }).toMatchObject({ sheet, ...A4_PORTRAIT, leftMargin: 43.2, topMargin: 54 });
  }
  // The header row repeats on every page of the tables; the notice and the settings have none.
  expect(d.pageLayout("考核结果").printTitleRows).toBe("$2:$2");
  expect(d.pageLayout("优秀等次").printTitleRows).toBe("$2:$2");
  expect(d.pageLayout("结果通报").printTitleRows).toBeUndefined();

  // 考核结果: the title merged across the table in 黑体, the header in 黑体 with borders, the cells in
  // 宋体 with thin borders, rank and tier centred, numbers right.
  expect(d.cell("考核结果", "A1").value).toBe("濮阳市2020年度依法行政考核结果");
  expect(d.merges("考核结果")).toContain("A1:H1");
  expect(d.look("考核结果", "A1")).toMatchObject({ fontName: "黑体", fontSize: 16, horizontalAlignment: "Center" });
  expect(d.rowHeight("考核结果", 1)).toBe(32);
  expect(d.cell("考核结果", "B2").value).toBe("单位名称");
  expect(d.look("考核结果", "B2")).toMatchObject({ fontName: "黑体", horizontalAlignment: "Center", borderTop: "Continuous", borderBottom: "Continuous" });
  expect(d.look("考核结果", "B3")).toMatchObject({ fontName: "宋体", fontSize: 11, horizontalAlignment: "Left", borderLeft: "Continuous", borderRight: "Continuous" });
  expect(d.look("考核结果", "A3").horizontalAlignment).toBe("Center");
  expect(d.look("考核结果", "H3").horizontalAlignment).toBe("Center");
  expect(d.look("考核结果", "G3")).toMatchObject({ horizontalAlignment: "Right", borderBottom: "Continuous" });
  expect(d.cell("考核结果", "G3").numberFormat).toBe("0.00");
  // Below the table, no border.
  expect(d.look("考核结果", "G49").borderTop).toBeUndefined();
  expect(d.look("考核结果", "G48").borderBottom).toBe("Continuous");

  // 结果通报: paragraphs wrapped, each row as tall as its lines (the 23 市直部门 names take three).
  const notice = d.values("结果通报").map((r) => r[0]);
  const long = notice.findIndex((t) => typeof t === "string" && t.startsWith("1．考评结果为优秀等次的市直部门"));
  expect(d.look("结果通报", `A${long + 1}`)).toMatchObject({ wrapText: true, fontName: "宋体" });
  expect(d.rowHeight("结果通报", long + 1)).toBeGreaterThanOrEqual(3 * 16);
  const short = notice.findIndex((t) => typeof t === "string" && t.startsWith("1．考评结果为优秀等次的县"));
  expect(d.rowHeight("结果通报", short + 1)).toBeLessThan(d.rowHeight("结果通报", long + 1)!);
});

it("sets the page setup and row heights again when a re-ranking updates the sheets in place", async () => {
  const d = use(await loadWorkbookDouble(SAMPLE));
  await rankInExcel();
  // A person changes the page setup and a row's height; ranking again puts the plan's back.
  for (const sheet of ["考核结果", "结果通报"]) {
    const state = d.book.sheets.find((s) => s.name === sheet)!;
    state.pageLayout = { paperSize: "Letter", orientation: "Landscape" };
    state.rowHeights.set(40, 100);
  }
  await rankInExcel();
  expect(d.pageLayout("考核结果")).toMatchObject({ ...A4_PORTRAIT, printTitleRows: "$2:$2" });
  expect(d.pageLayout("结果通报")).toMatchObject(A4_PORTRAIT);
  expect(d.rowHeight("考核结果", 41)).toBeNull();
  expect(d.look("考核结果", "A1")).toMatchObject({ fontName: "黑体" });
  expect(d.merges("考核结果")).toEqual(["A1:H1"]);
});

it("keeps the look's requests under 4 MB and its syncs few at 20,000 units", async () => {
  const d = use(scoreBook(20_000));
  d.resetCounters();
  await rankInExcel();
  expect(d.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  expect(d.syncs).toBeLessThanOrEqual(6);
  expect(d.look("考核结果", "B20002")).toMatchObject({ fontName: "宋体", borderBottom: "Continuous" });
});

it("an Excel without ExcelApi 1.9 refuses the page setup, as Excel refuses an API it lacks", async () => {
  const d = use(scoreBook(3));
  const plan = rankWorkbook(await readGrids()).plan!;
  const before = d.snapshot();
  d.book.excelApi = "1.8";
  const outcome = await applyPlan(plan);
  expect(outcome.ok).toBe(false);
  expect(outcome.ok ? "" : outcome.problems[0]!.messageEn).toMatch(/ApiNotFound/);
  // The staged sheets are removed again: the workbook is as it was.
  expect(d.snapshot()).toEqual(before);
  // With ExcelApi 1.9 (which the manifest's 1.13 includes) the same plan is written.
  d.book.excelApi = "1.9";
  expect((await applyPlan(plan)).ok).toBe(true);
});
