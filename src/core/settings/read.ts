// Reading the settings sheet back (see ./layout). The sheet is a person's to edit, so a value that
// cannot be read is a SETTINGS_UNREADABLE warning naming its cell, the default is kept, and the
// scheme is then checked like any other (validateScheme) so an edit that breaks the rules is an error
// the person can fix, never a silently wrong ranking.
import { makeProblem } from "../messages/problems";
import { a1 } from "../read/address";
import { parseScore, textKey } from "../read/values";
import { DEFAULT_NOTICE, DEFAULT_RATER_CHECKS, DEFAULT_TIERS, defaultScheme } from "../scheme/defaults";
import { componentNamed } from "../scheme/lookup";
import { quotaFromText } from "../scheme/quota";
import { DEFAULT_FULL_MARKS } from "../scheme/scales";
import { fieldPathParents, schemeFindings, schemeProblem } from "../scheme/validate";
import type {
  BonusRules,
  CellValue,
  ComponentSpec,
  Grid,
  GroupScale,
  NoticeSettings,
  Problem,
  RankingStyle,
  RaterChecks,
  RaterRule,
  Scheme,
  SubItemSpec,
  TieBreakStep,
  TierQuota,
  TierSpec,
} from "../types";
import { DEFAULT_SUB_ITEM_MAX, LIST_SPLIT, SETTINGS as S, same } from "./layout";

export interface SettingsReading {
  scheme: Scheme;
  generated: string[];
  /** The 校验码 the last ranking wrote (core/digest), or null. */
  digest: string | null;
  problems: Problem[];
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : typeof v === "string" ? v.trim() : String(v));

/** Words a person may write for "no limit", "not set" (a blank cell means the same). */
const NOT_SET = ["不限", "不设", "无", "没有", "none", "-", "—", "/"];

const notSet = (v: string): boolean => v === "" || NOT_SET.some((w) => same(v, w));

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
  /** The cell each scheme field was read from, by its path (see SchemeFinding), to place the scheme's problems. */
  private readonly cells = new Map<string, string>();

  constructor(private readonly grid: Grid) {}

  /** Records that the scheme field at `path` came from this cell (the first record of a path stands). */
  mark(path: string, row1: number, col1: number): void {
    if (!this.cells.has(path)) this.cells.set(path, a1(row1, col1));
  }

  /**
   * The scheme's own checks, each placed on the cell its field came from, or on the nearest cell that
   * holds it (a tier's row when the sheet has no 名额 column); on the sheet alone when none does
   * (a table missing, its defaults kept).
   */
  schemeProblems(scheme: Scheme): Problem[] {
    return schemeFindings(scheme).map(({ detail: [zh, en], field }) => {
      const cell = fieldPathParents(field)
        .map((f) => this.cells.get(f))
        .find((c) => c !== undefined);
      return schemeProblem(zh, en, { sheet: this.grid.sheet, cell: cell ?? null });
    });
  }

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
  const components = readComponents(sheet, defaults);
  const scheme: Scheme = {
    components,
    ...readTiers(sheet),
    ranking: readRanking(sheet, defaults.ranking),
    decimals: readDecimals(sheet, defaults.decimals),
  };
  const groupScales = readGroupScales(sheet, components);
  if (groupScales !== undefined) scheme.groupScales = groupScales;
  readOther(sheet, scheme);
  const notice = readNotice(sheet);
  if (notice !== undefined) scheme.notice = notice;
  return { scheme, generated: readGenerated(sheet), digest: readDigest(sheet), problems: [...sheet.problems, ...sheet.schemeProblems(scheme)] };
}

