// Reading the workbook in few syncs, and never asking Excel for more than it answers:
// 1. the list of sheets, with whether each is protected and its paper (Office.js cannot name the sheets and read
//    them in the same request); the write of the same run takes this list instead of asking again;
// 2. every sheet's used range (its address and size), its merged areas, and the values of its first
//    rows and columns (a window sized so all the sheets' windows together stay under the response
//    limit for tables of ordinary width): a sheet of a thousand units is read whole here;
// 3. the rest of the values: all the sheets that fit in one response together, a larger sheet in row
//    blocks, each block under Excel on the web's 5 MB response limit and under five million cells
//    (past that, desktop Excel answers null instead of failing). A sheet whose used range is too large
//    to read at all — one stray value far down makes the used range run to it — is left out with a
//    SHEET_TOO_LARGE warning on that sheet, and every other sheet is read;
// 4. only where Excel has ExcelApi 1.16 and some cell read as #VALUE!: those cells through
//    valuesAsJson, since a Stocks or Geography cell (an entity) reads as #VALUE! through `values`.
import { makeProblem } from "../core/messages/problems";
import type { CellValue, Grid, MergedArea, Problem } from "../core/types";
import { addressOrigin, rangeAddress } from "./address";
import { READ_BUDGET_BYTES, utf8Length } from "./limits";
import { asHostCall, officeErrorCode } from "./problems";

/**
 * Cells of a used range ASSESS reads at most: twenty million, Excel's million rows of twenty columns.
 * A larger used range is a stray value far from the table (one in the last cell makes it 17 billion).
 */
export const MAX_SHEET_CELLS = 20_000_000;
/** Cells per block, well under the five million past which desktop Excel gives null. */
export const MAX_BLOCK_CELLS = 1_000_000;
/** A first guess of what a cell weighs in a response (a CJK unit name is about 40 bytes). */
const FIRST_GUESS_BYTES_PER_CELL = 24;
/** valuesAsJson weighs some 60 bytes a cell: it is asked only for a box this small around the #VALUE! cells. */
const MAX_JSON_CELLS = 50_000;
/**
 * The cells the first rows of all sheets may take together in sync 2, at the first guess's weight
 * half the response budget, and the columns a sheet is expected to have when its window's rows are
 * chosen (a score table has some ten). A wider workbook may be refused as too large a response:
 * sync 2 is then asked again without the windows, the reading it did before.
 */
const WINDOW_CELLS = Math.floor(READ_BUDGET_BYTES / FIRST_GUESS_BYTES_PER_CELL / 2);
const WINDOW_COLS = 10;
const WINDOW_MAX_ROWS = 5_000;
/**
 * A window covers columns A to BL at most: a sheet whose used range runs wider (a stray value far to
 * the right) is read in sync 3 as before, rather than asking Excel for millions of empty cells here.
 */
const WINDOW_MAX_COLS = 64;

/** Rows of each sheet's window in sync 2: at least a screenful, at most WINDOW_MAX_ROWS. */
export const windowRows = (sheets: number): number => Math.max(64, Math.min(WINDOW_MAX_ROWS, Math.floor(WINDOW_CELLS / Math.max(1, sheets) / WINDOW_COLS)));

function toCell(v: unknown): CellValue {
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? null : v;
  return null;
}

/** The problems of a reading that are the host's rather than the data's (a sheet too large to read). */
const readingProblems = new WeakMap<Grid[], Problem[]>();

export function problemsOfReading(grids: Grid[]): Problem[] {
  return readingProblems.get(grids) ?? [];
}

/** The workbook's sheets as a reading found them: their names in order, and which are protected. */
export interface SheetsSeen {
  names: string[];
  protectedNames: string[];
}

const readingSheets = new WeakMap<Grid[], SheetsSeen>();

/**
 * The sheets as the reading that returned `grids` listed them, for the write of the same run (a
 * click's read, rank and write): it saves that write its own listing. Null for grids of no reading.
 */
export function sheetsOfReading(grids: Grid[]): SheetsSeen | null {
  return readingSheets.get(grids) ?? null;
}

export function readGrids(): Promise<Grid[]> {
  return asHostCall(readAll);
}

interface Shape {
  grid: Grid;
  /** 0-based, as Office.js counts. */
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Rows read so far. */
  next: number;
  /** Rows per block for this sheet after Excel answered null to a larger block. */
  maxRows: number;
  /** Excel would not give even one row of it. */
  failed: boolean;
}

