// Arguments as Excel hands them to a custom function: a scalar, or a matrix (rows of cells) for a
// range or an array constant; blanks as null (or "" in some hosts); an omitted optional as null or
// undefined. Everything below reads them the way the core reads a score workbook.
import { FORMULA_ERROR } from "../core/messages/functions";
import type { Bilingual } from "../core/messages/functions";
import { parseScore } from "../core/read/values";
import type { CellValue } from "../core/types";
import { FormulaFailure } from "./failure";

export type Matrix = unknown[][];

export interface Shape {
  rows: number;
  cols: number;
}

/** Any argument as a non-empty matrix: a scalar (or nothing) becomes 1×1. */
export function asMatrix(arg: unknown): Matrix {
  if (Array.isArray(arg)) {
    if (arg.length > 0 && arg.every((row) => Array.isArray(row))) {
      const rows = arg as unknown[][];
      if (rows.every((row) => row.length > 0)) return rows;
    } else if (arg.length > 0) {
      return [arg as unknown[]];
    }
    return [[null]];
  }
  return [[arg]];
}

/**
 * A data-type value as Excel passes it to an `any` parameter (the metadata allows custom data for
 * `any`, see src/functions/metadata.ts): a Stocks or Geography cell is an entity, which Excel shows
 * by its text; a formatted number carries its number. An entity is text that is not a score, never
 * a blank: its display text is what the error message names.
 */
function dataTypeValue(v: object): CellValue {
  const d = v as { type?: unknown; text?: unknown; basicValue?: unknown };
  if (d.type === "Empty") return null;
  if (typeof d.text === "string" && d.text.trim() !== "") return d.text;
  const basic = d.basicValue;
  if (typeof basic === "number" || typeof basic === "boolean") return basic;
  if (typeof basic === "string" && basic.trim() !== "") return basic;
  // A data type with nothing to show: Excel's own fallback for it is #VALUE!.
  return "#VALUE!";
}

/** A cell as the core's CellValue: a number, text or boolean as is; a data type as its value or text. */
export function cellValue(v: unknown): CellValue {
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v.trim() === "" ? null : v;
  if (typeof v === "object" && v !== null && !Array.isArray(v) && "type" in v) return dataTypeValue(v);
  return null;
}

export const isBlank = (v: unknown): boolean => cellValue(v) === null;

/** True for an optional argument left out, or given as one blank cell. */
export function isOmitted(arg: unknown): boolean {
  const m = asMatrix(arg);
  return m.length === 1 && (m[0] as unknown[]).length === 1 && isBlank((m[0] as unknown[])[0]);
}

export function shapeOf(m: Matrix): Shape {
  return { rows: m.length, cols: Math.max(...m.map((r) => r.length)) };
}

/** Every cell, row by row. */
export function flatten(m: Matrix): unknown[] {
  const out: unknown[] = [];
  for (const row of m) for (const v of row) out.push(v);
  return out;
}

/**
 * The shape of a result over element-wise arguments: they must all be 1×1 (used for every cell) or
 * share one shape.
 */
export function broadcastShape(args: readonly Matrix[]): Shape | FormulaFailure {
  let shape: Shape = { rows: 1, cols: 1 };
  for (const m of args) {
    const s = shapeOf(m);
    if (s.rows === 1 && s.cols === 1) continue;
    if (shape.rows === 1 && shape.cols === 1) shape = s;
    else if (s.rows !== shape.rows || s.cols !== shape.cols) return new FormulaFailure("invalidValue", FORMULA_ERROR.shapeMismatch());
  }
  return shape;
}

/** The cell of `m` used for result cell (r, c): a 1×1 argument serves every cell. */
export function at(m: Matrix, r: number, c: number): unknown {
  if (m.length === 1 && (m[0] as unknown[]).length === 1) return (m[0] as unknown[])[0];
  return (m[r] as unknown[] | undefined)?.[c];
}

/** A same-shaped result, cell by cell. */
export function fill<T>(shape: Shape, cell: (r: number, c: number) => T): T[][] {
  const out: T[][] = new Array<T[]>(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row = new Array<T>(shape.cols);
    for (let c = 0; c < shape.cols; c++) row[c] = cell(r, c);
    out[r] = row;
  }
  return out;
}

/** A number as the core reads a score cell: blank → #N/A, text that is no number (or a boolean) → #VALUE!. */
export function readNumber(v: unknown, what: Bilingual): number | FormulaFailure {
  const cell = cellValue(v);
  if (typeof cell === "boolean") return new FormulaFailure("invalidValue", FORMULA_ERROR.notNumber(what, cell ? "TRUE" : "FALSE"));
  const parsed = parseScore(cell);
  switch (parsed.kind) {
    case "number":
      return parsed.value;
    case "blank":
      return new FormulaFailure("notAvailable", FORMULA_ERROR.blank(what));
    case "text":
      return new FormulaFailure("invalidValue", FORMULA_ERROR.notNumber(what, parsed.text));
  }
}

/** A score: a number from 0 to its full marks (100), else #VALUE! naming it (a #NUM! would show no message). */
export function readScore(v: unknown, what: Bilingual, fullMarks = 100): number | FormulaFailure {
  const n = readNumber(v, what);
  if (typeof n === "number" && !(n >= 0 && n <= fullMarks)) return new FormulaFailure("invalidValue", FORMULA_ERROR.outOfRange(what, n, fullMarks));
  return n;
}

/** The numbers of a list argument (a row, a column or an array constant), blank cells skipped. */
export function readNumberList(arg: unknown, what: (k: number) => Bilingual): number[] | FormulaFailure {
  const out: number[] = [];
  for (const v of flatten(asMatrix(arg))) {
    if (isBlank(v)) continue;
    const n = readNumber(v, what(out.length + 1));
    if (typeof n !== "number") return n;
    out.push(n);
  }
  return out;
}

/** The texts of a list argument, blank cells skipped; numbers are taken as their text. */
export function readTextList(arg: unknown): string[] {
  const out: string[] = [];
  for (const v of flatten(asMatrix(arg))) {
    const cell = cellValue(v);
    if (cell !== null) out.push(String(cell).trim());
  }
  return out;
}

/** A yes/no argument: blank is no; TRUE/FALSE, numbers (0 is no) and the texts TRUE/FALSE. */
export function readBoolean(v: unknown): boolean | FormulaFailure {
  const cell = cellValue(v);
  if (cell === null) return false;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell !== 0;
  const t = cell.trim().toUpperCase();
  if (t === "TRUE") return true;
  if (t === "FALSE") return false;
  return new FormulaFailure("invalidValue", FORMULA_ERROR.notBoolean(cell));
}
