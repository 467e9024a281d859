// The one entry point every caller uses (CLI, task pane): Grid[] in, WorkbookPlan out.
// STUB: signatures are fixed; bodies are being written (see readWorkbook / rankWorkbook).
import type { Assessment, ColumnOverride, Grid, Problem, Scheme, ScoreTable, WorkbookPlan } from "./types";

export interface RankOptions {
  /** Rules to use instead of those on the workbook's settings sheet (CLI --scheme, pane edits). */
  scheme?: Scheme;
  /** Corrections of column meanings made by the user. */
  overrides?: ColumnOverride[];
}

/** What ASSESS finds in a workbook before ranking: shown by the pane on open. */
export interface WorkbookReading {
  scheme: Scheme;
  /** Where the rules came from. */
  schemeSource: "default" | "settings" | "given";
  /** Name of the settings sheet ASSESS wrote earlier, or null. */
  settingsSheet: string | null;
  /** Sheets ASSESS generated on an earlier run (never read as score tables; replaced on the next run). */
  generated: string[];
  table: ScoreTable;
  /** Every problem found, errors first, then in sheet/row order. */
  problems: Problem[];
  /** True when there is no error-severity problem. */
  ok: boolean;
}

export interface RankResult extends WorkbookReading {
  /** Null when there are errors: nothing may be written. */
  assessment: Assessment | null;
  plan: WorkbookPlan | null;
  /** The published notice text (结果通报), "" when there are errors. */
  notice: string;
}

export declare function readWorkbook(grids: Grid[], options?: RankOptions): WorkbookReading;
export declare function rankWorkbook(grids: Grid[], options?: RankOptions): RankResult;
