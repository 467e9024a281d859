// Writing the settings sheet (考核设置): the rules a workbook was ranked with, laid out for a person
// to read, print and edit, and for ASSESS to read back on the next run (see ./layout).
import { fitWidth } from "../report/format";
import { columnPixels, HEADING, PARAGRAPH, rowPoints, sheetLook, TABLE_BODY, TABLE_HEADER, TITLE, TITLE_HEIGHT, wrappedLines } from "../report/print";
import type { CellValue, PlanCellStyle, PlanMerge, PlanValuesColumn, RowBand, Scheme, SheetLook, SheetPlan, TierSpec } from "../types";
import { DEFAULT_SUB_ITEM_MAX, SETTINGS as S, same } from "./layout";

const sameLabels = (a: readonly TierSpec[], b: readonly TierSpec[]): boolean => a.length === b.length && a.every((t, k) => same(t.label, (b[k] as TierSpec).label));

const minCell = (t: TierSpec): CellValue => (t.min === null ? S.tierRest : t.min);

/** What a row of the settings sheet is, for its look. */
type RowKind = "title" | "intro" | "heading" | "header" | "row" | "field" | "blank";

const STYLE_OF: Record<Exclude<RowKind, "blank">, PlanCellStyle> = {
  title: TITLE,
  intro: PARAGRAPH,
  heading: HEADING,
  header: TABLE_HEADER,
  row: { ...TABLE_BODY, wrap: true },
  field: { ...TABLE_BODY, wrap: true },
};

/** The widest a column of the settings sheet grows: longer lists wrap, so the sheet prints one page wide. */
const MAX_SETTINGS_WIDTH = 30;

export function settingsSheetPlan(scheme: Scheme, generated: string[], name: string): SheetPlan {
  const rows: CellValue[][] = [];
  const kinds: RowKind[] = [];
  const boldRows: number[] = [];
  /** Rows whose text runs over (or is merged across) the cells to its right: they do not set column widths. */
  const overflowing = new Set<number>();
  /** Per row, the columns its table spans (its borders end there). */
  const spans: number[] = [];
  let tableColumns = 0;
  const push = (kind: RowKind, cells: CellValue[]): void => {
    if (kind === "header") tableColumns = cells.length;
    else if (kind !== "row") tableColumns = 0;
    kinds.push(kind);
    rows.push(cells);
    spans.push(Math.max(tableColumns, cells.length));
  };
  const title = (text: string): void => {
    if (rows.length > 0) push("blank", []);
    boldRows.push(rows.length);
    overflowing.add(rows.length);
    push("heading", [text]);
  };
  const header = (cells: CellValue[]): void => {
    boldRows.push(rows.length);
    push("header", cells);
  };

  boldRows.push(0);
  overflowing.add(0).add(1);
  push("title", [S.marker]);
  push("intro", [S.intro]);

  title(S.componentsTitle);
  header([S.component, S.weight, S.subItems, S.aliases, S.key]);
  for (const c of scheme.components) {
    push("row", [c.label, c.weight, c.subItems.map((s) => s.label).join(S.listSeparator), c.aliases.join(S.listSeparator), c.key]);
  }

  title(S.subItemsTitle);
  header([S.subItem, S.subItemOf, S.subItemMax, S.aliases]);
  for (const c of scheme.components) {
    for (const s of c.subItems) {
      push("row", [s.label, c.label, s.max ?? DEFAULT_SUB_ITEM_MAX, s.aliases.join(S.listSeparator)]);
    }
  }

  title(S.tiersTitle);
  const groups = Object.entries(scheme.groupTiers);
  const alongside = groups.filter(([, tiers]) => sameLabels(tiers, scheme.tiers));
  const apart = groups.filter(([, tiers]) => !sameLabels(tiers, scheme.tiers));
  header([S.tier, S.tierMin, ...alongside.map(([g]) => g)]);
  scheme.tiers.forEach((t, k) => {
    push("row", [t.label, minCell(t), ...alongside.map(([, tiers]) => minCell(tiers[k] as TierSpec))]);
  });
  for (const [group, tiers] of apart) {
    push("blank", []);
    overflowing.add(rows.length);
    push("heading", [S.groupTiersTitle(group)]);
    header([S.tier, group]);
    for (const t of tiers) push("row", [t.label, minCell(t)]);
  }

  title(S.otherTitle);
  push("row", [S.ranking, scheme.ranking === "dense" ? S.rankingDense : S.rankingCompetition]);
  push("row", [S.decimals, scheme.decimals]);

  if (scheme.notice !== undefined) {
    title(S.noticeTitle);
    const n = scheme.notice;
    // Long texts (the addressees) are merged across the columns to their right and wrapped there
    // rather than widen column B.
    for (const [label, value] of [
      [S.noticeDocTitle, n.title],
      [S.noticeAddressees, n.addressees],
      [S.noticeIssuer, n.issuer],
      [S.noticeDate, n.date],
    ] as const) {
      overflowing.add(rows.length);
      push("field", [label, value]);
    }
  }

  title(S.generatedTitle);
  if (generated.length === 0) push("row", [S.generated]);
  generated.forEach((sheet, k) => push("row", [k === 0 ? S.generated : null, sheet]));

  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const columns: PlanValuesColumn[] = Array.from({ length: width }, (_, c) => {
    const values = rows.map((r) => r[c] ?? null);
    const measured = values.filter((_, r) => !overflowing.has(r) || (kinds[r] === "field" && c === 0));
    return { width: fitWidth(measured, null, MAX_SETTINGS_WIDTH), numFmt: null, values };
  });
  return { name, kind: "settings", rowCount: rows.length, columns, frozenRows: 0, boldRows, look: settingsLook(columns, kinds, rows, spans) };
}

