// Section-heading rows: one table for all units, split by rows that carry only a heading such as
// 一、县（区） or （二）市直部门 (often merged across the row) instead of a group column. Such a row
// names the group of the units below it, until the next heading.
import type { CellValue } from "../types";
import { isNoteName, isSummaryLabel } from "./rowLabels";

// The numbering offices put before a heading: 一、 二． （一） (1) 1. 1、 第一部分：. A bare number
// followed by a digit (2020年) is not numbering.
const NUMBERING = /^(?:第[一二三四五六七八九十百\d]+(?:部分|类)[、.．:：]?|[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[)）][、.．]?|\d+[、.．](?!\d))\s*/;

/** The heading's text without its numbering: 一、县（区） → 县（区）; the text itself when unnumbered. */
export function stripNumbering(text: string): string {
  return text.replace(NUMBERING, "").trim();
}

export function isNumberedHeading(text: string): boolean {
  return NUMBERING.test(text) && stripNumbering(text) !== "";
}

/**
 * The group a row's only text names, or null when the row is not a heading. `text` is the row's single
 * non-blank text (its score cells all blank); `setApart` says the layout marks it as a heading
 * (numbered, typed outside the name column, or merged across the row), so a unit whose scores are all
 * blank and that has neither is still read as a unit with missing scores. Notes (注：…) and summary
 * rows (合计, 平均) never head a section.
 */
export function headingGroup(text: string, setApart: boolean): string | null {
  const t = text.trim();
  // A sentence (2. 缺考单位按0分计。) is a line of a note, not a heading.
  if (t === "" || isNoteName(t) || isSummaryLabel(t) || /[。，；,;]/.test(t)) return null;
  const numbered = isNumberedHeading(t);
  if (!numbered && !setApart) return null;
  const g = numbered ? stripNumbering(t) : t;
  // A number typed alone (a 序号 with a forgotten row) is not a heading.
  if (/^[\d.\s]+$/.test(g) || isSummaryLabel(g)) return null;
  return g;
}

/** The row's one non-blank cell as (column, text), or null when it has none or more than one, or a non-text one. */
export function loneText(row: readonly CellValue[]): { col: number; text: string } | null {
  let found = -1;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === "string" && v.trim() === "") continue;
    if (found >= 0) return null;
    found = c;
  }
  if (found < 0) return null;
  const v = row[found];
  return typeof v === "string" ? { col: found, text: v } : null;
}
