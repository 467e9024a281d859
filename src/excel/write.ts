// Writing a WorkbookPlan. The new sheets are written under temporary names; only the last request
// swaps them in (old generated sheets renamed aside, new ones renamed, the old deleted). A run that
// fails part-way therefore leaves the user's workbook as it was, and the cleanup below undoes
// whatever part of the swap Excel had done before refusing.
import { leftoverSheetsProblem } from "../core/messages/office";
import { makeProblem } from "../core/messages/problems";
import type { Problem, WorkbookPlan } from "../core/types";
import { forgetSheets, knownSheets, rememberSheets, sameName } from "./known";
import { OP_OVERHEAD_BYTES, REQUEST_BUDGET } from "./limits";
import { packWrites, valuesAddress, type WriteOp } from "./pack";
import { hostProblem, officeErrorCode } from "./problems";

export type ApplyOutcome = { ok: true; syncs: number } | { ok: false; problems: Problem[] };

/** Excel's rules for a sheet name, checked before any work is sent. */
function nameFault(name: string): string | null {
  if (name.length === 0 || name.length > 31) return `"${name}": 1–31`;
  if (/[\\/?*:[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) return `"${name}"`;
  if (name.toLowerCase() === "history") return `"${name}"`;
  return null;
}

/** Codes with which Excel refuses a request before running any of it. */
const WHOLE_REQUEST_REFUSED = new Set(["InvalidOperationInCellEditMode", "RequestPayloadSizeLimitExceeded"]);

interface Names {
  temp: string[];
  final: string[];
  /** Old generated sheets that exist, and the names they are moved to before deletion. */
  old: string[];
  trash: string[];
}

function validate(plan: WorkbookPlan, existing: string[]): Problem[] {
  const keeping = existing.filter((n) => !plan.remove.some((r) => sameName(r, n)));
  const problems: Problem[] = [];
  plan.sheets.forEach((s, i) => {
    const fault = nameFault(s.name);
    if (fault !== null) problems.push(makeProblem("HOST_INVALID_ARGUMENT", "error", null, null, { detail: fault }));
    else if (keeping.some((k) => sameName(k, s.name)) || plan.sheets.slice(0, i).some((o) => sameName(o.name, s.name))) {
      problems.push(makeProblem("HOST_ITEM_EXISTS", "error", null, null, { name: s.name }));
    }
  });
  return problems;
}

function chooseNames(plan: WorkbookPlan, existing: string[]): Names {
  let token = "";
  const taken = (n: string): boolean => existing.some((e) => sameName(e, n));
  do token = Math.random().toString(36).slice(2, 8);
  while (existing.some((e) => e.includes(token)));
  const old = existing.filter((n) => plan.remove.some((r) => sameName(r, n)));
  const names: Names = {
    temp: plan.sheets.map((_, i) => `~ASSESS~${token}~${i}`),
    final: plan.sheets.map((s) => s.name),
    old,
    trash: old.map((_, j) => `~ASSESS~${token}~x${j}`),
  };
  if ([...names.temp, ...names.trash].some(taken)) throw new Error("chooseNames: a temporary name is taken");
  return names;
}

async function lookUpSheets(): Promise<string[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

export async function applyPlan(plan: WorkbookPlan): Promise<ApplyOutcome> {
  let syncs = 0;
  let existing = knownSheets();
  if (existing === null) {
    try {
      syncs++;
      existing = await lookUpSheets();
      rememberSheets(existing);
    } catch (e) {
      return { ok: false, problems: [hostProblem(e)] };
    }
  }
  const invalid = validate(plan, existing);
  if (invalid.length > 0) return { ok: false, problems: invalid };

  const names = chooseNames(plan, existing);
  const addBytes = plan.sheets.length * OP_OVERHEAD_BYTES;
  const swapBytes = (names.old.length * 2 + plan.sheets.length + 1) * OP_OVERHEAD_BYTES;
  const requests = packWrites(plan.sheets, addBytes);
  if (requests[requests.length - 1]!.bytes + swapBytes > REQUEST_BUDGET) requests.push({ ops: [], bytes: 0 });

  let failedAt = -1;
  try {
    await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      for (let k = 0; k < requests.length; k++) {
        context.application.suspendApiCalculationUntilNextSync();
        const sheets = new Map<number, Excel.Worksheet>();
        if (k === 0) names.temp.forEach((t, i) => sheets.set(i, worksheets.add(t)));
        const sheetOf = (i: number): Excel.Worksheet => {
          let ws = sheets.get(i);
          if (ws === undefined) {
            ws = worksheets.getItem(names.temp[i]!);
            sheets.set(i, ws);
          }
          return ws;
        };
        for (const op of requests[k]!.ops) queueWrite(sheetOf(op.sheet), op);
        if (k === requests.length - 1) {
          const old = names.old.map((n, j) => {
            const ws = worksheets.getItem(n);
            ws.name = names.trash[j]!;
            return ws;
          });
          names.final.forEach((n, i) => (sheetOf(i).name = n));
          for (const ws of old) ws.delete();
          if (plan.activate !== null) {
            const i = names.final.findIndex((n) => sameName(n, plan.activate!));
            (i >= 0 ? sheetOf(i) : worksheets.getItem(plan.activate)).activate();
          }
        }
        failedAt = k;
        syncs++;
        await context.sync();
      }
      failedAt = -1;
    });
  } catch (e) {
    const problems = [hostProblem(e, names.final.find((n) => (e as { message?: string }).message?.includes(n)) ?? "")];
    forgetSheets();
    if (!(failedAt === 0 && WHOLE_REQUEST_REFUSED.has(officeErrorCode(e) ?? ""))) {
      const left = await cleanUp(names);
      if (left.length > 0) problems.push(leftoverSheetsProblem(left));
    }
    return { ok: false, problems };
  }
  rememberSheets([...existing.filter((n) => !names.old.includes(n)), ...names.final]);
  return { ok: true, syncs };
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
  }
}

/**
 * Puts the workbook back as it was after a failed write: deletes every sheet ASSESS added and gives
 * the old generated sheets their names back. Returns the names of sheets it could not remove.
 */
async function cleanUp(names: Names): Promise<string[]> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const now = sheets.items.map((s) => s.name);
      const has = (n: string): boolean => now.some((x) => sameName(x, n));
      names.temp.forEach((t, i) => {
        const final = names.final[i]!;
        if (has(t)) sheets.getItem(t).delete();
        else {
          // A missing temporary was renamed by the swap; the sheet under its final name is then
          // ASSESS's, unless that name still belongs to an old sheet the swap never moved aside.
          const j = names.old.findIndex((o) => sameName(o, final));
          if (has(final) && (j < 0 || has(names.trash[j]!))) sheets.getItem(final).delete();
        }
      });
      names.trash.forEach((t, j) => {
        if (has(t)) sheets.getItem(t).name = names.old[j]!;
      });
      await context.sync();
      return [];
    });
  } catch {
    return names.temp;
  }
}
