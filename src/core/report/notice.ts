// 结果通报: the results section of the published notice, in the notice's own form:
//   二、考评结果及等次
//   （一）县（区）
//   1．考评结果为优秀等次的县（区）3个：清丰县、台前县、开发区管委会。
//   …
//   县（区）共9个，平均分…分，最高分…分，最低分…分。
import { REPORT_TEXT_ZH, tieBreakWords } from "../messages/report";
import { PREVIOUS_ZH } from "../messages/previous";
import { rankMove } from "../previous/change";
import type { Assessment, RowBand, SheetPlan, YearOnYear } from "../types";
import { chineseNumeral, fixed } from "./format";
import { columnPixels, fullWidthPerLine, HEADING, MAX_ROW_LINES, PARAGRAPH, PORTRAIT_TEXT_WIDTH, rowPoints, sheetLook, TITLE, TITLE_HEIGHT, titleStem, wrappedLines } from "./print";

/**
 * One line of the notice and its place in it: the section heading (二、), a group's heading ((一)),
 * a tier's list (1．), or a group's statistics. The sheet, the text and the .docx all read these.
 */
export interface NoticeLine {
  text: string;
  /** change: the group's ranks against last year's, when last year's results were given. */
  kind: "section" | "group" | "tier" | "change" | "stats";
}

// The CLI and the pane want both the text and the sheet of one assessment: the lines of a
// million-unit notice are built once.
const built = new WeakMap<Assessment, NoticeLine[]>();

function noticeRows(a: Assessment): NoticeLine[] {
  const known = built.get(a);
  if (known !== undefined) return known;
  const t = REPORT_TEXT_ZH.notice;
  const d = a.scheme.decimals;
  const rows: NoticeLine[] = [{ text: t.heading, kind: "section" }];
  const line = (text: string, kind: NoticeLine["kind"]): void => {
    rows.push({ text, kind });
  };
  a.groups.forEach((g, gi) => {
    line(t.groupHeading(chineseNumeral(gi + 1), g.name), "group");
    // Each tier's list sized by a counting pass first: pushing a million names grows and copies arrays.
    const order = g.order;
    const tierOf = a.tierOf;
    const names = a.table.names;
    const sizes = new Int32Array(g.tiers.length);
    for (let k = 0; k < order.length; k++) {
      const ti = tierOf[order[k] as number] as number;
      sizes[ti] = (sizes[ti] as number) + 1;
    }
    const byTier = Array.from(sizes, (size) => new Array<string>(size));
    const filled = new Int32Array(g.tiers.length);
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      const ti = tierOf[i] as number;
      const at = filled[ti] as number;
      (byTier[ti] as string[])[at] = names[i] ?? "";
      filled[ti] = at + 1;
    }
    let k = 0;
    g.tiers.forEach((tier, ti) => {
      const names = byTier[ti] as string[];
      if (names.length === 0) return;
      k += 1;
      const quota = tier.quota === undefined ? "" : t.quota(tier.quota);
      line(t.tierLine(k, tier.label.trim(), g.name, names.length, joinMany(names, t.nameSeparator), quota), "tier");
    });
    if (a.previous !== undefined) {
      const change = changeLine(a, a.previous, g.name, order, g.ranks);
      if (change !== null) line(change, "change");
    }
    const s = g.stats;
    line(t.stats(g.name, s.count, fixed(s.mean, d), fixed(s.max, d), fixed(s.min, d)), "stats");
  });
  // How tied totals were ordered, once after the groups: the lists above follow it.
  const steps = tieBreakWords(a.scheme, t);
  if (steps.length > 0) line(t.tieBreak(steps), "stats");
  built.set(a, rows);
  return rows;
}

/**
 * The sentence on a group's ranks against last year's (与上年相比，县（区）中名次进位的2个：…), the units
 * in this year's rank order; null when none of the group was ranked last year in it.
 */
