// Writing a WorkbookPlan. One Excel.run: it first lists the sheets as they are now (never a list
// cached from an earlier reading: the user may have added, renamed or deleted sheets since; the one
// exception is the reading of the same run, a moment before, which `seen` hands over), then
// writes every planned sheet under a temporary name, and only the last request touches the sheets
// the user can see:
// - a generated sheet written again (sheetChanges' `update`) is updated in place: cleared and filled
//   from its staged copy, so the formulas, names, charts and pivot sources that point at it keep
//   working (Excel rewrites them when a sheet is renamed and turns them into #REF! when it is deleted);
// - a new sheet is its staged copy renamed;
// - the plan's charts are drawn on their sheets there, after the cells they read; on a sheet updated
//   in place, the charts of the earlier run (by name, found in one read before any write) go first;
// - an old generated sheet the plan no longer writes is deleted.
// A failure before that last request leaves the workbook as it was; the cleanup below removes the
// staged sheets. In the last request the sheets it changes are looked up first and the renames come
// next, so a sheet deleted or a name taken meanwhile stops it before any sheet of the workbook has
// changed; the deletions come last. A protected generated sheet is refused before anything is sent.
import { leftoverSheetsProblem } from "../core/messages/office";
import { makeProblem } from "../core/messages/problems";
import { sheetChanges } from "../core/plan";
import { sheetKey } from "../core/report/names";
import type { PageSetup, PlanCellStyle, Problem, SheetPlan, WorkbookPlan } from "../core/types";
import { rangeAddress } from "./address";
import { chartOps, queueCharts } from "./charts";
import { OP_OVERHEAD_BYTES, REQUEST_BUDGET, widthInPoints } from "./limits";
import { lookOps, packWrites, valuesAddress, type WriteOp } from "./pack";
import { hostProblem, officeErrorCode } from "./problems";
import type { SheetsSeen } from "./read";

/** `printedOnA4`: the user's score sheets given A4 portrait, one page wide, in the last request (WorkbookPlan.printA4). */
export type ApplyOutcome = { ok: true; syncs: number; printedOnA4: { sheet: string }[] } | { ok: false; problems: Problem[] };

const sameName = (a: string, b: string): boolean => sheetKey(a) === sheetKey(b);

