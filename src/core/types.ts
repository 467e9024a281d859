// The data that flows through ASSESS, one way:
//   Grid[] ──readScoreTable──▶ ScoreTable + Problem[] ──assess──▶ Assessment ──buildReport──▶ WorkbookPlan
// Everything here is plain data: no Office, no ExcelJS, no DOM, no Node.

/** One cell as a host gives it. Dates and errors arrive already turned into strings by the adapter. */
export type CellValue = number | string | boolean | null;

/** The used range of one sheet: its raw cells and where they start, so every problem can name its cell. */
export interface Grid {
  sheet: string;
  /**
   * The file the sheet is in, when it is not the workbook being ranked (a team's file read beside it,
   * `assess rank main.xlsx team1.xlsx`); absent for the workbook's own sheets.
   */
  file?: string;
  /** 1-based row of cells[0] in the sheet. */
  originRow: number;
  /** 1-based column of cells[r][0] in the sheet. */
  originCol: number;
  /** Rows of cells; rows may be ragged (a missing trailing cell is null). */
  cells: CellValue[][];
  /**
   * The sheet's merged areas as the host reports them (the value sits in the top-left cell only).
   * Absent when the host did not say; the reader then treats every blank cell as blank.
   */
  merges?: MergedArea[];
  /**
   * A1 addresses of formula cells that carry no computed value (a file written by a program that
   * never calculated it): blank in `cells`, but the reader says why instead of calling them missing.
   */
  uncalculated?: string[];
  /**
   * Whether the sheet's page setup chooses its paper, as the host can tell: a file's sheet whose
   * <pageSetup> names a paper size; in Excel, a sheet that prints on A4 (Excel reports the printer's
   * default paper for a sheet never set up, so only A4, the office's paper, counts as chosen). Absent
   * when the host did not say. --print-a4 gives A4 only to score sheets where this is not true.
   */
  paperChosen?: boolean;
}

/** A merged area in 1-based sheet coordinates, both corners inclusive. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Severity = "error" | "warning";

/** Stable problem codes. Tests, the JSON output and the pane key on these, never on message text. */
export type ProblemCode =
  | "NO_TABLE" // no sheet holds a score table
  | "MISSING_COLUMN" // a table lacks a component (or its sub-items) or the name column
  | "NAME_COLUMN_GUESSED" // warning: no header names the unit column; one was taken by its content
  | "SCORE_NOT_NUMBER" // 缺考, "abc"
  | "SCORE_OUT_OF_RANGE" // outside 0–100 (or the sub-item's maximum)
  | "SCORE_MISSING" // blank score for a unit
  | "RATER_SCORE_BLANK" // warning: one rater of several left a unit's score blank; the others' are combined
  | "SCORE_NORMALISED" // warning: text number, spaces, full-width digits, trailing 分
  | "BONUS_NOT_NUMBER"
  | "DUPLICATE_UNIT" // a unit twice in one table, or in two groups
  | "SCORE_CONFLICT" // one unit's component given twice, in two tables, with different values
  | "UNIT_UNMATCHED" // a unit only in tables that state no group (a team's sheet): no table says its group
  | "GROUP_MISSING" // a unit without a group in a table that has a group column
  | "UNIT_NAME_MISSING" // a row with scores but a blank unit name
  | "FORMULA_NO_VALUE" // a formula cell the reader needs carries no computed value (never calculated)
  | "SCHEME_INVALID" // weights not summing to 100, thresholds not descending, bad decimals…
  | "SETTINGS_UNREADABLE" // warning: a value on the settings sheet could not be read; default kept
  | "QUOTA_TIE" // warning: units tied at the edge of a tier's quota (名额); all in or all out, as the rules say
  | "SHEET_RENAMED" // warning: a user's sheet holds a generated sheet's name; ours took another
  | "HOST_ITEM_EXISTS" // Office: ItemAlreadyExists
  | "HOST_INVALID_ARGUMENT" // Office: InvalidArgument (e.g. a sheet name Excel refuses)
  | "HOST_PAYLOAD_TOO_LARGE" // Office: RequestPayloadSizeLimitExceeded
  | "HOST_EDIT_MODE" // Office: a cell is being edited, Excel refuses API calls
  | "HOST_ERROR" // any other host failure
  | "SHEET_TOO_LARGE" // warning: a sheet's used range is too large to read (a stray value far away); not read
  | "SHEET_PROTECTED" // a generated sheet to update in place is protected; nothing written
  | "RESULTS_STALE" // warning: the scores or rules changed after the last ranking: the generated sheets are out of date
  | "PREVIOUS_UNMATCHED" // warning: a unit not found in last year's results (--previous): listed as new, with the closest name
  | "PREVIOUS_REMOVED" // warning: last year's units not found this year
  | "PREVIOUS_UNREADABLE" // last year's results (--previous) hold no table of names and totals
  | "RENAME_UNUSED" // warning: a row of 单位更名 whose old name is not in last year's results or new name not in this year's
  | "RATER_OFF_PANEL" // warning: a rater's mean is far from the other raters' (评分分析)
  | "SCORE_FAR_FROM_PANEL"; // warning: one rater's score is far from the unit's other raters' median

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** Sheet the problem is on, or null when it is about the workbook or scheme as a whole. */
  sheet: string | null;
  /** A1 address of the cell, e.g. "D7", or null. */
  cell: string | null;
  /** The file of `sheet` when it is not the workbook being ranked (Grid.file); absent otherwise. */
  file?: string;
  /** Message in Chinese (the product's first language). */
  message: string;
  /** The same message in English. */
  messageEn: string;
}

