// Reading the workbook: one sync for the list of sheets (Office.js cannot name the sheets and read
// them in the same request), then one sync for every sheet's used range. Only when Excel on the web
// refuses a response that large (over 5 MB: tens of thousands of units) does the read fall back to
// row blocks, each sync sized from what the blocks already read weighed.
import type { CellValue, Grid } from "../core/types";
import { addressOrigin, rangeAddress } from "./address";
import { READ_BUDGET_BYTES, utf8Length } from "./limits";
import { asHostCall, officeErrorCode } from "./problems";

function toCell(v: unknown): CellValue {
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? null : v;
  return null;
}

const toCells = (values: unknown[][]): CellValue[][] => values.map((row) => row.map(toCell));

async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

interface Used {
  sheet: string;
  /** 1-based. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function readGrids(): Promise<Grid[]> {
  return asHostCall(readAll);
}

async function readAll(): Promise<Grid[]> {
  return Excel.run(async (context) => {
    const names = await sheetNames(context);
    const used = names.map((name) => {
      const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      range.load("address,values");
      return { name, range };
    });
    try {
      await context.sync();
    } catch (e) {
      if (officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
      return readInBlocks(names);
    }
    return used.map(({ name, range }): Grid => {
      if (range.isNullObject) return { sheet: name, originRow: 1, originCol: 1, cells: [] };
      const origin = addressOrigin(range.address);
      return { sheet: name, originRow: origin.row, originCol: origin.col, cells: toCells(range.values) };
    });
  });
}

async function readInBlocks(names: string[]): Promise<Grid[]> {
  return Excel.run(async (context) => {
    const shapes = names.map((name) => {
      const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      range.load("address,rowCount,columnCount");
      return { name, range };
    });
    await context.sync();
    const used: (Used | null)[] = shapes.map(({ name, range }) => {
      if (range.isNullObject) return null;
      const origin = addressOrigin(range.address);
      return { sheet: name, row: origin.row, col: origin.col, rows: range.rowCount, cols: range.columnCount };
    });
    const grids: Grid[] = names.map((name, i) => ({
      sheet: name,
      originRow: used[i]?.row ?? 1,
      originCol: used[i]?.col ?? 1,
      cells: [] as CellValue[][],
    }));
    // A first guess of a CJK unit name per cell, replaced by what the blocks read so far weighed
    // (their heaviest cell average, with a quarter to spare).
    let bytesPerCell = 64;
    let observed = 0;
    let budget = READ_BUDGET_BYTES;
    const next = used.map(() => 0);
    for (;;) {
      const batch: { sheet: number; from: number; range: Excel.Range }[] = [];
      let planned = 0;
      used.forEach((u, i) => {
        if (u === null) return;
        while (next[i]! < u.rows && planned < budget) {
          const rowBytes = bytesPerCell * u.cols + 8;
          const rows = Math.max(1, Math.min(u.rows - next[i]!, Math.floor((budget - planned) / rowBytes)));
          const range = context.workbook.worksheets.getItem(u.sheet).getRange(rangeAddress(u.row - 1 + next[i]!, u.col - 1, rows, u.cols));
          range.load("values");
          batch.push({ sheet: i, from: next[i]!, range });
          next[i]! += rows;
          planned += rows * rowBytes;
        }
      });
      if (batch.length === 0) return grids;
      try {
        await context.sync();
      } catch (e) {
        if (officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded" || budget < 10_000) throw e;
        for (const b of batch) next[b.sheet] = Math.min(next[b.sheet]!, b.from);
        budget = Math.floor(budget / 2);
        continue;
      }
      for (const b of batch) {
        const values = b.range.values;
        const cells = values.length * (values[0]?.length ?? 1);
        observed = Math.max(observed, utf8Length(JSON.stringify(values)) / Math.max(1, cells));
        bytesPerCell = Math.ceil(observed * 1.25);
        const target = grids[b.sheet]!.cells;
        for (const row of values) target.push(row.map(toCell));
      }
    }
  });
}
