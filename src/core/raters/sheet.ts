// 评分分析 as a sheet: a title, the table of raters (考核项目, 评委, 评分个数, 平均分, 标准差, 与评委组平均
// 分的偏差, 提示), then the scores far from their unit's panel (单位名称, 考核项目, 评委, 评分, 评委中位数,
// 相差), then the thresholds and where to change them.
import { roundHalfUp } from "../arith/fixed";
import { RATERS_ZH } from "../messages/raters";
import { planColumn } from "../report/format";
import { columnPixels, HEADING, PARAGRAPH, rowPoints, sheetLook, TABLE_BODY, TABLE_HEADER, TITLE, TITLE_HEIGHT, titleStem, widenForTitle, wrappedLines } from "../report/print";
import type { Assessment, CellValue, PlanMerge, RowBand, SheetPlan } from "../types";
import type { RaterAnalysis } from "./analysis";

const COLUMNS = 7;

export function raterSheet(a: Assessment, analysis: RaterAnalysis, name: string): SheetPlan {
  const t = RATERS_ZH;
  const d = Math.max(a.scheme.decimals, 2);
  const round = (v: number): CellValue => (Number.isFinite(v) ? roundHalfUp(v, d) : null);
  const rows: CellValue[][] = [];
  const bands: RowBand[] = [];
  const merges: PlanMerge[] = [];
  const band = (first: number, last: number, style: RowBand["style"], columns?: number): void => {
    if (last >= first) bands.push({ first, last, style, ...(columns === undefined ? {} : { columns }) });
  };

  const title = t.title(titleStem(a));
  rows.push([title]);
  band(0, 0, TITLE);
  merges.push({ row: 0, col: 0, rows: 1, cols: COLUMNS });

  rows.push([...t.raterHeader]);
  band(1, 1, TABLE_HEADER);
  const first = rows.length;
  for (const r of analysis.raters) {
    rows.push([r.component, r.rater, r.count, round(r.mean), round(r.sd), round(r.deviation), r.flagged ? t.flagged : null]);
  }
  band(first, rows.length - 1, TABLE_BODY);

  rows.push([]);
  const heading = rows.length;
  rows.push([t.farHeading(analysis.maxFromMedian)]);
  band(heading, heading, HEADING);
  if (analysis.far.length === 0) {
    rows.push([t.noneFar]);
    band(rows.length - 1, rows.length - 1, PARAGRAPH);
  } else {
    rows.push([...t.farHeader]);
    band(rows.length - 1, rows.length - 1, TABLE_HEADER, t.farHeader.length);
    const farFirst = rows.length;
    for (const f of analysis.far) rows.push([a.table.names[f.unit] ?? "", f.component, f.rater, f.score, round(f.median), round(Math.abs(f.score - f.median))]);
    band(farFirst, rows.length - 1, TABLE_BODY, t.farHeader.length);
  }

  rows.push([]);
  const note = rows.length;
  rows.push([t.note(analysis.sdMultiple, analysis.maxFromMedian)]);
  band(note, note, PARAGRAPH);
  merges.push({ row: note, col: 0, rows: 1, cols: COLUMNS });

  const columns = Array.from({ length: COLUMNS }, (_, c) => {
    const values = rows.map((r) => r[c] ?? null);
    // The title and the note span the sheet: they set no column's width.
    const measured = values.map((v, r) => (r === 0 || r === note ? null : v));
    return { ...planColumn(measured, c >= 3 ? d : null), values };
  });
  widenForTitle(columns, 1, title);
  const pixels = columns.reduce((sum, c) => sum + columnPixels(c.width), 0);
  const noteHeight = { row: note, points: rowPoints(wrappedLines(String(rows[note]?.[0] ?? ""), pixels)) };
  const look = sheetLook(columns, { bands, merges, rowHeights: [{ row: 0, points: TITLE_HEIGHT }, noteHeight] }, { first: 1, last: 1 });
  return { name, kind: "raters", rowCount: rows.length, columns, frozenRows: 2, boldRows: [1], look };
}