function readComponents(sheet: SheetReader, defaults: Scheme): ComponentSpec[] {
  const headerRow = sheet.rowsLabelled(S.component)[0];
  if (headerRow === undefined) {
    sheet.missing(S.component);
    return defaults.components;
  }
  const t = sheet.table(headerRow);
  const weightCol = columnOf(t, S.weight) ?? columnOf(t, S.weightPoints);
  const fullMarksCol = columnOf(t, S.fullMarks);
  const ratersCol = columnOf(t, S.raters);
  const subCol = columnOf(t, S.subItems);
  const aliasCol = columnOf(t, S.aliases);
  const keyCol = columnOf(t, S.key);
  const details = readSubItemDetails(sheet);
  const keys = new Set<string>();
  sheet.mark("components", headerRow, 1);
  // Weights that do not add up are the column's fault, not one weight's: the 权重 header names the
  // column a person must add up (pointing at one weight would say that one is wrong).
  if (weightCol !== null) sheet.mark("components.weight", headerRow, weightCol);

  return t.rows.map((r, k): ComponentSpec => {
    const label = text(sheet.cell(r, 1));
    const at = `components[${k}]`;
    sheet.mark(at, r, 1);
    sheet.mark(`${at}.label`, r, 1);
    if (keyCol !== null) sheet.mark(`${at}.key`, r, keyCol);
    if (weightCol !== null) sheet.mark(`${at}.weight`, r, weightCol);
    if (fullMarksCol !== null) sheet.mark(`${at}.fullMarks`, r, fullMarksCol);
    if (ratersCol !== null) sheet.mark(`${at}.raters`, r, ratersCol);
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
      subCol === null
        ? (known?.subItems ?? [])
        : list(sheet.cell(r, subCol)).map((sub, j): SubItemSpec => {
            sheet.mark(`${at}.subItems[${j}]`, r, subCol);
            const detail = details.get(detailKey(label, sub));
            if (detail?.maxCell !== undefined) sheet.mark(`${at}.subItems[${j}].max`, detail.maxCell.row, detail.maxCell.col);
            return detail?.spec ?? { label: sub, aliases: [], max: null };
          });
    const aliases = aliasCol === null ? (known?.aliases ?? []) : list(sheet.cell(r, aliasCol));
    const spec: ComponentSpec = { key, label, aliases, weight, subItems };
    const fullMarks = fullMarksCol === null ? undefined : readFullMarks(sheet, r, fullMarksCol, `${label} ${S.fullMarks}`);
    if (fullMarks !== undefined) spec.fullMarks = fullMarks;
    const raters = ratersCol === null ? undefined : readRaters(sheet, r, ratersCol, `${label} ${S.raters}`);
    if (raters !== undefined) spec.raters = raters;
    return spec;
  });
}

/** A full marks cell: 100 (or blank) is the default and is left unsaid, as the scheme leaves it. */
function readFullMarks(sheet: SheetReader, row: number, col: number, item: string): number | undefined {
  if (text(sheet.cell(row, col)) === "") return undefined;
  const v = sheet.number(row, col);
  if (v === null) sheet.unreadable(row, col, item);
  return v === null || v === DEFAULT_FULL_MARKS ? undefined : v;
}

/** 保留两位小数: the digits a person writes in words. */
const CHINESE_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/** The raters cell: blank is one score per unit; otherwise the method by its words, and 保留N位小数. */
function readRaters(sheet: SheetReader, row: number, col: number, item: string): RaterRule | undefined {
  const v = textKey(text(sheet.cell(row, col))).toLowerCase();
  if (notSet(v)) return undefined;
  const method = /去掉|去除|去最高|最高分|trimmed|without/.test(v) ? "trimmed" : /平均|mean/.test(v) ? "mean" : null;
  if (method === null) {
    sheet.unreadable(row, col, item);
    return undefined;
  }
  const d = /保留\s*([0-9〇零一二两三四五六])\s*位|(\d+)\s*decimals?/.exec(v);
  const digit = d?.[1] ?? d?.[2];
  return { method, decimals: digit === undefined ? null : (CHINESE_DIGIT[digit] ?? Number(digit)) };
}

