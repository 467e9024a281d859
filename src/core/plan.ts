// Reading a WorkbookPlan's cells. A plan column holds its cells either as a CellValue[] or, for a
// column of scores, as a head of text cells over a Float64Array: every adapter and test reads cells
// through planCell, so the two forms can never be read two ways.
import type { CellValue, PlanColumn } from "./types";

/** The cell of `column` at 0-based `row`: null for a blank (a NaN of a numeric column) or a row past the end. */
export function planCell(column: PlanColumn, row: number): CellValue {
  if ("values" in column) return column.values[row] ?? null;
  const head = column.head;
  if (row < head.length) return head[row] ?? null;
  const v = column.numbers[row - head.length];
  return v !== undefined && Number.isFinite(v) ? v : null;
}
