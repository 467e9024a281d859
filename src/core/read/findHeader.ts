// Finding a score table's header the way a person does: skip the title and 填报单位 lines, find the
// row that names the unit column and score columns, and see whether the row below is a second header
// row (sub-items under a merged upper cell).
import type { CellValue, ColumnRole, Grid } from "../types";
import { headerCellText, headerRole, isGenericScoreHeader, subItemRoleUnder, type HeaderVocabulary } from "./headerText";
import { MergeIndex } from "./merges";
import { isRaterHeader } from "./raterHeaders";
import { parseScore } from "./values";

/** Header work stays within the top of a sheet, so a million-row sheet costs no more to look at. */
export const HEADER_SCAN_ROWS = 30;

export interface FoundColumn {
  /** 0-based index into a grid row. */
  col: number;
  /** Header text as found; both rows joined with " / " under a two-row header. */
  header: string;
  /** The sub-header text alone (or the header), used to name a sub-item in problems. */
  label: string;
  role: ColumnRole;
  /** The header names nothing ASSESS knows: the column may hold the unit names under a header of its own. */
  unknown?: true;
}

export interface FoundHeader {
  /** 0-based grid row indexes of the header rows (one or two). */
  rows: number[];
  columns: FoundColumn[];
}

const isScore = (r: ColumnRole | null): boolean => r !== null && (r.kind === "component" || r.kind === "subItem");

function rowRoles(row: readonly CellValue[] | undefined, vocab: HeaderVocabulary): (ColumnRole | null)[] {
  if (!row) return [];
  return row.map((v) => {
    const t = headerCellText(v);
    return t === "" ? null : headerRole(t, vocab);
  });
}

/**
 * A header row names the unit column and at least one score column, or at least two score columns
 * (a table whose name column is missing is still a table: it gets a MISSING_COLUMN problem).
 */
function looksLikeHeader(roles: (ColumnRole | null)[]): boolean {
  const scores = roles.filter(isScore).length;
  const hasName = roles.some((r) => r?.kind === "name");
  return (hasName && scores >= 1) || scores >= 2;
}

/**
 * The row above a header row without a unit column is its upper row when it names the unit or group
 * column, or (the unit column headed by a word ASSESS does not know: 参评主体 | 考核得分) when it
 * is a row of header words, at least two, one of them over a blank of the row below (merged down). A
 * title is one cell, a 填报单位：… line has its colon.
 */
function isUpperRow(above: readonly CellValue[] | undefined, row: readonly CellValue[] | undefined, vocab: HeaderVocabulary): boolean {
  if (!above) return false;
  const roles = rowRoles(above, vocab);
  if (roles.some((x) => x?.kind === "name" || x?.kind === "group")) return true;
  let words = 0;
  let overBlank = false;
  for (let c = 0; c < above.length; c++) {
    const v = above[c] ?? null;
    if (typeof v === "number") return false;
    const t = headerCellText(v);
    if (t === "") continue;
    if (/[:：]/.test(t) || parseScore(t).kind === "number") return false;
    words++;
    if (headerCellText(row?.[c] ?? null) === "") overBlank = true;
  }
  return words >= 2 && overBlank;
}

/**
 * The row below an upper header row is a sub-header when nothing in it is a number, something in it is
 * text, and it has no unit name of its own (the name cell above is merged down, so it reads blank, or
 * repeats the header). A lone text left of every score column (一、县（区） under 序号) is a
 * section-heading row, not a sub-header: sub-items sit under the scores they part.
 */
const isScoreRole = (x: ColumnRole | null | undefined): boolean => x?.kind === "component" || x?.kind === "subItem" || x?.kind === "rater";

function isSubHeader(row: readonly CellValue[] | undefined, upper: (ColumnRole | null)[]): boolean {
  if (!row) return false;
  let text = 0;
  let textCol = -1;
  for (let c = 0; c < row.length; c++) {
    const v = row[c] ?? null;
    const p = parseScore(v);
    if (p.kind === "number") return false;
    if (p.kind === "text") {
      if (upper[c]?.kind === "name") return false;
      text++;
      textCol = c;
    }
  }
  if (text === 1 && !upper.slice(0, textCol + 1).some(isScoreRole) && upper.slice(textCol + 1).some(isScoreRole)) return false;
  return text > 0;
}

export function findHeader(grid: Grid, vocab: HeaderVocabulary): FoundHeader | null {
  const limit = Math.min(HEADER_SCAN_ROWS, grid.cells.length);
  for (let r = 0; r < limit; r++) {
    const roles = rowRoles(grid.cells[r], vocab);
    if (!looksLikeHeader(roles)) continue;
    // Components named in the lower row under a generic upper row (单位名称 | 考核得分 spanning three
    // columns): the upper row holds the name, so the header starts there.
    const hasName = roles.some((x) => x?.kind === "name");
    if (!hasName && r > 0 && isUpperRow(grid.cells[r - 1], grid.cells[r], vocab)) return twoRowHeader(grid, r - 1, vocab);
    if (r + 1 < grid.cells.length && isSubHeader(grid.cells[r + 1], roles)) return twoRowHeader(grid, r, vocab);
    return oneRowHeader(grid, r, roles);
  }
  return null;
}

