// A WorkbookPlan as a list of write operations with their weight, packed into requests that each
// stay under the request budget. Within a sheet, text formats come before values: Excel decides
// whether "=…" is a formula when the value lands, by the format the cell has at that moment.
import { planCell } from "../core/plan";
import type { CellValue, HorizontalAlign, PageSetup, PlanCellStyle, SheetPlan } from "../core/types";
import { columnLetters, rangeAddress } from "./address";
import { OP_OVERHEAD_BYTES, REQUEST_BUDGET, utf8Length, widthInPoints } from "./limits";

/**
 * Every string is written into a text-formatted ("@") cell, not only those starting with = + - @:
 * in a General cell Excel also turns "001" into 1, "1/2" into a date and "TRUE" into a boolean,
 * and the plan's contract is that a string keeps exactly its characters.
 */
export const TEXT_FORMAT = "@";

export type WriteOp =
  | { kind: "format"; sheet: number; address: string; format: string }
  | { kind: "values"; sheet: number; row: number; rows: CellValue[][]; cols: number }
  | { kind: "bold"; sheet: number; address: string }
  | { kind: "width"; sheet: number; address: string; points: number }
  | { kind: "freeze"; sheet: number; rows: number }
  /** A band's look: typeface, borders, alignment, wrapping. */
  | { kind: "style"; sheet: number; address: string; style: PlanCellStyle }
  /** A column's alignment in a band that leaves it to the columns. */
  | { kind: "align"; sheet: number; address: string; align: HorizontalAlign }
  | { kind: "merge"; sheet: number; address: string }
  | { kind: "rowHeight"; sheet: number; address: string; points: number }
  | { kind: "page"; sheet: number; page: PageSetup };

export interface Request {
  ops: WriteOp[];
  bytes: number;
}

function cellFormat(v: CellValue, numFmt: string | null): string | null {
  if (typeof v === "string") return TEXT_FORMAT;
  if (typeof v === "number") return numFmt;
  return null;
}

/** Runs of equal format down each column: a column of names is one "@" operation, not 100,000. */
function formatOps(sheet: number, plan: SheetPlan): WriteOp[] {
  const ops: WriteOp[] = [];
  plan.columns.forEach((column, c) => {
    let start = 0;
    let current: string | null = null;
    const flush = (end: number): void => {
      if (current !== null && end > start) ops.push({ kind: "format", sheet, address: rangeAddress(start, c, end - start, 1), format: current });
    };
    for (let r = 0; r < plan.rowCount; r++) {
      const f = cellFormat(planCell(column, r), column.numFmt);
      if (f !== current) {
        flush(r);
        start = r;
        current = f;
      }
    }
    flush(plan.rowCount);
  });
  return ops;
}

/**
 * The plan's look as operations: one per band (and per column alignment in it), per merged area and
 * per row of its own height, however many rows a band covers; and the page setup.
 */
export function lookOps(sheet: number, plan: SheetPlan): WriteOp[] {
  const look = plan.look;
  const cols = plan.columns.length;
  if (look === undefined || cols === 0 || plan.rowCount === 0) return [];
  const ops: WriteOp[] = [{ kind: "style", sheet, address: rangeAddress(0, 0, plan.rowCount, cols), style: look.base }];
  for (const band of look.bands) {
    const width = Math.min(cols, band.columns ?? cols);
    const rows = band.last - band.first + 1;
    if (rows <= 0 || width <= 0) continue;
    ops.push({ kind: "style", sheet, address: rangeAddress(band.first, 0, rows, width), style: band.style });
    if (band.style.align !== null) continue;
    plan.columns.slice(0, width).forEach((column, c) => {
      if (column.align !== undefined) ops.push({ kind: "align", sheet, address: rangeAddress(band.first, c, rows, 1), align: column.align });
    });
  }
  for (const m of look.merges) ops.push({ kind: "merge", sheet, address: rangeAddress(m.row, m.col, m.rows, m.cols) });
  for (const h of look.rowHeights) ops.push({ kind: "rowHeight", sheet, address: rangeAddress(h.row, 0, 1, 1), points: h.points });
  ops.push({ kind: "page", sheet, page: look.page });
  return ops;
}

