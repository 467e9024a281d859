// Reading a workbook: its rules, its score table and every problem found, before anything is ranked.
// The pane reads on open and on every edit; ranking (pipeline.ts) is loaded only when a run starts.
import { RENAME_SHEET } from "./previous/renames";
import type { UnitParts } from "./letters/details";
import { scoreDigest } from "./digest";
import { unitParts } from "./letters/details";
import { parseA1 } from "./read/address";
import { staleResults } from "./stale";
import { readScoreTable } from "./read/readScoreTable";
import { sheetKey, stillExisting } from "./report/names";
import { defaultScheme } from "./scheme/defaults";
import { validateScheme } from "./scheme/validate";
import { readSettingsSheet } from "./settings/read";
import type { Assessment, ColumnOverride, Grid, Problem, Scheme, ScoreTable, WorkbookPlan } from "./types";

export interface RankOptions {
  /** Rules to use instead of those on the workbook's settings sheet (CLI --scheme, pane edits). */
  scheme?: Scheme;
  /** Corrections of column meanings made by the user. */
  overrides?: ColumnOverride[];
  /** Ask for the score sheets to print on A4 portrait, one page wide, where they have no page setup (WorkbookPlan.printA4). */
  printA4?: boolean;
  /**
   * Last year's results (--previous, the pane's 上年结果): the sheets of that file and its name. The
   * results sheet then gains 上年得分、上年名次、名次变化, the letters and the notice say the move.
   */
  previous?: { grids: Grid[]; file: string };
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
  /** The 校验码 the last ranking wrote on the settings sheet (core/digest), or null. */
  recordedDigest: string | null;
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
  /** The units' sub-items, raters' scores and bonus items with their reasons, for the feedback letters; null when there are errors. */
  parts: UnitParts | null;
  /** The 校验码 of the scores and rules ranked, written on the notice and the settings sheet; "" when there are errors. */
  digest: string;
}

/**
 * `grids` are the workbook's own sheets, then those of any other file read beside it (Grid.file set: a
 * team's scores). The rules, the settings sheet and the sheets to replace are the workbook's own; another
 * file's ASSESS sheets (it may be a ranked copy) are never read as scores.
 */
export function readWorkbook(grids: Grid[], options: RankOptions = {}): WorkbookReading {
  return readWorkbookAndParts(grids, options).reading;
}

/**
 * readWorkbook, with the units' parts and the 校验码 where the reading computed them (a ranked
 * workbook's stale check): a run ranking it goes on with them rather than reading the parts and
 * hashing the scores a second time.
 */
export function readWorkbookAndParts(grids: Grid[], options: RankOptions = {}): { reading: WorkbookReading; current: { parts: UnitParts; digest: string } | null } {
  const own = grids.filter((g) => g.file === undefined);
  const { settingsSheet, settings, generated } = assessSheets(own);
  const others = grids.filter((g) => g.file !== undefined);
  const scoreGrids = others.length === 0 ? grids : [...own, ...othersWithoutTheirAssessSheets(others)];

  const problems: Problem[] = [];
  let scheme: Scheme;
  let schemeSource: WorkbookReading["schemeSource"];
  if (options.scheme !== undefined) {
    scheme = options.scheme;
    schemeSource = "given";
    problems.push(...validateScheme(scheme));
  } else if (settings !== null) {
    scheme = settings.scheme;
    schemeSource = "settings";
    problems.push(...settings.problems);
  } else {
    scheme = defaultScheme();
    schemeSource = "default";
  }

  const read = readScoreTable(scoreGrids, scheme, {
    ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
    // 单位更名 holds names only (last year's and this year's), never scores.
    skipSheets: [...generated, ...own.filter((g) => sheetKey(g.sheet) === sheetKey(RENAME_SHEET)).map((g) => g.sheet)],
  });
  problems.push(...read.problems);
  // A ranked workbook: are its results still those of its scores and rules?
  const recordedDigest = settings?.digest ?? null;
  let current: { parts: UnitParts; digest: string } | null = null;
  if (recordedDigest !== null && !problems.some((p) => p.severity === "error")) {
    const parts = unitParts(scoreGrids, read.table, scheme);
    current = { parts, digest: scoreDigest(read.table, parts, scheme) };
    const stale = staleResults(recordedDigest, current.digest, read.table, scheme, own, settings?.generated[0] ?? null);
    if (stale !== null) problems.push(stale);
  }
  const sorted = sortProblems(problems, grids);
  const reading: WorkbookReading = {
    scheme,
    schemeSource,
    settingsSheet,
    generated,
    recordedDigest,
    table: read.table,
    problems: sorted,
    ok: !sorted.some((p) => p.severity === "error"),
  };
  return { reading, current };
}

/** The settings sheet among a workbook's sheets, its rules, and the sheets ASSESS generated there. */
export function assessSheets(grids: readonly Grid[]): { settingsSheet: string | null; settings: ReturnType<typeof readSettingsSheet>; generated: string[] } {
  for (const grid of grids) {
    const settings = readSettingsSheet(grid);
    if (settings === null) continue;
    // The settings sheet is ASSESS's own even when a person renamed it; its list names the others.
    const generated = stillExisting(
      [grid.sheet, ...settings.generated],
      grids.map((g) => g.sheet),
    );
    return { settingsSheet: grid.sheet, settings, generated };
  }
  return { settingsSheet: null, settings: null, generated: [] };
}

function othersWithoutTheirAssessSheets(others: Grid[]): Grid[] {
  const byFile = new Map<string, Grid[]>();
  for (const g of others) {
    const file = g.file as string;
    const list = byFile.get(file);
    if (list) list.push(g);
    else byFile.set(file, [g]);
  }
  return [...byFile.values()].flatMap((sheets) => {
    const skip = new Set(assessSheets(sheets).generated.map(sheetKey));
    return sheets.filter((g) => !skip.has(sheetKey(g.sheet)));
  });
}

const sheetPlace = (file: string | undefined, sheet: string): string => `${file ?? ""}\u0000${sheet}`;

/** Errors first; then problems about the whole workbook; then by sheet (workbook order, then other files'), row and column. */
export function sortProblems(problems: Problem[], grids: Grid[]): Problem[] {
  const sheetIndex = new Map(grids.map((g, i) => [sheetPlace(g.file, g.sheet), i] as const));
  const position = (p: Problem): [number, number, number] => {
    const sheet = p.sheet === null ? -1 : (sheetIndex.get(sheetPlace(p.file, p.sheet)) ?? grids.length);
    if (p.cell === null) return [sheet, 0, 0];
    const { row, col } = parseA1(p.cell.split(":")[0] as string);
    return [sheet, row, col];
  };
  const keyed = problems.map((p, k) => ({ p, k, at: position(p) }));
  keyed.sort((a, b) => (a.p.severity === b.p.severity ? 0 : a.p.severity === "error" ? -1 : 1) || a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.at[2] - b.at[2] || a.k - b.k);
  return keyed.map((x) => x.p);
}