// ───────────────────────────── Scheme ─────────────────────────────

export interface SubItemSpec {
  label: string;
  /** Other header texts that mean this sub-item. */
  aliases: string[];
  /** Maximum points of this sub-item; null: 100. */
  max: number | null;
}

export interface ComponentSpec {
  /** Stable key: "daily" | "onsite" | "satisfaction" for the default scheme. */
  key: string;
  /** Header label, e.g. 日常考核. */
  label: string;
  /** Other header texts that mean this component (e.g. 日常, 日常考核得分). */
  aliases: string[];
  /**
   * Points of the total this component gives at full marks: a score counts weight × score ÷ fullMarks.
   * With the default full marks (100 each, total 100) the weight is a percent. The weights of a scheme
   * sum to the total's full marks (Scheme.fullMarks).
   */
  weight: number;
  /** Full marks of a score of this component (满分), which a score is checked against; absent: 100. */
  fullMarks?: number;
  /** When present in the sheet, the sub-items add up to the component. May be empty. */
  subItems: SubItemSpec[];
  /**
   * Several raters score this component (评委1…评委7 under its header, or its scores on several sheets
   * or files): how their scores become the unit's score. Absent: one score per unit, and a second,
   * different score for the same unit is an error naming both cells.
   */
  raters?: RaterRule;
}

/** How several raters' scores of one component become one score. */
export interface RaterRule {
  /**
   * mean: the mean of every rater's score; trimmed: drop one highest and one lowest score when at
   * least three raters scored (去掉一个最高分和一个最低分), else the mean.
   */
  method: "mean" | "trimmed";
  /** Decimals the resulting score is rounded to, half-up; null: not rounded (exact to 9 decimals). */
  decimals: number | null;
}

/** A group scored on a scale of its own (a group out of 150 while another is out of 100). */
export interface GroupScale {
  /** The total's full marks in this group; absent: the scheme's. */
  fullMarks?: number;
  /** Component key → its full marks and weight in this group; components not named keep the scheme's. */
  components?: Record<string, { fullMarks?: number; weight?: number }>;
}

/** Limits on 加分 and 扣分 (bonus and deduction points added to the weighted total). Absent fields: no limit. */
export interface BonusRules {
  /** 加分 counted at most this many points in total. */
  maxAdd?: number;
  /** Each bonus item (one bonus column) counted at most this many points. */
  maxAddPerItem?: number;
  /** 扣分 counted at most this many points in total. */
  maxDeduct?: number;
  /** The total never goes above the full marks through 加分 (通过加分最多得到满分). Absent: false. */
  capAtFullMarks?: boolean;
  /** 加分 counts only when the weighted total before bonus reaches this bar. */
  addFrom?: number;
}

/**
 * How units whose rounded totals tie are ordered, step by step: by a component's score (its key; the
 * higher first) or by the unrounded total. Units still tied after every step share a rank.
 */
/** 评分分析's thresholds. */
export interface RaterChecks {
  /** A rater whose mean is further than this many standard deviations of the raters' means from their mean. */
  sdMultiple?: number;
  /** A single score further than this many points from the median of the unit's raters. */
  maxFromMedian?: number;
}

export type TieBreakStep = "unrounded" | { component: string };

