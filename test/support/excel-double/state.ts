// The workbook the double holds: plain data that only the execution of a synced request changes.
import { officeError } from "./errors";
import type { Rect } from "./a1";
import type { LookRecord, PageLayoutState } from "./looks";
import { deleteSheetRefs, refersToSheet, renameSheetRefs } from "./refs";

export type CellValue = number | string | boolean | null;

export interface SheetState {
  /** Stable identity across renames. */
  id: number;
  name: string;
  /** Row-major, sparse; undefined or "" is an empty cell. */
  values: (CellValue | undefined)[][];
  /** Sparse number formats; absent: "General". */
  formats: (string | undefined)[][];
  /** Cells holding a formula, keyed row * MAX_COLS + col. */
  formulas: Map<number, string>;
  bold: Set<number>;
  /** Fonts, alignment, wrapping and borders, as records over rectangles (see ./looks). */
  looks: LookRecord[];
  /** Row heights in points, by 0-based row, where set. */
  rowHeights: Map<number, number>;
  /** Worksheet.pageLayout as set. */
  pageLayout: PageLayoutState;
  /** Column widths in points (Office.js' unit), by 0-based column. */
  columnWidths: Map<number, number>;
  frozenRows: number;
  /** Merged areas, 0-based; the value of each lives in its top-left cell. */
  merges: Rect[];
  /**
   * Formula cells whose inputs changed while calculation was suspended: Excel does not propagate
   * those changes, so these show old results until something recalculates them.
   */
  stale: Set<number>;
  /**
   * Data-type values (a Stocks or Geography entity…) as valuesAsJson gives them, keyed like formulas.
   * `values` shows such a cell by its basic value, "#VALUE!".
   */
  dataTypes: Map<number, Record<string, unknown>>;
  /** Protected (Review → Protect Sheet): its cells cannot be changed; it can still be renamed or deleted. */
  protected: boolean;
  /** Charts drawn over the sheet, in the order they were added. */
  charts: ChartState[];
  /** The running request changed this sheet's cells (cleared when the request ends). */
  touched: boolean;
  deleted: boolean;
}

/**
 * A chart as Excel keeps it: what its series and categories refer to (cells of a sheet, read when the
 * chart is drawn, so a chart follows its cells), and how it looks.
 */
export interface ChartState {
  name: string;
  type: string;
  sheet: SheetState;
  /** The category labels' cells, or null (1, 2, 3…). */
  categories: Rect | null;
  series: { name: Rect | null; values: Rect; colour: string | null }[];
  title: string | null;
  /** The cells it covers, from the top-left cell to the bottom-right one. */
  position: { start: Rect; end: Rect } | null;
  valueAxis: { majorUnit: number | null; minimum: number | null };
  legend: string | null;
  showValues: boolean;
  deleted: boolean;
}

export interface WorkbookState {
  sheets: SheetState[];
  activeId: number | null;
  selection: { sheetId: number; address: string } | null;
  nextId: number;
  /** Defined names (workbook scope): name → formula, e.g. "=考核结果!$H$2:$H$50". */
  names: Map<string, string>;
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual";
  /** The highest ExcelApi requirement set this Excel has, e.g. "1.17" (Excel 2021 has "1.14"). */
  excelApi: string;
  /**
   * The paper Worksheet.pageLayout.paperSize reports for a sheet whose page setup names none: Excel
   * takes the default printer's, which is Letter on many machines and A4 on an office's.
   */
  defaultPaper: string;
}

const KEY_COLS = 16_384;
export const cellKey = (row: number, col: number): number => row * KEY_COLS + col;

export const GENERAL = "General";
export const TEXT_FORMAT = "@";

export function newSheet(state: WorkbookState, name: string): SheetState {
  const sheet: SheetState = {
    id: state.nextId++,
    name,
    values: [],
    formats: [],
    formulas: new Map(),
    bold: new Set(),
    looks: [],
    rowHeights: new Map(),
    pageLayout: {},
    columnWidths: new Map(),
    frozenRows: 0,
    merges: [],
    stale: new Set(),
    dataTypes: new Map(),
    protected: false,
    charts: [],
    touched: false,
    deleted: false,
  };
  return sheet;
}

const FORBIDDEN = /[\\/?*:[\]]/;

/** Why Excel refuses a sheet name, or null when it takes it. */
export function sheetNameFault(name: string): string | null {
  if (name.length === 0) return "The sheet name is empty.";
  if (name.length > 31) return `The sheet name "${name}" is longer than 31 characters.`;
  if (FORBIDDEN.test(name)) return `The sheet name "${name}" contains one of / \\ ? * : [ ].`;
  if (name.startsWith("'") || name.endsWith("'")) return `The sheet name "${name}" begins or ends with an apostrophe.`;
  if (name.toLowerCase() === "history") return `"History" is reserved by Excel.`;
  return null;
}

/** Excel compares sheet names without regard to case, in every script. */
export const sameSheetName = (a: string, b: string): boolean => a.toLocaleUpperCase() === b.toLocaleUpperCase();

export function liveSheets(state: WorkbookState): SheetState[] {
  return state.sheets.filter((s) => !s.deleted);
}

export function findSheet(state: WorkbookState, name: string): SheetState | undefined {
  return liveSheets(state).find((s) => sameSheetName(s.name, name));
}

export function checkNewName(state: WorkbookState, name: string, self: SheetState | null): void {
  const fault = sheetNameFault(name);
  if (fault !== null) throw officeError("InvalidArgument", fault);
  const other = findSheet(state, name);
  if (other !== undefined && other !== self) {
    throw officeError("ItemAlreadyExists", `A sheet named "${other.name}" already exists.`);
  }
}

