// Reading the settings sheet back (see ./layout). The sheet is a person's to edit, so a value that
// cannot be read is a SETTINGS_UNREADABLE warning naming its cell, the default is kept, and the
// scheme is then checked like any other (validateScheme) so an edit that breaks the rules is an error
// the person can fix, never a silently wrong ranking.
import { makeProblem } from "../messages/problems";
import { a1 } from "../read/address";
import { parseScore, textKey } from "../read/values";
import { DEFAULT_NOTICE, DEFAULT_TIERS, defaultScheme } from "../scheme/defaults";
import { validateScheme } from "../scheme/validate";
import type { CellValue, ComponentSpec, Grid, NoticeSettings, Problem, RankingStyle, Scheme, SubItemSpec, TierSpec } from "../types";
import { DEFAULT_SUB_ITEM_MAX, LIST_SPLIT, SETTINGS as S, same } from "./layout";

export interface SettingsReading {
  scheme: Scheme;
  generated: string[];
  problems: Problem[];
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : typeof v === "string" ? v.trim() : String(v));

const list = (v: CellValue | undefined): string[] =>
  text(v)
    .split(LIST_SPLIT)
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** True when the grid's A1 holds the marker: the sheet is a settings sheet whatever its name. */
export function isSettingsSheet(grid: Grid): boolean {
  if (grid.originRow !== 1 || grid.originCol !== 1) return false;
  const first = grid.cells[0]?.[0];
  return typeof first === "string" && textKey(first).toUpperCase() === textKey(S.marker).toUpperCase();
}

/** A table on the sheet: its header row's cells and the rows below it up to a blank first cell. */
interface Table {
  headerRow: number;
  header: string[];
  rows: number[];
}

class SheetReader {
  readonly problems: Problem[] = [];

  constructor(private readonly grid: Grid) {}

  get rowCount(): number {
    return this.grid.cells.length;
  }

  /** The cell at 1-based sheet row and column. */
  cell(row1: number, col1: number): CellValue {
    return this.grid.cells[row1 - this.grid.originRow]?.[col1 - this.grid.originCol] ?? null;
  }

  firstRow(): number {
    return this.grid.originRow;
  }

  lastRow(): number {
    return this.grid.originRow + this.grid.cells.length - 1;
  }

  lastCol(): number {
    return this.grid.originCol + this.grid.cells.reduce((w, r) => Math.max(w, r.length), 0) - 1;
  }

  unreadable(row1: number, col1: number, item: string): void {
    this.problems.push(makeProblem("SETTINGS_UNREADABLE", "warning", this.grid.sheet, a1(row1, col1), { item, value: text(this.cell(row1, col1)) }));
  }

  missing(item: string): void {
    this.problems.push(makeProblem("SETTINGS_UNREADABLE", "warning", this.grid.sheet, null, { item, value: "" }));
  }

  /** Rows whose first cell is `label`. */
  rowsLabelled(label: string): number[] {
    const out: number[] = [];
    for (let r = this.firstRow(); r <= this.lastRow(); r++) if (same(text(this.cell(r, 1)), label)) out.push(r);
    return out;
  }

  table(headerRow: number): Table {
    const header: string[] = [];
    for (let c = 1; c <= this.lastCol(); c++) header.push(text(this.cell(headerRow, c)));
    const rows: number[] = [];
    for (let r = headerRow + 1; r <= this.lastRow() && text(this.cell(r, 1)) !== ""; r++) rows.push(r);
    return { headerRow, header, rows };
  }

  /** A number typed the way offices type it ("85分", "６０", " 60 ", "60%"); null when it is not one. */
  number(row1: number, col1: number): number | null {
    const v = this.cell(row1, col1);
    const p = parseScore(typeof v === "string" ? v.replace(/[%％]\s*$/, "") : v);
    return p.kind === "number" ? p.value : null;
  }
}

/** 1-based column of the header cell `label` in a table, or null. */
function columnOf(t: Table, label: string): number | null {
  const k = t.header.findIndex((h) => same(h, label));
  return k < 0 ? null : k + 1;
}

