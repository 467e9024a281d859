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

/**
 * Whether the task pane is hidden now. In the shared runtime the pane's page starts hidden when an
 * =ASSESS.* formula calculates before anyone opened the pane; a reading taken then would be stale by
 * the time the pane is shown. Office says nothing about the first state, the page's visibility does.
 */
export function paneHidden(): boolean {
  return typeof document !== "undefined" && document.visibilityState === "hidden";
}

/**
 * Calls `shown` each time the pane is shown (Office.addin.onVisibilityModeChanged, SharedRuntime 1.1);
 * returns what stops it. Without a shared runtime there is nothing to hear: the pane's page then
 * lives only while the pane is open.
 */
export function onPaneShown(shown: () => void): () => void {
  const addin = typeof Office === "undefined" ? undefined : (Office as { addin?: typeof Office.addin }).addin;
  if (addin?.onVisibilityModeChanged === undefined) return () => undefined;
  let stopped = false;
  let remove: (() => Promise<void>) | null = null;
  void addin
    .onVisibilityModeChanged((message) => {
      if (!stopped && message.visibilityMode === Office.VisibilityMode.taskpane) shown();
    })
    .then((r) => {
      remove = r;
      if (stopped) void r();
    });
  return () => {
    stopped = true;
    if (remove !== null) void remove();
  };
}

/** English only when Office speaks English; ASSESS is Chinese first. */
export function displayLanguage(): "zh" | "en" {
  const lang = typeof Office === "undefined" ? "" : (Office.context?.displayLanguage ?? "");
  return /^en\b/i.test(lang) ? "en" : "zh";
}
