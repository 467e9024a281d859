// Which of the workbook's score sheets --print-a4 (the pane's A4 box) would give A4 portrait, one page
// wide: those whose page setup chooses no paper, as far as the host could tell (Grid.paperChosen).
import { sheetKey } from "../report/names";
import type { Grid, ScoreTable } from "../types";

/** The workbook's own sheets its scores were read from, each once, in reading order (a team file's are not its). */
export function scoreSheets(table: ScoreTable): string[] {
  return [...new Set(table.tables.filter((t) => t.file === undefined).map((t) => t.sheet))];
}

/** The score sheets whose page setup chooses no paper. */
export function scoreSheetsWithoutPaper(table: ScoreTable, grids: readonly Grid[]): string[] {
  const chosen = new Set(grids.filter((g) => g.file === undefined && g.paperChosen === true).map((g) => sheetKey(g.sheet)));
  return scoreSheets(table).filter((sheet) => !chosen.has(sheetKey(sheet)));
}
