// 评分分析: per rater of a panel, the count, mean, standard deviation and deviation from the panel;
// a rater far from the panel and a score far from its unit's median warned at their cells, with the
// thresholds of 考核设置; raters as columns (评委1…评委7) or as a sheet each.
import fc from "fast-check";
import { rankWorkbook } from "../../src/core/pipeline";
import { defaultScheme } from "../../src/core/scheme/defaults";
import type { CellValue, ComponentSpec, Grid, Scheme, SheetPlan } from "../../src/core/types";
import { planCell } from "../../src/core/plan";

const grid = (sheet: string, cells: CellValue[][]): Grid => ({ sheet, originRow: 1, originCol: 1, cells });

/** 实地考核 from seven raters' columns, trimmed. */
function trimmedScheme(extra: Partial<Scheme> = {}): Scheme {
  const s = defaultScheme();
  (s.components[1] as ComponentSpec).raters = { method: "trimmed", decimals: 2 };
  return { ...s, ...extra };
}

/** A two-row header: 实地考核 over 评委1…评委7; one row per unit of `scores` (seven raters each). */
function panelSheet(scores: number[][]): Grid {
  const raters = scores[0]?.length ?? 7;
  const head1: CellValue[] = ["单位名称", "类别", "日常考核", "实地考核", ...new Array<CellValue>(raters - 1).fill(null), "满意度调查"];
  const head2: CellValue[] = [null, null, null, ...Array.from({ length: raters }, (_, k) => `评委${k + 1}`), null];
  const rows = scores.map((s, i): CellValue[] => [`单位${i + 1}`, "县（区）", 90, ...s, 90]);
  return {
    ...grid("评委打分", [head1, head2, ...rows]),
    merges: [
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 3 + raters },
      { top: 1, left: 4 + raters, bottom: 2, right: 4 + raters },
    ],
  };
}

const sheetRows = (s: SheetPlan | undefined): CellValue[][] => (s === undefined ? [] : Array.from({ length: s.rowCount }, (_, r) => s.columns.map((c) => planCell(c, r))));
const analysisOf = (grids: Grid[], scheme: Scheme) => {
  const r = rankWorkbook(grids, { scheme });
  return { r, rows: sheetRows(r.plan?.sheets.find((s) => s.kind === "raters")) };
};

// Eight units; 评委3 scores every unit 12 points below the others; 评委5 gives 单位4 a 61 where the rest give 89–93 (the odd units get one point more).
const SCORES = Array.from({ length: 8 }, (_, i) => [88, 90, 78, 92, i === 3 ? 60 : 89, 91, 90].map((v, k) => (k === 2 ? v - (i % 3) : v + (i % 2))));

