// Opening the workbook on ASSESS's results sheet: a user's sheet (or chart sheet) that was the selected
// tab loses its tabSelected flag (two selected tabs would group the sheets in Excel) and nothing else.
// The flag sits in <sheetView>, before <sheetData>, so only the start of the sheet is decoded and
// edited; the rest of its bytes are kept as they are.
import type { Package } from "../package";
import { removeAttribute } from "./xml";

/** How far into a sheet its views may start: beyond this a sheet has no tabSelected worth clearing. */
export const SHEET_HEAD_BYTES = 64 * 1024;

const SHEET_VIEW = /<(?:[A-Za-z_][\w.-]*:)?sheetView\b[^>]*>/g;
const SELECTED = /\stabSelected\s*=\s*("(?:1|true)"|'(?:1|true)')/;

/** The start of a sheet's XML: the bytes before its cells (or its first SHEET_HEAD_BYTES). */
export function sheetHeadLength(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length, SHEET_HEAD_BYTES);
  const marker = "sheetData";
  outer: for (let i = 0; i + marker.length <= limit; i++) {
    for (let k = 0; k < marker.length; k++) if (bytes[i + k] !== marker.charCodeAt(k)) continue outer;
    // Back to the "<" (and any prefix) of the element, so the head holds only complete tags.
    let start = i;
    while (start > 0 && bytes[start] !== 0x3c) start--;
    return start;
  }
  // No cells in sight: cut after the last complete tag, never inside a character's bytes.
  let end = limit;
  while (end > 0 && bytes[end - 1] !== 0x3e) end--;
  return end;
}

/** The head with every sheetView's tabSelected removed, or null when no view was selected. */
export function clearTabSelected(head: string): string | null {
  let changed = false;
  const out = head.replace(SHEET_VIEW, (tag) => {
    if (!SELECTED.test(tag)) return tag;
    changed = true;
    return removeAttribute(tag, "tabSelected");
  });
  return changed ? out : null;
}

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

/** A user's sheet part without its tabSelected flags, or null when it has none (it is then copied unchanged). */
export function unselectSheet(bytes: Uint8Array): Uint8Array | null {
  const length = sheetHeadLength(bytes);
  const edited = clearTabSelected(decoder.decode(bytes.subarray(0, length)));
  if (edited === null) return null;
  const head = encoder.encode(edited);
  const out = new Uint8Array(head.length + bytes.length - length);
  out.set(head, 0);
  out.set(bytes.subarray(length), head.length);
  return out;
}

/** The start of a sheet, up to its cells, as text; null when it cannot be read. */
export function sheetHead(pkg: Package, part: string): string | null {
  const head = new Uint8Array(SHEET_HEAD_BYTES);
  let at = 0;
  const failure = pkg.stream(part, (chunk) => {
    const n = Math.min(chunk.length, head.length - at);
    head.set(chunk.subarray(0, n), at);
    at += n;
    return at < head.length;
  });
  if (failure !== null) return null;
  const bytes = head.subarray(0, at);
  return decoder.decode(bytes.subarray(0, sheetHeadLength(bytes)));
}
