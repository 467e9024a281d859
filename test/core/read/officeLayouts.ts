// Office-style score sheets as Grids, generated: title and note rows above the header, one- and
// two-row headers (upper cells merged over sub-items, decorated with weights, synonyms), a group column
// (typed on every row, or once and merged down) or a sheet per group, blank rows in the middle,
// summary rows, a 备注 column of free text, notes and signatures below. Each layout knows what a
// person reads in it: every unit, its group, its component scores, and the cell of its name.
import fc from "fast-check";
import { a1 } from "../../../src/core/read/address";
import type { CellValue, Grid, MergedArea } from "../../../src/core/types";

export const GROUPS = ["县（区）", "市直部门", "乡镇（街道）"] as const;

const POOLS: Record<(typeof GROUPS)[number], string[]> = {
  "县（区）": ["华龙区", "清丰县", "南乐县", "范县", "台前县", "濮阳县", "开发区（管委会）", "工业园区", "城乡一体化示范区"],
  市直部门: ["市公安局", "市财政局", "市教育局", "市司法局", "市民政局", "市人社局", "市自然资源局", "市生态环境局", "市住建局", "市审计局", "市统计局", "市医保局"],
  "乡镇（街道）": ["城关镇", "柳屯镇", "八公桥镇", "古城乡", "胜利路街道", "任丘路街道"],
};

/** The ways offices type one group label: full- or half-width parentheses, stray spaces. */
function groupVariants(g: string): string[] {
  return [g, g.replace("（", "(").replace("）", ")"), ` ${g}`, `${g}　`];
}

/** The ways a name typed twice can differ and still be the same unit. */
export function nameVariants(name: string): string[] {
  const half = name.replace("（", "(").replace("）", ")");
  const full = name.replace("(", "（").replace(")", "）");
  return [name, `${name} `, `　${name}`, half, full, `${name.slice(0, 1)} ${name.slice(1)}`, `${name.slice(0, 2)}\u200b${name.slice(2)}`];
}

export interface UnitSpec {
  name: string;
  group: string;
  /** Tenths of a point: one value, or the sub-items (five for 日常考核, two for 满意度调查). */
  daily: number[];
  onsite: number;
  /** Tenths of a point from each rater, when 实地考核 is scored by raters (the onsite value unused). */
  raters: number[];
  satisfaction: number[];
  /** Tenths of a point added (加减分), or null: the cell is blank. */
  bonus: number | null;
}

export type Item =
  | { kind: "unit"; unit: UnitSpec; typedName: string; typedGroup: string; remark: string | null }
  | { kind: "blank" }
  | { kind: "summary"; label: string }
  | { kind: "nameless"; scores: UnitSpec; typedGroup: string | null; remark: string | null }
  | { kind: "note" }
  | { kind: "noteLine"; text: string }
  | { kind: "signature" }
  | { kind: "heading"; text: string };

export interface Layout {
  /** A group column on every sheet; otherwise one sheet per group, named by it. */
  groupColumn: boolean;
  /** The group typed once and merged down over its rows (with a group column and merges reported). */
  mergeGroups: boolean;
  /** The host reports merged areas (Excel, the file reader); the reader works without them too. */
  reportMerges: boolean;
  header: "one" | "two" | "spanned";
  dailySubItems: boolean;
  dailySubtotal: boolean;
  satisfactionSubItems: boolean;
  /** Two-row header: a generic word under 实地考核（30%）, or nothing (merged down). */
  onsiteUnder: string | null;
  /**
   * Two-row header: 实地考核 merged over its raters' columns (评委1…, 专家1…, 一号评委…), three to
   * seven, and perhaps the sheet's own 平均分 after them; null: one 实地考核 column.
   */
  onsiteRaters: { labels: string[]; tail: string | null } | null;
  statedMarks: boolean;
  labels: { name: string; group: string; daily: string; onsite: string; satisfaction: string };
  seq: boolean;
  bonus: boolean;
  /** 一票否决 filled with 无: typed on every row, or typed once and merged down over the units. */
  veto: "none" | "typed" | "merged";
  /** Every unit on two lines: its cells merged down over both, a remark's second line below. */
  twoLineUnits: boolean;
  total: boolean;
  tier: boolean;
  remark: boolean;
  titleRows: number;
  /** Empty rows and columns before the table: the Grid's used range starts further in. */
  originRow: number;
  originCol: number;
  /** 合计 typed in the 序号 column (merged over the name cell where merges are reported). */
  summaryInSeq: boolean;
  explanationSheet: boolean;
  /**
   * Without a group column: one sheet for all units, each group under a section-heading row (一、县（区）,
   * （二）市直部门, or the bare name), typed in the 序号 column or the name column, merged across the
   * row where merges are reported; null: a sheet per group.
   */
  sectionHeadings: "一、" | "（一）" | "" | null;
  sheets: { name: string; items: Item[] }[];
}

