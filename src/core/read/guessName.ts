// When no header names the unit column (考核对象 is known, but an office may write 参评主体, 责任主体, or
// leave the cell blank), the names are found the way a person finds them: the text column beside the
// scores whose values are distinct, short and not numbers. A column that repeats a few labels is a
// group column, not names. The reader says which column it took (NAME_COLUMN_GUESSED).
import type { Grid } from "../types";
import type { FoundColumn } from "./findHeader";
import type { TablePlan } from "./tablePlan";
import { isNoteName, isSummaryLabel } from "./rowLabels";
import { parseScore, textKey } from "./values";

/** Rows with scores looked at: enough to tell names from group labels, and a million-row sheet costs no more. */
const SAMPLE_ROWS = 200;
/** Rows scanned for those, so a sheet of blank rows below its header is not walked to the end. */
const SCAN_ROWS = 2000;
/** A unit name is a line of text; a longer value is a remark or a sentence. */
const MAX_NAME_LENGTH = 30;
/** Share of the sampled rows a names column fills with text (a name merged over two lines reads blank once). */
const MIN_TEXT_SHARE = 0.5;
/** Share of its text values that are different: names are all different, a group's labels repeat. */
const MIN_DISTINCT_SHARE = 0.9;

interface Candidate {
  col: number;
  distinct: number;
  leftOfScores: boolean;
}

function scoreColumns(plan: TablePlan): number[] {
  const cols: number[] = [];
  for (const c of plan.components) {
    if (c.direct) cols.push(c.direct.col);
    for (const s of c.subItems) cols.push(s.col);
  }
  return cols;
}

/**
 * Rows below the header with at least one number in a score column and no summary label in any cell:
 * the unit rows. A summary row's label may stand in its 序号 cell and leave the name cell blank.
 */
function scoredRows(grid: Grid, first: number, scoreCols: readonly number[]): number[] {
  const rows: number[] = [];
  const end = Math.min(grid.cells.length, first + SCAN_ROWS);
  for (let r = first; r < end && rows.length < SAMPLE_ROWS; r++) {
    const row = grid.cells[r];
    if (!row || !scoreCols.some((c) => parseScore(row[c] ?? null).kind === "number")) continue;
    if (row.some((v) => typeof v === "string" && isSummaryLabel(v))) continue;
    rows.push(r);
  }
  return rows;
}

function judge(grid: Grid, col: number, rows: readonly number[], firstScoreCol: number): Candidate | null {
  let text = 0;
  let numbers = 0;
  // Rows labelled 合计, 平均分 (or a note) in this column are not units: neither for it nor against it.
  let labelled = 0;
  const keys = new Set<string>();
  for (const r of rows) {
    const p = parseScore(grid.cells[r]?.[col] ?? null);
    if (p.kind === "number") numbers++;
    else if (p.kind === "text") {
      if (p.text.length > MAX_NAME_LENGTH) return null;
      if (isSummaryLabel(p.text) || isNoteName(p.text)) {
        labelled++;
        continue;
      }
      text++;
      keys.add(textKey(p.text));
    }
  }
  if (text === 0 || numbers > 0 || text < (rows.length - labelled) * MIN_TEXT_SHARE) return null;
  if (keys.size < text * MIN_DISTINCT_SHARE) return null;
  return { col, distinct: keys.size, leftOfScores: col < firstScoreCol };
}

/**
 * The plan with its name column taken from the content, and that column, when the header names none
 * and one column holds what names look like; otherwise the plan as it was and null. Among several,
 * a column left of the scores comes first (where offices put the names), then the one with more
 * different values, then the leftmost.
 */
export function guessNameColumn(grid: Grid, plan: TablePlan, first: number): { plan: TablePlan; guessed: FoundColumn | null } {
  const none = { plan, guessed: null };
  if (plan.nameCol >= 0) return none;
  const scoreCols = scoreColumns(plan);
  if (scoreCols.length === 0) return none;
  const rows = scoredRows(grid, first, scoreCols);
  if (rows.length === 0) return none;

  const byCol = new Map(plan.columns.map((fc) => [fc.col, fc]));
  const width = rows.reduce((w, r) => Math.max(w, grid.cells[r]?.length ?? 0), 0);
  const firstScoreCol = Math.min(...scoreCols);
  let best: Candidate | null = null;
  for (let col = 0; col < width; col++) {
    const fc = byCol.get(col);
    // A header ASSESS knows (序号, 等次, 备注, a group, a score) says what the column is; only an
    // unknown or blank header leaves it open.
    if (fc && !(fc.unknown && fc.role.kind === "ignored")) continue;
    const c = judge(grid, col, rows, firstScoreCol);
    if (c && (!best || better(c, best))) best = c;
  }
  if (!best) return none;

  const col = best.col;
  const guessed: FoundColumn = { ...(byCol.get(col) ?? { col, header: "", label: "" }), role: { kind: "name" } };
  delete guessed.unknown;
  const columns = [...plan.columns.filter((fc) => fc.col !== col), guessed].sort((a, b) => a.col - b.col);
  return { plan: { ...plan, nameCol: col, columns }, guessed };
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.leftOfScores !== b.leftOfScores) return a.leftOfScores;
  return a.distinct > b.distinct;
}
