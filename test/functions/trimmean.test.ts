// ASSESS.TRIMMEAN called the way Excel calls it, and held to the one-click ranking: for the same
// raters' scores the formula gives what the reader makes of 评委1…评委7 columns, and both give what a
// slow, obviously-correct reference (integers in hundredths, BigInt, sort and drop) gives.
import fc from "fast-check";
import { readScoreTable } from "../../src/core/read/readScoreTable";
import { defaultScheme } from "../../src/core/scheme/defaults";
import type { CellValue, Grid } from "../../src/core/types";
import { trimMean } from "../../src/functions/functions";
import { fakeRuntime, shown } from "./runtime";

beforeAll(() => {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = fakeRuntime();
});

const row = (...values: unknown[]): unknown[][] => [values];
const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

describe("ASSESS.TRIMMEAN", () => {
  it("drops one highest and one lowest score by default, and FALSE takes the plain mean", () => {
    expect(trimMean(row(90, 85, 88, 92, 70, 86, 89))).toEqual([[87.6]]);
    expect(trimMean(row(90, 85, 88, 92, 70, 86, 89), false)).toEqual([[85.714285714]]);
  });

  it("takes the plain mean of fewer than three scores, trimmed or not", () => {
    expect(trimMean(row(90, 85))).toEqual([[87.5]]);
    expect(trimMean(row(90))).toEqual([[90]]);
  });

  it("rounds half-up to the decimals given, from the exact mean", () => {
    // (80 + 80.5 + 81 + 80.25 + 99) trimmed: (80.5 + 81 + 80.25)/3 = 80.583333…
    expect(trimMean(row(80, 80.5, 81, 80.25, 99), true, 2)).toEqual([[80.58]]);
    // 84.125 is a tie at two decimals: half-up gives 84.13.
    expect(trimMean(row(84, 84.25), false, 2)).toEqual([[84.13]]);
    expect(trimMean(row(84, 84.25), false, 0)).toEqual([[84]]);
  });

  it("spills one score per row, and reads a single column as one unit's raters", () => {
    expect(
      trimMean([
        [90, 80, 70],
        [60, 100, 95],
      ]),
    ).toEqual([[80], [95]]);
    expect(trimMean(col(90, 80, 70, 60))).toEqual([[75]]);
  });

  it("leaves out a blank cell as a rater who did not score, and reads scores typed the office way", () => {
    expect(trimMean(row(90, null, 70, "", 80))).toEqual([[80]]);
    expect(trimMean(row("９０", " 80 ", "70分"))).toEqual([[80]]);
  });

  it("shows #N/A for a row with no score, #VALUE! for text, a negative score and bad decimals, each naming it", () => {
    expect(shown(() => trimMean(row(null, "")))).toEqual({ error: "#N/A", message: "评委打分为空" });
    expect(shown(() => trimMean(row(90, "缺席", 80)))).toEqual({ error: "#VALUE!", message: "第 2 位评委的打分“缺席”不是数字" });
    expect(shown(() => trimMean(row(90, 80, -5)))).toEqual({ error: "#VALUE!", message: "第 3 位评委的打分 -5 不能为负数" });
    expect(shown(() => trimMean(row(90, 80, 70), true, 1.5))).toEqual({ error: "#VALUE!", message: "小数位数须为 0–9 的整数" });
    expect(shown(() => trimMean(row(90, 80, 70), true, 10))).toMatchObject({ error: "#VALUE!" });
    expect(shown(() => trimMean(row(90, 80, 70), "也许"))).toEqual({ error: "#VALUE!", message: "“也许”不是 TRUE 或 FALSE" });
  });

  it("in a spilled range each failing row holds its own error", () => {
    const out = trimMean([
      [90, 80, 70],
      [null, null, null],
    ]);
    expect(out[0]).toEqual([80]);
    expect(out[1]?.[0]).toMatchObject({ code: "#N/A", message: "评委打分为空" });
  });
});

/** The combined score the long way: hundredths as BigInt, sorted, the extremes dropped, rounded half-up. */
function reference(hundredths: (number | null)[], trimmed: boolean, decimals: number | null): number {
  const given = hundredths.filter((h): h is number => h !== null).sort((a, b) => a - b);
  const kept = trimmed && given.length >= 3 ? given.slice(1, -1) : given;
  const d = decimals ?? 9;
  const sum = kept.reduce((s, h) => s + BigInt(h), 0n);
  // mean·10^d = sum·10^d / (100·n), rounded half-up (every value is ≥ 0).
  const num = sum * 10n ** BigInt(d);
  const den = 100n * BigInt(kept.length);
  const q = (2n * num + den) / (2n * den);
  return Number(q) / 10 ** d;
}

/** One 评委打分 row: 单位名称 | 类别 | 日常考核 | 实地考核 over the raters | 满意度调查. */
function raterGrid(scores: (number | null)[]): Grid {
  const raters = scores.map((_, k) => `评委${k + 1}`);
  return {
    sheet: "评委打分",
    originRow: 1,
    originCol: 1,
    cells: [
      ["单位名称", "类别", "日常考核", "实地考核", ...new Array<CellValue>(scores.length - 1).fill(null), "满意度调查"],
      [null, null, null, ...raters, null],
      ["华龙区", "县（区）", 90, ...scores, 90],
    ],
    merges: [
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 3 + scores.length },
      { top: 1, left: 4 + scores.length, bottom: 2, right: 4 + scores.length },
    ],
  };
}

describe("ASSESS.TRIMMEAN agrees with the reader and with a slow reference", () => {
  // Scores as raters type them: 0–100 with at most two decimals; now and then one left blank.
  const hundredths = fc.array(fc.option(fc.integer({ min: 0, max: 10000 }), { freq: 6 }), { minLength: 1, maxLength: 9 }).filter((hs) => hs.some((h) => h !== null));
  const decimals = fc.option(fc.integer({ min: 0, max: 4 }), { freq: 3 });

  it("for any raters' scores, trim and decimals", () => {
    fc.assert(
      fc.property(hundredths, fc.boolean(), decimals, (hs, trimmed, d) => {
        const scores = hs.map((h) => (h === null ? null : h / 100));
        const want = reference(hs, trimmed, d);
        expect(trimMean([scores], trimmed, d)).toEqual([[want]]);

        const scheme = defaultScheme();
        scheme.components[1]!.raters = { method: trimmed ? "trimmed" : "mean", decimals: d };
        const { table, problems } = readScoreTable([raterGrid(scores)], scheme);
        expect(problems.filter((p) => p.severity === "error")).toEqual([]);
        expect(problems.map((p) => p.code)).toEqual(hs.filter((h) => h === null).map(() => "RATER_SCORE_BLANK"));
        expect(table.components[1]![0]).toBe(want);
      }),
      { numRuns: 400 },
    );
  });
});
