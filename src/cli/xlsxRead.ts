// The ExcelJS end of the command line: a loaded workbook's sheets as Grids, cell values the way Excel
// shows them, so the core sees the same cells whether a workbook comes from a file or from Excel.
import ExcelJS from "exceljs";
import type { CellValue, Grid, MergedArea } from "../core/types";

function isoDate(d: Date): string {
  // ExcelJS builds dates at UTC midnight of the serial day; the UTC calendar date is the typed one.
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}

/** One ExcelJS value as the cell Excel displays: a formula's cached result, a link's text, #N/A. */
export function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "number":
    case "boolean":
      return v;
    case "string":
      return v === "" ? null : v;
    default:
      break;
  }
  if (v instanceof Date) return isoDate(v);
  if ("richText" in v) return v.richText.map((r) => r.text).join("") || null;
  if ("hyperlink" in v) return cellValue(v.text as ExcelJS.CellValue);
  if ("error" in v) return v.error;
  if ("formula" in v || "sharedFormula" in v) return cellValue(v.result ?? null);
  return null;
}

/**
 * Every worksheet's used range as a Grid, in sheet order. Only the top-left (master) cell of a merged
 * range holds its value: ExcelJS reports the master's value in the other cells too, Excel does not,
 * and the header reader relies on an upper header cell merged over its sub-items reading blank to its
 * right. The merged areas themselves go with the Grid, as Excel reports them.
 */
export function gridsFromWorkbook(wb: ExcelJS.Workbook): Grid[] {
  const grids: Grid[] = [];
  wb.eachSheet((ws) => grids.push(gridOf(ws)));
  return grids;
}

function gridOf(ws: ExcelJS.Worksheet): Grid {
  const rows: { row: number; cells: CellValue[]; first: number }[] = [];
  // Merged areas by their master cell, grown from the cells they cover. (The worksheet's `model`
  // lists them as "A3:A11", but building that model copies every row of the sheet.)
  const merges = new Map<string, MergedArea>();
  let minCol = Infinity;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    let first = Infinity;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        const m = cell.master;
        const area = merges.get(m.address) ?? { top: Number(m.row), left: Number(m.col), bottom: Number(m.row), right: Number(m.col) };
        area.top = Math.min(area.top, rowNumber);
        area.bottom = Math.max(area.bottom, rowNumber);
        area.left = Math.min(area.left, col);
        area.right = Math.max(area.right, col);
        merges.set(m.address, area);
        return;
      }
      // A formula's cached result through `result`: `value` drops a result of 0 (ExcelJS copies only
      // truthy fields of a formula value), and a zero score computed by a formula is a score.
      const v = cell.type === ExcelJS.ValueType.Formula ? cellValue(cell.result ?? null) : cellValue(cell.value);
      if (v === null) return;
      cells[col - 1] = v;
      if (col < first) first = col;
    });
    if (first === Infinity) return;
    rows.push({ row: rowNumber, cells, first });
    if (first < minCol) minCol = first;
  });
  const mergeList = [...merges.values()];
  const withMerges = (g: Grid): Grid => (mergeList.length > 0 ? { ...g, merges: mergeList } : g);
  if (rows.length === 0) return withMerges({ sheet: ws.name, originRow: 1, originCol: 1, cells: [] });

  const originRow = (rows[0] as { row: number }).row;
  const originCol = minCol;
  const lastRow = (rows[rows.length - 1] as { row: number }).row;
  const cells: CellValue[][] = Array.from({ length: lastRow - originRow + 1 }, () => []);
  for (const r of rows) {
    const out: CellValue[] = new Array<CellValue>(r.cells.length - originCol + 1).fill(null);
    for (let c = r.first - 1; c < r.cells.length; c++) {
      const v = r.cells[c];
      if (v !== undefined) out[c - originCol + 1] = v;
    }
    cells[r.row - originRow] = out;
  }
  return withMerges({ sheet: ws.name, originRow, originCol, cells });
}