/** The groups on a scale of their own: rows of 类别 | 考核项目 (or 综合成绩) | 满分 | 权重. */
function readGroupScales(sheet: SheetReader, components: readonly ComponentSpec[]): Record<string, GroupScale> | undefined {
  const headerRow = sheet.rowsLabelled(S.group)[0];
  if (headerRow === undefined) return undefined;
  const t = sheet.table(headerRow);
  const whatCol = columnOf(t, S.component);
  const fullCol = columnOf(t, S.fullMarks);
  const weightCol = columnOf(t, S.weightPoints) ?? columnOf(t, S.weight);
  if (whatCol === null) return undefined;
  const out: Record<string, GroupScale> = {};
  const numberAt = (r: number, col: number | null, item: string): number | undefined => {
    if (col === null || text(sheet.cell(r, col)) === "") return undefined;
    const v = sheet.number(r, col);
    if (v === null) sheet.unreadable(r, col, item);
    return v ?? undefined;
  };
  for (const r of t.rows) {
    const group = text(sheet.cell(r, 1));
    const what = text(sheet.cell(r, whatCol));
    const scale = (out[group] ??= {});
    // The group's first row stands for the group (its weights' sum among them).
    sheet.mark(`groupScales.${group}`, r, 1);
    if (same(what, S.groupTotal)) {
      if (fullCol !== null) sheet.mark(`groupScales.${group}.fullMarks`, r, fullCol);
      const f = numberAt(r, fullCol, `${group} ${S.groupTotal}${S.fullMarks}`);
      if (f !== undefined) scale.fullMarks = f;
      continue;
    }
    const c = componentNamed(components, what);
    if (c === undefined) {
      sheet.unreadable(r, whatCol, `${group} ${S.component}`);
      continue;
    }
    const entry: { fullMarks?: number; weight?: number } = {};
    sheet.mark(`groupScales.${group}.components.${c.key}`, r, whatCol);
    if (fullCol !== null) sheet.mark(`groupScales.${group}.components.${c.key}.fullMarks`, r, fullCol);
    if (weightCol !== null) sheet.mark(`groupScales.${group}.components.${c.key}.weight`, r, weightCol);
    const f = numberAt(r, fullCol, `${group} ${c.label}${S.fullMarks}`);
    if (f !== undefined) entry.fullMarks = f;
    const w = numberAt(r, weightCol, `${group} ${c.label}${S.weightPoints}`);
    if (w !== undefined) entry.weight = w;
    (scale.components ??= {})[c.key] = entry;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

const detailKey = (component: string, sub: string): string => `${textKey(component)}\u0000${textKey(sub)}`;

/** A sub-item of the sub-item table, and where its maximum is (when the table has a 满分 column). */
interface SubItemDetail {
  spec: SubItemSpec;
  maxCell?: { row: number; col: number };
}

/** The sub-item table: each sub-item's maximum and aliases, by component and label. */
function readSubItemDetails(sheet: SheetReader): Map<string, SubItemDetail> {
  const out = new Map<string, SubItemDetail>();
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
    const spec: SubItemSpec = { label, aliases, max };
    out.set(detailKey(text(sheet.cell(r, ofCol)), label), maxCol === null ? { spec } : { spec, maxCell: { row: r, col: maxCol } });
  }
  return out;
}

/**
 * The tier tables: the first has a 最低分 column and a 名额 column (the general tiers) and a column per
 * group that has its own thresholds, followed by a `<group>名额` column where its quotas differ; a
 * group with tiers of its own names has a table of its own.
 */
function readTiers(sheet: SheetReader): Pick<Scheme, "tiers" | "groupTiers"> {
  let tiers: TierSpec[] | null = null;
  const groupTiers: Record<string, TierSpec[]> = {};
  for (const headerRow of sheet.rowsLabelled(S.tier)) {
    const t = sheet.table(headerRow);
    const generalCol = columnOf(t, S.tierMin);
    const quotaCol = columnOf(t, S.quota);
    const general: TierSpec[] | null = generalCol === null ? null : readTierColumn(sheet, t, generalCol, S.tierMin, null, quotaCol, tiers === null ? "tiers" : null, null);
    if (general !== null && tiers === null) tiers = general;
    const quotaColumns = new Set<number>();
    for (const h of t.header) {
      const c = h === "" ? null : columnOf(t, S.groupQuota(h));
      if (c !== null) quotaColumns.add(c);
    }
    t.header.forEach((h, k) => {
      const col = k + 1;
      if (col === 1 || col === generalCol || col === quotaCol || quotaColumns.has(col) || h === "") return;
      groupTiers[h] = readTierColumn(sheet, t, col, h, general, columnOf(t, S.groupQuota(h)), `groupTiers.${h}`, quotaCol);
    });
  }
  if (tiers === null) {
    sheet.missing(S.tier);
    tiers = DEFAULT_TIERS.map((x) => ({ ...x }));
  }
  return { tiers, groupTiers };
}

/**
 * One column of minimums (and its quota column, where there is one). A group's blank cell is the
 * general tier's value; without a quota column a group's tiers take the general quotas.
 */
function readTierColumn(
  sheet: SheetReader,
  t: Table,
  col: number,
  column: string,
  general: TierSpec[] | null,
  quotaCol: number | null,
  path: string | null,
  generalQuotaCol: number | null,
): TierSpec[] {
  if (path !== null) sheet.mark(path, t.headerRow, col);
  return t.rows.map((r, k): TierSpec => {
    const label = text(sheet.cell(r, 1));
    if (path !== null) {
      sheet.mark(`${path}[${k}]`, r, 1);
      sheet.mark(`${path}[${k}].label`, r, 1);
      sheet.mark(`${path}[${k}].min`, r, col);
      // Without a quota column of its own a group's tiers take the general quotas: that cell is theirs.
      const quotaAt = quotaCol ?? generalQuotaCol;
      if (quotaAt !== null) sheet.mark(`${path}[${k}].quota`, r, quotaAt);
    }
    const generalQuota = general?.[k]?.quota;
    const quota = quotaCol === null ? generalQuota : readQuota(sheet, r, quotaCol, `${label} ${t.header[quotaCol - 1] ?? S.quota}`, general === null ? undefined : generalQuota);
    const tier = (min: number | null): TierSpec => (quota === undefined ? { label, min } : { label, min, quota });
    if (k === t.rows.length - 1) return tier(null);
    const fallback = general?.[k]?.min ?? DEFAULT_TIERS.find((d) => same(d.label, label))?.min ?? NaN;
    const cell = text(sheet.cell(r, col));
    // A group's blank cell: the general threshold of that tier.
    if (general !== null && cell === "") return tier(fallback);
    // 不设: a tier given by its quota alone. A blank cell says so only beside a quota; otherwise it is
    // a threshold rubbed out, read as before: a warning, and the default kept.
    if (cell !== "" ? notSet(cell) : quota !== undefined) return tier(null);
    const min = sheet.number(r, col);
    if (min !== null) return tier(min);
    sheet.unreadable(r, col, `${label} ${column}`);
    return tier(fallback);
  });
}

/**
 * A quota cell: 30%, 8个 (or 8, 8人), a percent Excel stored as a fraction (0.3), 不限 for none; a
 * blank cell is `blank` (the general tier's quota in a group's column, none in the general one).
 */
function readQuota(sheet: SheetReader, row: number, col: number, item: string, blank: TierQuota | undefined): TierQuota | undefined {
  const v = sheet.cell(row, col);
  const s = text(v);
  if (s === "") return blank;
  if (notSet(s)) return undefined;
  if (typeof v === "number") {
    // A person who types 30% into Excel stores 0.3 with a percent format: a count is never below 1.
    if (v > 0 && v < 1) return { percent: Math.round(v * 1e8) / 1e6 };
    return { count: v };
  }
  const q = quotaFromText(s);
  if (q !== null) return q;
  sheet.unreadable(row, col, item);
  return blank;
}

function readRanking(sheet: SheetReader, fallback: RankingStyle): RankingStyle {
  const r = sheet.rowsLabelled(S.ranking)[0];
  if (r === undefined) {
    sheet.missing(S.ranking);
    return fallback;
  }
  sheet.mark("ranking", r, 2);
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
  sheet.mark("decimals", r, 2);
  const d = sheet.number(r, 2);
  if (d !== null) return d;
  sheet.unreadable(r, 2, S.decimals);
  return fallback;
}

/** The value cell (column B) of the row labelled `label` in 四、其他, or null when the sheet has no such row. */
function fieldRow(sheet: SheetReader, label: string): number | null {
  return sheet.rowsLabelled(label)[0] ?? null;
}

/**
 * The rows of 四、其他 that came with full marks, quotas and bonus limits. A sheet written before them
 * has none of these rows: the rules are then absent, as they were. What is the default (100, 不限,
 * 并列, the quota never exceeded) is left unsaid, as a scheme leaves it.
 */
function readOther(sheet: SheetReader, scheme: Scheme): void {
  const full = fieldRow(sheet, S.totalFullMarks);
  if (full !== null) {
    sheet.mark("fullMarks", full, 2);
    const f = readFullMarks(sheet, full, 2, S.totalFullMarks);
    if (f !== undefined) scheme.fullMarks = f;
  }

  const ties = fieldRow(sheet, S.tieBreak);
  if (ties !== null) {
    // Every step is in the one value cell.
    sheet.mark("tieBreak", ties, 2);
    const steps = readTieBreak(sheet, ties, scheme.components);
    if (steps !== undefined && steps.length > 0) scheme.tieBreak = steps;
  }

  const quotaTies = fieldRow(sheet, S.quotaTies);
  if (quotaTies !== null) {
    sheet.mark("quotaTies", quotaTies, 2);
    const v = textKey(text(sheet.cell(quotaTies, 2))).toLowerCase();
    const out = same(v, S.quotaTiesOut) || /不超出|均不得|\bout\b/.test(v);
    if (!out && (same(v, S.quotaTiesIn) || /可超出|均得|\bin\b/.test(v))) scheme.quotaTies = "in";
    else if (!out && v !== "") sheet.unreadable(quotaTies, 2, S.quotaTies);
  }

  const bonus: BonusRules = {};
  for (const [field, label] of [
    ["maxAdd", S.maxAdd],
    ["maxAddPerItem", S.maxAddPerItem],
    ["maxDeduct", S.maxDeduct],
    ["addFrom", S.addFrom],
  ] as const) {
    const r = fieldRow(sheet, label);
    if (r !== null) sheet.mark(`bonusRules.${field}`, r, 2);
    if (r === null || notSet(text(sheet.cell(r, 2)))) continue;
    const n = sheet.number(r, 2);
    if (n === null) sheet.unreadable(r, 2, label);
    else bonus[field] = n;
  }
  const cap = fieldRow(sheet, S.capAtFullMarks);
  if (cap !== null) {
    sheet.mark("bonusRules.capAtFullMarks", cap, 2);
    const v = sheet.cell(cap, 2);
    const s = textKey(text(v)).toLowerCase();
    if (v === true || same(s, S.yes) || ["是", "yes", "true", "√", "✓"].includes(s)) bonus.capAtFullMarks = true;
    else if (!(v === false || s === "" || same(s, S.no) || ["否", "no", "false", "×", "不限"].includes(s))) sheet.unreadable(cap, 2, S.capAtFullMarks);
  }
  if (Object.keys(bonus).length > 0) scheme.bonusRules = bonus;

  // 评分分析's thresholds: what is the default is left unsaid, as a scheme leaves it.
  const checks: RaterChecks = {};
  for (const [field, label] of [
    ["sdMultiple", S.raterSdMultiple],
    ["maxFromMedian", S.raterMaxFromMedian],
  ] as const) {
    const r = fieldRow(sheet, label);
    if (r === null) continue;
    sheet.mark(`raterChecks.${field}`, r, 2);
    if (notSet(text(sheet.cell(r, 2)))) continue;
    const n = sheet.number(r, 2);
    if (n === null || !(n > 0)) sheet.unreadable(r, 2, label);
    else if (n !== DEFAULT_RATER_CHECKS[field]) checks[field] = n;
  }
  if (Object.keys(checks).length > 0) scheme.raterChecks = checks;
}

/** The tie-break steps: component names and 未四舍五入的综合成绩, in order; 并列 (or blank) for none. */
function readTieBreak(sheet: SheetReader, row: number, components: readonly ComponentSpec[]): TieBreakStep[] | undefined {
  const cell = text(sheet.cell(row, 2));
  if (cell === "" || same(cell, S.tieShare) || cell.startsWith("并列")) return undefined;
  const steps: TieBreakStep[] = [];
  for (const item of list(cell)) {
    const k = textKey(item).toLowerCase();
    if (same(item, S.tieUnrounded) || /未四舍五入|未修约|未取舍|unrounded/.test(k)) {
      steps.push("unrounded");
      continue;
    }
    const c = componentNamed(components, item) ?? componentNamed(components, item.replace(/(得分|成绩|分数)$/, ""));
    if (c === undefined) {
      // One step not understood would order ties differently from what the person wrote: keep the default.
      sheet.unreadable(row, 2, S.tieBreak);
      return undefined;
    }
    steps.push({ component: c.key });
  }
  return steps;
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

function readDigest(sheet: SheetReader): string | null {
  const r = sheet.rowsLabelled(S.digest)[0];
  const code = r === undefined ? "" : text(sheet.cell(r, 2));
  return /^[0-9a-f]{12}$/i.test(code) ? code.toLowerCase() : null;
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
