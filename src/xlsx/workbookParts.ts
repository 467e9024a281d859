// The workbook's table of contents: which part is the workbook (from _rels/.rels), which part each
// sheet is (from the workbook's relationships), and the workbook's date system. Small parts, read
// whole; the sheets themselves are streamed by ./read.
import { SaxesParser } from "saxes";

/** One relationship of a part (OPC, ECMA-376 part 2 §9.3). */
export interface Relationship {
  id: string;
  /** Full relationship type URI, e.g. "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet". */
  type: string;
  /** The target as written in the .rels part. */
  target: string;
  /** The target resolved to a part name ("xl/worksheets/sheet1.xml"), or null for an external target (a URL). */
  part: string | null;
}

export type SheetState = "visible" | "hidden" | "veryHidden";
export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "other";

export interface SheetInfo {
  /** The tab's name. */
  name: string;
  sheetId: number;
  /** The r:id of the <sheet> element in the workbook part. */
  relId: string;
  /** Part name of the sheet, or null when its relationship is missing or external. */
  path: string | null;
  /** From the relationship type: only worksheets hold cells. */
  kind: SheetKind;
  state: SheetState;
}

export interface WorkbookInfo {
  /** Part name of the workbook, normally "xl/workbook.xml". */
  path: string;
  /** Part name of the workbook's relationships, normally "xl/_rels/workbook.xml.rels". */
  relsPath: string;
  /** Every relationship of the workbook part (sheets, styles, sharedStrings, theme, …). */
  relationships: Relationship[];
  /** The sheets in tab order. */
  sheets: SheetInfo[];
  /** True when serial dates count from 1904-01-01 (<workbookPr date1904="1"/>, old Mac workbooks). */
  date1904: boolean;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package itself) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship target as a part name: absolute ("/xl/worksheets/sheet1.xml") from the package
 * root, relative ("worksheets/sheet1.xml", "../media/a.png") from the source part's folder.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const path = target.split(/[?#]/)[0] as string;
  const base = path.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(decodeSegment(segment));
  }
  return base.join("/");
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const localName = (qname: string): string => qname.slice(qname.indexOf(":") + 1);

/** Parses `xml` with saxes, calling `onOpen` for each element; false when the XML is not well formed. */
export function eachElement(xml: string, onOpen: (name: string, attributes: Record<string, string>) => void): boolean {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on("opentag", (tag) => onOpen(localName(tag.name), tag.attributes));
  try {
    parser.write(xml).close();
    return true;
  } catch {
    return false;
  }
}

/** The relationships in a .rels part's text; null when it is not well-formed XML. */
export function parseRelationships(xml: string, sourcePart: string): Relationship[] | null {
  const out: Relationship[] = [];
  const ok = eachElement(xml, (name, a) => {
    if (name !== "Relationship" || a.Id === undefined || a.Target === undefined) return;
    const external = a.TargetMode === "External";
    out.push({ id: a.Id, type: a.Type ?? "", target: a.Target, part: external ? null : resolveTarget(sourcePart, a.Target) });
  });
  return ok ? out : null;
}

/** The officeDocument target of the package's _rels/.rels, or null. */
export function officeDocumentPart(rels: Relationship[]): string | null {
  return rels.find((r) => OFFICE_DOCUMENT.test(r.type))?.part ?? null;
}

function sheetKind(type: string | undefined): SheetKind {
  const m = /\/(worksheet|chartsheet|dialogsheet|xlMacrosheet)$/.exec(type ?? "");
  if (!m) return "other";
  return m[1] === "xlMacrosheet" ? "macrosheet" : (m[1] as SheetKind);
}

const isTrue = (v: string | undefined): boolean => v === "1" || v === "true";

/** The workbook part's sheets and date system; null when it is not well-formed XML. */
export function parseWorkbook(xml: string, path: string, relationships: Relationship[]): WorkbookInfo | null {
  const sheets: SheetInfo[] = [];
  let date1904 = false;
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const ok = eachElement(xml, (name, a) => {
    if (name === "workbookPr") date1904 = isTrue(a.date1904);
    if (name !== "sheet") return;
    // r:id: the prefix is whatever the file bound to the relationships namespace.
    const relKey = Object.keys(a).find((k) => k.includes(":") && localName(k) === "id");
    const relId = relKey === undefined ? "" : (a[relKey] as string);
    const rel = byId.get(relId);
    const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
    sheets.push({ name: a.name ?? "", sheetId: Number(a.sheetId ?? 0), relId, path: rel?.part ?? null, kind: sheetKind(rel?.type), state });
  });
  return ok ? { path, relsPath: relsPathOf(path), relationships, sheets, date1904 } : null;
}