export function formatAt(sheet: SheetState, row: number, col: number): string {
  return sheet.formats[row]?.[col] ?? GENERAL;
}

export function setFormat(sheet: SheetState, row: number, col: number, fmt: string): void {
  const line = (sheet.formats[row] ??= []);
  line[col] = fmt === GENERAL ? undefined : fmt;
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What Excel makes of a value written through Range.values: in a text-formatted cell a string stays
 * exactly as written; elsewhere "=…" (and "+x", "-x", "@x" that are not numbers) becomes a formula,
 * a number-looking string a number and TRUE/FALSE a boolean. null leaves the cell as it is.
 */
export function writeCell(sheet: SheetState, row: number, col: number, value: unknown): void {
  if (value === null || value === undefined) return;
  const key = cellKey(row, col);
  sheet.touched = true;
  sheet.formulas.delete(key);
  sheet.dataTypes.delete(key);
  const line = (sheet.values[row] ??= []);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw officeError("InvalidArgument", `A cell cannot hold ${String(value)}.`);
    line[col] = value;
    return;
  }
  if (typeof value === "boolean") {
    line[col] = value;
    return;
  }
  if (typeof value !== "string") throw officeError("InvalidArgument", `A cell cannot hold a ${typeof value}.`);
  if (value.length > 32_767) throw officeError("InvalidArgument", "A cell holds at most 32,767 characters.");
  if (value === "" || formatAt(sheet, row, col) === TEXT_FORMAT) {
    line[col] = value === "" ? undefined : value;
    return;
  }
  const trimmed = value.trim();
  if (NUMBER_TEXT.test(trimmed)) {
    line[col] = Number(trimmed);
    return;
  }
  if (/^(TRUE|FALSE)$/i.test(trimmed)) {
    line[col] = trimmed.toUpperCase() === "TRUE";
    return;
  }
  const first = value.charAt(0);
  if (first === "=" || first === "+" || first === "-" || first === "@") {
    sheet.formulas.set(key, first === "=" ? value : `=${value}`);
    // The double does not calculate; a formula's value reads back as empty until Excel would compute it.
    line[col] = undefined;
    return;
  }
  line[col] = value;
}

export function readCell(sheet: SheetState, row: number, col: number): CellValue {
  const v = sheet.values[row]?.[col];
  return v === undefined ? null : v;
}

/** Bounding box of the cells holding a value or formula (and, unless valuesOnly, a format or bold). */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  const take = (r: number, c: number): void => {
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  };
  sheet.values.forEach((line, r) => {
    line.forEach((v, c) => {
      if (v !== undefined && v !== null && v !== "") take(r, c);
    });
  });
  for (const key of sheet.formulas.keys()) take(Math.floor(key / KEY_COLS), key % KEY_COLS);
  if (!valuesOnly) {
    sheet.formats.forEach((line, r) => line.forEach((f, c) => f !== undefined && take(r, c)));
    for (const key of sheet.bold) take(Math.floor(key / KEY_COLS), key % KEY_COLS);
  }
  if (bottom < 0) return null;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** Renames a sheet as Excel does: every formula and defined name that names it follows it. */
export function renameSheet(book: WorkbookState, sheet: SheetState, name: string): void {
  checkNewName(book, name, sheet);
  const from = sheet.name;
  sheet.name = name;
  for (const s of liveSheets(book)) for (const [k, f] of s.formulas) s.formulas.set(k, renameSheetRefs(f, from, name));
  for (const [n, f] of book.names) book.names.set(n, renameSheetRefs(f, from, name));
}

/** Deletes a sheet as Excel does: every reference to it becomes #REF!, and so does each result. */
export function deleteSheet(book: WorkbookState, sheet: SheetState): void {
  sheet.deleted = true;
  for (const s of liveSheets(book)) {
    for (const [k, f] of s.formulas) {
      if (!refersToSheet(f, sheet.name)) continue;
      s.formulas.set(k, deleteSheetRefs(f, sheet.name));
      (s.values[Math.floor(k / KEY_COLS)] ??= [])[k % KEY_COLS] = "#REF!";
      s.stale.delete(k);
    }
  }
  for (const [n, f] of book.names) book.names.set(n, deleteSheetRefs(f, sheet.name));
  if (book.activeId === sheet.id) book.activeId = liveSheets(book)[0]?.id ?? null;
  if (book.selection?.sheetId === sheet.id) book.selection = null;
}

/**
 * After a request: the formulas that depend on a sheet whose cells it changed are recalculated,
 * unless calculation was suspended for the request or is manual; then they keep stale results.
 */
export function settleCalculation(book: WorkbookState, suspended: boolean): void {
  const touched = liveSheets(book).filter((s) => s.touched);
  for (const s of book.sheets) s.touched = false;
  if (touched.length === 0) return;
  const stale = suspended || book.calculationMode === "Manual";
  for (const s of liveSheets(book)) {
    for (const [k, f] of s.formulas) {
      const depends = touched.some((t) => t === s || refersToSheet(f, t.name));
      if (!depends) continue;
      if (stale) s.stale.add(k);
      else s.stale.delete(k);
    }
  }
}

/** Application.calculate: every formula shows a current result again. */
export function calculateAll(book: WorkbookState): void {
  for (const s of liveSheets(book)) s.stale.clear();
}

/** "1.16" ≤ "1.17": requirement-set versions compared number by number. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}
