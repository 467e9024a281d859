// How the generated sheets look and print: what an office hands out is paper. Fonts, borders, title
// rows, page setup and the heights of wrapped rows are decided here, as plain data in the plan, so
// the file writer and the Office.js adapter print the same pages and decide nothing themselves.
import { REPORT_TEXT_ZH } from "../messages/report";
import type { Assessment, PageSetup, PlanCellStyle, PlanColumn, PlanFont, SheetLook } from "../types";
import { displayWidth } from "./format";

const BODY_FONT: PlanFont = { name: "宋体", size: 11, bold: false };
const HEADING_FONT: PlanFont = { name: "黑体", size: 11, bold: false };
const TITLE_FONT: PlanFont = { name: "黑体", size: 16, bold: false };

/** Cells of a table: thin borders, each column's alignment. */
export const TABLE_BODY: PlanCellStyle = { font: BODY_FONT, border: true, align: null, wrap: false };
/** The header row of a table. */
export const TABLE_HEADER: PlanCellStyle = { font: HEADING_FONT, border: true, align: "center", wrap: true };
/** A row inside a table that names the group below it (县（区）（3个）). */
export const TABLE_GROUP: PlanCellStyle = { font: HEADING_FONT, border: true, align: "left", wrap: false };
/** A table's cells that wrap (long lists on the settings sheet). */
export const TABLE_WRAPPED: PlanCellStyle = { font: BODY_FONT, border: true, align: "left", wrap: true };
/** The title row above a table, merged across it. */
export const TITLE: PlanCellStyle = { font: TITLE_FONT, border: false, align: "center", wrap: false };
/** A heading outside a table (二、考评结果及等次, 一、考核项目及权重). */
export const HEADING: PlanCellStyle = { font: HEADING_FONT, border: false, align: "left", wrap: false };
/** Text outside a table, its paragraphs wrapped to the width given to them. */
export const PARAGRAPH: PlanCellStyle = { font: BODY_FONT, border: false, align: "left", wrap: true };
/** Rows outside every table. */
export const PLAIN: PlanCellStyle = { font: BODY_FONT, border: false, align: null, wrap: false };

/** Points of a title row. */
export const TITLE_HEIGHT = 32;

/** Margins in inches: about 15 mm at the sides and 20 mm at the top and bottom, the footer inside. */
const MARGINS = { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.35 };
const A4_INCHES = { width: 8.27, height: 11.69 };

/**
 * A column of `width` characters in pixels at 96 dpi, as Excel and LibreOffice lay it out for the
 * usual default font (Calibri 11 or 宋体 11: 7 px a digit, plus 5 px of padding).
 */
export const columnPixels = (width: number): number => Math.trunc(width * 7 + 5);

/** Pixels across a page's printable width. */
const printablePixels = (orientation: PageSetup["orientation"]): number => ((orientation === "portrait" ? A4_INCHES.width : A4_INCHES.height) - MARGINS.left - MARGINS.right) * 96;

/** The widest a column may be for a wrapped paragraph to fill a portrait A4 line at full size. */
export const PORTRAIT_TEXT_WIDTH = Math.floor((printablePixels("portrait") - 5 - 8) / 7);

/**
 * Below this scale a table fitted to a portrait page is hard to read (11 pt printed at 7.7 pt):
 * it goes on a landscape page instead.
 */
const READABLE_SCALE = 0.7;

/** The page setup of a sheet whose columns are `widths` characters wide, the rows 0..titleRowsLast repeated. */
export function pageSetup(widths: readonly number[], titleRows: PageSetup["titleRows"]): PageSetup {
  const total = widths.reduce((sum, w) => sum + columnPixels(w), 0);
  const orientation = total * READABLE_SCALE > printablePixels("portrait") ? "landscape" : "portrait";
  return {
    paper: "A4",
    orientation,
    fitToOnePageWide: true,
    titleRows,
    centerHorizontally: true,
    margins: { ...MARGINS },
    footer: REPORT_TEXT_ZH.print.footer,
  };
}

/** The title stem of a workbook's sheets: from its score table's title, else from the notice's, else a plain one. */
export function titleStem(a: Assessment): string {
  const t = REPORT_TEXT_ZH.print;
  for (const table of a.table.tables) {
    const stem = table.title === undefined ? null : t.stemOfTableTitle(table.title);
    if (stem !== null) return stem;
  }
  const notice = a.scheme.notice?.title;
  return (notice === undefined ? null : t.stemOfNoticeTitle(notice)) ?? t.defaultStem;
}

/** Points of one line of 11 pt CJK text: the CJK fonts' line spacing (Noto CJK 1.45 em, 宋体 1.3 em), rounded up. */
const LINE_POINTS = 16.5;
/** A CJK character of 11 pt is 14.67 px wide; a Latin one of 宋体 half that. */
const CJK_CHAR_PIXELS = (11 * 96) / 72;
/** Pixels of a cell's width that text cannot use (the padding either side). */
const CELL_PADDING = 6;

/**
 * The lines `text` takes wrapped in a cell `pixels` wide. A character is kept back from each line:
 * a line may not begin with 、or 。, so a renderer breaks before the character ahead of one.
 */
export function wrappedLines(text: string, pixels: number): number {
  const perLine = fullWidthPerLine(pixels) * 2;
  let lines = 0;
  for (const paragraph of text.split("\n")) lines += Math.max(1, Math.ceil(displayWidth(paragraph) / perLine));
  return lines;
}

/** Full-width characters one wrapped line of a cell `pixels` wide is counted to hold (see wrappedLines). */
export const fullWidthPerLine = (pixels: number): number => Math.max(1, Math.floor((pixels - CELL_PADDING) / CJK_CHAR_PIXELS) - 1);

/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;

/** The height in points of a row whose tallest wrapped cell takes `lines` lines. */
export const rowPoints = (lines: number): number => Math.min(MAX_ROW_POINTS, Math.ceil(lines * LINE_POINTS + 4));

/** The most lines a row may hold and still fit Excel's tallest row. */
export const MAX_ROW_LINES = Math.floor((MAX_ROW_POINTS - 4) / LINE_POINTS);

/** A look with the page set up for `columns`, the rows `titleRows` repeated on every page. */
export function sheetLook(columns: readonly PlanColumn[], parts: Omit<SheetLook, "page" | "base">, titleRows: PageSetup["titleRows"]): SheetLook {
  return {
    base: PLAIN,
    ...parts,
    page: pageSetup(
      columns.map((c) => c.width),
      titleRows,
    ),
  };
}

/** A title's width in pixels at the title size. */
const titlePixels = (title: string): number => (displayWidth(title) / 2) * ((TITLE_FONT.size * 96) / 72) + 2 * CELL_PADDING;

/** Widens column `at` so that `title`, merged across every column, is not cut short. */
export function widenForTitle(columns: readonly PlanColumn[], at: number, title: string): void {
  const column = columns[at];
  if (column === undefined) return;
  const short = titlePixels(title) - columns.reduce((sum, c) => sum + columnPixels(c.width), 0);
  if (short > 0) column.width = Math.ceil(column.width + short / 7);
}
