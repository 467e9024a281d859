// Writing the settings sheet (考核设置): the rules a workbook was ranked with, laid out for a person
// to read, print and edit, and for ASSESS to read back on the next run (see ./layout).
import { displayWidth, fitWidth } from "../report/format";
import { columnPixels, HEADING, PARAGRAPH, rowPoints, sheetLook, TABLE_BODY, TABLE_HEADER, TITLE, TITLE_HEIGHT, wrappedLines } from "../report/print";
import { DEFAULT_RATER_CHECKS } from "../scheme/defaults";
import { DEFAULT_FULL_MARKS, fullMarksOf } from "../scheme/scales";
import type { CellValue, ComponentSpec, PlanCellStyle, PlanMerge, PlanValuesColumn, RaterRule, RowBand, Scheme, SheetLook, SheetPlan, TierQuota, TierSpec } from "../types";
import { DEFAULT_SUB_ITEM_MAX, SETTINGS as S, same } from "./layout";

const sameLabels = (a: readonly TierSpec[], b: readonly TierSpec[]): boolean => a.length === b.length && a.every((t, k) => same(t.label, (b[k] as TierSpec).label));

const sameQuota = (a: TierQuota | undefined, b: TierQuota | undefined): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The quotas of two tier lists are the same, tier for tier. */
const sameQuotas = (a: readonly TierSpec[], b: readonly TierSpec[]): boolean => a.length === b.length && a.every((t, k) => sameQuota(t.quota, b[k]?.quota));

/** The last tier takes everything below; a tier above it without a minimum is given by its quota alone. */
const minCell = (t: TierSpec, last: boolean): CellValue => (t.min !== null ? t.min : last ? S.tierRest : S.tierNoMin);

const quotaText = (q: TierQuota): string => ("percent" in q ? S.quotaPercent(q.percent) : S.quotaCount(q.count));

/** A group's quota cell: its own quota, or 不限 where the general tier has one and the group's has none. */
const groupQuotaCell = (t: TierSpec | undefined, general: TierSpec | undefined): CellValue =>
  t?.quota !== undefined ? quotaText(t.quota) : general?.quota !== undefined ? S.noQuota : null;

const ratersText = (r: RaterRule): string => (r.method === "trimmed" ? S.ratersTrimmed : S.ratersMean) + (r.decimals === null ? "" : S.ratersDecimals(r.decimals));

const limitCell = (v: number | undefined): CellValue => v ?? S.noLimit;

const tieBreakText = (scheme: Scheme): string =>
  scheme.tieBreak === undefined || scheme.tieBreak.length === 0
    ? S.tieShare
    : scheme.tieBreak.map((step) => (step === "unrounded" ? S.tieUnrounded : (scheme.components.find((c) => c.key === step.component)?.label ?? step.component))).join(S.listSeparator);

/** What a row of the settings sheet is, for its look. */
type RowKind = "title" | "intro" | "heading" | "header" | "row" | "field" | "blank";

const STYLE_OF: Record<Exclude<RowKind, "blank">, PlanCellStyle> = {
  title: TITLE,
  intro: PARAGRAPH,
  heading: HEADING,
  header: TABLE_HEADER,
  row: { ...TABLE_BODY, wrap: true },
  // A value (2, 100, 不限) reads beside its label, not at the far end of the merged cell.
  field: { ...TABLE_BODY, wrap: true, align: "left" },
};

/** The widest a column of the settings sheet grows: longer lists wrap, so the sheet prints one page wide. */
const MAX_SETTINGS_WIDTH = 30;

/**
 * `digest`: the 校验码 of the scores and rules the generated sheets were made from (core/digest), kept
 * here so that a later reading can tell whether the scores changed since; null when none (rules saved
 * before any ranking).
 */
