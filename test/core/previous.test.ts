// Last year matched to this year in the core: by the name as compared (never a guess), through
// 单位更名, group by group; the notice's sentence of moves checked with the rest of section 二.
import fc from "fast-check";
import { rankWorkbook } from "../../src/core/pipeline";
import { closestName, editDistance } from "../../src/core/previous/closest";
import { noticeLines } from "../../src/core/report/notice";
import { checkNoticeLines, NoticeMismatch } from "../../src/core/report/noticeCheck";
import { problemMessage } from "../../src/core/messages/problems";
import type { CellValue, Grid, Problem } from "../../src/core/types";

const HEADER = ["单位名称", "类别", "日常考核", "实地考核", "满意度调查"];
const grid = (sheet: string, rows: CellValue[][], file?: string): Grid => ({ sheet, originRow: 1, originCol: 1, cells: rows, ...(file === undefined ? {} : { file }) });
const unit = (name: string, group: string, score: number): CellValue[] => [name, group, score, score, score];

const last = (rows: CellValue[][]): { grids: Grid[]; file: string } => ({ grids: [grid("考核得分", [HEADER, ...rows])], file: "2019.xlsx" });

describe("last year beside this year", () => {
  it("matches names across full-width forms and spaces, but never 市/局 variants", () => {
    const r = rankWorkbook([grid("考核得分", [HEADER, unit("清丰县", "县（区）", 90), unit("台前县", "县（区）", 80), unit("市公安局", "市直部门", 85)])], {
      previous: last([unit("清 丰 县", "县(区)", 70), unit("台前县", "县(区)", 75), unit("市公安", "市直部门", 80)]),
    });
    const years = r.assessment?.previous;
    expect(years?.status).toEqual(["same", "same", "new"]);
    expect(Array.from(years?.rank ?? [])).toEqual([2, 1, 0]);
    const unmatched = r.problems.find((p) => p.code === "PREVIOUS_UNMATCHED");
    expect(unmatched?.cell).toBe("A4");
    expect(unmatched?.message).toContain("“市公安局”在上年结果中没有同名单位，按新增单位列出（上年最接近的名称是“市公安”）");
    expect(r.problems.find((p) => p.code === "PREVIOUS_REMOVED")?.message).toContain("1 个单位今年没有找到：市公安");
  });

  it("says so when a unit was in another group last year, and compares no ranks across groups", () => {
    const r = rankWorkbook([grid("考核得分", [HEADER, unit("开发区", "县（区）", 90), unit("台前县", "县（区）", 80)])], {
      previous: last([unit("开发区", "市直部门", 70), unit("台前县", "县(区)", 75)]),
    });
    expect(r.assessment?.previous?.status).toEqual(["moved", "same"]);
    const results = r.plan?.sheets.find((s) => s.kind === "results");
    const change = results?.columns[results.columns.length - 1];
    expect(change !== undefined && "values" in change ? change.values.slice(2) : []).toEqual(["类别变化", "↓1"]);
    expect(r.notice).toContain("与上年相比，县（区）中名次退位的1个：台前县（较上年退位1名）。");
  });

  it("warns of a 单位更名 row it could not use, and uses the others", () => {
    const renames = grid("单位更名", [
      ["旧名称", "新名称"],
      ["开发区", "开发区管委会"],
      ["濮阳县", "濮阳县人民政府"],
      ["台前县", "台前区"],
    ]);
    const r = rankWorkbook([grid("考核得分", [HEADER, unit("开发区管委会", "县（区）", 90), unit("台前县", "县（区）", 80)]), renames], {
      previous: last([unit("开发区", "县(区)", 70), unit("台前县", "县(区)", 75)]),
    });
    expect(r.ok).toBe(true);
    expect(r.assessment?.previous?.status).toEqual(["same", "same"]);
    const unused = r.problems.filter((p) => p.code === "RENAME_UNUSED").map((p) => `${p.sheet}!${p.cell}`);
    expect(unused).toEqual(["单位更名!A3", "单位更名!A4"]);
    // 单位更名 is never read as scores, nor written.
    expect(r.table.count).toBe(2);
    expect(r.plan?.sheets.some((s) => s.name === "单位更名")).toBe(false);
  });

  it("refuses last year's file without a table of totals, naming the file", () => {
    const r = rankWorkbook([grid("考核得分", [HEADER, unit("清丰县", "县（区）", 90)])], { previous: { grids: [grid("说明", [["无"]])], file: "2019.xlsx" } });
    expect(r.ok).toBe(false);
    expect(r.plan).toBeNull();
    expect(r.problems.map((p) => p.code)).toEqual(["PREVIOUS_UNREADABLE"]);
    expect(problemMessage(r.problems[0] as Problem, "zh")).toMatch(/^上年结果“2019.xlsx”中没有找到含单位名称和综合成绩（或总分）的表：/);
  });

  it("checks the sentence of moves with the rest of section 二: a changed move is refused (property)", () => {
    const units = fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(units, units, fc.array(fc.integer({ min: 50, max: 100 }), { minLength: 12, maxLength: 12 }), fc.nat(), (now, before, scores, pick) => {
        const rows = (ids: number[]) => ids.map((id, k) => unit(`单位${id}`, "县（区）", scores[k] as number));
        const r = rankWorkbook([grid("考核得分", [HEADER, ...rows(now)])], { previous: last(rows(before)) });
        const a = r.assessment;
        if (a === null) throw new Error("did not rank");
        const lines = noticeLines(a);
        checkNoticeLines(a, lines, "test");
        const k = lines.findIndex((l) => l.startsWith("与上年相比"));
        fc.pre(k >= 0);
        const line = lines[k] as string;
        const digits = [...line.matchAll(/\d+/g)];
        const m = digits[pick % digits.length];
        fc.pre(m !== undefined);
        const changed = line.slice(0, m.index) + String(Number(m[0]) + 1) + line.slice(m.index + m[0].length);
        expect(() =>
          checkNoticeLines(
            a,
            lines.map((l, j) => (j === k ? changed : l)),
            "test",
          ),
        ).toThrow(NoticeMismatch);
      }),
      { numRuns: 200 },
    );
  });

  it("offers a closest name only when it is near (property of the edit distance)", () => {
    expect(closestName("市公安分局", ["市公安局", "清丰县"])).toBe("市公安局");
    expect(closestName("示范区", ["南乐县", "市公安局"])).toBeNull();
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (x, y, z) => {
        expect(editDistance(x, x)).toBe(0);
        expect(editDistance(x, y)).toBe(editDistance(y, x));
        expect(editDistance(x, z)).toBeLessThanOrEqual(editDistance(x, y) + editDistance(y, z));
      }),
    );
  });
});
