// The report: an Assessment turned into the sheets ASSESS writes, as a WorkbookPlan (plain data that
// an adapter applies without deciding anything).
import { GENERATED_SHEET_NAMES } from "../scheme/defaults";
import { REPORT_TEXT_ZH } from "../messages/report";
import { settingsSheetPlan } from "../settings/write";
import type { Assessment, Problem, SheetPlan, WorkbookPlan } from "../types";
import type { UnitParts } from "../letters/details";
import { feedbackSheet } from "../letters/sheet";
import { raterAnalysis } from "../raters/analysis";
import { raterSheet } from "../raters/sheet";
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
  /** The units' sub-items, raters and bonus items as the tables give them, for 单位反馈; absent: that sheet is not written. */
  parts?: UnitParts;
  /** The 校验码 of the scores and rules (core/digest), for the notice and the settings sheet; absent: none written. */
  digest?: string;
}

export function buildReport(assessment: Assessment, context: ReportContext): { plan: WorkbookPlan; problems: Problem[] } {
  const remove = stillExisting(context.previouslyGenerated, context.existingSheets);
  const namer = new SheetNamer(context.existingSheets, remove);
  const resultsName = namer.name(GENERATED_SHEET_NAMES.results);
  const sheets: SheetPlan[] = [resultsSheet(assessment, resultsName)];
  for (const members of tiersWithUnits(assessment)) {
    sheets.push(tierSheet(assessment, members, namer.name(REPORT_TEXT_ZH.tierSheet.name(members.label))));
  }
  sheets.push(noticeSheet(assessment, namer.name(GENERATED_SHEET_NAMES.notice), context.digest ?? null));
  sheets.push(chartSheet(assessment, namer.name(GENERATED_SHEET_NAMES.chart)));
  const problems: Problem[] = [];
  if (context.parts !== undefined) {
    sheets.push(feedbackSheet(assessment, context.parts, namer.name(GENERATED_SHEET_NAMES.feedback)));
    // 评分分析 where a component is scored by a panel; its flags are the run's warnings.
    const raters = raterAnalysis(assessment.table, context.parts, assessment.scheme);
    if (raters.raters.length > 0) {
      sheets.push(raterSheet(assessment, raters, namer.name(GENERATED_SHEET_NAMES.raters)));
      problems.push(...raters.problems);
    }
  }
  const settingsName = namer.name(GENERATED_SHEET_NAMES.settings);
  sheets.push(settingsSheetPlan(assessment.scheme, [...sheets.map((s) => s.name), settingsName], settingsName, context.digest ?? null));
  return { plan: { remove, sheets, activate: resultsName }, problems: [...namer.problems, ...problems] };
}

export { noticeLines, noticeParts, noticeText } from "./notice";
export type { NoticeLine } from "./notice";
export { SheetNamer, legalSheetName, sheetKey, stillExisting } from "./names";
