// --print-a4 (the pane's and the page's "A4 portrait" box): a user's score sheet whose page setup
// chooses no paper — no <pageSetup> at all, or one without a paper size, as ExcelJS and other programs
// write it — prints on whatever the printer or the reader defaults to (Letter in LibreOffice). It gets
// the paper an office prints on: A4 portrait, fit to one page wide, as many pages down as it takes. A
// sheet whose page setup names a paper is the user's choice and is left exactly as it is.
// Only the sheet's head (its <sheetPr>, before the cells) and its tail (after </sheetData>) are decoded
// and edited; the cells in between are kept byte for byte, however large the sheet.
import { sheetHeadLength } from "./tabSelected";
import { applySplices, findElements, MalformedPart, qualified, setAttribute, type Splice } from "./xml";

/** paperSize 9 is A4 (ECMA-376 §18.3.1.63); fitToHeight 0 means "as many pages down as needed". */
export const A4_PAGE_SETUP = { paperSize: "9", orientation: "portrait", fitToWidth: "1", fitToHeight: "0" } as const;

/**
 * The worksheet's children that come after <pageSetup> (CT_Worksheet's sequence): the new element
 * goes before the first of them, so the part stays valid against the schema Excel checks it by.
 */
const AFTER_PAGE_SETUP = new Set([
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);
/** The attributes by which a page setup names its paper: a size by number, or its height and width. */
const PAPER_CHOSEN = ["paperSize", "paperHeight", "paperWidth"];
/** <sheetPr>'s children after <pageSetUpPr>: none, but tabColor and outlinePr come before it. */
const BEFORE_PAGE_SETUP_PR = new Set(["tabColor", "outlinePr"]);

/** The root's qualified name as the part spells it (`worksheet`, `x:worksheet`). */
const ROOT = /<((?:[A-Za-z_][\w.-]*:)?worksheet)[\s>/]/;

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

/** Where the sheet's cells end: just after </sheetData> (or <sheetData/>), searched from the end. */
function sheetDataEnd(bytes: Uint8Array): number {
  const marker = "sheetData";
  for (let i = bytes.length - marker.length; i >= 0; i--) {
    let k = 0;
    while (k < marker.length && bytes[i + k] === marker.charCodeAt(k)) k++;
    if (k < marker.length) continue;
    let end = i + marker.length;
    while (end < bytes.length && bytes[end] !== 0x3e) end++;
    return end + 1;
  }
  throw new MalformedPart("a worksheet without <sheetData>");
}

export type PageSetupEdit = { kind: "set"; bytes: Uint8Array } | { kind: "kept" };

/** The sheet part given A4 portrait, one page wide, or "kept" when its page setup already names a paper. */
export function printOnA4(bytes: Uint8Array): PageSetupEdit {
  const headEnd = sheetHeadLength(bytes);
  const tailStart = sheetDataEnd(bytes);
  if (tailStart <= headEnd) throw new MalformedPart("a worksheet whose <sheetData> could not be found");
  const head = decoder.decode(bytes.subarray(0, headEnd));
  const tail = decoder.decode(bytes.subarray(tailStart));

  // The head is the root's start and its first children: closed by hand it is a document saxes reads.
  const rootName = ROOT.exec(head)?.[1];
  if (rootName === undefined) throw new MalformedPart("not a worksheet");
  const headElements = findElements(`${head}</${rootName}>`, (local, parent) => parent === "" || (parent === "worksheet" && local === "sheetPr") || parent === "sheetPr");
  const root = headElements.find((e) => e.depth === 0);
  if (root === undefined || root.local !== "worksheet") throw new MalformedPart("not a worksheet");
  // The tail is the root's last children and its end tag: opened by hand, likewise.
  const opener = `<${root.qname}>`;
  const tailElements = findElements(opener + tail, (_local, parent) => parent === "worksheet").map((e) => ({
    ...e,
    start: e.start - opener.length,
    openEnd: e.openEnd - opener.length,
    closeStart: e.closeStart - opener.length,
    end: e.end - opener.length,
  }));
  const existing = tailElements.find((e) => e.local === "pageSetup");
  if (existing !== undefined && PAPER_CHOSEN.some((name) => name in existing.attributes)) return { kind: "kept" };

  const prefix = root.prefix;
  const q = (local: string): string => qualified(prefix, local);
  const fit = `<${q("pageSetUpPr")} fitToPage="1"/>`;
  const headSplices: Splice[] = [];
  const sheetPr = headElements.find((e) => e.local === "sheetPr" && e.depth === 1);
  if (sheetPr === undefined) {
    headSplices.push({ start: root.openEnd, end: root.openEnd, text: `<${q("sheetPr")}>${fit}</${q("sheetPr")}>` });
  } else {
    const setUpPr = headElements.find((e) => e.local === "pageSetUpPr" && e.depth === 2);
    if (setUpPr !== undefined) {
      headSplices.push({ start: setUpPr.start, end: setUpPr.openEnd, text: setAttribute(head.slice(setUpPr.start, setUpPr.openEnd), "fitToPage", "1") });
    } else if (sheetPr.closeStart === sheetPr.end) {
      // <sheetPr …/>: opened up to hold the new child.
      const tag = head.slice(sheetPr.start, sheetPr.openEnd).replace(/\s*\/>$/, ">");
      headSplices.push({ start: sheetPr.start, end: sheetPr.openEnd, text: `${tag}${fit}</${sheetPr.qname}>` });
    } else {
      const children = headElements.filter((e) => e.depth === 2 && BEFORE_PAGE_SETUP_PR.has(e.local));
      const at = children.length === 0 ? sheetPr.openEnd : (children[children.length - 1] as { end: number }).end;
      headSplices.push({ start: at, end: at, text: fit });
    }
  }

  let tailSplice: Splice;
  if (existing !== undefined) {
    // A <pageSetup> that names no paper (its other settings, a printer's r:id, are kept): given one.
    let tag = tail.slice(existing.start, existing.openEnd);
    for (const [name, value] of Object.entries(A4_PAGE_SETUP)) tag = setAttribute(tag, name, value);
    tailSplice = { start: existing.start, end: existing.openEnd, text: tag };
  } else {
    const setup = `<${q("pageSetup")} ${Object.entries(A4_PAGE_SETUP)
      .map(([name, value]) => `${name}="${value}"`)
      .join(" ")}/>`;
    const next = tailElements.find((e) => AFTER_PAGE_SETUP.has(e.local));
    const closeRoot = tail.lastIndexOf("</");
    if (closeRoot < 0) throw new MalformedPart("a worksheet without its end tag");
    const at = next === undefined ? closeRoot : next.start;
    tailSplice = { start: at, end: at, text: setup };
  }

  const newHead = encoder.encode(applySplices(head, headSplices));
  const newTail = encoder.encode(applySplices(tail, [tailSplice]));
  const out = new Uint8Array(newHead.length + (tailStart - headEnd) + newTail.length);
  out.set(newHead, 0);
  out.set(bytes.subarray(headEnd, tailStart), newHead.length);
  out.set(newTail, newHead.length + tailStart - headEnd);
  return { kind: "set", bytes: out };
}