export interface Rendered {
  grids: Grid[];
  /** Per unit item, in source order: the unit and its name cell ("得分!B5"). */
  units: { unit: UnitSpec; typedName: string; at: string }[];
  /** Name cells of the nameless rows with scores. */
  nameless: string[];
}

const tenths = (max: number) => fc.integer({ min: 0, max: max * 10 });

export function unitArb(name: string, group: string, subItems: { daily: boolean; satisfaction: boolean; raters: number }): fc.Arbitrary<UnitSpec> {
  return fc.record({
    name: fc.constant(name),
    group: fc.constant(group),
    daily: subItems.daily ? fc.array(tenths(20), { minLength: 5, maxLength: 5 }) : fc.array(tenths(100), { minLength: 1, maxLength: 1 }),
    onsite: tenths(100),
    raters: fc.array(tenths(100), { minLength: subItems.raters, maxLength: subItems.raters }),
    satisfaction: subItems.satisfaction ? fc.array(tenths(50), { minLength: 2, maxLength: 2 }) : fc.array(tenths(100), { minLength: 1, maxLength: 1 }),
    bonus: fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }),
  });
}

const CHINESE_NUMBERS = ["一", "二", "三", "四", "五", "六", "七"];
/** The ways offices head the k-th rater's column (0-based). */
const RATER_LABELS: ((k: number) => string)[] = [
  (k) => `评委${k + 1}`,
  (k) => `专家${k + 1}`,
  (k) => `评分人${k + 1}`,
  (k) => `${CHINESE_NUMBERS[k] as string}号评委`,
  (k) => `评委${String.fromCharCode(65 + k)}`,
  (k) => `评委${CHINESE_NUMBERS[k] as string}`,
  (k) => `评委${k + 1}打分`,
];
const ratersArb = fc.record({
  label: fc.constantFrom(...RATER_LABELS),
  count: fc.integer({ min: 3, max: 7 }),
  tail: fc.constantFrom(null, "平均分", "最后得分", "得分"),
});

const REMARKS = [null, "整改中", "得分低于全市平均水平", "较上年合计扣2分", "小计有误已更正", "平均分以上", "无"];
const SUMMARY_LABELS = ["合计", "总计", "平均分", "全市平均", "小计", "平均值"];