/**
 * A tier with its inclusive minimum and an optional quota, both applying; the last tier of a list has
 * min null (everything below) and no quota. A tier above the last has a minimum, a quota, or both.
 */
export interface TierSpec {
  label: string;
  min: number | null;
  /** At most this many units of the group get this tier (名额); units pushed out fall to the next tier they qualify for. */
  quota?: TierQuota;
}

/** A share of the group's units in percent (rounded down to whole units), or a count of units. */
export type TierQuota = { percent: number } | { count: number };

export type RankingStyle = "competition" | "dense";

/**
 * The words of the notice document (通报) that change with the year and the office: the rules decide
 * its results, these its letterhead. Kept with the rules so the workbook carries them too.
 */
export interface NoticeSettings {
  /** 标题, e.g. 关于2020年度全市依法行政考核情况的通报. */
  title: string;
  /** 主送机关, the line under the title, ending in ：. */
  addressees: string;
  /** 发文机关署名 under the text, and the issuer of the 印发 line. */
  issuer: string;
  /** 成文日期 as written, e.g. 2021年7月1日. */
  date: string;
}

export interface Scheme {
  components: ComponentSpec[];
  /** Default tiers, best first. */
  tiers: TierSpec[];
  /** Group name (normalised) → its own tiers, where they differ from the default. */
  groupTiers: Record<string, TierSpec[]>;
  ranking: RankingStyle;
  /** Decimals totals are rounded to (half-up) before grading and ranking. */
  decimals: number;
  /** The notice document's title, addressees, issuer and date; absent: the 2020 notice's (DEFAULT_NOTICE). */
  notice?: NoticeSettings;
  /** The total's full marks (满分); absent: 100. The components' weights sum to it. */
  fullMarks?: number;
  /** Group name → the group's own scale, where it differs (matched like groupTiers). */
  groupScales?: Record<string, GroupScale>;
  /** Limits on 加分 and 扣分; absent: none. */
  bonusRules?: BonusRules;
  /** When 评分分析 flags a rater or a score; absent fields: the defaults (DEFAULT_RATER_CHECKS). */
  raterChecks?: RaterChecks;
  /** How tied rounded totals are ordered; absent or empty: they share a rank. */
  tieBreak?: TieBreakStep[];
  /**
   * Units tied at a quota's edge (the last place of the quota): all get the tier ("in") or none does
   * ("out", the default: the quota is never exceeded). Either way a warning names the tied units.
   */
  quotaTies?: "in" | "out";
}

// ───────────────────────────── ScoreTable ─────────────────────────────

export type ColumnRole =
  | { kind: "name" }
  | { kind: "group" }
  | { kind: "component"; component: number }
  | { kind: "subItem"; component: number; subItem: number }
  /**
   * One rater's score of a component (评委1…评委7 under its header): the component is the raters'
   * scores combined by its RaterRule. Which rater it is the header says; the order does not matter.
   */
  | { kind: "rater"; component: number }
  /** add: 加分 (added), deduct: 扣分 (its absolute value subtracted), signed: 加减分 (added as signed). */
  | { kind: "bonus"; mode: "add" | "deduct" | "signed" }
  | { kind: "veto" }
  | { kind: "ignored" };

/** How one column of a found table was understood. The pane shows these and lets the user correct them. */
export interface ColumnMapping {
  sheet: string;
  /** Column letter, e.g. "D". */
  column: string;
  /** Header text as found (both header rows joined with " / " for a two-row header). */
  header: string;
  role: ColumnRole;
}

/** A correction of a column's meaning, given by the user in the pane. */
export interface ColumnOverride {
  sheet: string;
  column: string;
  role: ColumnRole;
}

/** A score table found on one sheet. */
export interface TableLayout {
  sheet: string;
  /** The file of the sheet when it is not the workbook being ranked (Grid.file). */
  file?: string;
  /** 1-based sheet rows of the header (one or two rows). */
  headerRows: number[];
  /** 1-based sheet row of the first and last unit row. */
  firstDataRow: number;
  lastDataRow: number;
  columns: ColumnMapping[];
  /**
   * True when the group came from the sheet name (no group column, and the table gives every
   * component, or is the only table). A table with neither (a team's sheet of 实地考核 only) states no
   * group: its units take theirs from another table.
   */
  groupFromSheetName: boolean;
  /** Number of units read from this table. */
  unitCount: number;
  /** The title above the table (`濮阳市2020年度依法行政考核得分汇总表`), where it has one. */
  title?: string;
}