export function readSettingsSheet(grid: Grid): SettingsReading | null {
  if (!isSettingsSheet(grid)) return null;
  const sheet = new SheetReader(grid);
  const defaults = defaultScheme();
  const scheme: Scheme = {
    components: readComponents(sheet, defaults),
    ...readTiers(sheet),
    ranking: readRanking(sheet, defaults.ranking),
    decimals: readDecimals(sheet, defaults.decimals),
  };
  const notice = readNotice(sheet);
  if (notice !== undefined) scheme.notice = notice;
  return { scheme, generated: readGenerated(sheet), problems: [...sheet.problems, ...validateScheme(scheme)] };
}

function readComponents(sheet: SheetReader, defaults: Scheme): ComponentSpec[] {
  const headerRow = sheet.rowsLabelled(S.component)[0];
  if (headerRow === undefined) {
    sheet.missing(S.component);
    return defaults.components;
  }
  const t = sheet.table(headerRow);
  const weightCol = columnOf(t, S.weight);
  const subCol = columnOf(t, S.subItems);
  const aliasCol = columnOf(t, S.aliases);
  const keyCol = columnOf(t, S.key);
  const details = readSubItemDetails(sheet);
  const keys = new Set<string>();

  return t.rows.map((r, k): ComponentSpec => {
    const label = text(sheet.cell(r, 1));
    const known = defaults.components.find((c) => same(c.label, label));
    let weight = weightCol === null ? null : sheet.number(r, weightCol);
    if (weight === null) {
      if (weightCol === null) sheet.missing(S.weight);
      else sheet.unreadable(r, weightCol, `${label} ${S.weight}`);
      weight = known?.weight ?? NaN;
    }
    let key = keyCol === null ? "" : text(sheet.cell(r, keyCol));
    if (key === "" || keys.has(key)) key = known !== undefined && !keys.has(known.key) ? known.key : `c${k + 1}`;
    keys.add(key);
    const subItems =
      subCol === null ? (known?.subItems ?? []) : list(sheet.cell(r, subCol)).map((sub): SubItemSpec => details.get(detailKey(label, sub)) ?? { label: sub, aliases: [], max: null });
    const aliases = aliasCol === null ? (known?.aliases ?? []) : list(sheet.cell(r, aliasCol));
    return { key, label, aliases, weight, subItems };
  });
}

const detailKey = (component: string, sub: string): string => `${textKey(component)}\u0000${textKey(sub)}`;

/** The sub-item table: each sub-item's maximum and aliases, by component and label. */
function readSubItemDetails(sheet: SheetReader): Map<string, SubItemSpec> {
  const out = new Map<string, SubItemSpec>();
  const headerRow = sheet.rowsLabelled(S.subItem)[0];
  if (headerRow === undefined) return out;
  const t = sheet.table(headerRow);
  const ofCol = columnOf(t, S.subItemOf);
  const maxCol = columnOf(t, S.subItemMax);
  const aliasCol = columnOf(t, S.aliases);
  if (ofCol === null) return out;
  for (const r of t.rows) {
    const label = text(sheet.cell(r, 1));
    let max: number | null = null;
    if (maxCol !== null && text(sheet.cell(r, maxCol)) !== "") {
      max = sheet.number(r, maxCol);
      if (max === null) sheet.unreadable(r, maxCol, `${label} ${S.subItemMax}`);
      else if (max === DEFAULT_SUB_ITEM_MAX) max = null;
    }
    const aliases = aliasCol === null ? [] : list(sheet.cell(r, aliasCol));
    out.set(detailKey(text(sheet.cell(r, ofCol)), label), { label, aliases, max });
  }
  return out;
}

/**
 * The tier tables: the first has a 最低分 column (the general tiers) and a column per group that has
 * its own thresholds; a group with tiers of its own names has a table of its own.
 */