/** A layout whose sheets hold every group's units, with blank and summary rows, notes below. */
export const layoutArb: fc.Arbitrary<Layout> = fc
  .record({
    groupColumn: fc.boolean(),
    mergeGroups: fc.boolean(),
    reportMerges: fc.boolean(),
    header: fc.constantFrom<"one" | "two" | "spanned">("one", "two", "spanned"),
    dailySubItems: fc.boolean(),
    dailySubtotal: fc.boolean(),
    satisfactionSubItems: fc.boolean(),
    onsiteUnder: fc.constantFrom(null, "得分", "成绩", "分数", "得分情况"),
    onsiteRaters: fc.option(ratersArb, { freq: 3 }),
    statedMarks: fc.boolean(),
    labels: fc.record({
      name: fc.constantFrom("单位名称", "单位", "被考核单位", "被考核单位名称", "考核对象", "名称", "地市名称", "县 市", "县（市、区）", "部门名称", "部门", "市州"),
      group: fc.constantFrom("类别", "分组", "类型", "单位类别"),
      daily: fc.constantFrom("日常考核", "日常考核（60%）", "日常考核(60分)", "一、日常考核", "日常考核得分"),
      onsite: fc.constantFrom("实地考核", "实地考核（30%）", "实地考核（30分）", "实地考核得分", "集中考核"),
      satisfaction: fc.constantFrom("满意度调查", "满意度调查（10%）", "满意度", "满意度测评"),
    }),
    seq: fc.boolean(),
    bonus: fc.boolean(),
    veto: fc.constantFrom<"none" | "typed" | "merged">("none", "typed", "merged"),
    twoLineUnits: fc.boolean(),
    total: fc.boolean(),
    tier: fc.boolean(),
    remark: fc.boolean(),
    titleRows: fc.integer({ min: 0, max: 2 }),
    originRow: fc.integer({ min: 1, max: 2 }),
    originCol: fc.integer({ min: 1, max: 2 }),
    summaryInSeq: fc.boolean(),
    explanationSheet: fc.boolean(),
    sectionHeadings: fc.constantFrom<"一、" | "（一）" | "" | null>(null, null, "一、", "（一）", ""),
    groups: fc.shuffledSubarray([...GROUPS], { minLength: 1, maxLength: 3 }),
    splitSheets: fc.boolean(),
  })
  .chain((l) => {
    // Spanned headers (考核得分 over the three components) carry no sub-items.
    const dailySubItems = l.header !== "spanned" && l.dailySubItems;
    const satisfactionSubItems = l.header !== "spanned" && l.satisfactionSubItems;
    const mergeGroups = l.groupColumn && l.reportMerges && l.mergeGroups;
    const veto = l.veto === "merged" && !l.reportMerges ? "typed" : l.veto;
    const twoLineUnits = l.twoLineUnits && l.reportMerges;
    // Raters' columns need a two-row header: their component above them.
    const r = l.header === "two" ? l.onsiteRaters : null;
    const onsiteRaters = r ? { labels: Array.from({ length: r.count }, (_, k) => r.label(k)), tail: r.tail } : null;
    const raterCount = onsiteRaters?.labels.length ?? 0;
    const groupArbs = l.groups.map((g) =>
      fc
        .shuffledSubarray(POOLS[g], { minLength: 1, maxLength: 6 })
        .chain((names) =>
          fc.tuple(
            ...names.map((n) =>
              fc.record({
                unit: unitArb(n, g, { daily: dailySubItems, satisfaction: satisfactionSubItems, raters: raterCount }),
                typedName: fc.constantFrom(n, `${n} `, `${n}　`),
                typedGroup: fc.constantFrom(...groupVariants(g)),
                remark: fc.constantFrom(...REMARKS),
                blankBefore: fc.integer({ min: 0, max: 5 }).map((k) => (k === 0 ? 1 : 0)),
              }),
            ),
          ),
        )
        .chain((units) => fc.record({ units: fc.constant(units), summary: fc.option(fc.constantFrom(...SUMMARY_LABELS), { nil: null }) })),
    );
    return fc.record({
      base: fc.constant({ ...l, dailySubItems, satisfactionSubItems, mergeGroups, veto, twoLineUnits, onsiteRaters }),
      groups: fc.tuple(...groupArbs),
      finalSummary: fc.option(fc.constantFrom(...SUMMARY_LABELS), { nil: null }),
      notes: fc.integer({ min: 0, max: 3 }),
    });
  })
  .map(({ base, groups, finalSummary, notes }) => {
    const blocks = groups.map((g) => {
      const items: Item[] = [];
      g.units.forEach((u, k) => {
        if (k > 0 && u.blankBefore) items.push({ kind: "blank" });
        items.push({ kind: "unit", unit: u.unit, typedName: u.typedName, typedGroup: u.typedGroup, remark: u.remark });
      });
      if (g.summary) items.push({ kind: "summary", label: g.summary });
      return items;
    });
    const tail: Item[] = [];
    if (finalSummary) tail.push({ kind: "summary", label: finalSummary });
    if (notes > 0) tail.push({ kind: "note" });
    if (notes > 1) tail.push({ kind: "noteLine", text: "2. 缺考单位按0分计。" });
    if (notes > 2) tail.push({ kind: "signature" });
    const groupNames = base.groups;
    let sheets: { name: string; items: Item[] }[];
    const numerals = ["一", "二", "三"];
    // An unnumbered heading alone in an unmerged name cell is a unit with blank scores: it needs a 序号
    // column to sit in, or its merge across the row.
    const style = base.sectionHeadings === "" && !base.seq && !base.reportMerges ? "一、" : base.sectionHeadings;
    const heading = (k: number): string => {
      const g = groupNames[k] as string;
      return style === "一、" ? `${numerals[k]}、${g}` : style === "（一）" ? `（${numerals[k]}）${g}` : g;
    };
    if (!base.groupColumn && style !== null) {
      sheets = [{ name: "汇总", items: [...blocks.flatMap((items, k): Item[] => [{ kind: "heading", text: heading(k) }, ...items]), ...tail] }];
    } else if (!base.groupColumn) {
      sheets = blocks.map((items, k) => ({ name: (groupNames[k] as string).replace("（", "(").replace("）", ")"), items: [...items, ...tail] }));
    } else if (base.splitSheets && blocks.length > 1) {
      sheets = blocks.map((items, k) => ({ name: `得分${k + 1}`, items: [...items, ...tail] }));
    } else {
      sheets = [{ name: "得分", items: [...blocks.flat(), ...tail] }];
    }
    const layout: Layout = { ...base, sheets };
    return layout;
  });

