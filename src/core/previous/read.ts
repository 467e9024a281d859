// Last year's results (assess rank --previous, the pane's 上年结果): the 考核结果 sheet of the copy
// ASSESS wrote, or any table of unit names, groups and totals, or last year's score workbook itself
// (ranked again under its own rules). Read by the score reader itself, with
// rules of one component, the total: headers, groups (a column, section rows or the sheet's name),
// merged cells, notes and summary rows are understood as they are in this year's scores.
import { roundHalfUp } from "../arith/fixed";
import { assess } from "../assess";
import { makeProblem } from "../messages/problems";
import { assessSheets, readWorkbook } from "../readWorkbook";
import { columnNumber } from "../read/address";
import { headerKey } from "../read/headerText";
import { readScoreTable } from "../read/readScoreTable";
import { parseScore } from "../read/values";
import { rankGroup } from "../rank";
import { defaultScheme } from "../scheme/defaults";
import type { Grid, Problem, Scheme, ScoreTable } from "../types";

/** Last year's units, in the order read. */
export interface PreviousResults {
  /** The file as given (for messages). */
  file: string;
  names: string[];
  groups: string[];
  totals: Float64Array;
  /** Rank in its group as last year's table gives it (名次), else by its total; 0 when none. */
  ranks: Int32Array;
}

/** The headers a total goes under in offices' tables, first ASSESS's own. */
const TOTAL_HEADERS = ["综合成绩", "总分", "总成绩", "综合得分", "考核得分", "总得分", "最终得分", "得分合计", "合计", "考核成绩", "综合分"];
/** The headers of a rank column. */
const RANK_HEADERS = new Set(["名次", "排名", "位次", "排序", "组内名次", "名次排序"].map(headerKey));

/** One component, the total, with no upper bound: a total may pass 100 with 加分, or be out of 150. */
function totalScheme(): Scheme {
  const scheme = defaultScheme();
  const [label, ...aliases] = TOTAL_HEADERS as [string, ...string[]];
  scheme.components = [{ key: "total", label, aliases, weight: 100, fullMarks: 1e9, subItems: [] }];
  scheme.fullMarks = 1e9;
  return scheme;
}

/**
 * The sheets to read: a ranked copy's results sheet (its settings sheet names it), else every sheet of
 * the file. Its score sheets, tier sheets and notice are never read: they would give every unit twice.
 */
function resultsSheets(grids: readonly Grid[]): { read: Grid[]; skip: string[] } {
  const { settingsSheet, settings, generated } = assessSheets(grids);
  const results = settings?.generated[0];
  const sheet = results === undefined ? undefined : grids.find((g) => g.sheet === results);
  if (sheet !== undefined) return { read: [sheet], skip: [] };
  return { read: [...grids], skip: settingsSheet === null ? [] : generated };
}

export function readPrevious(grids: readonly Grid[], file: string): { ok: true; previous: PreviousResults } | { ok: false; problems: Problem[] } {
  const { read, skip } = resultsSheets(grids);
  const scheme = totalScheme();
  const found = readScoreTable(read, scheme, { skipSheets: skip });
  const errors = found.problems.filter((p) => p.severity === "error");
  if (errors.length > 0 || found.table.count === 0) {
    // No totals, but last year's scores themselves: ranked as they were, under the file's own rules.
    const ranked = rankedScores(grids, file);
    if (ranked !== null) return { ok: true, previous: ranked };
    // Said as one problem about last year's file (its message names it), with the reader's first reason.
    const first = errors[0];
    const detail = first?.message ?? "没有单位。";
    return { ok: false, problems: [makeProblem("PREVIOUS_UNREADABLE", "error", null, null, { file, detail, detailEn: first?.messageEn ?? "no units." })] };
  }
  const table = found.table;
  const totals = table.components[0] as Float64Array;
  return {
    ok: true,
    previous: {
      file,
      names: table.names,
      groups: Array.from(table.groupOf, (g) => table.groups[g] ?? ""),
      totals,
      ranks: ranksOf(table, read, totals, scheme.decimals),
    },
  };
}

/** Last year's score workbook ranked under its own rules (its 考核设置, else the default); null when it has errors. */
function rankedScores(grids: readonly Grid[], file: string): PreviousResults | null {
  const reading = readWorkbook([...grids]);
  if (!reading.ok || reading.table.count === 0) return null;
  const a = assess(reading.table, reading.scheme);
  const ranks = new Int32Array(a.table.count);
  for (const g of a.groups) g.order.forEach((i, k) => (ranks[i] = g.ranks[k] as number));
  return { file, names: a.table.names, groups: Array.from(a.table.groupOf, (g) => a.table.groups[g] ?? ""), totals: a.totals, ranks };
}

/**
 * The 名次 each unit's row gives, where its table has a rank column; else the rank its total has in its
 * group (ties sharing one), as last year's notice would have given it.
 */
function ranksOf(table: ScoreTable, grids: readonly Grid[], totals: Float64Array, decimals: number): Int32Array {
  const ranks = new Int32Array(table.count);
  const rankColumn = table.tables.map((t) => t.columns.find((c) => c.role.kind === "ignored" && RANK_HEADERS.has(headerKey(c.header))));
  const gridOf = table.tables.map((t) => grids.find((g) => g.sheet === t.sheet && g.file === t.file));
  const byGroup = new Map<number, number[]>();
  for (let i = 0; i < table.count; i++) {
    const t = table.tableOf[i] as number;
    const column = rankColumn[t];
    const grid = gridOf[t];
    if (column !== undefined && grid !== undefined) {
      const value = grid.cells[(table.rowOf[i] as number) - grid.originRow]?.[columnNumber(column.column) - grid.originCol] ?? null;
      const p = parseScore(value);
      if (p.kind === "number" && Number.isInteger(p.value) && p.value > 0) {
        ranks[i] = p.value;
        continue;
      }
    }
    const g = table.groupOf[i] as number;
    const list = byGroup.get(g);
    if (list === undefined) byGroup.set(g, [i]);
    else list.push(i);
  }
  // Units whose row gives no rank: ranked by their totals among those of their group.
  const rounded = Float64Array.from(totals, (v) => (Number.isFinite(v) ? roundHalfUp(v, decimals) : NaN));
  for (const members of byGroup.values()) {
    const { order, ranks: r } = rankGroup(rounded, Int32Array.from(members), decimals, "competition");
    order.forEach((i, k) => (ranks[i] = r[k] as number));
  }
  return ranks;
}
