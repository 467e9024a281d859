// The document's styles: one named paragraph style per element of a 公文, so an office that edits the
// .docx in Word finds 公文正文, 一级标题 … in its style list and keeps the format when it types.
import type { IStylesOptions } from "docx";
import { CHAR_PITCH, FONT, fontsOf, GRID_FIT_SCALE, SIZE, type FontName } from "./gbt9704";

export const STYLE = {
  title: "GwTitle",
  addressees: "GwAddressees",
  body: "GwBody",
  heading1: "GwHeading1",
  heading2: "GwHeading2",
  signature: "GwSignature",
  annexMark: "GwAnnexMark",
  annexTitle: "GwAnnexTitle",
  tableHeader: "GwTableHeader",
  tableText: "GwTableText",
  pageNumber: "GwPageNumber",
  printed: "GwPrinted",
} as const;

interface StyleSpec {
  id: string;
  name: string;
  font: FontName;
  size: number;
  align: "both" | "center" | "left" | "right";
  /** First line two characters in: the paragraphs of the text. */
  indent?: boolean;
  keepNext?: boolean;
  outline?: number;
  /**
   * Off the document grid: the 2号 titles and the tables, whose characters are not 3号 and would
   * otherwise be set to the 3号 grid's pitch (LibreOffice even gives each one two cells).
   */
  offGrid?: boolean;
}

const SPECS: StyleSpec[] = [
  { id: STYLE.title, name: "公文标题", font: FONT.title, size: SIZE.title, align: "center", outline: 0, offGrid: true },
  { id: STYLE.addressees, name: "主送机关", font: FONT.body, size: SIZE.body, align: "both" },
  { id: STYLE.body, name: "公文正文", font: FONT.body, size: SIZE.body, align: "both", indent: true },
  { id: STYLE.heading1, name: "一级标题", font: FONT.heading1, size: SIZE.body, align: "both", indent: true, keepNext: true, outline: 1 },
  { id: STYLE.heading2, name: "二级标题", font: FONT.heading2, size: SIZE.body, align: "both", indent: true, keepNext: true, outline: 2 },
  { id: STYLE.signature, name: "发文机关署名", font: FONT.body, size: SIZE.body, align: "right" },
  { id: STYLE.annexMark, name: "附件标识", font: FONT.heading1, size: SIZE.body, align: "left", keepNext: true },
  { id: STYLE.annexTitle, name: "附件标题", font: FONT.title, size: SIZE.title, align: "center", keepNext: true, outline: 0, offGrid: true },
  { id: STYLE.tableHeader, name: "表头", font: FONT.heading1, size: SIZE.table, align: "center", offGrid: true },
  { id: STYLE.tableText, name: "表格文字", font: FONT.body, size: SIZE.table, align: "center", offGrid: true },
  { id: STYLE.pageNumber, name: "页码", font: FONT.pageNumber, size: SIZE.pageNumber, align: "left", offGrid: true },
  { id: STYLE.printed, name: "印发", font: FONT.body, size: SIZE.pageNumber, align: "left", offGrid: true },
];

/**
 * One style's XML, its properties in the schema's order (Word refuses others). Written out because
 * docx has no option for two of them: punctuation kept inside the text block (w:overflowPunct off;
 * Word and LibreOffice otherwise hang a closing 、。 into the right margin) and w:snapToGrid.
 */
function styleXml(s: StyleSpec): string {
  const f = fontsOf(s.font);
  const ppr =
    (s.keepNext === true ? "<w:keepNext/>" : "") +
    '<w:overflowPunct w:val="0"/>' +
    (s.offGrid === true ? '<w:snapToGrid w:val="0"/>' : "") +
    (s.indent === true ? `<w:ind w:firstLine="${2 * CHAR_PITCH}" w:firstLineChars="200"/>` : "") +
    `<w:jc w:val="${s.align}"/>` +
    (s.outline === undefined ? "" : `<w:outlineLvl w:val="${s.outline}"/>`);
  const rpr =
    `<w:rFonts w:ascii="${f.ascii}" w:hAnsi="${f.hAnsi}" w:eastAsia="${f.eastAsia}" w:cs="${f.cs}" w:hint="${f.hint}"/>` +
    (s.offGrid === true ? "" : `<w:w w:val="${GRID_FIT_SCALE}"/>`) +
    `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>`;
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${s.id}"><w:name w:val="${s.name}"/><w:basedOn w:val="Normal"/>` +
    `<w:next w:val="${STYLE.body}"/><w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`
  );
}

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The notice's own styles as a styles part, given to docx as external styles (it adds the rest). */
export function noticeStyleXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${SPECS.map(styleXml).join("")}</w:styles>`;
}

/** The document defaults and Normal, which docx writes. */
export function noticeStyles(): IStylesOptions {
  const run = { font: fontsOf(FONT.body), size: SIZE.body, sizeComplexScript: SIZE.body, language: { value: "zh-CN", eastAsia: "zh-CN" } };
  return {
    default: { document: { run, paragraph: { spacing: { before: 0, after: 0 } } } },
    // Normal is 3号 仿宋: the grid's character pitch is measured against Normal's size, and
    // LibreOffice takes 12 pt when Normal states none (the document defaults are not enough).
    paragraphStyles: [{ id: "Normal", name: "Normal", quickFormat: true, run }],
  };
}
