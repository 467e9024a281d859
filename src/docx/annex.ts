// The annexes: per group a table of every unit in rank order (名次, 单位名称, each component, 加减分
// where any unit has one, 综合成绩, 等次), its header row repeated on every page the table runs over.
import { Paragraph, TableCell, TableRow, VerticalAlignTable, WidthType, type Table } from "docx";
import type { NoticeDocText } from "../core/messages/notice";
import { decimalsShown, fixed } from "../core/report/format";
import type { Assessment, GroupResult } from "../core/types";
import { SIZE, TEXT_WIDTH, textEms } from "./gbt9704";
import { STYLE } from "./styles";
import { framedTable } from "./table";

/**
 * Room a cell keeps on either side of its text (twips): 1 mm, half Word's default, so that a table of
 * seven columns keeps its headers (满意度调查, 综合成绩) on one line beside an eleven-character name.
 */
const CELL_PADDING = 57;

interface AnnexColumn {
  header: string;
  /** The cell of the unit at position k of the group's order. */
  cell: (k: number) => string;
}

function columns(a: Assessment, g: GroupResult, t: NoticeDocText["annexHeader"]): AnnexColumn[] {
  const { table, totals, scheme } = a;
  const d = scheme.decimals;
  const unit = (k: number): number => g.order[k] as number;
  const out: AnnexColumn[] = [
    { header: t.rank, cell: (k) => String(g.ranks[k]) },
    { header: t.name, cell: (k) => table.names[unit(k)] ?? "" },
  ];
  // Scores with the decimals the results sheet gives them: at least the scheme's, more where a value
  // was typed with more (88.755 stays 88.755 beside a total computed from it).
  scheme.components.forEach((c, ci) => {
    const values = table.components[ci] as Float64Array;
    const shown = decimalsShown(values, d);
    out.push({ header: c.label, cell: (k) => fixed(values[unit(k)] as number, shown) });
  });
  if (a.bonus.some((b) => b !== 0)) {
    const shown = decimalsShown(a.bonus, d);
    out.push({ header: t.bonus, cell: (k) => fixed(a.bonus[unit(k)] as number, shown) });
  }
  out.push({ header: t.total, cell: (k) => fixed(totals[unit(k)] as number, d) });
  out.push({ header: t.tier, cell: (k) => (g.tiers[a.tierOf[unit(k)] as number]?.label ?? "").trim() });
  return out;
}

/**
 * Column widths (twips) summing to the text width. Every column gets the room of its widest value;
 * what is left goes to the columns whose header is wider than their values, in proportion, so a long
 * header (满意度调查) wraps before a unit's name does; room still left widens every column alike.
 */
function widths(cols: readonly AnnexColumn[], rows: number): number[] {
  const emTwips = (SIZE.table / 2) * 20;
  const need = (text: string): number => Math.ceil(textEms(text) * emTwips) + 2 * CELL_PADDING;
  const valueNeed = cols.map((c) => {
    let w = 0;
    let longest = 0;
    for (let k = 0; k < rows; k++) {
      const s = c.cell(k);
      // Strings of one length are about as wide: measure only a longer one (a group may be large).
      if (s.length > longest) {
        longest = s.length;
        w = Math.max(w, need(s));
      }
    }
    return w;
  });
  const headerNeed = cols.map((c, k) => Math.max(need(c.header), valueNeed[k] as number));
  const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
  const base = sum(valueNeed);
  if (base >= TEXT_WIDTH) return valueNeed.map((w) => Math.floor((w * TEXT_WIDTH) / base));
  const extra = headerNeed.map((h, k) => h - (valueNeed[k] as number));
  const room = TEXT_WIDTH - base;
  const wanted = sum(extra);
  const out = wanted >= room ? valueNeed.map((w, k) => w + Math.floor(((extra[k] as number) * room) / wanted)) : headerNeed.map((h) => h + Math.floor((room - wanted) / cols.length));
  out[1] = (out[1] as number) + TEXT_WIDTH - sum(out);
  return out;
}

const cell = (text: string, width: number, style: string): TableCell =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [new Paragraph({ style, text })],
  });

export function annexTable(a: Assessment, g: GroupResult, t: NoticeDocText["annexHeader"]): Table {
  const cols = columns(a, g, t);
  const w = widths(cols, g.order.length);
  const rows = [new TableRow({ tableHeader: true, cantSplit: true, children: cols.map((c, ci) => cell(c.header, w[ci] as number, STYLE.tableHeader)) })];
  for (let k = 0; k < g.order.length; k++) {
    rows.push(new TableRow({ cantSplit: true, children: cols.map((c, ci) => cell(c.cell(k), w[ci] as number, STYLE.tableText)) }));
  }
  return framedTable(rows, w, CELL_PADDING);
}
