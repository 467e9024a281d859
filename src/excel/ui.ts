// The pane's small calls into the workbook: go to a problem's cell, open a sheet, speak Office's language.
import { asHostCall } from "./problems";

/** Excel selects only on the active sheet (select() elsewhere does nothing), so the sheet comes first. */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await asHostCall(() =>
    Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
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