export function changeLine(a: Assessment, years: YearOnYear, group: string, order: Int32Array, ranks: Int32Array): string | null {
  const up: { name: string; places: number }[] = [];
  const down: { name: string; places: number }[] = [];
  let same = 0;
  let added = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const move = rankMove(years, i, ranks[k] as number);
    const name = a.table.names[i] ?? "";
    if (move.kind === "up") up.push({ name, places: move.places });
    else if (move.kind === "down") down.push({ name, places: move.places });
    else if (move.kind === "same") same++;
    else if (move.kind === "new") added++;
  }
  return PREVIOUS_ZH.noticeLine(group, up, down, same, added);
}

/**
 * names.join(separator), in slices: one join of half a million names takes about twice as long as
 * joining slices of a few thousand and then the slices.
 */
function joinMany(names: string[], separator: string): string {
  const SLICE = 4096;
  if (names.length <= SLICE) return names.join(separator);
  const parts: string[] = [];
  for (let k = 0; k < names.length; k += SLICE) parts.push(names.slice(k, k + SLICE).join(separator));
  return parts.join(separator);
}

/** The notice's lines with their kinds, in order (shared: do not change them). */
export function noticeParts(a: Assessment): readonly NoticeLine[] {
  return noticeRows(a);
}

/** The notice, line by line. */
export function noticeLines(a: Assessment): string[] {
  return noticeRows(a).map((r) => r.text);
}

/** The notice as one text, the lines joined with \n: what the pane copies and the CLI prints. */
export function noticeText(a: Assessment): string {
  return noticeLines(a).join("\n");
}

/** Excel holds at most 32,767 characters in a cell; a longer line goes on over the next rows. */
export const MAX_CELL_CHARS = 32767;

/** Splits a line for cells of at most `max` characters, after a name separator where one is near. */
export function splitForCells(line: string, max = MAX_CELL_CHARS, separator = REPORT_TEXT_ZH.notice.nameSeparator): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(separator, max - separator.length);
    cut = cut > max / 2 ? cut + separator.length : max;
    // Never cut between the two halves of a character outside the basic plane.
    const c = rest.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut -= 1;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

/**
 * Width of the notice column: a line of a portrait A4 page at full size. Short of the whole line:
 * a column's width counts the default font's digits, wider where Calibri is missing (LibreOffice on
 * Linux lays 92 characters out over 616 pt, past the page, and does not scale one wide column down).
 */
const NOTICE_WIDTH = Math.floor(PORTRAIT_TEXT_WIDTH * 0.85);

/**
 * 结果通报 as the notice's section on an A4 page: a title row, then one row per paragraph, wrapped to
 * the page's width, each row as tall as its lines (hosts do not grow rows for wrapped text a program
 * wrote). A list too long for Excel's tallest row goes on over the next rows.
 */
export function noticeSheet(a: Assessment, name: string, digest: string | null = null): SheetPlan {
  const pixels = columnPixels(NOTICE_WIDTH);
  const perRow = MAX_ROW_LINES * fullWidthPerLine(pixels);
  const values: string[] = [REPORT_TEXT_ZH.print.noticeTitle(titleStem(a))];
  const boldRows: number[] = [];
  const bands: RowBand[] = [{ first: 0, last: 0, style: TITLE }];
  const rowHeights = [{ row: 0, points: TITLE_HEIGHT }];
  for (const row of noticeRows(a)) {
    const heading = row.kind === "section" || row.kind === "group";
    if (heading) boldRows.push(values.length);
    const first = values.length;
    for (const part of splitForCells(row.text, Math.min(MAX_CELL_CHARS, perRow))) {
      if (!heading) rowHeights.push({ row: values.length, points: rowPoints(wrappedLines(part, pixels)) });
      values.push(part);
    }
    bands.push({ first, last: values.length - 1, style: heading ? HEADING : PARAGRAPH });
  }
  if (digest !== null) {
    bands.push({ first: values.length, last: values.length, style: PARAGRAPH });
    values.push(REPORT_TEXT_ZH.notice.digest(digest));
  }
  const columns = [{ width: NOTICE_WIDTH, numFmt: null, values }];
  return {
    name,
    kind: "notice",
    rowCount: values.length,
    columns,
    frozenRows: 0,
    boldRows,
    look: sheetLook(columns, { bands, merges: [], rowHeights }, null),
  };
}
