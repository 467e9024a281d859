// A sheet's cells as they stream in (only the cells that hold something), then shaped into the Grid
// the core reads: origin at the first used row and column, ragged rows with trailing blanks trimmed.
import type { CellValue, Grid, MergedArea } from "../../core/types";

/**
 * Every blank row between used rows is this one array, so a stray value a million rows below the
 * table costs a million pointers, not a million arrays. Frozen: no reader may write into a Grid.
 */
const BLANK_ROW = Object.freeze([]) as unknown as CellValue[];

export class SparseSheet {
  /** Sheet row of each row that holds cells, and where its cells start in cols/values. */
  private readonly rowNumbers: number[] = [];
  private readonly rowStarts: number[] = [];
  private readonly cols: number[] = [];
  private readonly values: CellValue[] = [];
  private inOrder = true;
  readonly merges: MergedArea[] = [];
  readonly uncalculated: string[] = [];
  /** A <pageSetup> naming a paper was read (Grid.paperChosen). */
  paperChosen = false;

  get valueCount(): number {
    return this.values.length;
  }

  /** A cell with a value (never null). */
  add(row: number, col: number, value: CellValue): void {
    const last = this.rowNumbers.length - 1;
    if (last < 0 || this.rowNumbers[last] !== row) {
      if (last >= 0 && row < (this.rowNumbers[last] as number)) this.inOrder = false;
      this.rowNumbers.push(row);
      this.rowStarts.push(this.cols.length);
    }
    this.cols.push(col);
    this.values.push(value);
  }

  /** The cells of each row, rows in sheet order (a file may list rows out of order, or one row twice). */
  private rows(): RowSpan[] {
    const rows = this.rowNumbers.map((row, i): RowSpan => ({ row, from: this.rowStarts[i] as number, to: this.rowStarts[i + 1] ?? this.cols.length, last: 0 }));
    if (!this.inOrder) rows.sort((a, b) => a.row - b.row);
    return rows;
  }

  /** Excel reports a merged area's value in its top-left cell only; a value a file keeps in a covered cell is dropped. */
  private clearCoveredCells(rows: RowSpan[]): void {
    if (this.merges.length === 0) return;
    for (const m of this.merges) {
      for (let i = firstRowAtOrAfter(rows, m.top); i < rows.length; i++) {
        const r = rows[i] as RowSpan;
        if (r.row > m.bottom) break;
        for (let k = r.from; k < r.to; k++) {
          const c = this.cols[k] as number;
          if (c >= m.left && c <= m.right && (c !== m.left || r.row !== m.top)) this.values[k] = null;
        }
      }
    }
  }

  /** How many cells the grid will hold, before it is built, so a budget can refuse it unbuilt. */
  shape(): SheetShape {
    const rows = this.rows();
    this.clearCoveredCells(rows);
    let originCol = Infinity;
    let originRow = 0;
    const used: RowSpan[] = [];
    for (const r of rows) {
      let first = Infinity;
      let last = 0;
      for (let k = r.from; k < r.to; k++) {
        if (this.values[k] === null) continue;
        const c = this.cols[k] as number;
        if (c < first) first = c;
        if (c > last) last = c;
      }
      if (first === Infinity) continue;
      if (originRow === 0) originRow = r.row;
      originCol = Math.min(originCol, first);
      r.last = last;
      used.push(r);
    }
    let cellCount = 0;
    for (const r of used) cellCount += r.last - originCol + 1;
    return { rows: used, originRow, originCol: originCol === Infinity ? 1 : originCol, cellCount };
  }

  /** The Grid of `shape` (call shape first, once). */
  build(sheet: string, shape: SheetShape): Grid {
    const extras: Pick<Grid, "merges" | "uncalculated" | "paperChosen"> = { merges: this.merges, paperChosen: this.paperChosen };
    if (this.uncalculated.length > 0) extras.uncalculated = this.uncalculated;
    const { rows, originRow, originCol } = shape;
    if (rows.length === 0) return { sheet, originRow: 1, originCol: 1, cells: [], ...extras };
    const lastRow = (rows[rows.length - 1] as RowSpan).row;
    const cells: CellValue[][] = new Array<CellValue[]>(lastRow - originRow + 1).fill(BLANK_ROW);
    for (const r of rows) {
      const at = r.row - originRow;
      // Sized once: a row grown by push keeps spare capacity, some 30 MB over 200,000 rows.
      const width = r.last - originCol + 1;
      let out = cells[at] as CellValue[];
      if (out === BLANK_ROW) out = new Array<CellValue>(width).fill(null);
      else while (out.length < width) out.push(null);
      for (let k = r.from; k < r.to; k++) {
        const v = this.values[k] as CellValue;
        if (v !== null) out[(this.cols[k] as number) - originCol] = v;
      }
      cells[at] = out;
    }
    return { sheet, originRow, originCol, cells, ...extras };
  }
}

interface RowSpan {
  row: number;
  /** Where the row's cells are in cols/values: [from, to). */
  from: number;
  to: number;
  /** The row's last column holding a value, once shape() has looked. */
  last: number;
}

export interface SheetShape {
  rows: RowSpan[];
  originRow: number;
  originCol: number;
  cellCount: number;
}

function firstRowAtOrAfter(rows: { row: number }[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as { row: number }).row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
