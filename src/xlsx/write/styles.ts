// The styles ASSESS's cells need, appended to the workbook's styles part: every number format, font
// and cell format already there keeps its index and so its meaning; ASSESS only adds at the ends of
// the lists (or reuses an entry that is already exactly what it needs, so a re-run adds nothing).
import type { Dialect } from "./dialect";
import { applySplices, findElements, MalformedPart, qualified, setAttribute, xmlAttr, type ElementSpan, type Splice } from "./xml";

/**
 * The look of one kind of cell: its number format (null: General) and whether it is bold; where the
 * plan gives a look of its own, its typeface, borders, alignment and wrapping. Without a font it
 * keeps the workbook's default font (made bold where bold).
 */
export interface CellLook {
  numFmt: string | null;
  bold: boolean;
  font?: { name: string; size: number };
  border?: boolean;
  align?: "left" | "center" | "right" | null;
  wrap?: boolean;
}

export const lookKey = (look: CellLook): string =>
  `${look.bold ? "b" : ""}|${look.numFmt ?? ""}` +
  (look.font === undefined ? "" : `|${look.font.name}|${look.font.size}|${look.border === true ? 1 : 0}|${look.align ?? ""}|${look.wrap === true ? 1 : 0}`);

/** Excel's built-in number formats that ASSESS uses, by their fixed ids. */
const BUILT_IN_FORMATS: ReadonlyMap<string, number> = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["@", 49],
]);

/** The first id a workbook may give a format of its own. */
const FIRST_CUSTOM_FORMAT = 164;

/** styleSheet's children in the schema's order: a list that is missing goes after those before it. */
const STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

export interface AppendedStyles {
  xml: string;
  /** cellXfs index of each look asked for, by lookKey. */
  indexes: Map<string, number>;
}