/** A cell reference back into the source, for problems and for the pane's click-to-select. */
export interface SourceRef {
  sheet: string;
  cell: string;
}

/**
 * The units found, column-wise so a million units cost a few arrays, not a million objects.
 * Index i is the i-th unit in source order (sheet order, then row order) of its home: the table
 * its group came from, when its scores are gathered from several tables (see read/consolidate).
 */
export interface ScoreTable {
  tables: TableLayout[];
  count: number;
  /** Unit names as typed, trimmed (comparisons use the NFKC-normalised key from read/values). */
  names: string[];
  /** Group names in order of first appearance, as first typed, trimmed. */
  groups: string[];
  /** groupOf[i] indexes groups. */
  groupOf: Int32Array;
  /**
   * components[c][i]: unit i's value of scheme component c (sum of sub-items where the sheet gives
   * sub-items, its raters' scores combined where it gives raters' columns), as it was typed; NaN when
   * missing or unreadable (an error Problem says where).
   */
  components: Float64Array[];
  /**
   * 加分 read for each unit (the sum of its bonus items, a signed 加减分's positive part, each item
   * capped at Scheme.bonusRules.maxAddPerItem), ≥ 0; 0 when none.
   */
  additions: Float64Array;
  /** 扣分 read for each unit, as the positive number of points to subtract; 0 when none. */
  deductions: Float64Array;
  /** Veto reason (the cell's text) or null. Sparse use: most are null. */
  veto: (string | null)[];
  /** Where each unit's name cell is (its home, where its group came from): table index and 1-based sheet row. */
  tableOf: Int32Array;
  rowOf: Int32Array;
}

// ───────────────────────────── Assessment ─────────────────────────────

export interface GroupStats {
  count: number;
  mean: number;
  max: number;
  min: number;
}

export interface GroupResult {
  name: string;
  /** Unit indexes (into ScoreTable) in rank order; ties keep source order. */
  order: Int32Array;
  /** ranks[k] is the rank of order[k]. */
  ranks: Int32Array;
  /** Tier labels of this group, best first (the group's own or the default). */
  tiers: TierSpec[];
  stats: GroupStats;
}

export interface Assessment {
  scheme: Scheme;
  table: ScoreTable;
  /** totals[i]: unit i's total, rounded half-up to scheme.decimals (as the nearest double). */
  totals: Float64Array;
  /** tierOf[i]: index into the unit's group tiers. */
  tierOf: Int32Array;
  /** bonus[i]: the net 加分 − 扣分 counted in unit i's total, after the scheme's bonus limits. */
  bonus: Float64Array;
  groups: GroupResult[];
  /** Warnings of the assessment itself (units tied at a quota's edge); never errors. */
  problems: Problem[];
  /** Last year's results beside this year's, when they were given (assess rank --previous, 上年结果). */
  previous?: YearOnYear;
}

/** How each unit stands against last year: found in the same group, in another, or new. */
export type YearStatus = "same" | "moved" | "new";

/** Last year's results matched to this year's units, indexed like the ScoreTable. */
export interface YearOnYear {
  /** The file last year's results were read from, as given. */
  source: string;
  /** Last year's total; NaN for a unit not found last year. */
  total: Float64Array;
  /** Last year's rank in its group; 0 when not found or unranked. */
  rank: Int32Array;
  status: YearStatus[];
}

// ───────────────────────────── WorkbookPlan ─────────────────────────────

export type GeneratedSheetKind = "results" | "tier" | "notice" | "chart" | "feedback" | "raters" | "settings";

/**
 * One column of a sheet to write, in one of two forms; read a cell through planCell (src/core/plan).
 * - values: every cell; values.length === SheetPlan.rowCount.
 * - numbers: the first rows in `head` (a header), the rest in a Float64Array, NaN (or any non-finite
 *   value) being a blank cell; head.length + numbers.length === SheetPlan.rowCount. A million-row
 *   score column kept as CellValue[] is a million boxed doubles for the collector to trace.
 */
export type PlanColumn = PlanValuesColumn | PlanNumbersColumn;

interface PlanColumnLook {
  /** Width in characters (Excel's column width unit). */
  width: number;
  /** Number format applied to the numbers of this column, e.g. "0.00"; null: General. */
  numFmt: string | null;
  /** Alignment of the column's cells where the row's style leaves it to the column; absent: the host's. */
  align?: HorizontalAlign;
}

