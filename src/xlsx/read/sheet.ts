// One worksheet part, streamed through saxes: each cell's value as Excel shows it, the merged areas,
// and the formula cells that carry no computed value.
import { a1 } from "../../core/read/address";
import type { CellValue, MergedArea } from "../../core/types";
import type { Package, PackageFailure } from "../package";
import { serialToIsoDate } from "./dates";
import { ownString } from "./ownString";
import type { CellBudget } from "./budget";
import type { DateStyles } from "./styles";
import { SparseSheet } from "./sparseSheet";
import { StopReading, streamXml } from "./xmlStream";

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: DateStyles;
  date1904: boolean;
  /** The workbook's limits: cells (checked here against its room) and text. */
  budget: CellBudget;
}

/** "AB12" → [12, 28]; null when it is not a cell reference. */
function parseRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower-case a letter
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return row > 0 ? [row, col] : null;
}

/** "A1:C3" (or a single cell "B2") as an area; null when malformed. */
function parseArea(ref: string): MergedArea | null {
  const [from = "", to = from] = ref.replace(/\$/g, "").split(":");
  const a = parseRef(from);
  const b = parseRef(to);
  if (!a || !b) return null;
  return { top: Math.min(a[0], b[0]), left: Math.min(a[1], b[1]), bottom: Math.max(a[0], b[0]), right: Math.max(a[1], b[1]) };
}

/** A t="d" cell holds an ISO 8601 date-time; Excel shows the date. */
function isoDateText(text: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : text;
}

export function readSheet(pkg: Package, part: string, ctx: SheetContext): { ok: true; value: SparseSheet } | { ok: false; failure: PackageFailure } {
  const sheet = new SparseSheet();
  let inSheetData = false;
  // A custom view (View > Custom Views) keeps a <pageSetup> of its own, which is not the sheet's.
  let inCustomView = false;
  let inCell = false;
  let rowCursor = 0;
  let colCursor = 0;
  // The cell being read.
  let row = 0;
  let col = 0;
  let type = "n";
  let style = 0;
  let hasFormula = false;
  let v: string | null = null;
  let inV = false;
  let inline: string | null = null;
  let inText = false;
  let inPhonetic = false;

  const valueOfCell = (): CellValue => {
    switch (type) {
      case "s": {
        const s = v === null ? undefined : ctx.sharedStrings[Number(v)];
        return s === undefined || s === "" ? null : s;
      }
      case "inlineStr": {
        const s = inline ?? v;
        return s === null || s === "" ? null : ownString(s);
      }
      case "str":
      case "e":
        return v === null || v === "" ? null : ownString(v);
      case "b":
        return v === null || v === "" ? null : v.trim() === "1" || v.trim() === "true";
      case "d":
        return v === null || v === "" ? null : isoDateText(v.trim());
      default: {
        if (v === null || v.trim() === "") return null;
        const n = Number(v);
        if (Number.isNaN(n)) return ownString(v);
        return ctx.dateStyles[style] === true ? (serialToIsoDate(n, ctx.date1904) ?? n) : n;
      }
    }
  };

  const room = ctx.budget.room;
  const tooLarge = (): StopReading => new StopReading({ kind: "tooLarge", part });
  const endCell = (): void => {
    inCell = false;
    const value = valueOfCell();
    if (value !== null) {
      if (sheet.valueCount >= room) throw tooLarge();
      // Shared strings were counted once, when the table was read.
      if (typeof value === "string" && type !== "s" && !ctx.budget.takeText(value.length)) throw tooLarge();
      sheet.add(row, col, value);
    } else if (hasFormula && v === null && inline === null) {
      if (sheet.uncalculated.length >= room) throw tooLarge();
      sheet.uncalculated.push(a1(row, col));
    }
  };

  const failure = streamXml(pkg, part, {
    open(name, a) {
      if (inCell) {
        if (name === "v") {
          inV = true;
          v = "";
        } else if (name === "f") hasFormula = true;
        else if (name === "is") inline = "";
        else if (name === "t") inText = inline !== null && !inPhonetic;
        else if (name === "rPh") inPhonetic = true;
        return;
      }
      if (name === "c" && inSheetData) {
        inCell = true;
        const ref = a.r === undefined ? null : parseRef(a.r);
        if (ref) [row, col] = ref;
        else {
          row = Math.max(rowCursor, 1);
          col = colCursor + 1;
        }
        rowCursor = row;
        colCursor = col;
        type = a.t ?? "n";
        style = a.s === undefined ? 0 : Number(a.s);
        hasFormula = false;
        v = null;
        inline = null;
      } else if (name === "row" && inSheetData) {
        rowCursor = a.r === undefined ? rowCursor + 1 : Number(a.r);
        colCursor = 0;
      } else if (name === "sheetData") inSheetData = true;
      else if (name === "customSheetView") inCustomView = true;
      else if (name === "pageSetup" && !inCustomView) sheet.paperChosen = a.paperSize !== undefined || a.paperHeight !== undefined || a.paperWidth !== undefined;
      else if (name === "mergeCell" && a.ref !== undefined) {
        const area = parseArea(a.ref);
        if (sheet.merges.length >= room) throw tooLarge();
        if (area) sheet.merges.push(area);
      }
    },
    close(name) {
      if (!inCell) {
        if (name === "sheetData") inSheetData = false;
        else if (name === "customSheetView") inCustomView = false;
        return;
      }
      if (name === "v") inV = false;
      else if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "c") endCell();
    },
    text(text) {
      if (inV) v += text;
      else if (inText) inline += text;
    },
  });
  return failure ? { ok: false, failure } : { ok: true, value: sheet };
}
