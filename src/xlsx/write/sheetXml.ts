// A generated sheet as worksheet XML, produced in chunks: a 100,000-unit results sheet is some 20 MB
// of XML, which goes to the deflater a chunk at a time instead of being built as one string.
import { planCell } from "../../core/plan";
import { columnLetter } from "../../core/read/address";
import type { SheetPlan } from "../../core/types";
import type { Dialect } from "./dialect";
import { xmlText } from "./xml";

/** Style indexes (into cellXfs) of one column, normal and bold. */
export interface ColumnStyles {
  number: [number, number];
  text: [number, number];
  other: [number, number];
}

export interface SheetLook {
  /** cellXfs index for each column of the plan. */
  columns: ColumnStyles[];
  /** The workbook opens on this sheet. */
  tabSelected: boolean;
  dialect: Dialect;
  /** The r:id of the sheet's drawing (its charts), or null when it has none. */
  drawing: string | null;
}

/** Characters per chunk handed on: large enough to keep calls few, small enough to stay out of the way. */
const CHUNK = 1 << 16;

/**
 * Writes `plan` as a worksheet, calling `emit` with consecutive pieces of its text. What ExcelJS wrote
 * for a plan, cell for cell: a string is an inline string (never a formula, never a shared string),
 * stored under the text format; an empty string or null is no cell; numbers carry the column's format.
 */
export function writeSheetXml(plan: SheetPlan, look: SheetLook, emit: (chunk: string) => void): void {
  const width = plan.columns.length;
  const letters = plan.columns.map((_, c) => columnLetter(c + 1));
  const bold = new Set(plan.boldRows);
  // The ` s="…"` of each column's numbers, text and other values, normal and bold, spelled once.
  const attrs = look.columns.map((c) => ({ number: c.number.map(styleAttr), text: c.text.map(styleAttr), other: c.other.map(styleAttr) }));
  const lastRow = Math.max(plan.rowCount, 1);
  const dimension = width === 0 ? "A1" : `A1:${letters[width - 1] as string}${lastRow}`;

  let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${look.dialect.main}" xmlns:r="${look.dialect.relationships}">`;
  out += `<dimension ref="${dimension}"/>${sheetViews(plan, look)}<sheetFormatPr defaultRowHeight="15"/>`;
  if (width > 0) {
    out += "<cols>";
    plan.columns.forEach((col, c) => {
      out += `<col min="${c + 1}" max="${c + 1}" width="${col.width}" customWidth="1"/>`;
    });
    out += "</cols>";
  }
  out += "<sheetData>";
  for (let r = 0; r < plan.rowCount; r++) {
    const b = bold.has(r) ? 1 : 0;
    const rowNumber = String(r + 1);
    let cells = "";
    for (let c = 0; c < width; c++) {
      const value = planCell(plan.columns[c] as SheetPlan["columns"][number], r);
      if (value === null || value === "") continue;
      const styles = attrs[c] as { number: string[]; text: string[]; other: string[] };
      const ref = (letters[c] as string) + rowNumber;
      if (typeof value === "number") {
        // A NaN or an infinity has no spelling in a cell: it is a blank, as in a score column.
        if (!Number.isFinite(value)) continue;
        cells += `<c r="${ref}"${styles.number[b] as string}><v>${String(value)}</v></c>`;
      } else if (typeof value === "string") {
        const space = value !== value.trim() ? ' xml:space="preserve"' : "";
        cells += `<c r="${ref}"${styles.text[b] as string} t="inlineStr"><is><t${space}>${xmlText(value)}</t></is></c>`;
      } else {
        cells += `<c r="${ref}"${styles.other[b] as string} t="b"><v>${value ? 1 : 0}</v></c>`;
      }
    }
    if (cells === "") continue;
    out += `<row r="${rowNumber}">${cells}</row>`;
    if (out.length >= CHUNK) {
      emit(out);
      out = "";
    }
  }
  // The drawing follows everything sheetTail writes (page setup, header and footer), as CT_Worksheet orders it.
  const drawing = look.drawing === null ? "" : `<drawing r:id="${look.drawing}"/>`;
  out += `</sheetData>${sheetTail(plan)}${drawing}</worksheet>`;
  emit(out);
}

const styleAttr = (s: number): string => (s === 0 ? "" : ` s="${s}"`);

function sheetViews(plan: SheetPlan, look: SheetLook): string {
  const selected = look.tabSelected ? ' tabSelected="1"' : "";
  if (plan.frozenRows <= 0) return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  const topLeft = `A${plan.frozenRows + 1}`;
  return (
    `<sheetViews><sheetView${selected} workbookViewId="0">` +
    `<pane ySplit="${plan.frozenRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    "</sheetView></sheetViews>"
  );
}

/**
 * What follows the cells, in the schema's order (printOptions, pageMargins, pageSetup, headerFooter):
 * the place where a sheet's page setup goes. Excel's default margins until the plan says more.
 */
function sheetTail(_plan: SheetPlan): string {
  return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
}
