// 单位更名: the workbook's sheet of renamed units, last year's name beside this year's, through which
// last year's results find a renamed unit. The user's sheet: read, never ranked or written.
import { a1 } from "../read/address";
import { headerKey } from "../read/headerText";
import type { Grid } from "../types";

/** 单位更名: last year's name → this year's, as a sheet of two columns 旧名称 / 新名称 gives them. */
export interface Rename {
  old: string;
  new: string;
  sheet: string;
  /** The row's 旧名称 cell. */
  cell: string;
}

export const RENAME_SHEET = "单位更名";
const OLD_HEADERS = new Set(["旧名称", "原名称", "原单位名称", "上年名称", "旧单位名称", "更名前"].map(headerKey));
const NEW_HEADERS = new Set(["新名称", "现名称", "新单位名称", "今年名称", "现单位名称", "更名后"].map(headerKey));

/** The renames of the workbook's 单位更名 sheet (its name compared as Excel does), none without one. */
export function readRenames(grids: readonly Grid[]): Rename[] {
  const grid = grids.find((g) => g.file === undefined && headerKey(g.sheet) === headerKey(RENAME_SHEET));
  if (grid === undefined) return [];
  const text = (v: unknown): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");
  for (let r = 0; r < grid.cells.length; r++) {
    const row = grid.cells[r] ?? [];
    const oldCol = row.findIndex((v) => OLD_HEADERS.has(headerKey(text(v))));
    const newCol = row.findIndex((v) => NEW_HEADERS.has(headerKey(text(v))));
    if (oldCol < 0 || newCol < 0) continue;
    const out: Rename[] = [];
    for (let k = r + 1; k < grid.cells.length; k++) {
      const cells = grid.cells[k] ?? [];
      const old = text(cells[oldCol]);
      const renamed = text(cells[newCol]);
      if (old === "" || renamed === "") continue;
      out.push({ old, new: renamed, sheet: grid.sheet, cell: a1(k + grid.originRow, oldCol + grid.originCol) });
    }
    return out;
  }
  return [];
}
