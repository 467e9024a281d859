// The page of an official document (GB/T 9704): A4 with the text block's margins, the document grid
// of 22 lines of 28 characters, and the page number in the footer. The notice and the feedback letters
// share it, so both print alike.
import { AlignmentType, DocumentGridType, Footer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionPropertiesOptions } from "docx";
import { FOOTER_DISTANCE, FOOTER_LINE, GRID, MARGIN, mm, PAGE, SIZE } from "./gbt9704";
import { STYLE } from "./styles";

/** One character of 4号 (14 pt) in twips: how far the page number and the 印发 line stand in. */
export const ONE_CHAR_4HAO = (SIZE.pageNumber / 2) * 20;

/**
 * 7.5 页码: `— 1 —` in 4号 宋体, odd pages on the right and even pages on the left, one character in.
 * The line is set exactly so the document grid does not make it 29 pt high.
 */
export function pageNumberFooter(side: "odd" | "even", dash: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: ONE_CHAR_4HAO } : { left: ONE_CHAR_4HAO },
        spacing: { line: FOOTER_LINE, lineRule: "exact" },
        children: [new TextRun(`${dash} `), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(` ${dash}`)],
      }),
    ],
  });
}

/** Odd and even pages' footers (the document sets evenAndOddHeaderAndFooters). */
export function pageNumberFooters(dash: string): { default: Footer; even: Footer } {
  return { default: pageNumberFooter("odd", dash), even: pageNumberFooter("even", dash) };
}

/** A section's page: A4 portrait, the 公文 margins and grid; `restart` numbers its pages from 1 (a letter of several). */
export function gbt9704Page(restart = false): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
      margin: { ...MARGIN, header: mm(15), footer: FOOTER_DISTANCE, gutter: 0 },
      ...(restart ? { pageNumbers: { start: 1 } } : {}),
    },
    grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: GRID.linePitch, charSpace: GRID.charSpace },
  };
}