async function readAll(): Promise<Grid[]> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    // The paper too (ExcelApi 1.9, in the manifest's 1.13), for the A4 box: a sheet never set up
    // reports the default printer's paper, so only A4 tells that the sheet already prints as an office's.
    worksheets.load("items/name,items/protection/protected,items/pageLayout/paperSize");
    await context.sync();
    const names = worksheets.items.map((s) => s.name);
    const protectedNames = worksheets.items.filter((s) => s.protection.protected).map((s) => s.name);

    const grids: Grid[] = worksheets.items.map((s) => ({ sheet: s.name, originRow: 1, originCol: 1, cells: [], paperChosen: s.pageLayout.paperSize === "A4" }));
    const problems: Problem[] = [];
    const shapes = await usedRanges(context, grids, problems);
    await readValues(context, shapes, problems);
    await readDataTypes(context, shapes);
    readingProblems.set(grids, problems);
    readingSheets.set(grids, { names, protectedNames });
    return grids;
  });
}

/** Sync 2: each used range's place and size, each sheet's merged areas, and its first rows' values. */
async function usedRanges(context: Excel.RequestContext, grids: Grid[], problems: Problem[]): Promise<Shape[]> {
  const sheets = context.workbook.worksheets;
  const rows = windowRows(grids.length);
  // What sync 2 asks besides the used ranges, dropped one by one when Excel refuses the request: the
  // windows when the response would be too large; the merged areas when a sheet has over 512 of them
  // (Excel then refuses to list them, and with them this whole request).
  let withWindows = true;
  let withMerges = true;
  for (;;) {
    const used = grids.map((g) => {
      const range = sheets.getItem(g.sheet).getUsedRangeOrNullObject(true);
      range.load("address,rowCount,columnCount");
      return range;
    });
    // Merged areas are asked of the whole sheet: a used range may be a null object, and Excel lists
    // only the areas whose top-left cell lies in the range asked.
    const merged = withMerges ? grids.map((g) => loadMerges(sheets.getItem(g.sheet))) : null;
    // The window is the used range's part in the sheet's first rows. Built on getUsedRange, which of a
    // blank sheet is A1 rather than a null object (an operation on a null object fails the request).
    const windows = withWindows
      ? grids.map((g) => {
          const ws = sheets.getItem(g.sheet);
          const w = ws.getUsedRange(true).getIntersectionOrNullObject(ws.getRange(rangeAddress(0, 0, rows, WINDOW_MAX_COLS)));
          w.load("rowIndex,columnIndex,rowCount,columnCount,values");
          return w;
        })
      : null;
    try {
      await context.sync();
    } catch (e) {
      const code = officeErrorCode(e);
      if (code === null) throw e;
      if (withWindows && (code === "ResponsePayloadSizeLimitExceeded" || !withMerges)) withWindows = false;
      else if (withMerges) withMerges = false;
      else throw e;
      continue;
    }
    if (merged !== null) grids.forEach((g, i) => (g.merges = mergesOf(merged[i]!)));
    else await mergesOneByOne(context, grids);
    return shapesOf(grids, used, windows, problems);
  }
}

function shapesOf(grids: Grid[], used: Excel.Range[], windows: Excel.Range[] | null, problems: Problem[]): Shape[] {
  const shapes: Shape[] = [];
  used.forEach((range, i) => {
    const grid = grids[i]!;
    if (range.isNullObject) return;
    const origin = addressOrigin(range.address);
    grid.originRow = origin.row;
    grid.originCol = origin.col;
    if (range.rowCount * range.columnCount > MAX_SHEET_CELLS) {
      problems.push(
        makeProblem("SHEET_TOO_LARGE", "warning", grid.sheet, null, {
          address: range.address.slice(range.address.lastIndexOf("!") + 1),
          rows: range.rowCount,
          cols: range.columnCount,
        }),
      );
      return;
    }
    const shape: Shape = { grid, row: origin.row - 1, col: origin.col - 1, rows: range.rowCount, cols: range.columnCount, next: 0, maxRows: Infinity, failed: false };
    // The window's rows are the used range's first ones when it starts where the used range does and
    // spans all its columns; values null is desktop Excel declining a range too large (read in blocks).
    const w = windows?.[i];
    if (w !== undefined && !w.isNullObject && w.rowIndex === shape.row && w.columnIndex === shape.col && w.columnCount === shape.cols && Array.isArray(w.values)) {
      const values = w.values as unknown[][];
      grid.cells = values.map((line) => line.map(toCell));
      shape.next = Math.min(shape.rows, values.length);
    }
    shapes.push(shape);
  });
  return shapes;
}

function loadMerges(ws: Excel.Worksheet): Excel.RangeAreas {
  const areas = ws.getRange().getMergedAreasOrNullObject();
  areas.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
  return areas;
}

function mergesOf(areas: Excel.RangeAreas): MergedArea[] {
  if (areas.isNullObject) return [];
  return areas.areas.items.map((a) => ({ top: a.rowIndex + 1, left: a.columnIndex + 1, bottom: a.rowIndex + a.rowCount, right: a.columnIndex + a.columnCount }));
}

