// Reading a WorkbookPlan's cells. A plan column holds its cells either as a CellValue[] or, for a
// column of scores, as a head of text cells over a Float64Array: every adapter and test reads cells
// through planCell, so the two forms can never be read two ways.
import { sheetKey } from "./report/names";
import type { CellValue, PlanColumn, SheetPlan, WorkbookPlan } from "./types";

/** The cell of `column` at 0-based `row`: null for a blank (a NaN of a numeric column) or a row past the end. */
export function planCell(column: PlanColumn, row: number): CellValue {
  if ("values" in column) return column.values[row] ?? null;
  const head = column.head;
  if (row < head.length) return head[row] ?? null;
  const v = column.numbers[row - head.length];
  return v !== undefined && Number.isFinite(v) ? v : null;
}

/**
 * What applying `plan` does to the workbook's sheets, the same for every adapter. A generated sheet
 * whose name the plan writes again is updated in place (its cells and look replaced, the sheet kept),
 * so the user's formulas, names, charts and pivot sources that point at it keep working; Excel turns
 * them into #REF! when a sheet they name is deleted. Only the old generated sheets that the plan does
 * not write again are deleted; the sheets new to the workbook are added after the user's.
 */
export interface SheetChanges {
  /** Old generated sheets written again under the same name, with the name they have in the workbook now. */
  update: { existing: string; sheet: SheetPlan }[];
  /** Sheets new to the workbook, in plan order. */
  add: SheetPlan[];
  /** Old generated sheets to delete. */
  remove: string[];
}

export function sheetChanges(plan: WorkbookPlan): SheetChanges {
  const old = new Map(plan.remove.map((name) => [sheetKey(name), name] as const));
  const update: SheetChanges["update"] = [];
  const add: SheetPlan[] = [];
  for (const sheet of plan.sheets) {
    const key = sheetKey(sheet.name);
    const existing = old.get(key);
    if (existing === undefined) add.push(sheet);
    else {
      update.push({ existing, sheet });
      old.delete(key);
    }
  }
  return { update, add, remove: [...old.values()] };
}