export interface PlanValuesColumn extends PlanColumnLook {
  values: CellValue[];
}

export interface PlanNumbersColumn extends PlanColumnLook {
  head: CellValue[];
  numbers: Float64Array;
}

/**
 * A sheet to write, starting at A1, column-wise.
 * Contract for every adapter: a string value is literal text, never a formula
 * (a unit named "=HYPERLINK(…)" stays text), and keeps exactly its characters.
 */
export interface SheetPlan {
  name: string;
  kind: GeneratedSheetKind;
  rowCount: number;
  columns: PlanColumn[];
  /** Number of top rows to freeze (0: none). */
  frozenRows: number;
  /** 0-based row indexes to show bold (headers, group titles). */
  boldRows: number[];
  /** How the sheet looks on screen and on paper; absent: the host's defaults (a bare plan, in tests). */
  look?: SheetLook;
  /** Charts drawn over the sheet, over cells of the sheet itself. Absent: none. */
  charts?: ChartPlan[];
}

/** A typeface as Chinese Excel names it (宋体, 黑体), with its size in points. */
export interface PlanFont {
  name: string;
  size: number;
  bold: boolean;
}

export type HorizontalAlign = "left" | "center" | "right";

/** The look of the cells of a band of rows. */
export interface PlanCellStyle {
  font: PlanFont;
  /** Thin borders on every side of each cell. */
  border: boolean;
  /** Null: each column's own alignment (PlanColumn.align). */
  align: HorizontalAlign | null;
  /** Text wraps within the cell (the row's height is then given in rowHeights). */
  wrap: boolean;
}

/** Rows first..last (0-based, inclusive) take `style`: all their cells, or only the first `columns`. */
export interface RowBand {
  first: number;
  last: number;
  style: PlanCellStyle;
  /** The band's cells are the first this many of each row; the cells to their right take the base style. Absent: all. */
  columns?: number;
}

/** A merged area, 0-based, of `rows` × `cols` cells from (row, col). */
export interface PlanMerge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Page setup as an office prints: the paper, how the sheet is fitted on it, what repeats. */
export interface PageSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Fitted to one page wide (fit-to-page switched on), as many pages tall as it takes. */
  fitToOnePageWide: boolean;
  /** 0-based rows printed at the top of every page (print titles), or null. */
  titleRows: { first: number; last: number } | null;
  centerHorizontally: boolean;
  /** In inches, as Excel's page setup keeps them. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** The centred footer in Excel's header/footer codes (&P page, &N pages). */
  footer: string;
}

export interface SheetLook {
  /** The style of rows no band covers. */
  base: PlanCellStyle;
  /** Bands in row order, not overlapping. */
  bands: RowBand[];
  merges: PlanMerge[];
  /** Rows of a height of their own, in points (wrapped text the host would not grow a row for). */
  rowHeights: { row: number; points: number }[];
  page: PageSetup;
}

/** A block of cells of a plan's sheet, 0-based, both corners inclusive. */
export interface PlanRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One series of a chart: its name and its values are cells of the chart's sheet. */
export interface ChartSeriesPlan {
  /** The one cell that holds the series' name (a tier label). */
  name: PlanRange;
  /** One value per category, in the categories' order. */
  values: PlanRange;
  /** Fill colour, "#RRGGBB". */
  colour: string;
}

/**
 * A native chart as plain data. Every series runs along the categories (one column of cells), so an
 * adapter hands Excel the block the categories, names and values span and says "series by columns".
 */
export interface ChartPlan {
  /** The chart's name in the workbook: how the next run knows the chart it wrote. */
  name: string;
  kind: "columnClustered";
  title: string;
  /** The category labels (group names), one column. */
  categories: PlanRange;
  series: ChartSeriesPlan[];
  /** Step between the value axis's gridlines: a whole number, since the values are counts of units. */
  majorUnit: number;
  /** The cells the chart covers, corner to corner. */
  anchor: PlanRange;
}

export interface WorkbookPlan {
  /** Sheets ASSESS generated on an earlier run: remove them (and only them) before adding. */
  remove: string[];
  /** Sheets to add, in order, after the user's sheets. */
  sheets: SheetPlan[];
  /** Name of the sheet to activate afterwards (the results sheet). */
  activate: string | null;
  /**
   * The user's score sheets to print on A4 portrait, one page wide, each only if it has no page setup
   * of its own (asked for with --print-a4 or the pane's box: it changes a sheet of the user's).
   */
  printA4?: string[];
}
