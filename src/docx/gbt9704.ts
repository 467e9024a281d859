// The measures of an official document (党政机关公文格式, GB/T 9704-2012), in the units Word keeps:
// twips (1/20 pt, 1440 to the inch) for lengths, half-points for font sizes.
import { displayWidth } from "../core/report/format";

const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (millimetres: number): number => Math.round(millimetres * TWIPS_PER_MM);

/** A4 as Word writes it (210 × 297 mm). */
export const PAGE = { width: 11906, height: 16838 } as const;

/**
 * 5.2.1/5.2.2: the text block (版心) is 156 × 225 mm, 37 mm from the top edge and 28 mm from the left
 * (天头 37 mm, 订口 28 mm); what is left is the right (26 mm) and bottom (35 mm) margins.
 */
export const MARGIN = {
  top: mm(37), // 2098
  left: mm(28), // 1587
  right: PAGE.width - mm(28) - mm(156), // 11906 − 1587 − 8844 = 1475
  bottom: PAGE.height - mm(37) - mm(225), // 16838 − 2098 − 12756 = 1984
} as const;

export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 8844 twips = 442.2 pt
const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom; // 12756 twips = 637.8 pt

/** 5.2.3: 22 lines of 28 characters in 3号 (16 pt) type. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Font sizes in half-points: 2号 22 pt (title), 3号 16 pt (text), 4号 14 pt (page numbers, 印发 line). */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 24 } as const;

/**
 * The document grid (w:docGrid, type linesAndChars):
 * - linePitch, in twips: 12756 / 22 = 579.8, taken down to 579 so that 22 lines always fit the block
 *   (22 × 579 = 12738 ≤ 12756); the same 579 Word writes for a 22-line 公文 template.
 * - charSpace: the character pitch minus the Normal style's font size, in 4096ths of a point
 *   (ECMA-376 17.6.5). The pitch is 442.2 pt / 28 = 15.793 pt, 0.207 pt less than 16 pt:
 *   −0.2071 × 4096 = −848.5, taken down to −849 so that 28 characters always fit a line (the value
 *   Word itself writes for this page).
 */
export const GRID = {
  linePitch: Math.floor(TEXT_HEIGHT / LINES_PER_PAGE),
  charSpace: Math.floor((TEXT_WIDTH / 20 / CHARS_PER_LINE - SIZE.body / 2) * 4096),
} as const;

/**
 * 3号 text on the grid is set at 98% width (w:w, Word's 字符缩放). Word fits 28 characters of 16 pt
 * into 15.79 pt cells by narrowing the pitch; LibreOffice instead gives a character two cells when its
 * glyph is wider than a cell (16 > 15.75 pt), and prints 14 characters a line. At 98% the glyph is
 * 15.68 pt, one cell in both, so both print the same 28 × 22 page; the difference in Word is 0.3 pt
 * of glyph width per character, inside the pitch that is the same either way.
 */
export const GRID_FIT_SCALE = 98;

/** One character of the grid, in twips (8844 / 28 = 315): what "two characters' indent" means in twips. */
export const CHAR_PITCH = Math.floor(TEXT_WIDTH / CHARS_PER_LINE);

/**
 * 7.5 页码: the number between two 一字线, whose top is 7 mm below the text block. Word measures the
 * footer from the bottom edge to the foot of its line; a 14 pt line set 18 pt high puts the dash about
 * 4 mm above that foot: 35 − 7 − 4 = 24 mm; LibreOffice, with its substitute fonts, then draws it 8 mm
 * below the block, so one millimetre more: 25 mm.
 */
export const FOOTER_DISTANCE = mm(25);
export const FOOTER_LINE = 360;

/**
 * The fonts, named as offices have them installed (none is embedded): 方正小标宋简体 for titles,
 * 仿宋_GB2312 for the text, 黑体 and 楷体_GB2312 for the first and second heading levels, 宋体 for
 * page numbers. Each is named for Latin and East Asian text alike (ascii, hAnsi, eastAsia, cs), since
 * 公文 set their digits in the same face.
 */
export const FONT = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
} as const;

export type FontName = (typeof FONT)[keyof typeof FONT];

export const fontsOf = (name: FontName): { ascii: string; hAnsi: string; eastAsia: string; cs: string; hint: string } => ({
  ascii: name,
  hAnsi: name,
  eastAsia: name,
  cs: name,
  hint: "eastAsia",
});

/** Width of text in ems of its font: CJK and full-width forms one, Latin letters and digits half. */
export const textEms = (text: string): number => displayWidth(text) / 2;