/**
 * Only after Excel refused the merged areas of all sheets at once: each sheet alone, so one sheet with
 * too many leaves only its own merges unknown (the reader then takes its blanks as blanks).
 */
async function mergesOneByOne(context: Excel.RequestContext, grids: Grid[]): Promise<void> {
  for (const grid of grids) {
    const areas = loadMerges(context.workbook.worksheets.getItem(grid.sheet));
    try {
      await context.sync();
      grid.merges = mergesOf(areas);
    } catch (e) {
      if (officeErrorCode(e) === null) throw e;
    }
  }
}

/** Syncs 3…: the values, as many sheets and blocks per sync as one response holds. */
async function readValues(context: Excel.RequestContext, shapes: Shape[], problems: Problem[]): Promise<void> {
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let observed = 0;
  let budget = READ_BUDGET_BYTES;
  for (;;) {
    const batch: { shape: Shape; from: number; range: Excel.Range }[] = [];
    let planned = 0;
    for (const s of shapes) {
      while (s.next < s.rows && planned < budget) {
        const rowBytes = bytesPerCell * s.cols + 8;
        const byBytes = Math.floor((budget - planned) / rowBytes);
        const byCells = Math.floor(MAX_BLOCK_CELLS / s.cols);
        const rows = Math.max(1, Math.min(s.rows - s.next, byBytes, byCells, s.maxRows));
        const range = context.workbook.worksheets.getItem(s.grid.sheet).getRange(rangeAddress(s.row + s.next, s.col, rows, s.cols));
        range.load("values");
        batch.push({ shape: s, from: s.next, range });
        s.next += rows;
        planned += rows * rowBytes;
      }
    }
    if (batch.length === 0) return;
    try {
      await context.sync();
    } catch (e) {
      if (officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded" || budget < 10_000) throw e;
      for (const b of batch) b.shape.next = Math.min(b.shape.next, b.from);
      budget = Math.floor(budget / 2);
      continue;
    }
    for (const b of batch) {
      const values = b.range.values as unknown[][] | null;
      const s = b.shape;
      if (s.failed) continue;
      if (values === null) {
        // Desktop Excel's answer to a range it will not read. Smaller blocks, down to one row.
        const asked = s.next - b.from;
        if (asked <= 1) {
          problems.push(makeProblem("SHEET_TOO_LARGE", "warning", s.grid.sheet, null, { address: rangeAddress(s.row, s.col, s.rows, s.cols), rows: s.rows, cols: s.cols }));
          s.grid.cells = [];
          s.next = s.rows;
          s.failed = true;
          continue;
        }
        s.maxRows = Math.ceil(asked / 2);
        s.next = Math.min(s.next, b.from);
        continue;
      }
      const cells = values.length * (values[0]?.length ?? 1);
      observed = Math.max(observed, utf8Length(JSON.stringify(values)) / Math.max(1, cells));
      bytesPerCell = Math.max(4, Math.ceil(observed * 1.25));
      // A retried block lands after the rows read before it: blocks of a sheet are read in order.
      const target = s.grid.cells;
      target.length = b.from;
      for (const row of values) target.push(row.map(toCell));
    }
  }
}

/** Step 4: the text of entity cells (Stocks, Geography), which `values` gives as #VALUE!. */
async function readDataTypes(context: Excel.RequestContext, shapes: Shape[]): Promise<void> {
  const supported = typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.16") === true;
  if (!supported) return;
  const asks: { grid: Grid; top: number; left: number; range: Excel.Range }[] = [];
  for (const s of shapes) {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    s.grid.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "#VALUE!") return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }),
    );
    if (bottom < 0 || (bottom - top + 1) * (right - left + 1) > MAX_JSON_CELLS) continue;
    const range = context.workbook.worksheets.getItem(s.grid.sheet).getRange(rangeAddress(s.row + top, s.col + left, bottom - top + 1, right - left + 1));
    range.load("valuesAsJson");
    asks.push({ grid: s.grid, top, left, range });
  }
  if (asks.length === 0) return;
  await context.sync();
  for (const a of asks) {
    a.range.valuesAsJson.forEach((row, r) =>
      row.forEach((json, c) => {
        const line = a.grid.cells[a.top + r];
        if (line === undefined || line[a.left + c] !== "#VALUE!") return;
        const text = dataTypeText(json);
        if (text !== null) line[a.left + c] = text;
      }),
    );
  }
}

/** What a data-type cell shows, as text that is not a score; null for a real #VALUE! error. */
function dataTypeText(json: Excel.CellValue): string | null {
  if (json.type === "Error") return null;
  const shown = (json as { text?: unknown }).text;
  if (typeof shown === "string" && shown.trim() !== "") return shown;
  const basic = (json as { basicValue?: unknown }).basicValue;
  return typeof basic === "string" && basic !== "#VALUE!" && basic !== "" ? basic : null;
}
