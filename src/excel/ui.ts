// The pane's small calls into the workbook: go to a problem's cell, open a sheet, speak Office's language.
import { asHostCall } from "./problems";

export async function selectCell(sheet: string, cell: string): Promise<void> {
  await asHostCall(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(cell).select();
      await context.sync();
    }),
  );
}

export async function activateSheet(name: string): Promise<void> {
  await asHostCall(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    }),
  );
}

/** English only when Office speaks English; ASSESS is Chinese first. */
export function displayLanguage(): "zh" | "en" {
  const lang = typeof Office === "undefined" ? "" : (Office.context?.displayLanguage ?? "");
  return /^en\b/i.test(lang) ? "en" : "zh";
}