/** Excel's rules for a sheet name, checked before any work is sent. */
function nameFault(name: string): string | null {
  if (name.length === 0 || name.length > 31) return `"${name}": 1–31`;
  if (/[\\/?*:[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) return `"${name}"`;
  if (name.toLowerCase() === "history") return `"${name}"`;
  return null;
}

/** Codes with which Excel refuses a request before running any of it. */
const WHOLE_REQUEST_REFUSED = new Set(["InvalidOperationInCellEditMode", "RequestPayloadSizeLimitExceeded"]);

/** What the last request does, decided from the sheets the workbook has now. */
interface Swap {
  /** plan.sheets[i] is staged under temp[i]. */
  temp: string[];
  /** Index into plan.sheets → the existing generated sheet it updates in place. */
  update: Map<number, string>;
  /** Indexes into plan.sheets of the sheets new to the workbook. */
  add: number[];
  /** Old generated sheets to delete. */
  remove: string[];
  /** Index into plan.sheets → the charts of an earlier run on the sheet it updates, which it replaces. */
  oldCharts: Map<number, Excel.Chart[]>;
}

function decide(plan: WorkbookPlan, existing: string[]): Swap {
  const has = (n: string): string | undefined => existing.find((e) => sameName(e, n));
  const changes = sheetChanges(plan);
  const update = new Map<number, string>();
  const add: number[] = [];
  plan.sheets.forEach((sheet, i) => {
    const u = changes.update.find((c) => c.sheet === sheet);
    const now = u === undefined ? undefined : has(u.existing);
    // A generated sheet the user has deleted since is simply written anew.
    if (now !== undefined) update.set(i, now);
    else add.push(i);
  });
  const remove = changes.remove.map(has).filter((n): n is string => n !== undefined);
  let token = "";
  do token = Math.random().toString(36).slice(2, 8);
  while (existing.some((e) => e.includes(token)));
  return { temp: plan.sheets.map((_, i) => `~ASSESS~${token}~${i}`), update, add, remove, oldCharts: new Map() };
}

function validate(plan: WorkbookPlan, existing: string[], protectedSheets: string[], swap: Swap): Problem[] {
  const problems: Problem[] = [];
  // Updating in place writes into the sheet, which protection forbids; Excel would refuse half-way
  // through the last request, after the sheets before it had changed.
  for (const name of swap.update.values()) {
    if (protectedSheets.some((p) => sameName(p, name))) problems.push(makeProblem("SHEET_PROTECTED", "error", name, null));
  }
  plan.sheets.forEach((s, i) => {
    const fault = nameFault(s.name);
    if (fault !== null) problems.push(makeProblem("HOST_INVALID_ARGUMENT", "error", null, null, { detail: fault }));
    else if (plan.sheets.slice(0, i).some((o) => sameName(o.name, s.name))) problems.push(makeProblem("HOST_ITEM_EXISTS", "error", null, null, { name: s.name }));
    else if (swap.add.includes(i) && existing.some((e) => sameName(e, s.name))) {
      // A sheet of the user's (or one ASSESS no longer knows as its own) holds the name.
      problems.push(makeProblem("HOST_ITEM_EXISTS", "error", null, null, { name: s.name }));
    }
  });
  return problems;
}

/** Operations of the last request besides the staged writes, for the request's size. */
const swapOps = (plan: WorkbookPlan, swap: Swap): number =>
  swap.add.length +
  swap.remove.length +
  1 +
  [...swap.update.keys()].reduce((n, i) => n + 5 + plan.sheets[i]!.columns.length + (plan.sheets[i]!.look?.rowHeights.length ?? 0) + 14 + (swap.oldCharts.get(i)?.length ?? 0), 0) +
  plan.sheets.reduce((n, s) => n + chartOps(s), 0);

/**
 * `seen`: the sheets as the reading of this same run listed them (sheetsOfReading), a moment before
 * the plan was made from it; the write then saves the sync that lists them. What may have changed in
 * that moment is caught where it matters: the last request looks up every sheet it changes before it
 * changes any, and a rename onto a name the user took fails there too, so the cleanup undoes the run.
 */
export async function applyPlan(plan: WorkbookPlan, seen: SheetsSeen | null = null): Promise<ApplyOutcome> {
  let syncs = 0;
  let swap: Swap | null = null;
  let lastStarted = false;
  let failedAt = -1;
  try {
    const refused = await Excel.run(async (context): Promise<Problem[]> => {
      const worksheets = context.workbook.worksheets;
      let existing: string[];
      let locked: string[];
      if (seen !== null) ({ names: existing, protectedNames: locked } = seen);
      else {
        worksheets.load("items/name,items/protection/protected");
        syncs++;
        await context.sync();
        existing = worksheets.items.map((s) => s.name);
        locked = worksheets.items.filter((s) => s.protection.protected).map((s) => s.name);
      }
      const decided = decide(plan, existing);
      const invalid = validate(plan, existing, locked, decided);
      if (invalid.length > 0) return invalid;
      // The charts a sheet written again in place carries from an earlier run go before the new ones
      // are drawn: known by the names the plan gives its charts. One more read, only on a re-run.
      const charted = [...decided.update].filter(([i]) => (plan.sheets[i]!.charts ?? []).length > 0);
      if (charted.length > 0) {
        const collections = charted.map(([i, existing]) => [i, worksheets.getItem(existing).charts.load("items/name")] as const);
        syncs++;
        await context.sync();
        for (const [i, charts] of collections) {
          const ours = new Set((plan.sheets[i]!.charts ?? []).map((c) => c.name));
          decided.oldCharts.set(
            i,
            charts.items.filter((c) => ours.has(c.name)),
          );
        }
      }
      swap = decided;

      const requests = packWrites(plan.sheets, plan.sheets.length * OP_OVERHEAD_BYTES);
      if (requests[requests.length - 1]!.bytes + swapOps(plan, decided) * OP_OVERHEAD_BYTES > REQUEST_BUDGET) requests.push({ ops: [], bytes: 0 });
      for (let k = 0; k < requests.length; k++) {
        const last = k === requests.length - 1;
        // The staged sheets are referenced by nothing, so calculating after their writes is wasted;
        // the last request, which changes the sheets formulas may point at, leaves calculation on so
        // that Excel recalculates what depends on them (a suspended request leaves it stale).
        if (!last) context.application.suspendApiCalculationUntilNextSync();
        const sheets = new Map<number, Excel.Worksheet>();
        if (k === 0) decided.temp.forEach((t, i) => sheets.set(i, worksheets.add(t)));
        const staged = (i: number): Excel.Worksheet => {
          let ws = sheets.get(i);
          if (ws === undefined) {
            ws = worksheets.getItem(decided.temp[i]!);
            sheets.set(i, ws);
          }
          return ws;
        };
        for (const op of requests[k]!.ops) queueWrite(staged(op.sheet), op);
        if (last) {
          lastStarted = true;
          queueSwap(context, plan, decided, staged);
        }
        failedAt = k;
        syncs++;
        await context.sync();
      }
      failedAt = -1;
      return [];
    });
    if (refused.length > 0) return { ok: false, problems: refused };
  } catch (e) {
    const problems = [hostProblem(e, plan.sheets.find((s) => (e as { message?: string }).message?.includes(s.name))?.name ?? "")];
    const started: Swap | null = swap;
    if (started !== null && !(failedAt === 0 && WHOLE_REQUEST_REFUSED.has(officeErrorCode(e) ?? ""))) {
      const left = await cleanUp(plan, started, lastStarted);
      if (left.length > 0) problems.push(leftoverSheetsProblem(left));
    }
    return { ok: false, problems };
  }
  return { ok: true, syncs, printedOnA4: (plan.printA4 ?? []).map((sheet) => ({ sheet })) };
}

function queueSwap(context: Excel.RequestContext, plan: WorkbookPlan, swap: Swap, staged: (i: number) => Excel.Worksheet): void {
  const worksheets = context.workbook.worksheets;
  // Every sheet the request changes is looked up before anything changes (Office.js instantiates an
  // object where the code asks for it): a sheet the user renamed or deleted during the run stops the
  // request while the workbook is still as it was. Then the renames, which the cleanup can undo; then
  // the updates; the deletions last.
  const updated = new Map<number, Excel.Worksheet>();
  for (const [i, existing] of swap.update) updated.set(i, worksheets.getItem(existing));
  const removed = swap.remove.map((name) => worksheets.getItem(name));
  const toA4 = (plan.printA4 ?? []).map((name) => worksheets.getItem(name));
  for (const i of swap.add) {
    staged(i).name = plan.sheets[i]!.name;
    queueCharts(staged(i), plan.sheets[i]!);
  }
  for (const [i, ws] of updated) {
    fillInPlace(ws, staged(i), plan.sheets[i]!);
    for (const old of swap.oldCharts.get(i) ?? []) old.delete();
    queueCharts(ws, plan.sheets[i]!);
    staged(i).delete();
  }
  for (const ws of removed) ws.delete();
  // The user's score sheets the plan gives A4 (the pane's A4 box): paper, orientation and one page
  // wide only; their margins, headers and print area stay the user's.
  for (const ws of toA4) {
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.orientation = "Portrait";
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  if (plan.activate !== null) {
    const i = plan.sheets.findIndex((s) => sameName(s.name, plan.activate!));
    (i < 0 ? worksheets.getItem(plan.activate) : (updated.get(i) ?? staged(i))).activate();
  }
}

/**
 * The generated sheet `ws` becomes what `from` holds: cells, number formats, fonts, borders,
 * alignment and merged areas by copy (one operation however many rows), column widths and frozen rows
 * as the plan gives them (copyFrom does not copy widths). The sheet itself stays, and with it every reference to it.
 */
function fillInPlace(ws: Excel.Worksheet, from: Excel.Worksheet, sheet: SheetPlan): void {
  ws.getRange().clear("All");
  const cols = sheet.columns.length;
  if (cols > 0 && sheet.rowCount > 0) {
    const area = rangeAddress(0, 0, sheet.rowCount, cols);
    ws.getRange(area).copyFrom(from.getRange(area), "All");
  }
  sheet.columns.forEach((column, c) => (ws.getRange(rangeAddress(0, c, 1, 1)).format.columnWidth = widthInPoints(column.width)));
  if (sheet.frozenRows > 0) ws.freezePanes.freezeRows(sheet.frozenRows);
  else ws.freezePanes.unfreeze();
  // Nor does it copy row heights or the page setup: the heights of the last run's rows go back to
  // the standard, then the plan's are set, and its page setup.
  ws.getRange().format.useStandardHeight = true;
  for (const op of lookOps(0, sheet)) if (op.kind === "rowHeight" || op.kind === "page") queueWrite(ws, op);
}

function queueWrite(ws: Excel.Worksheet, op: WriteOp): void {
  switch (op.kind) {
    case "format": {
      // Office.js documents that a single value given for numberFormat goes to every cell of the
      // range; its typings only admit the 2D array, which would cost a cell's worth per cell.
      const range = ws.getRange(op.address) as unknown as { numberFormat: string };
      range.numberFormat = op.format;
      return;
    }
    case "values":
      ws.getRange(valuesAddress(op)).values = op.rows;
      return;
    case "bold":
      ws.getRange(op.address).format.font.bold = true;
      return;
    case "width":
      ws.getRange(op.address).format.columnWidth = op.points;
      return;
    case "freeze":
      ws.freezePanes.freezeRows(op.rows);
      return;
    case "style":
      queueStyle(ws.getRange(op.address), op.style);
      return;
    case "align":
      ws.getRange(op.address).format.horizontalAlignment = ALIGN[op.align];
      return;
    case "merge":
      ws.getRange(op.address).merge(false);
      return;
    case "rowHeight":
      ws.getRange(op.address).format.rowHeight = op.points;
      return;
    case "page":
      queuePage(ws, op.page);
      return;
  }
}

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

function queueStyle(range: Excel.Range, style: PlanCellStyle): void {
  const format = range.format;
  format.font.name = style.font.name;
  format.font.size = style.font.size;
  format.font.bold = style.font.bold;
  if (style.align !== null) format.horizontalAlignment = ALIGN[style.align];
  format.verticalAlignment = "Center";
  format.wrapText = style.wrap;
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

/** Inches to points, to the hundredth: the plan keeps margins as the file format does, Office.js takes points. */
const points = (inches: number): number => Math.round(inches * 72 * 100) / 100;

/** Page setup through Worksheet.pageLayout (ExcelApi 1.9, which the manifest's 1.13 includes). */
function queuePage(ws: Excel.Worksheet, page: PageSetup): void {
  const layout = ws.pageLayout;
  layout.paperSize = page.paper;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  // verticalFitToPages 0: as many pages tall as the rows take.
  if (page.fitToOnePageWide) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = page.centerHorizontally;
  const m = page.margins;
  layout.leftMargin = points(m.left);
  layout.rightMargin = points(m.right);
  layout.topMargin = points(m.top);
  layout.bottomMargin = points(m.bottom);
  layout.headerMargin = points(m.header);
  layout.footerMargin = points(m.footer);
  layout.headersFooters.defaultForAllPages.centerFooter = page.footer;
  if (page.titleRows !== null) layout.setPrintTitleRows(`$${page.titleRows.first + 1}:$${page.titleRows.last + 1}`);
}

/**
 * Puts the workbook back as it was after a failed write: deletes the staged sheets and, when the
 * last request had begun, the new sheets it had already renamed. Returns the names of sheets it
 * could not remove.
 */
async function cleanUp(plan: WorkbookPlan, swap: Swap, lastStarted: boolean): Promise<string[]> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const now = sheets.items.map((s) => s.name);
      const has = (n: string): boolean => now.some((x) => sameName(x, n));
      swap.temp.forEach((t, i) => {
        if (has(t)) sheets.getItem(t).delete();
        // A missing staged sheet of a new one was renamed by the last request: the sheet under
        // that name is ASSESS's, since the name was free when the run began.
        else if (lastStarted && swap.add.includes(i) && has(plan.sheets[i]!.name)) sheets.getItem(plan.sheets[i]!.name).delete();
      });
      await context.sync();
      return [];
    });
  } catch {
    return swap.temp;
  }
}
