// The one entry point every caller uses (CLI, task pane): Grid[] in, WorkbookPlan out.
import { assess } from "./assess";
import { scoreDigest } from "./digest";
import { unitParts } from "./letters/details";
import { scoreSheetsWithoutPaper } from "./read/paper";
import { readWorkbookAndParts, sortProblems } from "./readWorkbook";
import type { RankOptions, RankResult, WorkbookReading } from "./readWorkbook";
import { buildReport } from "./report";
import { SheetNamer, sheetKey, stillExisting } from "./report/names";
import { REPORT_TEXT_ZH } from "./messages/report";
import { noticeText } from "./report/notice";
import { checkNoticeSheet, checkNoticeText, expectedNoticeLines } from "./report/noticeCheck";
import { GENERATED_SHEET_NAMES } from "./scheme/defaults";
import { settingsSheetPlan } from "./settings/write";
import { compareYears } from "./previous/compare";
import { readPrevious } from "./previous/read";
import { readRenames } from "./previous/renames";
import type { Grid, Problem, Scheme, WorkbookPlan } from "./types";

export { readWorkbook } from "./readWorkbook";
export type { RankOptions, RankResult, WorkbookReading } from "./readWorkbook";

/** A run that stops at its errors: the reading, and nothing to write. */
const stopped = (reading: WorkbookReading): RankResult => ({ ...reading, assessment: null, plan: null, notice: "", parts: null, digest: "" });

export function rankWorkbook(grids: Grid[], options: RankOptions = {}): RankResult {
  const { reading, current } = readWorkbookAndParts(grids, options);
  if (!reading.ok) return stopped(reading);
  const assessment = assess(reading.table, reading.scheme);
  const compared: Problem[] = [];
  if (options.previous !== undefined) {
    const last = readPrevious(options.previous.grids, options.previous.file);
    if (!last.ok) {
      return stopped({ ...reading, problems: sortProblems([...reading.problems, ...last.problems], grids), ok: false });
    }
    // Set before any sheet or line is made: the results sheet, the letters and the notice read it.
    const { years, problems } = compareYears(assessment, last.previous, readRenames(grids));
    assessment.previous = years;
    compared.push(...problems);
  }
  const sheets = grids.filter((g) => g.file === undefined).map((g) => g.sheet);
  const parts = current?.parts ?? unitParts(grids, reading.table, reading.scheme);
  const digest = current?.digest ?? scoreDigest(reading.table, parts, reading.scheme);
  const report = buildReport(assessment, { existingSheets: sheets, previouslyGenerated: reading.generated, parts, digest });
  const notice = `${noticeText(assessment)}\n${REPORT_TEXT_ZH.notice.digest(digest)}`;
  // Nothing leaves the run with a notice that disagrees with its tables: the sheet and the text are
  // held against section 二 derived again from the assessment (throws NoticeMismatch).
  const expected = expectedNoticeLines(assessment);
  for (const sheet of report.plan.sheets) if (sheet.kind === "notice") checkNoticeSheet(assessment, sheet, digest, expected);
  checkNoticeText(assessment, notice, digest, expected);
  return {
    ...reading,
    // The run writes the results again: that they were stale is no longer so.
    problems: sortProblems([...reading.problems.filter((p) => p.code !== "RESULTS_STALE"), ...assessment.problems, ...compared, ...report.problems], grids),
    assessment,
    plan: options.printA4 === true ? { ...report.plan, printA4: scoreSheetsWithoutPaper(reading.table, grids) } : report.plan,
    notice,
    parts,
    digest,
  };
}

/**
 * The pane's "save rules": writes the settings sheet with `scheme` in place of the old one and
 * touches nothing else; the list of generated sheets stays what it was.
 */
export function settingsOnlyPlan(reading: WorkbookReading, scheme: Scheme, existingSheets: string[]): WorkbookPlan {
  const remove = reading.settingsSheet === null ? [] : stillExisting([reading.settingsSheet], existingSheets);
  const namer = new SheetNamer(existingSheets, remove);
  const name = namer.name(remove[0] ?? GENERATED_SHEET_NAMES.settings);
  const old = new Set(remove.map(sheetKey));
  const others = stillExisting(reading.generated, existingSheets).filter((n) => !old.has(sheetKey(n)));
  return { remove, sheets: [settingsSheetPlan(scheme, [...others, name], name, reading.recordedDigest)], activate: null };
}
