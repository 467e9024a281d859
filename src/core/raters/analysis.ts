// 评分分析: where a component is scored by a panel of raters (评委1…评委N), how each rater scored —
// how many units, their mean and standard deviation, and how far above or below the rest of the panel
// they scored the same units on average — and which raters and which single scores stand out: a rater
// whose mean is further from the raters' mean than the threshold's standard deviations of the raters'
// means, a score further from the median of the unit's raters than the threshold's points. Warnings,
// never errors: a strict rater is not a mistake, but the office should look before it publishes.
import type { PartColumn, UnitParts } from "../letters/details";
import { inFile, makeProblem } from "../messages/problems";
import { fixed } from "../report/format";
import { DEFAULT_RATER_CHECKS } from "../scheme/defaults";
import type { Problem, Scheme, ScoreTable } from "../types";

export interface RaterSummary {
  component: string;
  rater: string;
  /** Units the rater scored. */
  count: number;
  mean: number;
  /** Standard deviation of the rater's scores (of the population of its scores); NaN below two. */
  sd: number;
  /** The mean over its units of (its score − the mean of the unit's raters): negative, a strict rater. */
  deviation: number;
  /** Its deviation beyond the threshold's standard deviations of the raters' means. */
  flagged: boolean;
}

export interface FarScore {
  unit: number;
  component: string;
  rater: string;
  score: number;
  median: number;
}

export interface RaterAnalysis {
  raters: RaterSummary[];
  far: FarScore[];
  problems: Problem[];
  /** The thresholds used (the scheme's, else the defaults). */
  sdMultiple: number;
  maxFromMedian: number;
}

const meanOf = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const sdOf = (xs: readonly number[]): number => {
  if (xs.length < 2) return NaN;
  const m = meanOf(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length);
};
const medianOf = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The cell of `unit`'s score in a rater's column, or its header when `unit` is -1. */
function cellOf(col: PartColumn, unit: number): { sheet: string | null; cell: string | null; file?: string } {
  const cells = col.cells;
  if (cells === undefined) return { sheet: null, cell: null };
  const k = unit < 0 ? 0 : (cells.source[unit] as number);
  const src = cells.sources[k];
  if (src === undefined) return { sheet: null, cell: null };
  const at = { sheet: src.sheet, cell: `${src.column}${unit < 0 ? src.headerRow : (cells.row[unit] as number)}` };
  return src.file === undefined ? at : { ...at, file: src.file };
}

function problemAt(code: "RATER_OFF_PANEL" | "SCORE_FAR_FROM_PANEL", at: ReturnType<typeof cellOf>, params: Record<string, string | number>): Problem {
  return inFile(makeProblem(code, "warning", at.sheet, at.cell, params), at.file);
}

/** The analysis of every component scored by two raters or more; none when no component is. */
export function raterAnalysis(table: ScoreTable, parts: UnitParts, scheme: Scheme): RaterAnalysis {
  const sdMultiple = scheme.raterChecks?.sdMultiple ?? DEFAULT_RATER_CHECKS.sdMultiple;
  const maxFromMedian = scheme.raterChecks?.maxFromMedian ?? DEFAULT_RATER_CHECKS.maxFromMedian;
  const shown = Math.max(scheme.decimals, 2);
  const out: RaterAnalysis = { raters: [], far: [], problems: [], sdMultiple, maxFromMedian };
  scheme.components.forEach((spec, c) => {
    // A column of the component no unit has a score in (a main table's blank 实地考核) is no rater.
    const panel = parts.columns.filter((p) => p.kind === "rater" && p.component === c && p.values.some((v) => !Number.isNaN(v)));
    if (panel.length < 2) return;
    const component = spec.label;
    // Each unit's panel: the mean and median of the raters who scored it.
    const unitMean = new Float64Array(table.count).fill(NaN);
    const unitMedian = new Float64Array(table.count).fill(NaN);
    for (let i = 0; i < table.count; i++) {
      const scores = panel.map((p) => p.values[i] as number).filter((v) => !Number.isNaN(v));
      if (scores.length < 2) continue;
      unitMean[i] = meanOf(scores);
      unitMedian[i] = medianOf(scores);
    }
    const summaries = panel.map((p): RaterSummary => {
      const scores: number[] = [];
      const deviations: number[] = [];
      for (let i = 0; i < table.count; i++) {
        const v = p.values[i] as number;
        if (Number.isNaN(v)) continue;
        scores.push(v);
        if (!Number.isNaN(unitMean[i] as number)) deviations.push(v - (unitMean[i] as number));
      }
      return {
        component,
        rater: p.label,
        count: scores.length,
        mean: scores.length === 0 ? NaN : meanOf(scores),
        sd: sdOf(scores),
        deviation: deviations.length === 0 ? NaN : meanOf(deviations),
        flagged: false,
      };
    });
    const panelSd = sdOf(summaries.filter((r) => r.count > 0).map((r) => r.mean));
    summaries.forEach((r, k) => {
      // How far its mean is from the panel's is measured on the units it scored (its deviation): a
      // rater who skipped a unit the others scored high is not strict for that. With every unit
      // scored by everyone the two are the same: the rater's mean less the raters' mean.
      // A panel whose raters' means all agree (sd 0) flags no one.
      if (!(panelSd > 0) || r.count === 0 || !(Math.abs(r.deviation) > sdMultiple * panelSd)) return;
      r.flagged = true;
      out.problems.push(
        problemAt("RATER_OFF_PANEL", cellOf(panel[k] as PartColumn, -1), {
          component,
          rater: r.rater,
          mean: fixed(r.mean, shown),
          panel: fixed(r.mean - r.deviation, shown),
          sd: fixed(panelSd, shown),
          times: sdMultiple,
        }),
      );
    });
    out.raters.push(...summaries);
    for (let i = 0; i < table.count; i++) {
      const median = unitMedian[i] as number;
      if (Number.isNaN(median)) continue;
      for (const p of panel) {
        const v = p.values[i] as number;
        if (Number.isNaN(v) || Math.abs(v - median) <= maxFromMedian) continue;
        out.far.push({ unit: i, component, rater: p.label, score: v, median });
        out.problems.push(
          problemAt("SCORE_FAR_FROM_PANEL", cellOf(p, i), { unit: table.names[i] ?? "", component, rater: p.label, score: v, median: fixed(median, shown), max: maxFromMedian }),
        );
      }
    }
  });
  return out;
}
