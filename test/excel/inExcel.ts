// The Excel double as the test's Excel, and the pane's one click through it. Every adapter test file
// installs its double through here, so a test never leaves the previous test's double installed.
import { rankWorkbook } from "../../src/core/pipeline";
import type { WorkbookPlan } from "../../src/core/types";
import { applyPlan, readGrids, sheetsOfReading } from "../../src/excel";
import { type ExcelDouble, installExcelDouble } from "../support/excel-double";

let uninstall: (() => void) | null = null;

afterEach(() => {
  uninstall?.();
  uninstall = null;
});

/** Installs `d` as the Excel of this test (replacing any installed earlier); removed after the test. */
export function use(d: ExcelDouble): ExcelDouble {
  uninstall?.();
  uninstall = installExcelDouble(d);
  return d;
}

/** What the pane's button does: read, rank, write. Throws with the problems when either fails. */
export async function rankInExcel(): Promise<WorkbookPlan> {
  const grids = await readGrids();
  const r = rankWorkbook(grids);
  if (r.plan === null) throw new Error(`the workbook did not rank: ${JSON.stringify(r.problems)}`);
  const outcome = await applyPlan(r.plan, sheetsOfReading(grids));
  if (!outcome.ok) throw new Error(`the plan was not applied: ${JSON.stringify(outcome.problems)}`);
  return r.plan;
}