export function settingsSheetPlan(scheme: Scheme, generated: string[], name: string, digest: string | null = null): SheetPlan {
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
  // With a total out of 100 a weight is a percent, as offices say it; otherwise it is points of the total.
  const percentWeights = fullMarksOf(scheme) === DEFAULT_FULL_MARKS;
  // 满分 in the third column, as narrow as the sub-items' 满分 and the tiers' 名额 under it; the
  // columns of long lists stay where the sub-items' aliases are, so the sheet prints portrait.
  header([S.component, percentWeights ? S.weight : S.weightPoints, S.fullMarks, S.subItems, S.aliases, S.key, S.raters]);
  for (const c of scheme.components) {
    push("row", [
      c.label,
      c.weight,
      fullMarksOf(c),
      c.subItems.map((s) => s.label).join(S.listSeparator),
      c.aliases.join(S.listSeparator),
      c.key,
      c.raters === undefined ? null : ratersText(c.raters),
    ]);
  }

  // Always written, empty when every group is on the scheme's scale, so a person sees where one goes.
  push("blank", []);
  overflowing.add(rows.length);
  push("heading", [S.groupScalesTitle]);
  header([S.group, S.component, S.fullMarks, S.weightPoints]);
  for (const [group, scale] of Object.entries(scheme.groupScales ?? {})) {
    const own = Object.entries(scale.components ?? {});
    if (scale.fullMarks !== undefined || own.length === 0) push("row", [group, S.groupTotal, scale.fullMarks ?? null, null]);
    for (const [key, spec] of own) {
      const label = scheme.components.find((c: ComponentSpec) => c.key === key)?.label ?? key;
      push("row", [group, label, spec.fullMarks ?? null, spec.weight ?? null]);
    }
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
  // A group's quotas get a column of their own only where they differ from the general ones.
  const withQuotas = alongside.map(([g, tiers]) => ({ group: g, tiers, quotas: !sameQuotas(tiers, scheme.tiers) }));
  header([S.tier, S.tierMin, S.quota, ...withQuotas.flatMap(({ group, quotas }) => (quotas ? [group, S.groupQuota(group)] : [group]))]);
  const lastTier = scheme.tiers.length - 1;
  scheme.tiers.forEach((t, k) => {
    push("row", [
      t.label,
      minCell(t, k === lastTier),
      t.quota === undefined ? null : quotaText(t.quota),
      ...withQuotas.flatMap(({ tiers, quotas }) => {
        const own = tiers[k] as TierSpec;
        return quotas ? [minCell(own, k === lastTier), groupQuotaCell(own, t)] : [minCell(own, k === lastTier)];
      }),
    ]);
  });
  for (const [group, tiers] of apart) {
    push("blank", []);
    overflowing.add(rows.length);
    push("heading", [S.groupTiersTitle(group)]);
    const quotas = tiers.some((t) => t.quota !== undefined);
    header([S.tier, group, ...(quotas ? [S.groupQuota(group)] : [])]);
    tiers.forEach((t, k) => {
      const min = minCell(t, k === tiers.length - 1);
      push("row", quotas ? [t.label, min, groupQuotaCell(t, undefined)] : [t.label, min]);
    });
  }

  title(S.otherTitle);
  // Each a label and its value; the value spans the sheet (like the notice's words below) so a long
  // one such as the quota-edge rule wraps there rather than widen column B for every table above.
  const bonus = scheme.bonusRules ?? {};
  for (const [label, value] of [
    [S.ranking, scheme.ranking === "dense" ? S.rankingDense : S.rankingCompetition],
    [S.tieBreak, tieBreakText(scheme)],
    [S.decimals, scheme.decimals],
    [S.totalFullMarks, fullMarksOf(scheme)],
    [S.quotaTies, scheme.quotaTies === "in" ? S.quotaTiesIn : S.quotaTiesOut],
    [S.maxAdd, limitCell(bonus.maxAdd)],
    [S.maxAddPerItem, limitCell(bonus.maxAddPerItem)],
    [S.maxDeduct, limitCell(bonus.maxDeduct)],
    [S.capAtFullMarks, bonus.capAtFullMarks === true ? S.yes : S.no],
    [S.addFrom, limitCell(bonus.addFrom)],
    // Shown with their defaults, so the office sees what it may change.
    [S.raterSdMultiple, scheme.raterChecks?.sdMultiple ?? DEFAULT_RATER_CHECKS.sdMultiple],
    [S.raterMaxFromMedian, scheme.raterChecks?.maxFromMedian ?? DEFAULT_RATER_CHECKS.maxFromMedian],
  ] as const) {
    overflowing.add(rows.length);
    push("field", [label, value]);
  }

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
  if (digest !== null) push("row", [S.digest, digest]);

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
        // A text no wider than the column fitted to it is on one line (wrappedLines errs on the safe side).
        if (!(spans && c === 1) && displayWidth(v) <= (columns[c] as PlanValuesColumn).width) return;
        lines = Math.max(lines, wrappedLines(v, room));
      });
      if (lines > 1) rowHeights.push({ row: r, points: rowPoints(lines) });
    }
  });
  return sheetLook(columns, { bands, merges, rowHeights }, null);
}
