// The report: an Assessment turned into the sheets ASSESS writes, as a WorkbookPlan (plain data that
// an adapter applies without deciding anything).
import { GENERATED_SHEET_NAMES } from "../scheme/defaults";
import { REPORT_TEXT_ZH } from "../messages/report";
import { settingsSheetPlan } from "../settings/write";
import type { Assessment, Problem, SheetPlan, WorkbookPlan } from "../types";
import { SheetNamer, stillExisting } from "./names";
import { chartSheet } from "./chart";
import { noticeSheet } from "./notice";
import { resultsSheet } from "./results";
import { tierSheet, tiersWithUnits } from "./tiers";

export interface ReportContext {
  /** Every sheet of the workbook now. */
  existingSheets: string[];
  /** The sheets ASSESS generated on an earlier run (its settings sheet's list, and that sheet). */
  previouslyGenerated: string[];
}

export function buildReport(assessment: Assessment, context: ReportContext): { plan: WorkbookPlan; problems: Problem[] } {
  const remove = stillExisting(context.previouslyGenerated, context.existingSheets);
  const namer = new SheetNamer(context.existingSheets, remove);
  const resultsName = namer.name(GENERATED_SHEET_NAMES.results);
  const sheets: SheetPlan[] = [resultsSheet(assessment, resultsName)];
  for (const members of tiersWithUnits(assessment)) {
    sheets.push(tierSheet(assessment, members, namer.name(REPORT_TEXT_ZH.tierSheet.name(members.label))));
  }
  sheets.push(noticeSheet(assessment, namer.name(GENERATED_SHEET_NAMES.notice)));
  sheets.push(chartSheet(assessment, namer.name(GENERATED_SHEET_NAMES.chart)));
  const settingsName = namer.name(GENERATED_SHEET_NAMES.settings);
  sheets.push(settingsSheetPlan(assessment.scheme, [...sheets.map((s) => s.name), settingsName], settingsName));
  return { plan: { remove, sheets, activate: resultsName }, problems: namer.problems };
}

export { noticeLines, noticeParts, noticeText } from "./notice";
export type { NoticeLine } from "./notice";
export { SheetNamer, legalSheetName, sheetKey, stillExisting } from "./names";
