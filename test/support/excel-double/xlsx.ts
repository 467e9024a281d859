// Node-only bridge between the double and real .xlsx files (through ExcelJS), so that fixtures are
// real workbooks and what ASSESS wrote into the double can be opened by Excel or LibreOffice.
import ExcelJS from "exceljs";
import { colLetters } from "./a1";
import { ExcelDouble, sheetJson, type SheetJson } from "./double";
import type { CellValue } from "./state";

/** Excel's default font puts 7 px in a character and 5 px of padding in a column; a point is 4/3 px. */
export const charsToPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
export const pointsToChars = (points: number): number => Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function plainValue(v: ExcelJS.CellValue): { value: CellValue; formula: string | null } {
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, formula: null };
  // Office.js gives a date as its serial number, so the double holds it that way too.
  if (v instanceof Date) return { value: (v.getTime() - EXCEL_EPOCH_MS) / 86_400_000, formula: null };
  if ("richText" in v) return { value: v.richText.map((t) => t.text).join(""), formula: null };
  if ("formula" in v || "sharedFormula" in v) {
    const f = "formula" in v && v.formula ? v.formula : "";
    const result = v.result;
    const value = typeof result === "number" || typeof result === "string" || typeof result === "boolean" ? result : null;
    return { value, formula: f === "" ? null : `=${f}` };
  }
  if ("error" in v) return { value: v.error, formula: null };
  if ("text" in v) return { value: v.text, formula: null };
  return { value: null, formula: null };
}

export function doubleFromExcelJs(wb: ExcelJS.Workbook): ExcelDouble {
  const d = new ExcelDouble();
  wb.eachSheet((ws) => {
    const sheet: SheetJson = { name: ws.name, values: [], formulas: {}, numberFormats: {}, bold: [], columnWidths: {} };
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const line: CellValue[] = (sheet.values[r - 1] = []);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // ExcelJS gives every cell of a merged area the value of its top-left cell; Excel keeps the
        // value in the top-left cell only, and the others read as empty.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const { value, formula } = plainValue(cell.value);
        line[c - 1] = value;
        const a1 = `${colLetters(c - 1)}${r}`;
        if (formula !== null) sheet.formulas![a1] = formula;
        if (cell.numFmt && cell.numFmt !== "General") sheet.numberFormats![a1] = cell.numFmt;
        if (cell.font?.bold) sheet.bold!.push(a1);
      });
    });
    for (let r = 0; r < sheet.values.length; r++) {
      const line = (sheet.values[r] ??= []);
      for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
    }
    ws.columns?.forEach((col, i) => {
      if (col.width !== undefined) sheet.columnWidths![colLetters(i)] = charsToPoints(col.width);
    });
    const view = ws.views?.[0];
    if (view && view.state === "frozen" && typeof view.ySplit === "number") sheet.frozenRows = view.ySplit;
    sheet.merges = [...((ws.model as { merges?: string[] }).merges ?? [])];
    d.putSheet(sheet);
  });
  return d;
}

export async function loadWorkbookDouble(path: string): Promise<ExcelDouble> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return doubleFromExcelJs(wb);
}

export function excelJsFromDouble(double: ExcelDouble): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of double.book.sheets.filter((x) => !x.deleted)) {
    const json = sheetJson(s);
    const ws = wb.addWorksheet(json.name);
    json.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    for (const [a1, f] of Object.entries(json.formulas ?? {})) ws.getCell(a1).value = { formula: f.replace(/^=/, "") };
    for (const [a1, fmt] of Object.entries(json.numberFormats ?? {})) ws.getCell(a1).numFmt = fmt;
    for (const a1 of json.bold ?? []) ws.getCell(a1).font = { bold: true };
    for (const [col, points] of Object.entries(json.columnWidths ?? {})) ws.getColumn(col).width = pointsToChars(points);
    for (const area of json.merges ?? []) ws.mergeCells(area);
    if ((json.frozenRows ?? 0) > 0) ws.views = [{ state: "frozen", ySplit: json.frozenRows, xSplit: 0 }];
  }
  const active = double.activeSheet();
  const index = active === null ? 0 : double.sheetNames().indexOf(active);
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: Math.max(0, index), visibility: "visible" }];
  return wb;
}

export async function saveWorkbookDouble(double: ExcelDouble, path: string): Promise<void> {
  await excelJsFromDouble(double).xlsx.writeFile(path);
}