describe("评分分析", () => {
  it("lists each rater's count, mean, standard deviation and deviation from the panel, as computed here", () => {
    const { r, rows } = analysisOf([panelSheet(SCORES)], trimmedScheme());
    expect(r.ok).toBe(true);
    expect(rows[1]).toEqual(["考核项目", "评委", "评分个数", "平均分", "标准差", "与评委组平均分的偏差", "提示"]);
    const raterRows = rows.slice(2, 9);
    expect(raterRows.map((row) => row[1])).toEqual(["评委1", "评委2", "评委3", "评委4", "评委5", "评委6", "评委7"]);
    SCORES[0]?.forEach((_, k) => {
      const mine = SCORES.map((s) => s[k] as number);
      const mean = mine.reduce((a, b) => a + b, 0) / mine.length;
      const sd = Math.sqrt(mine.reduce((a, b) => a + (b - mean) ** 2, 0) / mine.length);
      const deviation = SCORES.reduce((a, s) => a + ((s[k] as number) - s.reduce((x, y) => x + y, 0) / s.length), 0) / SCORES.length;
      const row = raterRows[k] ?? [];
      expect(row.slice(0, 3)).toEqual(["实地考核", `评委${k + 1}`, 8]);
      expect(row[3]).toBeCloseTo(mean, 2);
      expect(row[4]).toBeCloseTo(sd, 2);
      expect(row[5]).toBeCloseTo(deviation, 2);
    });
  });

  it("warns of the strict rater at its header and of the score far from its unit's median at its cell", () => {
    const { r, rows } = analysisOf([panelSheet(SCORES)], trimmedScheme());
    const warned = r.problems.filter((p) => p.code === "RATER_OFF_PANEL" || p.code === "SCORE_FAR_FROM_PANEL").map((p) => `${p.code} ${p.sheet}!${p.cell}`);
    // 评委3 is column F (A name, B group, C daily, D… the raters), its header on row 2; 单位4 is row 6, 评委5 column H.
    expect(warned).toEqual(["RATER_OFF_PANEL 评委打分!F2", "SCORE_FAR_FROM_PANEL 评委打分!H6"]);
    expect(rows[4]?.[6]).toBe("平均分偏离较大，请核对");
    expect(rows.find((row) => row[0] === "单位4")).toEqual(["单位4", "实地考核", "评委5", 61, 91, 30, null]);
  });

  it("takes its thresholds from the rules: wider ones warn of nothing", () => {
    const { r, rows } = analysisOf([panelSheet(SCORES)], trimmedScheme({ raterChecks: { sdMultiple: 3, maxFromMedian: 35 } }));
    expect(r.problems.filter((p) => p.code === "RATER_OFF_PANEL" || p.code === "SCORE_FAR_FROM_PANEL")).toEqual([]);
    expect(rows.some((row) => row[0] === "没有。")).toBe(true);
    expect(String(rows[rows.length - 1]?.[0])).toContain("超过各评委平均分的标准差的3倍、或单个评分与该单位评委中位数相差超过35分");
  });

  it("does not call a rater strict for a unit it did not score", () => {
    // 评委2 left out the best unit; on the units it scored it agrees with the panel.
    const scores = Array.from({ length: 6 }, (_, i) => Array.from({ length: 7 }, (_, k) => 80 + i * 3 + (k % 3)));
    const grids = [panelSheet(scores)];
    const cells = grids[0]?.cells as CellValue[][];
    (cells[7] as CellValue[])[4] = null;
    const { r } = analysisOf(grids, trimmedScheme());
    expect(r.problems.filter((p) => p.code === "RATER_OFF_PANEL")).toEqual([]);
  });

  it("reads a sheet per rater as one rater each", () => {
    const rater = (k: number, low: number) =>
      grid(`评委${k}`, [
        ["单位名称", "实地考核"],
        ["清丰县", 90 - low],
        ["南乐县", 85 - low],
        ["台前县", 80 - low],
      ]);
    const main = grid("汇总", [
      ["单位名称", "类别", "日常考核", "满意度调查"],
      ["清丰县", "县（区）", 90, 90],
      ["南乐县", "县（区）", 85, 85],
      ["台前县", "县（区）", 80, 80],
    ]);
    const { r, rows } = analysisOf([main, rater(1, 0), rater(2, 1), rater(3, 0), rater(4, 20)], trimmedScheme());
    expect(r.ok).toBe(true);
    expect(rows.slice(2, 6).map((row) => [row[1], row[2]])).toEqual([
      ["评委1", 3],
      ["评委2", 3],
      ["评委3", 3],
      ["评委4", 3],
    ]);
    // 评委4's 70 for 清丰县 is 19.5 from the median of 90, 89, 90, 70 (89.5).
    expect(r.problems.filter((p) => p.code === "SCORE_FAR_FROM_PANEL").map((p) => `${p.sheet}!${p.cell}`)).toEqual(["评委4!B2", "评委4!B3", "评委4!B4"]);
  });

  it("is not written where no component has a panel", () => {
    const r = rankWorkbook([
      grid("考核得分", [
        ["单位名称", "类别", "日常考核", "实地考核", "满意度调查"],
        ["清丰县", "县（区）", 90, 90, 90],
      ]),
    ]);
    expect(r.plan?.sheets.some((s) => s.kind === "raters")).toBe(false);
  });

  it("flags a single score only beyond the threshold, for any panel (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 50, max: 100 }), { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 40 }),
        (scores, max) => {
          const { r } = analysisOf([panelSheet(scores)], trimmedScheme({ raterChecks: { maxFromMedian: max } }));
          const median = (xs: number[]) => {
            const s = [...xs].sort((a, b) => a - b);
            return s[3] as number;
          };
          const expected = scores.flatMap((s, i) => s.flatMap((v, k) => (Math.abs(v - median(s)) > max ? [`${String.fromCharCode(68 + k)}${i + 3}`] : [])));
          expect(r.problems.filter((p) => p.code === "SCORE_FAR_FROM_PANEL").map((p) => p.cell)).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