function oneRowHeader(grid: Grid, r: number, roles: (ColumnRole | null)[]): FoundHeader {
  const row = grid.cells[r] ?? [];
  const columns: FoundColumn[] = [];
  for (let c = 0; c < row.length; c++) {
    const t = headerCellText(row[c]);
    if (t === "") continue;
    const role = roles[c] ?? null;
    columns.push(role ? { col: c, header: t, label: t, role } : { col: c, header: t, label: t, role: { kind: "ignored" }, unknown: true });
  }
  return { rows: [r], columns };
}

interface Span {
  text: string;
  role: ColumnRole | null;
  /** Columns under the span, left to right. */
  cols: number[];
}

function twoRowHeader(grid: Grid, r: number, vocab: HeaderVocabulary): FoundHeader {
  const upper = grid.cells[r] ?? [];
  const lower = grid.cells[r + 1] ?? [];
  const width = Math.max(upper.length, lower.length);
  const merges = MergeIndex.of(grid);
  const columns: FoundColumn[] = [];
  // An upper cell merged across its sub-items reads as the text then blanks. Where the host reports
  // merged areas, the area says how far the span runs; where it does not (or the upper cell is not
  // merged: "centre across selection", or text typed over the first sub-item), the span runs right
  // over blank upper cells for as long as the lower row has text.
  let span: Span | null = null;
  let spanEnd = Infinity;
  const spans: Span[] = [];
  for (let c = 0; c < width; c++) {
    const up = headerCellText(upper[c]);
    const low = headerCellText(lower[c]);
    if (c > spanEnd) span = null;
    if (up !== "") {
      span = { text: up, role: headerRole(up, vocab), cols: [] };
      spans.push(span);
      const area = merges?.areaAt(r, c);
      spanEnd = area ? area.right - grid.originCol : Infinity;
      if (low === "") {
        columns.push(span.role ? { col: c, header: up, label: up, role: span.role } : { col: c, header: up, label: up, role: { kind: "ignored" }, unknown: true });
        span = null;
        continue;
      }
    } else if (low === "") {
      span = null;
      continue;
    }
    if (span) {
      span.cols.push(c);
      columns.push({ col: c, header: `${span.text} / ${low}`, label: low, role: { kind: "ignored" } });
    } else {
      const role = headerRole(low, vocab);
      columns.push(role ? { col: c, header: low, label: low, role } : { col: c, header: low, label: low, role: { kind: "ignored" }, unknown: true });
    }
  }
  const byCol = new Map(columns.map((fc) => [fc.col, fc]));
  for (const s of spans) {
    if (s.cols.length === 0) continue;
    const under = s.cols.map((c) => byCol.get(c) as FoundColumn);
    if (s.role?.kind === "component") assignSubItems(s.role.component, under, vocab);
    else {
      for (const fc of under) {
        const role = headerRole(fc.label, vocab) ?? s.role;
        if (role) fc.role = role;
        else fc.unknown = true;
      }
    }
  }
  return { rows: [r, r + 1], columns };
}

const IGNORED: ColumnRole = { kind: "ignored" };

/**
 * Every column under a component's span counts towards it, except columns a person reads past (名次,
 * 等次, 备注). When none of them names a part of the component, the span holds the component itself:
 * a lone column is it whatever it says (（30分）, 考核情况), and among several the first generic score
 * word (得分, 成绩, 分数, 小计) is it. Otherwise each column is the sub-item it names, a generic word
 * beside sub-items is a subtotal the sheet computed (ignored: the sum is recomputed), and a column the
 * scheme does not name takes the first of the scheme's sub-items still unused, and past those an index
 * beyond the scheme's list: a sub-item the scheme does not name, out of 100. Raters' columns are the
 * exception: see isRaterHeader.
 */
function assignSubItems(component: number, under: FoundColumn[], vocab: HeaderVocabulary): void {
  // Raters' columns (评委1…评委7): the component is their scores combined. What else sits under the
  // span (最高分, 最低分, 平均分, 最后得分) is what the sheet computed from them: recomputed, not read.
  if (under.some((fc) => isRaterHeader(fc.label))) {
    for (const fc of under) fc.role = isRaterHeader(fc.label) ? { kind: "rater", component } : IGNORED;
    return;
  }
  const known = vocab.subItemCount[component] ?? 0;
  const used = new Set<number>();
  const unnamed: FoundColumn[] = [];
  const generic: FoundColumn[] = [];
  for (const fc of under) {
    const sub = subItemRoleUnder(fc.label, component, vocab);
    if (sub?.kind === "subItem" && !used.has(sub.subItem)) {
      used.add(sub.subItem);
      fc.role = sub;
    } else if (isGenericScoreHeader(fc.label)) {
      generic.push(fc);
    } else if (headerRole(fc.label, vocab)?.kind === "ignored") {
      fc.role = IGNORED;
    } else {
      unnamed.push(fc);
    }
  }
  if (used.size === 0) {
    const whole = under.length === 1 ? under[0] : unnamed.length === 0 ? generic[0] : undefined;
    if (whole) {
      for (const fc of under) fc.role = fc === whole ? { kind: "component", component } : IGNORED;
      return;
    }
  }
  for (const fc of generic) fc.role = IGNORED;
  let next = 0;
  let extra = Math.max(known, ...Array.from(used, (u) => u + 1));
  for (const fc of unnamed) {
    while (used.has(next)) next++;
    fc.role = { kind: "subItem", component, subItem: next < known ? next : extra++ };
    if (next < known) used.add(next);
  }
}
