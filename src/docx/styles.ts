// The document's styles: one named paragraph style per element of a 公文, so an office that edits the
// .docx in Word finds 公文正文, 一级标题 … in its style list and keeps the format when it types.
import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions } from "docx";
import { CHAR_PITCH, FONT, fontsOf, SIZE, type FontName } from "./gbt9704";

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

/** Two characters of the grid: the first-line indent of every paragraph of the text. */
const TWO_CHARS = { firstLine: 2 * CHAR_PITCH, firstLineChars: 200 } as const;

const style = (
  id: string,
  name: string,
  font: FontName,
  size: number,
  paragraph: IParagraphStyleOptions["paragraph"] = {},
  outline?: number,
): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: "Normal",
  next: STYLE.body,
  quickFormat: true,
  run: { font: fontsOf(font), size, sizeComplexScript: size },
  paragraph: outline === undefined ? paragraph : { ...paragraph, outlineLevel: outline },
});

/**
 * A style whose paragraphs keep off the document grid (w:snapToGrid off): the 2号 titles and the
 * tables, whose characters are not 3号 and would otherwise be spread to the 3号 grid's pitch
 * (LibreOffice gives each character whole grid cells). docx has no option for a paragraph's
 * snapToGrid, so these few styles are written as their XML (given to docx as external styles, beside
 * which it still writes the document defaults and the styles below).
 */
function offGridStyle(id: string, name: string, font: FontName, size: number, align: "center" | "left", keepNext: boolean, outline?: number): string {
  const f = fontsOf(font);
  const ppr = [
    keepNext ? "<w:keepNext/>" : "",
    "<w:snapToGrid w:val=\"0\"/>",
    `<w:jc w:val="${align}"/>`,
    outline === undefined ? "" : `<w:outlineLvl w:val="${outline}"/>`,
  ].join("");
  const rfonts = `<w:rFonts w:ascii="${f.ascii}" w:hAnsi="${f.hAnsi}" w:eastAsia="${f.eastAsia}" w:cs="${f.cs}" w:hint="${f.hint}"/>`;
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>` +
    `<w:next w:val="${STYLE.body}"/><w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rfonts}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`
  );
}

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The styles docx cannot express (see offGridStyle), as a styles part of their own. */
export function offGridStyles(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">` +
    offGridStyle(STYLE.title, "公文标题", FONT.title, SIZE.title, "center", false, 0) +
    offGridStyle(STYLE.annexTitle, "附件标题", FONT.title, SIZE.title, "center", true, 0) +
    offGridStyle(STYLE.tableHeader, "表头", FONT.heading1, SIZE.table, "center", false) +
    offGridStyle(STYLE.tableText, "表格文字", FONT.body, SIZE.table, "center", false) +
    "</w:styles>"
  );
}

export function noticeStyles(): IStylesOptions {
  return {
    default: {
      // Normal is 3号 仿宋: the grid's character pitch is measured against its size (see GRID).
      document: {
        run: { font: fontsOf(FONT.body), size: SIZE.body, sizeComplexScript: SIZE.body },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    },
    paragraphStyles: [
      // Normal states its size too: LibreOffice measures the grid's characters against Normal's size
      // and takes 12 pt when Normal has none (the document defaults are not enough).
      {
        id: "Normal",
        name: "Normal",
        quickFormat: true,
        run: { font: fontsOf(FONT.body), size: SIZE.body, sizeComplexScript: SIZE.body },
      },
      style(STYLE.addressees, "主送机关", FONT.body, SIZE.body, { alignment: AlignmentType.JUSTIFIED }),
      style(STYLE.body, "公文正文", FONT.body, SIZE.body, { alignment: AlignmentType.JUSTIFIED, indent: TWO_CHARS }),
      style(STYLE.heading1, "一级标题", FONT.heading1, SIZE.body, { alignment: AlignmentType.JUSTIFIED, indent: TWO_CHARS, keepNext: true }, 1),
      style(STYLE.heading2, "二级标题", FONT.heading2, SIZE.body, { alignment: AlignmentType.JUSTIFIED, indent: TWO_CHARS, keepNext: true }, 2),
      style(STYLE.signature, "发文机关署名", FONT.body, SIZE.body, { alignment: AlignmentType.RIGHT }),
      style(STYLE.annexMark, "附件标识", FONT.heading1, SIZE.body, { alignment: AlignmentType.LEFT, keepNext: true }),
      style(STYLE.pageNumber, "页码", FONT.pageNumber, SIZE.pageNumber),
      style(STYLE.printed, "印发", FONT.body, SIZE.pageNumber),
    ],

  };
}
