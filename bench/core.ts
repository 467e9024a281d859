// The core from Grid to WorkbookPlan on synthetic score tables of 1,000 / 100,000 / 1,000,000 units
// in two groups, against the bare lower bound: sorting the same totals as a Float64Array; 100,000
// units whose on-site score comes from seven raters' columns; and a million under quotas and a
// tie-break (core_1m_quota_tiebreak_ms).
import { checkNoticeText, expectedNoticeLines } from "../src/core/report/noticeCheck";
import { performance } from "node:perf_hooks";
import { unitParts } from "../src/core/letters/details";
import { rankWorkbook } from "../src/core/pipeline";
import { raterAnalysis } from "../src/core/raters/analysis";
import { readWorkbook } from "../src/core/readWorkbook";
import { defaultScheme } from "../src/core/scheme/defaults";
import type { CellValue, ComponentSpec, Grid, Scheme } from "../src/core/types";

/** One sheet: 单位名称, 类别, the three components, scores with one decimal (so ties occur). */
export function syntheticGrid(units: number): Grid {
  let seed = 20201231;
  const next = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const score = (): number => Math.round((60 + next() * 40) * 10) / 10;
  const cells: CellValue[][] = new Array<CellValue[]>(units + 1);
  cells[0] = ["单位名称", "类别", "日常考核", "实地考核", "满意度调查"];
  for (let i = 0; i < units; i++) cells[i + 1] = [`单位${i + 1}`, i % 2 === 0 ? "县（区）" : "市直部门", score(), score(), score()];
  return { sheet: "考核得分", originRow: 1, originCol: 1, cells };
}

/**
 * The same units as syntheticGrid with 实地考核 scored by seven raters, as a 评委打分 sheet has it: the
 * component's header over 评委1…评委7, the other headers merged down over both rows.
 */
export function syntheticRaterGrid(units: number): Grid {
  const plain = syntheticGrid(units);
  const cells: CellValue[][] = new Array<CellValue[]>(units + 2);
  cells[0] = ["单位名称", "类别", "日常考核", "实地考核", null, null, null, null, null, null, "满意度调查"];
  cells[1] = [null, null, null, "评委1", "评委2", "评委3", "评委4", "评委5", "评委6", "评委7", null];
  for (let i = 1; i <= units; i++) {
    const [name, group, daily, onsite, satisfaction] = plain.cells[i] as CellValue[];
    const s = onsite as number;
    cells[i + 1] = [name ?? null, group ?? null, daily ?? null, s, s - 1, s - 2, s, s - 0.5, s - 1.5, s - 3, satisfaction ?? null];
  }
  const merged = (left: number, right: number, bottom: number) => ({ top: 1, left, bottom, right });
  return { sheet: "评委打分", originRow: 1, originCol: 1, cells, merges: [merged(1, 1, 2), merged(2, 2, 2), merged(3, 3, 2), merged(4, 10, 1), merged(11, 11, 2)] };
}

function best(runs: number, work: () => void): number {
  let fastest = Infinity;
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

const round1 = (ms: number): number => Math.round(ms * 10) / 10;

/** 优秀 for at most 30% of a group, 良好 for the next 1,000 at most; ties by 日常考核, then the unrounded total. */
export function quotaScheme(): Scheme {
  return {
    ...defaultScheme(),
    tiers: [
      { label: "优秀", min: 90, quota: { percent: 30 } },
      { label: "良好", min: 80, quota: { count: 1000 } },
      { label: "合格", min: 60 },
      { label: "不合格", min: null },
    ],
    tieBreak: [{ component: "daily" }, "unrounded"],
  };
}

function timeCore(units: number, runs: number, grid: (units: number) => Grid = syntheticGrid, scheme?: Scheme): { ms: number; totals: Float64Array } {
  const grids = [grid(units)];
  let totals: Float64Array | null = null;
  const ms = best(runs, () => {
    const result = rankWorkbook(grids, scheme === undefined ? {} : { scheme });
    if (result.plan === null || result.assessment === null) {
      throw new Error(`benchCore: the synthetic table did not rank: ${result.problems[0]?.message ?? ""}`);
    }
    totals = result.assessment.totals;
  });
  return { ms, totals: totals ?? new Float64Array(0) };
}

export async function benchCore(): Promise<Record<string, number>> {
  const small = timeCore(1_000, 7);
  const medium = timeCore(100_000, 3);
  const large = timeCore(1_000_000, 3);
  // Seven raters' scores per unit, trimmed: the reader's work for a 评委打分 sheet.
  const trimmed = defaultScheme();
  (trimmed.components[1] as ComponentSpec).raters = { method: "trimmed", decimals: 2 };
  const raters = timeCore(100_000, 3, syntheticRaterGrid, trimmed);
  // 评分分析 of those seven raters, a part of core_raters_100k_ms.
  const raterGrids = [syntheticRaterGrid(100_000)];
  const raterReading = readWorkbook(raterGrids, { scheme: trimmed });
  const raterParts = unitParts(raterGrids, raterReading.table, trimmed);
  const analysis = best(3, () => {
    if (raterAnalysis(raterReading.table, raterParts, trimmed).raters.length !== 7) throw new Error("benchCore: seven raters expected");
  });
  const quotas = timeCore(1_000_000, 3, syntheticGrid, quotaScheme());
  const sort = best(3, () => {
    large.totals.slice().sort();
  });
  // The notice held against its tables (core/report/noticeCheck), a part of core_1m_ms: section 二
  // derived again and compared with the text the run returns.
  const ranked = rankWorkbook([syntheticGrid(1_000_000)]);
  const a = ranked.assessment;
  if (a === null) throw new Error("benchCore: the synthetic table did not rank");
  const check = best(3, () => {
    checkNoticeText(a, ranked.notice, ranked.digest, expectedNoticeLines(a));
  });
  // Last year beside this year (--previous) on 100,000 units: last year's scores read as a table and
  // ranked, every unit matched by name, one in a hundred new (its warning searched for a closest name).
  const lastYear = syntheticGrid(100_000);
  lastYear.cells = lastYear.cells.map((row, r) => (r > 0 && r % 100 === 0 ? [`旧单位${r}`, ...row.slice(1)] : row));
  const thisYear = [syntheticGrid(100_000)];
  const previous = best(3, () => {
    const r = rankWorkbook(thisYear, { previous: { grids: [lastYear], file: "2019.xlsx" } });
    if (r.assessment?.previous === undefined) throw new Error("benchCore: last year's results were not read");
  });
  return {
    core_1k_ms: round1(small.ms),
    core_100k_ms: round1(medium.ms),
    core_1m_ms: round1(large.ms),
    core_raters_100k_ms: round1(raters.ms),
    raters_analysis_100k_ms: round1(analysis),
    sort_1m_ms: round1(sort),
    core_1m_over_sort: Math.round((large.ms / sort) * 100) / 100,
    core_1m_quota_tiebreak_ms: round1(quotas.ms),
    notice_check_1m_ms: round1(check),
    notice_check_share_of_core_1m: Math.round((check / large.ms) * 100) / 100,
    previous_100k_ms: round1(previous),
    previous_100k_over_core_100k: Math.round((previous / medium.ms) * 100) / 100,
  };
}
