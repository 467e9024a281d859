// The looks (number format, bold) that the cells of ASSESS's sheets take, so that only the styles they
// use are appended to the workbook's styles part.
import { planCell } from "../../core/plan";
import type { SheetPlan } from "../../core/types";
import { lookKey, type CellLook } from "./styles";

/** Excel's number format for text: a cell so formatted stays text even when a person edits it. */
export const TEXT_FORMAT = "@";

/** Every look the plan's cells take: per column, its numbers, its text and its other values, bold or not. */
export function cellLooks(sheets: readonly SheetPlan[]): CellLook[] {
  const looks = new Map<string, CellLook>();
  const want = (numFmt: string | null, bold: boolean): void => {
    const look = { numFmt, bold };
    looks.set(lookKey(look), look);
  };
  for (const sheet of sheets) {
    const bold = new Set(sheet.boldRows);
    for (const col of sheet.columns) {
      const seen = new Set<string>();
      const rows = sheet.rowCount;
      for (let r = 0; r < rows; r++) {
        const v = planCell(col, r);
        if (v === null || v === "") continue;
        const type = typeof v;
        const key = `${type}${bold.has(r) ? "b" : ""}`;
        if (seen.has(key)) continue;
        seen.add(key);
        want(type === "number" ? col.numFmt : type === "string" ? TEXT_FORMAT : null, bold.has(r));
      }
    }
  }
  return [...looks.values()];
}