function readTiers(sheet: SheetReader): Pick<Scheme, "tiers" | "groupTiers"> {
  let tiers: TierSpec[] | null = null;
  const groupTiers: Record<string, TierSpec[]> = {};
  for (const headerRow of sheet.rowsLabelled(S.tier)) {
    const t = sheet.table(headerRow);
    const generalCol = columnOf(t, S.tierMin);
    const general = generalCol === null ? null : readTierColumn(sheet, t, generalCol, S.tierMin, null);
    if (general !== null && tiers === null) tiers = general;
    t.header.forEach((h, k) => {
      const col = k + 1;
      if (col === 1 || col === generalCol || h === "") return;
      groupTiers[h] = readTierColumn(sheet, t, col, h, general);
    });
  }
  if (tiers === null) {
    sheet.missing(S.tier);
    tiers = DEFAULT_TIERS.map((x) => ({ ...x }));
  }
  return { tiers, groupTiers };
}

function readTierColumn(sheet: SheetReader, t: Table, col: number, column: string, general: TierSpec[] | null): TierSpec[] {
  return t.rows.map((r, k): TierSpec => {
    const label = text(sheet.cell(r, 1));
    if (k === t.rows.length - 1) return { label, min: null };
    const fallback = general?.[k]?.min ?? DEFAULT_TIERS.find((d) => same(d.label, label))?.min ?? NaN;
    // A group's blank cell: the general threshold of that tier.
    if (general !== null && text(sheet.cell(r, col)) === "") return { label, min: fallback };
    const min = sheet.number(r, col);
    if (min !== null) return { label, min };
    sheet.unreadable(r, col, `${label} ${column}`);
    return { label, min: fallback };
  });
}

function readRanking(sheet: SheetReader, fallback: RankingStyle): RankingStyle {
  const r = sheet.rowsLabelled(S.ranking)[0];
  if (r === undefined) {
    sheet.missing(S.ranking);
    return fallback;
  }
  const v = textKey(text(sheet.cell(r, 2))).toLowerCase();
  if (v.includes("中国式") || v.includes("dense") || v.includes("1,2,2,3") || v.includes("密集")) return "dense";
  if (v.includes("竞争") || v.includes("competition") || v.includes("1,2,2,4") || v.includes("标准")) return "competition";
  sheet.unreadable(r, 2, S.ranking);
  return fallback;
}

function readDecimals(sheet: SheetReader, fallback: number): number {
  const r = sheet.rowsLabelled(S.decimals)[0];
  if (r === undefined) {
    sheet.missing(S.decimals);
    return fallback;
  }
  const d = sheet.number(r, 2);
  if (d !== null) return d;
  sheet.unreadable(r, 2, S.decimals);
  return fallback;
}

/**
 * The notice document's words; undefined when the sheet has none of their rows (a sheet written
 * before they existed). A blank cell keeps the 2020 notice's words: a notice needs every one of them.
 */
function readNotice(sheet: SheetReader): NoticeSettings | undefined {
  const fields = [
    ["title", S.noticeDocTitle],
    ["addressees", S.noticeAddressees],
    ["issuer", S.noticeIssuer],
    ["date", S.noticeDate],
  ] as const;
  const notice: NoticeSettings = { ...DEFAULT_NOTICE };
  let found = false;
  for (const [field, label] of fields) {
    const r = sheet.rowsLabelled(label)[0];
    if (r === undefined) continue;
    found = true;
    const value = text(sheet.cell(r, 2));
    if (value !== "") notice[field] = field === "date" ? officialDate(value) : value;
  }
  return found ? notice : undefined;
}

/** A date Excel stored as a date (the adapters give it as 2021-07-01) written as a notice dates it: 2021年7月1日. */
function officialDate(value: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  return m === null ? value : `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

function readGenerated(sheet: SheetReader): string[] {
  const r = sheet.rowsLabelled(S.generated)[0];
  if (r === undefined) return [];
  const out: string[] = [];
  for (let row = r; row <= sheet.lastRow(); row++) {
    if (row > r && text(sheet.cell(row, 1)) !== "") break;
    const name = text(sheet.cell(row, 2));
    if (name === "") break;
    out.push(name);
  }
  return out;
}
