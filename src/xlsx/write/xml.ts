// Escaping for the XML ASSESS writes into a workbook, and locating elements in the user's XML so that
// ASSESS can splice its own entries in without re-serialising anything it did not write.
import { SaxesParser, type SaxesAttributeNS } from "saxes";

// Characters XML 1.0 cannot hold at all (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/FFFF).
// OOXML spells them _xHHHH_, and a literal "_xHHHH_" in the text must then be escaped itself (as
// _x005F_xHHHH_), or Excel would decode it into another character.
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NOT_IN_XML_G = new RegExp(NOT_IN_XML.source, "g");
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;
const MARKUP = /[&<>"]/;
const MARKUP_G = /[&<>"]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, "0");

/** Anything that needs a second look: markup, controls, "_x", surrogates, U+FFFE/FFFF. Most text has none. */
const SPECIAL = /[\u0000-\u001F&<>"_\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text of an OOXML string (cell text, a sheet title): exactly its characters, whatever they are. */
export function xmlText(s: string): string {
  if (!SPECIAL.test(s)) return s;
  let out = s;
  if (out.includes("_x")) out = out.replace(LOOKS_ESCAPED, "_x005F_$1");
  if (NOT_IN_XML.test(out)) out = out.replace(NOT_IN_XML_G, (c) => `_x${hex4(c.charCodeAt(0))}_`);
  return MARKUP.test(out) ? out.replace(MARKUP_G, (c) => ENTITY[c] as string) : out;
}

/** An attribute value in double quotes; whitespace characters are kept as references, not normalised away. */
export function xmlAttr(s: string): string {
  return s.replace(/[&<>"\t\n\r]/g, (c) => ENTITY[c] ?? `&#${c.charCodeAt(0)};`);
}

/**
 * A part of the user's that is not the XML it should be (not well formed, or another root element):
 * the user's file is damaged, which the writer reports as such rather than crashing on it.
 */
export class MalformedPart extends Error {
  /** The part, once known. */
  part?: string;

  constructor(what: string) {
    super(what);
    this.name = "MalformedPart";
  }

  /** Runs `work` over the part `part`, naming it in any MalformedPart thrown. */
  static naming<T>(part: string, work: () => T): T {
    try {
      return work();
    } catch (e) {
      if (e instanceof MalformedPart) e.part ??= part;
      throw e;
    }
  }
}

/** Where one element sits in a document's text: [start, openEnd) is its start tag, [closeStart, end) its end tag. */
export interface ElementSpan {
  /** Qualified name as written (`x:sheet` or `sheet`). */
  qname: string;
  local: string;
  prefix: string;
  /** Local name of the parent element ("" for the root). */
  parent: string;
  depth: number;
  attributes: Record<string, string>;
  start: number;
  openEnd: number;
  /** Equal to `end` for a self-closing element. */
  closeStart: number;
  end: number;
}

/**
 * Every element whose local name `wanted` accepts (given its parent's local name), in document order.
 * Positions are string indexes (UTF-16 units), as saxes reports them. Only the small listing parts go
 * through here, never a sheet.
 */
export function findElements(xml: string, wanted: (local: string, parent: string) => boolean): ElementSpan[] {
  const found: ElementSpan[] = [];
  const stack: { local: string; span: ElementSpan | null }[] = [];
  const parser = new SaxesParser({ position: true });
  parser.on("opentag", (tag) => {
    const openEnd = parser.position;
    const colon = tag.name.indexOf(":");
    const local = colon < 0 ? tag.name : tag.name.slice(colon + 1);
    const parent = stack.length === 0 ? "" : (stack[stack.length - 1] as { local: string }).local;
    let span: ElementSpan | null = null;
    if (wanted(local, parent)) {
      // No "<" can stand unescaped inside a start tag, so the last one before its ">" begins it.
      const start = xml.lastIndexOf("<", openEnd - 1);
      const attributes: Record<string, string> = {};
      for (const [key, value] of Object.entries(tag.attributes)) attributes[key] = typeof value === "string" ? value : (value as SaxesAttributeNS).value;
      span = { qname: tag.name, local, prefix: colon < 0 ? "" : tag.name.slice(0, colon), parent, depth: stack.length, attributes, start, openEnd, closeStart: openEnd, end: openEnd };
      found.push(span);
    }
    stack.push({ local, span });
  });
  parser.on("closetag", (tag) => {
    const top = stack.pop();
    if (top?.span != null && !tag.isSelfClosing) {
      top.span.end = parser.position;
      top.span.closeStart = xml.lastIndexOf("</", parser.position - 1);
    }
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new MalformedPart(e instanceof Error ? e.message : String(e));
  }
  return found;
}

/** `<prefix:local` as the document spells its elements. */
export const qualified = (prefix: string, local: string): string => (prefix === "" ? local : `${prefix}:${local}`);

/** One edit of a document's text: replace [start, end) by `text` (an insertion when start === end). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices; the text between them is kept exactly. Insertions at one point keep their order. */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  const ordered = splices.map((s, k) => ({ s, k })).sort((a, b) => a.s.start - b.s.start || a.s.end - b.s.end || a.k - b.k);
  let out = "";
  let at = 0;
  for (const { s } of ordered) {
    if (s.start < at) throw new Error(`applySplices: overlapping edits at ${s.start}`);
    out += xml.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + xml.slice(at);
}

/** Replaces (or adds) one attribute in a start tag's text, leaving the rest of the tag as written. */
export function setAttribute(startTag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(startTag)) return startTag.replace(pattern, `$1"${xmlAttr(value)}"`);
  const close = startTag.endsWith("/>") ? startTag.length - 2 : startTag.length - 1;
  return `${startTag.slice(0, close)} ${name}="${xmlAttr(value)}"${startTag.slice(close)}`;
}

/** Removes one attribute from a start tag's text. */
export function removeAttribute(startTag: string, name: string): string {
  return startTag.replace(new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text an element's content or an attribute value stands for (entities and character references resolved). */
export function xmlDecode(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED_ENTITIES[ref] ?? whole;
  });
}