/** Bands of the rows' kinds, the title and paragraphs merged across the sheet, the heights of wrapped rows. */
function settingsLook(columns: PlanValuesColumn[], kinds: RowKind[], rows: CellValue[][], spans: number[]): SheetLook {
  const bands: RowBand[] = [];
  const merges: PlanMerge[] = [];
  const rowHeights: SheetLook["rowHeights"] = [];
  const pixels = columns.map((c) => columnPixels(c.width));
  const all = pixels.reduce((a, b) => a + b, 0);
  kinds.forEach((kind, r) => {
    if (kind === "blank") return;
    const style = STYLE_OF[kind];
    const cells = rows[r] as CellValue[];
    // A table's borders end at its last column, not the sheet's; a field's value spans the sheet.
    const span = kind === "row" || kind === "header" ? (spans[r] as number) : columns.length;
    const last = bands[bands.length - 1];
    if (last !== undefined && last.last === r - 1 && last.style === style && (last.columns ?? columns.length) === span) last.last = r;
    else bands.push({ first: r, last: r, style, ...(span < columns.length ? { columns: span } : {}) });
    if (kind === "title") {
      merges.push({ row: r, col: 0, rows: 1, cols: columns.length });
      rowHeights.push({ row: r, points: TITLE_HEIGHT });
    } else if (kind === "intro") {
      merges.push({ row: r, col: 0, rows: 1, cols: columns.length });
      rowHeights.push({ row: r, points: rowPoints(wrappedLines(String(cells[0] ?? ""), all)) });
    } else if (kind === "row" || kind === "field" || kind === "header") {
      const spans = kind === "field" && columns.length > 2;
      if (spans) merges.push({ row: r, col: 1, rows: 1, cols: columns.length - 1 });
      let lines = 1;
      cells.forEach((v, c) => {
        if (typeof v !== "string") return;
        const room = spans && c === 1 ? all - (pixels[0] as number) : (pixels[c] as number);
        lines = Math.max(lines, wrappedLines(v, room));
      });
      if (lines > 1) rowHeights.push({ row: r, points: rowPoints(lines) });
    }
  });
  return sheetLook(columns, { bands, merges, rowHeights }, null);
}