/** A styles part for a workbook that has none: Excel's defaults, to which ASSESS then appends. */
export const emptyStyles = (dialect: Dialect): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${dialect.main}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** Appends to `xml` (a styles part) what `looks` need; the plain look (General, not bold) is the workbook's default, index 0. */
export function appendStyles(xml: string, looks: readonly CellLook[]): AppendedStyles {
  const spans = findElements(
    xml,
    (local, parent) =>
      parent === "" ||
      parent === "styleSheet" ||
      (parent === "numFmts" && local === "numFmt") ||
      (parent === "fonts" && local === "font") ||
      (parent === "borders" && local === "border") ||
      (parent === "cellXfs" && local === "xf"),
  );
  const root = spans.find((s) => s.depth === 0);
  if (root === undefined || root.local !== "styleSheet") throw new MalformedPart("not a styles part");
  const list = (local: string): ElementSpan | undefined => spans.find((s) => s.depth === 1 && s.local === local);
  const items = (parent: string, local: string): ElementSpan[] => spans.filter((s) => s.depth === 2 && s.parent === parent && s.local === local);
  const text = (s: ElementSpan): string => xml.slice(s.start, s.end);
  const p = root.prefix;
  const rootOpenEnd = root.openEnd;

  // Number formats: a built-in id unless the workbook redefined it, else one the workbook already has, else a new id.
  const userFormats = items("numFmts", "numFmt").map((s) => ({ id: Number(s.attributes.numFmtId), code: s.attributes.formatCode ?? "" }));
  let nextFormat = Math.max(FIRST_CUSTOM_FORMAT - 1, ...userFormats.map((f) => (Number.isFinite(f.id) ? f.id : 0))) + 1;
  const newFormats: string[] = [];
  const formatIds = new Map<string, number>();
  const formatId = (code: string): number => {
    let id = formatIds.get(code);
    if (id !== undefined) return id;
    const builtIn = BUILT_IN_FORMATS.get(code);
    const redefined = builtIn !== undefined && userFormats.some((f) => f.id === builtIn && f.code !== code);
    if (builtIn !== undefined && !redefined) id = builtIn;
    else id = userFormats.find((f) => f.code === code)?.id;
    if (id === undefined) {
      id = nextFormat++;
      newFormats.push(`<${qualified(p, "numFmt")} numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`);
    }
    formatIds.set(code, id);
    return id;
  };

  // The bold font: the workbook's default font (its first) made bold, so bold cells keep the user's typeface and size.
  const fonts = items("fonts", "font");
  const fontList = new GrowingList(fonts.map(text));
  const boldFontId = (): number => {
    const base = fonts[0];
    return fontList.indexOf(base === undefined ? `<${qualified(p, "font")}><${qualified(p, "b")}/></${qualified(p, "font")}>` : emboldened(text(base), base));
  };

  // Fonts the plan names (宋体 11, 黑体 16): the workbook's own entry when it has exactly this one.
  const namedFontId = (font: { name: string; size: number }, bold: boolean): number => {
    const f = (local: string, attrs = ""): string => `<${qualified(p, local)}${attrs}/>`;
    return fontList.indexOf(
      `<${qualified(p, "font")}>${bold ? f("b") : ""}${f("sz", ` val="${font.size}"`)}${f("name", ` val="${xmlAttr(font.name)}"`)}${f("family", ' val="3"')}${f("charset", ' val="134"')}</${qualified(p, "font")}>`,
    );
  };

  // The thin border on every side, black.
  const borders = items("borders", "border");
  const borderList = new GrowingList(borders.map(text));
  const thinBorderId = (): number => {
    const side = (local: string): string => `<${qualified(p, local)} style="thin"><${qualified(p, "color")} indexed="64"/></${qualified(p, local)}>`;
    return borderList.indexOf(`<${qualified(p, "border")}>${side("left")}${side("right")}${side("top")}${side("bottom")}<${qualified(p, "diagonal")}/></${qualified(p, "border")}>`);
  };

  const xfs = items("cellXfs", "xf");
  const xfList = new GrowingList(xfs.map(text));
  const indexes = new Map<string, number>();
  for (const look of looks) {
    const key = lookKey(look);
    if (indexes.has(key)) continue;
    if (look.numFmt === null && !look.bold && look.font === undefined) {
      indexes.set(key, 0);
      continue;
    }
    const fontId = look.font !== undefined ? namedFontId(look.font, look.bold) : look.bold ? boldFontId() : 0;
    const borderId = look.border === true ? thinBorderId() : 0;
    let xf = `<${qualified(p, "xf")} numFmtId="${look.numFmt === null ? 0 : formatId(look.numFmt)}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0"`;
    if (look.numFmt !== null) xf += ' applyNumberFormat="1"';
    if (fontId !== 0) xf += ' applyFont="1"';
    if (borderId !== 0) xf += ' applyBorder="1"';
    if (look.font === undefined) xf += "/>";
    else {
      const horizontal = look.align == null ? "" : ` horizontal="${look.align}"`;
      xf += ` applyAlignment="1"><${qualified(p, "alignment")}${horizontal} vertical="center"${look.wrap === true ? ' wrapText="1"' : ""}/></${qualified(p, "xf")}>`;
    }
    indexes.set(key, xfList.indexOf(xf));
  }

  const splices: Splice[] = [];
  const defaultFont = `<${qualified(p, "font")}><${qualified(p, "sz")} val="11"/><${qualified(p, "name")} val="Calibri"/></${qualified(p, "font")}>`;
  const defaultXf = `<${qualified(p, "xf")} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
  appendTo("numFmts", userFormats.length, newFormats, null);
  appendTo("fonts", fonts.length, fontList.added, defaultFont);
  appendTo(
    "borders",
    borders.length,
    borderList.added,
    `<${qualified(p, "border")}><${qualified(p, "left")}/><${qualified(p, "right")}/><${qualified(p, "top")}/><${qualified(p, "bottom")}/><${qualified(p, "diagonal")}/></${qualified(p, "border")}>`,
  );
  appendTo("cellXfs", xfs.length, xfList.added, defaultXf);
  return { xml: applySplices(xml, splices), indexes };

  /** Adds `children` at the end of the list `local`, creating the list where it is missing (with `first` at index 0 when the list cannot be empty). */
  function appendTo(local: string, count: number, children: string[], first: string | null): void {
    if (children.length === 0) return;
    const span = list(local);
    const q = qualified(p, local);
    if (span === undefined) {
      const all = first !== null && count === 0 ? [first, ...children] : children;
      const before = STYLESHEET_ORDER.slice(0, STYLESHEET_ORDER.indexOf(local));
      const after = spans.filter((s) => s.depth === 1 && before.includes(s.local)).pop();
      const at = after === undefined ? rootOpenEnd : after.end;
      splices.push({ start: at, end: at, text: `<${q} count="${all.length}">${all.join("")}</${q}>` });
      return;
    }
    const all = first !== null && count === 0 ? [first, ...children] : children;
    const startTag = setAttribute(xml.slice(span.start, span.openEnd), "count", String(count + all.length));
    if (span.closeStart === span.end) {
      // A self-closing empty list: written out whole.
      splices.push({ start: span.start, end: span.end, text: `${startTag.replace(/\s*\/>$/, ">")}${all.join("")}</${q}>` });
    } else {
      splices.push({ start: span.start, end: span.openEnd, text: startTag });
      splices.push({ start: span.closeStart, end: span.closeStart, text: all.join("") });
    }
  }
}

/**
 * One list of the styles part (fonts, borders, cell formats): an entry the user's list already holds
 * is used at its own index, so nothing is added twice over runs; any other is appended once, after the
 * user's entries (and after the default entry appendTo writes first into a missing or empty list,
 * hence index 1 at least).
 */
class GrowingList {
  readonly added: string[] = [];

  constructor(private readonly existing: readonly string[]) {}

  indexOf(wanted: string): number {
    const own = this.existing.indexOf(wanted);
    if (own >= 0) return own;
    const pending = this.added.indexOf(wanted);
    return Math.max(this.existing.length, 1) + (pending >= 0 ? pending : this.added.push(wanted) - 1);
  }
}

/** A font element's text with a bold flag, kept otherwise as the workbook wrote it. */
function emboldened(font: string, span: ElementSpan): string {
  const b = qualified(span.prefix, "b");
  if (new RegExp(`<${b}[\\s/>]`).test(font)) return font;
  if (span.closeStart === span.end) return `${font.replace(/\s*\/>$/, ">")}<${b}/></${span.qname}>`;
  const open = span.openEnd - span.start;
  return `${font.slice(0, open)}<${b}/>${font.slice(open)}`;
}
