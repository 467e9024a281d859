// The frame every table of ASSESS's documents shares (the notice's annexes, the letters): thin black
// rules on every side and between cells, a fixed layout of the given widths across the text block,
// cell padding left and right only.
import { BorderStyle, Table, TableLayoutType, WidthType, type TableRow } from "docx";
import { TEXT_WIDTH } from "./gbt9704";

const RULE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

/** `rows` in a table as wide as the text block, its columns `widths` twips, `padding` twips left and right in each cell. */
export function framedTable(rows: TableRow[], widths: number[], padding: number): Table {
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: padding, right: padding, top: 0, bottom: 0 },
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
  });
}
