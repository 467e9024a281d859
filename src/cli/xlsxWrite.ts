// The ExcelJS end of the command line that writes: applies a WorkbookPlan to a loaded workbook. It
// decides nothing; the plan says which sheets go, which come, and what they hold.
import type ExcelJS from "exceljs";
import { planCell } from "../core/plan";
import type { CellValue, SheetPlan, WorkbookPlan } from "../core/types";

type SelectableView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

/** Excel's number format for text: a cell so formatted stays text even when a person edits it. */
const TEXT_FORMAT = "@";

/**
 * Cells sharing one style object: ExcelJS's writer recognises a style it has seen by identity, so a
 * handful of shared objects keeps a million cells from costing a million style look-ups.
 */
class StyleCache {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  get(numFmt: string | null, bold: boolean): Partial<ExcelJS.Style> {
    const key = `${bold ? "b" : ""}|${numFmt ?? ""}`;
    let style = this.styles.get(key);
    if (style === undefined) {
      style = {};
      if (numFmt !== null) style.numFmt = numFmt;
      if (bold) style.font = { bold: true };
      this.styles.set(key, style);
    }
    return style;
  }
}

export function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const removing = new Set(plan.remove);
  for (const ws of wb.worksheets) {
    if (removing.has(ws.name)) wb.removeWorksheet(ws.id);
  }
  const styles = new StyleCache();
  for (const sheet of plan.sheets) writeSheet(wb, sheet, styles);
  activate(wb, plan.activate);
}

function writeSheet(wb: ExcelJS.Workbook, plan: SheetPlan, styles: StyleCache): void {
  const ws = wb.addWorksheet(plan.name, plan.frozenRows > 0 ? { views: [{ state: "frozen", ySplit: plan.frozenRows }] } : {});
  const bold = new Set(plan.boldRows);
  plan.columns.forEach((col, c) => {
    ws.getColumn(c + 1).width = col.width;
  });
  for (let r = 0; r < plan.rowCount; r++) {
    const isBold = bold.has(r);
    const row = ws.getRow(r + 1);
    for (let c = 0; c < plan.columns.length; c++) {
      const col = plan.columns[c] as SheetPlan["columns"][number];
      const value: CellValue = planCell(col, r);
      if (value === null || value === "") continue;
      const cell = row.getCell(c + 1);
      // A string is set as a plain string, which ExcelJS writes as a shared string: never a formula,
      // whatever its first character. The text format keeps it text when a person edits it later.
      cell.value = value;
      cell.style = styles.get(typeof value === "number" ? col.numFmt : typeof value === "string" ? TEXT_FORMAT : null, isBold);
    }
  }
}

/** Shows `name` when the workbook opens, and only it: two selected tabs would group the sheets in Excel. */
function activate(wb: ExcelJS.Workbook, name: string | null): void {
  if (name === null) return;
  const sheets = wb.worksheets;
  const index = sheets.findIndex((ws) => ws.name === name);
  if (index < 0) throw new Error(`applyPlanToWorkbook: the plan activates "${name}", which it does not hold`);
  for (const ws of sheets) {
    const tabSelected = ws.name === name;
    // ExcelJS reads and writes a view's tabSelected, though its typings leave it out.
    // A sheet read from a file without a sheetView has views null, whatever the typings say.
    const existing: Partial<ExcelJS.WorksheetView>[] = ws.views ?? [];
    const views: SelectableView[] = existing.length === 0 ? [{ tabSelected }] : existing.map((v) => ({ ...v, tabSelected }));
    ws.views = views;
  }
  // Likewise wb.views: undefined on a workbook read from a file without a bookViews part.
  const known: ExcelJS.WorkbookView[] = wb.views ?? [];
  const view = known[0];
  wb.views = [{ ...(view ?? { x: 0, y: 0, width: 12000, height: 24000, visibility: "visible" }), firstSheet: 0, activeTab: index }];
}
