// A sheet's merged areas, looked up by cell. Excel (and a file's <mergeCell>) keeps a merged area's
// value in its top-left cell only; every other cell of the area reads blank. The reader asks, for a
// blank cell, whether a merged area covers it and what that area holds.
import type { CellValue, Grid, MergedArea } from "../types";
import { a1 } from "./address";

/** A blank cell covered by a merged area whose value sits in another cell. */
export interface Covered {
  area: MergedArea;
  /** The area's value: its top-left cell's (null when that is blank too). */
  value: CellValue;
}

export class MergeIndex {
  /** Sheet column → the areas crossing it, by top row; built for a column when it is first asked about. */
  private readonly byColumn = new Map<number, MergedArea[]>();

  private constructor(
    private readonly grid: Grid,
    private readonly areas: readonly MergedArea[],
  ) {}

  /** The index of a grid's merged areas, or null when it has none (the host said none, or did not say). */
  static of(grid: Grid): MergeIndex | null {
    const areas = grid.merges;
    return areas && areas.length > 0 ? new MergeIndex(grid, areas) : null;
  }

  /** The merged area covering the cell at 0-based grid row r and column c, or null. */
  areaAt(r: number, c: number): MergedArea | null {
    const row = r + this.grid.originRow;
    const list = this.column(c + this.grid.originCol);
    // Merged areas never overlap (Excel refuses to open a file where they do), so in a column they are
    // disjoint row intervals: the last one starting at or above the row is the only candidate.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as MergedArea).top <= row) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const area = found >= 0 ? (list[found] as MergedArea) : null;
    return area && area.bottom >= row ? area : null;
  }

  /** The area covering (r, c) when (r, c) is not the cell holding its value; else null. */
  covered(r: number, c: number): Covered | null {
    const area = this.areaAt(r, c);
    if (!area) return null;
    const top = area.top - this.grid.originRow;
    const left = area.left - this.grid.originCol;
    if (top === r && left === c) return null;
    return { area, value: this.grid.cells[top]?.[left] ?? null };
  }

  private column(col: number): MergedArea[] {
    let list = this.byColumn.get(col);
    if (!list) {
      list = this.areas.filter((a) => a.left <= col && a.right >= col).sort((a, b) => a.top - b.top);
      this.byColumn.set(col, list);
    }
    return list;
  }
}

/** "D6:D7": how a problem names a merged area. */
export function areaText(area: MergedArea): string {
  return `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;
}