type Column =
  | { kind: "seq" | "name" | "group" | "onsite" | "bonus" | "veto" | "total" | "tier" | "remark" }
  | { kind: "daily" | "satisfaction"; sub: number }
  | { kind: "dailySubtotal" }
  | { kind: "rater"; k: number }
  | { kind: "raterTail" };

function columnsOf(l: Layout): Column[] {
  const cols: Column[] = [];
  if (l.seq) cols.push({ kind: "seq" });
  cols.push({ kind: "name" });
  if (l.groupColumn) cols.push({ kind: "group" });
  if (l.dailySubItems) {
    for (let k = 0; k < 5; k++) cols.push({ kind: "daily", sub: k });
    if (l.dailySubtotal) cols.push({ kind: "dailySubtotal" });
  } else cols.push({ kind: "daily", sub: -1 });
  if (l.onsiteRaters) {
    l.onsiteRaters.labels.forEach((_, k) => cols.push({ kind: "rater", k }));
    if (l.onsiteRaters.tail) cols.push({ kind: "raterTail" });
  } else cols.push({ kind: "onsite" });
  if (l.satisfactionSubItems) for (let k = 0; k < 2; k++) cols.push({ kind: "satisfaction", sub: k });
  else cols.push({ kind: "satisfaction", sub: -1 });
  if (l.bonus) cols.push({ kind: "bonus" });
  if (l.veto !== "none") cols.push({ kind: "veto" });
  if (l.total) cols.push({ kind: "total" });
  if (l.tier) cols.push({ kind: "tier" });
  if (l.remark) cols.push({ kind: "remark" });
  return cols;
}

const DAILY_SUBS = ["专项工作完成情况", "行政执法案卷评查", "负责人出庭应诉", "服务型行政执法", "信息宣传报送"];
const SATISFACTION_SUBS = ["民营企业家座谈", "办事大厅实地走访"];

