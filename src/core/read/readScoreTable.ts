// Grid[] → ScoreTable: every sheet that holds a score table is read, in sheet order. A sheet without
// one (a free-text 说明) is passed over silently; only a workbook with no table at all is a problem.
import { makeProblem } from "../messages/problems";
import type { ColumnOverride, Grid, Problem, Scheme, ScoreTable } from "../types";
import { a1, columnLetter } from "./address";
import { findHeader } from "./findHeader";
import { guessNameColumn } from "./guessName";
import { headerVocabulary } from "./headerText";
import { readRows } from "./readRows";
import { tablePlan, type TablePlan } from "./tablePlan";
import { UnitSink } from "./unitSink";
import { textKey } from "./values";

export interface ReadOptions {
  /** The user's corrections of column meanings. */
  overrides?: ColumnOverride[];
  /** Sheets never read as score tables (those ASSESS generated itself). */
  skipSheets?: string[];
}

interface Found {
  grid: Grid;
  gridIndex: number;
  headerRows: number[];
  plan: TablePlan;
  /** The name column taken from its content, when no header named it. */
  guessed: { col: number; header: string } | null;
}

export function readScoreTable(grids: Grid[], scheme: Scheme, options: ReadOptions = {}): { table: ScoreTable; problems: Problem[] } {
  const skip = new Set(options.skipSheets ?? []);
  const overrides = options.overrides ?? [];
  const vocab = headerVocabulary(scheme);

  const found: Found[] = [];
  grids.forEach((grid, gridIndex) => {
    if (skip.has(grid.sheet)) return;
    const header = findHeader(grid, vocab);
    if (!header) return;
    const planned = tablePlan(grid, header, scheme, overrides);
    const { plan, guessed } = guessNameColumn(grid, planned, lastOf(header.rows) + 1);
    found.push({ grid, gridIndex, headerRows: header.rows, plan, guessed });
  });

  const capacity = found.reduce((n, f) => n + Math.max(0, f.grid.cells.length - lastOf(f.headerRows) - 1), 0);
  const sink = new UnitSink(capacity, scheme.components.length);

  for (const f of found) {
    const { grid, plan, gridIndex } = f;
    const headerEnd = lastOf(f.headerRows);
    const at = a1(grid.originRow + (f.headerRows[0] as number), grid.originCol + (plan.columns[0]?.col ?? 0));
    if (f.guessed) {
      const column = columnLetter(f.guessed.col + grid.originCol);
      const cell = a1(grid.originRow + (f.headerRows[0] as number), grid.originCol + f.guessed.col);
      sink.problem(makeProblem("NAME_COLUMN_GUESSED", "warning", grid.sheet, cell, { column, header: f.guessed.header }), gridIndex, f.headerRows[0] as number, f.guessed.col);
    }
    const missing = plan.nameCol < 0 ? [NAME_COLUMN, ...plan.missing] : plan.missing;
    for (const column of missing) {
      const columnEn = column === NAME_COLUMN ? "unit name" : column;
      sink.problem(makeProblem("MISSING_COLUMN", "error", grid.sheet, at, { column, columnEn }), gridIndex, headerEnd, -1);
    }
    const groupFromSheetName = plan.groupCol < 0;
    const sheetName = grid.sheet.trim();
    const tableIndex = sink.tables.length;
    const layout = {
      sheet: grid.sheet,
      headerRows: f.headerRows.map((r) => r + grid.originRow),
      firstDataRow: headerEnd + 1 + grid.originRow,
      lastDataRow: headerEnd + grid.originRow,
      columns: plan.columns.map((fc) => ({
        sheet: grid.sheet,
        column: columnLetter(fc.col + grid.originCol),
        header: fc.header,
        role: fc.role,
      })),
      groupFromSheetName,
      unitCount: 0,
      ...titleAbove(grid, f.headerRows[0] as number),
    };
    sink.tables.push(layout);
    sink.nameColumns.push(plan.nameCol >= 0 ? columnLetter(plan.nameCol + grid.originCol) : "");
    if (plan.nameCol < 0) continue;
    const sheetGroup = groupFromSheetName ? { key: textKey(sheetName), display: sheetName } : null;
    record(layout, readRows({ grid, gridIndex, tableIndex, plan, scheme, first: headerEnd + 1, sheetGroup }, sink), grid.originRow);
  }

  if (found.length === 0) {
    const components = scheme.components.map((c) => c.label).join("、");
    const componentsEn = scheme.components.map((c) => c.label).join(", ");
    sink.problem(makeProblem("NO_TABLE", "error", null, null, { components, componentsEn }), grids.length, 0, 0);
  }
  return { table: sink.table(), problems: sink.problems() };
}

/** The word a MISSING_COLUMN problem names when the unit-name column is absent. */
const NAME_COLUMN = "单位名称";

const lastOf = (rows: number[]): number => rows[rows.length - 1] as number;

function record(layout: { firstDataRow: number; lastDataRow: number; unitCount: number }, read: { firstRow: number; lastRow: number; units: number }, originRow: number): void {
  layout.unitCount = read.units;
  if (read.units > 0) {
    layout.firstDataRow = read.firstRow + originRow;
    layout.lastDataRow = read.lastRow + originRow;
  }
}

/**
 * The table's title: the first text above its header that is not a note such as `填报单位：…` (a
 * label with its colon). The generated sheets take their titles from it.
 */
function titleAbove(grid: Grid, headerRow: number): { title?: string } {
  for (let r = 0; r < headerRow; r++) {
    for (const v of grid.cells[r] ?? []) {
      if (typeof v !== "string") continue;
      const text = v.trim();
      if (text !== "" && !/[:：]/.test(text)) return { title: text };
    }
  }
  return {};
}
