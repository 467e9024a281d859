// The looks (number format, bold, and the plan's typeface, borders and alignment) that the cells of
// ASSESS's sheets take, so that only the styles they use are appended to the workbook's styles part.
import { planCell } from "../../core/plan";
import type { CellValue, PlanCellStyle, PlanColumn, RowBand, SheetPlan } from "../../core/types";
import { lookKey, type CellLook } from "./styles";

/** Excel's number format for text: a cell so formatted stays text even when a person edits it. */
export const TEXT_FORMAT = "@";

export type ValueType = "number" | "text" | "other";

export const valueType = (v: CellValue): ValueType => (typeof v === "number" ? "number" : typeof v === "string" ? "text" : "other");

/**
 * The styles a sheet's rows take: slot 0 is the rows no band covers (null: a plan without a look,
 * whose cells keep the workbook's default font), slot k + 1 is the plan's band k.
 */
export function styleSlots(sheet: SheetPlan): (PlanCellStyle | null)[] {
  return [sheet.look?.base ?? null, ...(sheet.look?.bands ?? []).map((b) => b.style)];
}

/** The slot of each row in turn, for rows visited in ascending order. */
export class BandCursor {
  private next = 0;
  private readonly bands: readonly RowBand[];
  constructor(sheet: SheetPlan) {
    this.bands = sheet.look?.bands ?? [];
  }
  /** How many columns, from the first, the cells of `slot` are (the others take slot 0). */
  columns(slot: number): number {
    return slot === 0 ? Infinity : (this.bands[slot - 1]?.columns ?? Infinity);
  }
  slot(row: number): number {
    while (this.next < this.bands.length && (this.bands[this.next] as { last: number }).last < row) this.next++;
    const band = this.bands[this.next];
    return band !== undefined && band.first <= row ? this.next + 1 : 0;
  }
}

/** The look of a cell of `type` in `column`, on a row styled `style`, bold or not. */
export function lookOf(style: PlanCellStyle | null, column: PlanColumn, type: ValueType, bold: boolean): CellLook {
  const numFmt = type === "number" ? column.numFmt : type === "text" ? TEXT_FORMAT : null;
  if (style === null) return { numFmt, bold };
  return {
    numFmt,
    bold: bold || style.font.bold,
    font: { name: style.font.name, size: style.font.size },
    border: style.border,
    align: style.align ?? column.align ?? null,
    wrap: style.wrap,
  };
}

const TYPES: ValueType[] = ["number", "text", "other"];

/** Every look the plan's cells take: per row style and column, its numbers, its text and its other values, bold or not. */
export function cellLooks(sheets: readonly SheetPlan[]): CellLook[] {
  const looks = new Map<string, CellLook>();
  for (const sheet of sheets) {
    const bold = new Set(sheet.boldRows);
    const slots = styleSlots(sheet);
    const cursor = new BandCursor(sheet);
    const cols = sheet.columns.length;
    const seen = new Set<number>();
    for (let r = 0; r < sheet.rowCount; r++) {
      const rowSlot = cursor.slot(r);
      const cover = cursor.columns(rowSlot);
      const b = bold.has(r) ? 1 : 0;
      for (let c = 0; c < cols; c++) {
        const slot = c < cover ? rowSlot : 0;
        const column = sheet.columns[c] as PlanColumn;
        const v = planCell(column, r);
        // A blank cell of a bordered row is written for its borders, with the look of "other" values.
        if ((v === null || v === "") && slots[slot]?.border !== true) continue;
        const t = v === null || v === "" || v === true || v === false ? 2 : typeof v === "number" ? 0 : 1;
        const key = ((slot * cols + c) * 3 + t) * 2 + b;
        if (seen.has(key)) continue;
        seen.add(key);
        const look = lookOf(slots[slot] ?? null, column, TYPES[t] as ValueType, b === 1);
        looks.set(lookKey(look), look);
      }
    }
  }
  return [...looks.values()];
}
