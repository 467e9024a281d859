// How the double's cells look (font, alignment, wrapping, borders), their rows' heights and each
// sheet's page layout. A format set on a range is kept as one record over its rectangle, so a style
// over a million rows costs one entry; a cell's look is the last record that covers it, property by
// property, back to the last clear.
import type { Rect } from "./a1";
import type { SheetState } from "./state";

export interface CellLook {
  fontName?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borderTop?: string;
  borderBottom?: string;
  borderLeft?: string;
  borderRight?: string;
}

/** A record over a rectangle: some properties set, or (reset) every format cleared. */
export interface LookRecord {
  rect: Rect;
  look: CellLook;
  reset?: boolean;
}

/** Worksheet.pageLayout as set (ExcelApi 1.9); absent properties were never set. */
export interface PageLayoutState {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally?: boolean;
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  centerFooter?: string;
  printTitleRows?: string;
}

const covers = (rect: Rect, row: number, col: number): boolean => row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;

export function lookAt(sheet: SheetState, row: number, col: number): CellLook {
  const out: CellLook = {};
  for (let k = sheet.looks.length - 1; k >= 0; k--) {
    const record = sheet.looks[k] as LookRecord;
    if (!covers(record.rect, row, col)) continue;
    if (record.reset === true) break;
    for (const [prop, value] of Object.entries(record.look)) if (!(prop in out)) (out as Record<string, unknown>)[prop] = value;
  }
  return out;
}

export function setLook(sheet: SheetState, rect: Rect, look: CellLook): void {
  sheet.looks.push({ rect, look });
}

export function clearLooks(sheet: SheetState, rect: Rect): void {
  sheet.looks.push({ rect, look: {}, reset: true });
}

/** The records over `from`, clipped to it and moved to start at (row, col): what a copy of the formats carries. */
export function copiedLooks(sheet: SheetState, from: Rect, row: number, col: number): LookRecord[] {
  const out: LookRecord[] = [];
  for (const record of sheet.looks) {
    const top = Math.max(record.rect.row, from.row);
    const left = Math.max(record.rect.col, from.col);
    const bottom = Math.min(record.rect.row + record.rect.rows, from.row + from.rows);
    const right = Math.min(record.rect.col + record.rect.cols, from.col + from.cols);
    if (top >= bottom || left >= right) continue;
    out.push({ ...record, rect: { row: top - from.row + row, col: left - from.col + col, rows: bottom - top, cols: right - left } });
  }
  return out;
}

/** Range.format.borders.getItem(index).style on `rect`, as the cells' own edges. */
export function borderRecords(rect: Rect, index: string, style: string): { rect: Rect; look: CellLook }[] {
  const { row, col, rows, cols } = rect;
  switch (index) {
    case "EdgeTop":
      return [{ rect: { row, col, rows: 1, cols }, look: { borderTop: style } }];
    case "EdgeBottom":
      return [{ rect: { row: row + rows - 1, col, rows: 1, cols }, look: { borderBottom: style } }];
    case "EdgeLeft":
      return [{ rect: { row, col, rows, cols: 1 }, look: { borderLeft: style } }];
    case "EdgeRight":
      return [{ rect: { row, col: col + cols - 1, rows, cols: 1 }, look: { borderRight: style } }];
    case "InsideHorizontal":
      return rows < 2
        ? []
        : [
            { rect: { row: row + 1, col, rows: rows - 1, cols }, look: { borderTop: style } },
            { rect: { row, col, rows: rows - 1, cols }, look: { borderBottom: style } },
          ];
    case "InsideVertical":
      return cols < 2
        ? []
        : [
            { rect: { row, col: col + 1, rows, cols: cols - 1 }, look: { borderLeft: style } },
            { rect: { row, col, rows, cols: cols - 1 }, look: { borderRight: style } },
          ];
    default:
      return [];
  }
}
