// The browser test's workbook: the 2020 sample the README names (assets/sample-2020-assessment.xlsx),
// loaded into the Excel double as Excel would read it, and what ranking it must give: the notice's
// tiers (section 二) in the notice's order.
import { NOTICE_GROUPS, SAMPLE_FILE } from "../../assets/build-sample";
import { sheetJson, type WorkbookJson } from "../support/excel-double";
import { loadWorkbookDouble } from "../support/excel-double/xlsx";

export { NOTICE_GROUPS };

export async function sampleWorkbook(): Promise<WorkbookJson> {
  const double = await loadWorkbookDouble(SAMPLE_FILE);
  return { sheets: double.book.sheets.filter((s) => !s.deleted).map(sheetJson), active: double.activeSheet() };
}

/** The group's units in one tier, as the notice lists them. */
export function noticeTier(group: string, tier: string): string[] {
  const g = NOTICE_GROUPS.find((x) => x.group === group);
  const units = g?.tiers.find((x) => x.tier === tier)?.units;
  if (units === undefined) throw new Error(`the 2020 notice has no ${tier} list for ${group}`);
  return units;
}

export const groupSize = (group: string): number => NOTICE_GROUPS.find((x) => x.group === group)?.tiers.reduce((n, t) => n + t.units.length, 0) ?? 0;