/** Set-property actions a look operation sends: a style sets the font (3), the alignment (2), wrapping and six borders. */
const ACTIONS: Partial<Record<WriteOp["kind"], number>> = { style: 12, page: 14 };

function styleOps(sheet: number, plan: SheetPlan): WriteOp[] {
  const ops: WriteOp[] = lookOps(sheet, plan);
  const cols = plan.columns.length;
  if (cols > 0) {
    const rows = [...new Set(plan.boldRows)].filter((r) => r >= 0 && r < plan.rowCount).sort((a, b) => a - b);
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
      ops.push({ kind: "bold", sheet, address: rangeAddress(rows[i]!, 0, rows[j]! - rows[i]! + 1, cols) });
      i = j + 1;
    }
  }
  plan.columns.forEach((column, c) => {
    ops.push({ kind: "width", sheet, address: `${columnLetters(c)}1`, points: widthInPoints(column.width) });
  });
  if (plan.frozenRows > 0) ops.push({ kind: "freeze", sheet, rows: plan.frozenRows });
  return ops;
}

/** Row i of the plan as Office.js takes it: an empty cell is "" (null would mean "leave as is"). */
function planRow(plan: SheetPlan, r: number): CellValue[] {
  return plan.columns.map((column) => {
    const v = planCell(column, r);
    return v === null ? "" : v;
  });
}

function opBytes(op: WriteOp): number {
  switch (op.kind) {
    case "format":
      return OP_OVERHEAD_BYTES + utf8Length(op.format) + op.address.length;
    case "values":
      return OP_OVERHEAD_BYTES;
    default:
      return OP_OVERHEAD_BYTES * (ACTIONS[op.kind] ?? 1);
  }
}

/**
 * Packs the plan's writes into requests of at most `budget` bytes, the first carrying `firstExtra`
 * bytes of other work. Value rows fill whatever room a request has left, so a request is full
 * before the next begins.
 */
export function packWrites(plans: SheetPlan[], firstExtra: number, budget = REQUEST_BUDGET): Request[] {
  const requests: Request[] = [];
  let current: Request = { ops: [], bytes: firstExtra };
  const flush = (): void => {
    requests.push(current);
    current = { ops: [], bytes: 0 };
  };
  const add = (op: WriteOp, bytes: number): void => {
    if (current.bytes + bytes > budget && current.ops.length > 0) flush();
    current.ops.push(op);
    current.bytes += bytes;
  };
  plans.forEach((plan, s) => {
    for (const op of formatOps(s, plan)) add(op, opBytes(op));
    let block: Extract<WriteOp, { kind: "values" }> | null = null;
    const rowCount = plan.columns.length === 0 ? 0 : plan.rowCount;
    for (let r = 0; r < rowCount; r++) {
      const row = planRow(plan, r);
      const rowBytes = utf8Length(JSON.stringify(row)) + 1;
      if (block !== null && current.ops[current.ops.length - 1] === block && current.bytes + rowBytes <= budget) {
        block.rows.push(row);
        current.bytes += rowBytes;
        continue;
      }
      block = { kind: "values", sheet: s, row: r, rows: [row], cols: plan.columns.length };
      add(block, OP_OVERHEAD_BYTES + rowBytes + 2);
    }
    for (const op of styleOps(s, plan)) add(op, opBytes(op));
  });
  if (current.ops.length > 0 || requests.length === 0) requests.push(current);
  return requests;
}

export function valuesAddress(op: Extract<WriteOp, { kind: "values" }>): string {
  return rangeAddress(op.row, 0, op.rows.length, op.cols);
}