function singleHeader(l: Layout, c: Column): string {
  switch (c.kind) {
    case "seq":
      return "序号";
    case "name":
      return l.labels.name;
    case "group":
      return l.labels.group;
    case "onsite":
      return l.labels.onsite;
    case "bonus":
      return "加减分";
    case "veto":
      return "一票否决";
    case "total":
      return "综合成绩";
    case "tier":
      return "等次";
    case "remark":
      return "备注";
    case "dailySubtotal":
      return "小计";
    case "rater":
      return l.onsiteRaters?.labels[c.k] ?? "";
    case "raterTail":
      return l.onsiteRaters?.tail ?? "";
    case "daily":
      return c.sub < 0 ? l.labels.daily : DAILY_SUBS[c.sub] + (l.statedMarks ? "（20分）" : "");
    case "satisfaction":
      return c.sub < 0 ? l.labels.satisfaction : SATISFACTION_SUBS[c.sub] + (l.statedMarks ? "（50分）" : "");
  }
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** The mean of tenths of a point, rounded half-up at 9 decimals (the reader's rule when the scheme gives none). */
function meanOfTenths(xs: number[]): number {
  const num = BigInt(sum(xs)) * 10n ** 8n;
  const den = BigInt(xs.length);
  return Number((2n * num + den) / (2n * den)) / 1e9;
}

/** The on-site score a person reads: the typed one, or the mean of the raters' scores. */
const onsiteOf = (u: UnitSpec): number => (u.raters.length > 0 ? meanOfTenths(u.raters) : u.onsite / 10);

/**
 * What the reader should find for a unit's component: the typed value, the sum of its sub-items, or
 * the mean of its raters' scores.
 */
export function expectedComponents(u: UnitSpec): number[] {
  return [sum(u.daily) / 10, onsiteOf(u), sum(u.satisfaction) / 10];
}

function scoreCells(cols: Column[], u: UnitSpec): (CellValue | undefined)[] {
  return cols.map((c) => {
    switch (c.kind) {
      case "daily":
        return (c.sub < 0 ? (u.daily[0] as number) : (u.daily[c.sub] as number)) / 10;
      case "dailySubtotal":
        return sum(u.daily) / 10;
      case "onsite":
        return u.onsite / 10;
      case "rater":
        return (u.raters[c.k] as number) / 10;
      case "raterTail":
        return Math.round(onsiteOf(u) * 100) / 100;
      case "bonus":
        return u.bonus === null ? undefined : u.bonus / 10;
      case "satisfaction":
        return (c.sub < 0 ? (u.satisfaction[0] as number) : (u.satisfaction[c.sub] as number)) / 10;
      case "total":
        return Math.round(6 * sum(u.daily) + 30 * onsiteOf(u) + sum(u.satisfaction)) / 100;
      default:
        return undefined;
    }
  });
}

/** Renders the layout's sheets as Grids, as a host reads them (merged cells blank but their first). */
export function render(l: Layout): Rendered {
  const cols = columnsOf(l);
  const width = cols.length;
  const at = (name: string) => cols.findIndex((c) => c.kind === name);
  const nameCol = at("name");
  const groupCol = at("group");
  const seqCol = at("seq");
  const remarkCol = at("remark");
  const tierCol = at("tier");
  const vetoCol = at("veto");
  const units: Rendered["units"] = [];
  const nameless: string[] = [];
  const grids: Grid[] = [];
  if (l.explanationSheet) {
    grids.push({ sheet: "说明", originRow: 1, originCol: 1, cells: [["考核说明"], ["日常考核占60%，实地考核占30%，满意度调查占10%。"], ["各单位得分见各工作表。"]] });
  }

  for (const s of l.sheets) {
    const rows: CellValue[][] = [];
    const merges: MergedArea[] = [];
    // Sheet coordinates of grid row k and column c.
    const sheetRow = (k: number) => k + l.originRow;
    const sheetCol = (c: number) => c + l.originCol;
    const merge = (k1: number, c1: number, k2: number, c2: number) => merges.push({ top: sheetRow(k1), left: sheetCol(c1), bottom: sheetRow(k2), right: sheetCol(c2) });
    const put = (cells: (CellValue | undefined)[]) => rows.push(Array.from({ length: width }, (_, c) => cells[c] ?? null));

    if (l.titleRows > 0) {
      put(["2020年度依法行政考核得分汇总表"]);
      merge(rows.length - 1, 0, rows.length - 1, width - 1);
    }
    if (l.titleRows > 1) put(["填报单位：市依法行政工作领导小组办公室"]);

    // The header.
    if (l.header === "one") {
      put(cols.map((c) => singleHeader(l, c)));
    } else {
      const upper: (CellValue | undefined)[] = [];
      const lower: (CellValue | undefined)[] = [];
      const top = rows.length;
      let c = 0;
      while (c < width) {
        const col = cols[c] as Column;
        if (((col.kind === "daily" || col.kind === "satisfaction") && col.sub >= 0) || col.kind === "rater") {
          let end = c;
          while (end + 1 < width && (cols[end + 1] as Column).kind === col.kind) end++;
          if (col.kind === "daily" && l.dailySubtotal) end++;
          if (col.kind === "rater" && l.onsiteRaters?.tail) end++;
          upper[c] = col.kind === "daily" ? l.labels.daily : col.kind === "rater" ? l.labels.onsite : l.labels.satisfaction;
          for (let k = c; k <= end; k++) lower[k] = singleHeader(l, cols[k] as Column);
          merges.push({ top: sheetRow(top), left: sheetCol(c), bottom: sheetRow(top), right: sheetCol(end) });
          c = end + 1;
          continue;
        }
        if (l.header === "spanned" && col.kind === "daily") {
          // 考核得分 over the three components, each named in the lower row.
          upper[c] = "考核得分（百分制）";
          lower[c] = l.labels.daily;
          lower[c + 1] = l.labels.onsite;
          lower[c + 2] = l.labels.satisfaction;
          merges.push({ top: sheetRow(top), left: sheetCol(c), bottom: sheetRow(top), right: sheetCol(c + 2) });
          c += 3;
          continue;
        }
        upper[c] = singleHeader(l, col);
        if (col.kind === "onsite" && l.onsiteUnder) lower[c] = l.onsiteUnder;
        else merges.push({ top: sheetRow(top), left: sheetCol(c), bottom: sheetRow(top + 1), right: sheetCol(c) });
        c++;
      }
      put(upper);
      put(lower);
    }

    // The rows below the header.
    let seq = 0;
    let run: { group: string; first: number; last: number } | null = null;
    // 无 typed once in the veto column and merged down over the rows of units that follow.
    let vetoRun: { first: number; last: number } | null = null;
    const closeRun = () => {
      if (run && run.last > run.first) merge(run.first, groupCol, run.last, groupCol);
      if (vetoRun && vetoRun.last > vetoRun.first) merge(vetoRun.first, vetoCol, vetoRun.last, vetoCol);
      run = null;
      vetoRun = null;
    };
    const veto = (cells: (CellValue | undefined)[], k: number, last: number) => {
      if (vetoCol < 0) return;
      if (l.veto === "typed") cells[vetoCol] = "无";
      else if (vetoRun) vetoRun.last = last;
      else {
        cells[vetoCol] = "无";
        vetoRun = { first: k, last };
      }
    };
    for (const item of s.items) {
      const k = rows.length;
      switch (item.kind) {
        case "unit": {
          const last = l.twoLineUnits ? k + 1 : k;
          const cells = scoreCells(cols, item.unit);
          if (seqCol >= 0) cells[seqCol] = ++seq;
          cells[nameCol] = item.typedName;
          if (groupCol >= 0) {
            const r = run as { group: string; first: number; last: number } | null;
            if (l.mergeGroups && r && r.group === item.unit.group) {
              r.last = last;
            } else {
              closeRun();
              cells[groupCol] = item.typedGroup;
              if (l.mergeGroups) run = { group: item.unit.group, first: k, last };
            }
          }
          veto(cells, k, last);
          if (remarkCol >= 0) cells[remarkCol] = item.remark;
          if (tierCol >= 0) cells[tierCol] = "良好";
          put(cells);
          if (l.twoLineUnits) {
            // The second line: every cell merged down from the first, but the remark's own second line.
            const second: (CellValue | undefined)[] = [];
            if (remarkCol >= 0) second[remarkCol] = "（续）整改材料已报送";
            put(second);
            cols.forEach((col, c) => {
              const byRun = (col.kind === "group" && l.mergeGroups) || (col.kind === "veto" && l.veto === "merged");
              if (col.kind !== "remark" && !byRun) merge(k, c, k + 1, c);
            });
          }
          units.push({ unit: item.unit, typedName: item.typedName, at: `${s.name}!${a1(sheetRow(k), sheetCol(nameCol))}` });
          break;
        }
        case "blank":
          put([]);
          break;
        case "nameless": {
          const cells = scoreCells(cols, item.scores);
          if (seqCol >= 0) cells[seqCol] = ++seq;
          if (groupCol >= 0 && !(run && l.mergeGroups)) cells[groupCol] = item.typedGroup;
          veto(cells, k, k);
          if (remarkCol >= 0) cells[remarkCol] = item.remark;
          put(cells);
          nameless.push(`${s.name}!${a1(sheetRow(k), sheetCol(nameCol))}`);
          if (run) (run as { last: number }).last = k;
          break;
        }
        case "summary": {
          closeRun();
          const cells: (CellValue | undefined)[] = cols.map((c) => (c.kind === "onsite" || c.kind === "rater" || c.kind === "daily" || c.kind === "satisfaction" ? 50.5 : undefined));
          if (l.summaryInSeq && seqCol >= 0) {
            cells[seqCol] = item.label;
            if (l.reportMerges) merge(k, seqCol, k, nameCol);
          } else cells[nameCol] = item.label;
          put(cells);
          break;
        }
        case "note":
          closeRun();
          put(["注：1. 日常考核占60%，实地考核占30%，满意度调查占10%。"]);
          if (l.reportMerges) merge(k, 0, k, width - 1);
          break;
        case "noteLine":
          closeRun();
          put([item.text]);
          break;
        case "heading": {
          closeRun();
          const col = seqCol >= 0 ? seqCol : nameCol;
          const cells: (CellValue | undefined)[] = [];
          cells[col] = item.text;
          put(cells);
          if (l.reportMerges) merge(k, col, k, width - 1);
          break;
        }
        case "signature":
          closeRun();
          put(["填表人：张三", undefined, "审核：李四"]);
          break;
      }
    }
    closeRun();
    const grid: Grid = { sheet: s.name, originRow: l.originRow, originCol: l.originCol, cells: rows };
    if (l.reportMerges) grid.merges = merges;
    grids.push(grid);
  }
  return { grids, units, nameless };
}
