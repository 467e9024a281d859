// Writing the settings sheet (考核设置): the rules a workbook was ranked with, laid out for a person
// to read, print and edit, and for ASSESS to read back on the next run (see ./layout).
import { fitWidth } from "../report/format";
import type { CellValue, Scheme, SheetPlan, TierSpec } from "../types";
import { DEFAULT_SUB_ITEM_MAX, SETTINGS as S, same } from "./layout";

const sameLabels = (a: readonly TierSpec[], b: readonly TierSpec[]): boolean =>
  a.length === b.length && a.every((t, k) => same(t.label, (b[k] as TierSpec).label));

const minCell = (t: TierSpec): CellValue => (t.min === null ? S.tierRest : t.min);

export function settingsSheetPlan(scheme: Scheme, generated: string[], name: string): SheetPlan {
  const rows: CellValue[][] = [];
  const boldRows: number[] = [];
  /** Rows whose text runs over the cells to its right: they do not set column widths. */
  const overflowing = new Set<number>();
  const title = (text: string): void => {
    if (rows.length > 0) rows.push([]);
    boldRows.push(rows.length);
    overflowing.add(rows.length);
    rows.push([text]);
  };
  const header = (cells: CellValue[]): void => {
    boldRows.push(rows.length);
    rows.push(cells);
  };

  boldRows.push(0);
  overflowing.add(0).add(1);
  rows.push([S.marker], [S.intro]);

  title(S.componentsTitle);
  header([S.component, S.weight, S.subItems, S.aliases, S.key]);
  for (const c of scheme.components) {
    rows.push([
      c.label,
      c.weight,
      c.subItems.map((s) => s.label).join(S.listSeparator),
      c.aliases.join(S.listSeparator),
      c.key,
    ]);
  }

  title(S.subItemsTitle);
  header([S.subItem, S.subItemOf, S.subItemMax, S.aliases]);
  for (const c of scheme.components) {
    for (const s of c.subItems) {
      rows.push([s.label, c.label, s.max ?? DEFAULT_SUB_ITEM_MAX, s.aliases.join(S.listSeparator)]);
    }
  }

  title(S.tiersTitle);
  const groups = Object.entries(scheme.groupTiers);
  const alongside = groups.filter(([, tiers]) => sameLabels(tiers, scheme.tiers));
  const apart = groups.filter(([, tiers]) => !sameLabels(tiers, scheme.tiers));
  header([S.tier, S.tierMin, ...alongside.map(([g]) => g)]);
  scheme.tiers.forEach((t, k) => {
    rows.push([t.label, minCell(t), ...alongside.map(([, tiers]) => minCell(tiers[k] as TierSpec))]);
  });
  for (const [group, tiers] of apart) {
    rows.push([]);
    overflowing.add(rows.length);
    rows.push([S.groupTiersTitle(group)]);
    header([S.tier, group]);
    for (const t of tiers) rows.push([t.label, minCell(t)]);
  }

  title(S.otherTitle);
  rows.push([S.ranking, scheme.ranking === "dense" ? S.rankingDense : S.rankingCompetition]);
  rows.push([S.decimals, scheme.decimals]);

  if (scheme.notice !== undefined) {
    title(S.noticeTitle);
    const n = scheme.notice;
    // Long texts (the addressees) run over the empty cells to their right rather than widen column B.
    for (const [label, value] of [
      [S.noticeDocTitle, n.title],
      [S.noticeAddressees, n.addressees],
      [S.noticeIssuer, n.issuer],
      [S.noticeDate, n.date],
    ] as const) {
      overflowing.add(rows.length);
      rows.push([label, value]);
    }
  }

  title(S.generatedTitle);
  if (generated.length === 0) rows.push([S.generated]);
  generated.forEach((sheet, k) => rows.push([k === 0 ? S.generated : null, sheet]));

  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const columns = Array.from({ length: width }, (_, c) => {
    const values = rows.map((r) => r[c] ?? null);
    const measured = values.filter((_, r) => !overflowing.has(r));
    return { width: fitWidth(measured, null, 40), numFmt: null, values };
  });
  return { name, kind: "settings", rowCount: rows.length, columns, frozenRows: 0, boldRows };
}
