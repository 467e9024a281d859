// A component scored by several raters, laid out as offices lay out a 评委打分 sheet: the component's
// header merged over 评委1…评委7, 序号 / 单位名称 / 类别 and the other components merged down over the
// two header rows. The component is the raters' scores combined (mean, or trimmed when the rules say).
import { rankWorkbook } from "../../../src/core/pipeline";
import { parseA1 } from "../../../src/core/read/address";
import { readScoreTable } from "../../../src/core/read/readScoreTable";
import { isRaterHeader } from "../../../src/core/read/raterHeaders";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import { uiText } from "../../../src/core/messages/ui";
import type { CellValue, Grid, MergedArea, RaterRule, Scheme } from "../../../src/core/types";
import { roleChoices, roleValue } from "../../../src/taskpane/roles";

const area = (range: string): MergedArea => {
  const [a, b] = range.split(":") as [string, string];
  const from = parseA1(a);
  const to = parseA1(b);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
};

const RATERS = ["评委1", "评委2", "评委3", "评委4", "评委5", "评委6", "评委7"];

/**
 * 序号 | 单位名称 | 类别 | 实地考核 over the raters (D…) | 日常考核 | 满意度调查, under a title row, with
 * the merges an office makes. `units`: name, group, the raters' cells, daily, satisfaction.
 */
function raterSheet(units: [string, string, CellValue[], number, number][], raters: string[] = RATERS, extra: { merges?: string[] } = {}): Grid {
  const n = raters.length;
  const last = 3 + n + 2;
  const col = (k: number): string => String.fromCharCode(64 + k);
  const title: CellValue[] = ["2020年度实地考核评委打分汇总表"];
  const upper: CellValue[] = ["序号", "单位名称", "类别", "实地考核", ...new Array<CellValue>(n - 1).fill(null), "日常考核", "满意度调查"];
  const lower: CellValue[] = [null, null, null, ...raters, null, null];
  const rows = units.map(([name, group, scores, daily, sat], i): CellValue[] => [i + 1, name, group, ...scores, daily, sat]);
  const merges = [`A1:${col(last)}1`, "A2:A3", "B2:B3", "C2:C3", `D2:${col(3 + n)}2`, `${col(4 + n)}2:${col(4 + n)}3`, `${col(5 + n)}2:${col(5 + n)}3`, ...(extra.merges ?? [])];
  return { sheet: "评委打分", originRow: 1, originCol: 1, cells: [title, upper, lower, ...rows], merges: merges.map(area) };
}

function withRaters(rule: RaterRule | undefined, change: (s: Scheme) => void = () => {}): Scheme {
  const s = defaultScheme();
  if (rule) s.components[1]!.raters = rule;
  change(s);
  return s;
}

const codesAt = (problems: { code: string; cell: string | null }[]) => problems.map((p) => `${p.code}@${p.cell}`);
const onsite = (grid: Grid, scheme: Scheme) => {
  const { table, problems } = readScoreTable([grid], scheme);
  return { scores: Array.from(table.components[1]!), problems, table };
};

describe("the sub-headers that name a rater", () => {
  test.each(["评委1", "评委７", "专家1", "评分人3", "一号评委", "1号评委", "评委A", "评委b", "评委一", "评委十二", "专家2打分", "评审专家3", "评委 4", "评委5号"])(
    "%s names a rater",
    (text) => {
      expect(isRaterHeader(text)).toBe(true);
    },
  );
  test.each(["评委", "评委意见", "专家组", "平均分", "最高分", "得分", "评委打分", "评委平均分", "1", "评委123"])("%s does not", (text) => {
    expect(isRaterHeader(text)).toBe(false);
  });
});

describe("a 评委打分 sheet", () => {
  const units: [string, string, CellValue[], number, number][] = [
    ["华龙区", "县（区）", [90, 85, 88, 92, 70, 86, 89], 91, 95],
    ["清丰县", "县（区）", [80, 81, 82, 83, 84, 85, 100], 88, 90],
    ["市公安局", "市直部门", [75.5, 80, 77, 79.5, 78, 76, 81], 85, 92],
  ];

  test("the raters' columns are read as the component's raters, and the table is found as an office made it", () => {
    const { table, problems } = readScoreTable([raterSheet(units)], defaultScheme());
    expect(problems).toEqual([]);
    expect(table.names).toEqual(["华龙区", "清丰县", "市公安局"]);
    const layout = table.tables[0]!;
    expect(layout.headerRows).toEqual([2, 3]);
    expect(layout.title).toBe("2020年度实地考核评委打分汇总表");
    const roles = Object.fromEntries(layout.columns.map((c) => [c.column, c.role]));
    expect(roles).toMatchObject({ A: { kind: "ignored" }, B: { kind: "name" }, C: { kind: "group" }, K: { kind: "component", component: 0 }, L: { kind: "component", component: 2 } });
    for (const c of ["D", "E", "F", "G", "H", "I", "J"]) expect(roles[c]).toEqual({ kind: "rater", component: 1 });
    expect(layout.columns.find((c) => c.column === "F")?.header).toBe("实地考核 / 评委3");
  });

  test("with no rule in the scheme the component is the plain mean of the seven, unrounded", () => {
    const { scores } = onsite(raterSheet(units), defaultScheme());
    // (90+85+88+92+70+86+89)/7 = 600/7
    expect(scores[0]).toBe(85.714285714);
    expect(scores[1]).toBe(85);
    // 547/7
    expect(scores[2]).toBe(78.142857143);
  });

  test("a trimmed rule drops one highest and one lowest score, rounded as the rule says", () => {
    const { scores } = onsite(raterSheet(units), withRaters({ method: "trimmed", decimals: 2 }));
    // 华龙区 drops 92 and 70: (90+85+88+86+89)/5 = 87.6; 清丰县 drops 100 and 80: 415/5 = 83;
    // 市公安局 drops 81 and 75.5: (80+77+79.5+78+76)/5 = 78.1.
    expect(scores).toEqual([87.6, 83, 78.1]);
  });

  test("the trimmed mean reaches the ranking and the results sheet as the combined score", () => {
    const r = rankWorkbook([raterSheet(units)], { scheme: withRaters({ method: "trimmed", decimals: 2 }) });
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
    const i = r.table.names.indexOf("华龙区");
    // 0.6·91 + 0.3·87.6 + 0.1·95 = 54.6 + 26.28 + 9.5 = 90.38
    expect(r.assessment!.totals[i]).toBe(90.38);
    const results = r.plan!.sheets.find((s) => s.kind === "results")!;
    const texts = JSON.stringify(results.columns.map((c) => ("values" in c ? c.values : [...c.head, ...Array.from(c.numbers)])));
    expect(texts).toContain("87.6");
    expect(texts).toContain("90.38");
  });

  test("a blank rater cell is a rater who did not score: left out, with a warning naming the cell", () => {
    const blank: [string, string, CellValue[], number, number][] = [["华龙区", "县（区）", [90, 85, null, 92, 70, 86, 89], 91, 95]];
    const { scores, problems } = onsite(raterSheet(blank), withRaters({ method: "trimmed", decimals: 2 }));
    expect(codesAt(problems)).toEqual(["RATER_SCORE_BLANK@F4"]);
    expect(problems[0]!.severity).toBe("warning");
    expect(problems[0]!.message).toBe("评委打分!F4：“华龙区”的实地考核（评委3）为空，按未打分处理，实地考核按其余 6 位评委的得分计算。");
    // Six scores, 92 and 70 dropped: (90+85+86+89)/4 = 87.5
    expect(scores).toEqual([87.5]);
  });

  test("every rater blank is a missing score; a text score and a score above full marks are errors naming their cells", () => {
    const bad: [string, string, CellValue[], number, number][] = [
      ["华龙区", "县（区）", [null, null, null, null, null, null, null], 91, 95],
      ["清丰县", "县（区）", [80, "缺席", 82, 83, 84, 85, 86], 88, 90],
      ["南乐县", "县（区）", [80, 81, 82, 101, 84, 85, 86], 88, 90],
    ];
    const { scores, problems } = onsite(raterSheet(bad), defaultScheme());
    expect(codesAt(problems)).toEqual(["SCORE_MISSING@D4", "SCORE_NOT_NUMBER@E5", "SCORE_OUT_OF_RANGE@G6"]);
    expect(problems.map((p) => p.message)).toEqual([
      "评委打分!D4：“华龙区”缺少实地考核得分。",
      "评委打分!E5：“清丰县”的实地考核（评委2）“缺席”不是数字。",
      "评委打分!G6：“南乐县”的实地考核（评委4）为 101，超出 0–100 分。",
    ]);
    expect(scores.every(Number.isNaN)).toBe(true);
    expect(rankWorkbook([raterSheet(bad)]).ok).toBe(false);
  });

  test("raters' scores are checked against the component's full marks, and a group's own", () => {
    const scaled = withRaters(undefined, (s) => {
      s.components[1]!.fullMarks = 30;
      s.components[0]!.weight = 60;
      s.groupScales = { 市直部门: { components: { onsite: { fullMarks: 20 } } } };
    });
    const rows: [string, string, CellValue[], number, number][] = [
      ["华龙区", "县（区）", [30, 25, 28, 29, 27, 26, 24], 91, 95],
      ["清丰县", "县（区）", [31, 25, 28, 29, 27, 26, 24], 88, 90],
      ["市公安局", "市直部门", [20, 19, 18, 21, 17, 16, 15], 85, 92],
    ];
    const { scores, problems } = onsite(raterSheet(rows), scaled);
    expect(codesAt(problems)).toEqual(["SCORE_OUT_OF_RANGE@D5", "SCORE_OUT_OF_RANGE@G6"]);
    expect(problems[0]!.message).toContain("超出 0–30 分");
    expect(problems[1]!.message).toContain("超出 0–20 分");
    expect(scores[0]).toBe(27);
  });

  test.each([
    [["专家1", "专家2", "专家3"]],
    [["评分人1", "评分人2", "评分人3"]],
    [["一号评委", "二号评委", "三号评委"]],
    [["评委A", "评委B", "评委C"]],
    [["评委一", "评委二", "评委三"]],
  ])("sub-headers %j are raters too", (raters) => {
    const { scores, problems, table } = onsite(raterSheet([["华龙区", "县（区）", [90, 80, 70], 91, 95]], raters), withRaters({ method: "trimmed", decimals: 2 }));
    expect(problems).toEqual([]);
    expect(table.tables[0]!.columns.filter((c) => c.role.kind === "rater").map((c) => c.column)).toEqual(["D", "E", "F"]);
    // Three raters: the highest and the lowest dropped, 80 left.
    expect(scores).toEqual([80]);
  });

  test("the sheet's own 最高分, 最低分 and 最后得分 under the component are recomputed, not read", () => {
    const raters = ["评委1", "评委2", "评委3", "评委4", "最高分", "最低分", "最后得分"];
    const { scores, problems, table } = onsite(raterSheet([["华龙区", "县（区）", [90, 80, 70, 60, 90, 60, 999], 91, 95]], raters), withRaters({ method: "trimmed", decimals: 2 }));
    expect(problems).toEqual([]);
    expect(table.tables[0]!.columns.filter((c) => c.role.kind === "ignored").map((c) => c.column)).toEqual(["A", "H", "I", "J"]);
    expect(scores).toEqual([75]);
  });

  test("a component column beside the raters' is a result the sheet computed: the raters win", () => {
    const g = raterSheet([["华龙区", "县（区）", [90, 80, 70], 91, 95]], ["评委1", "评委2", "评委3"]);
    // A 实地考核得分 column after the others.
    g.cells[1]!.push("实地考核得分");
    g.cells[3]!.push(12);
    const { scores, problems, table } = onsite(g, defaultScheme());
    expect(problems).toEqual([]);
    expect(table.tables[0]!.columns.find((c) => c.column === "I")?.role).toEqual({ kind: "ignored" });
    expect(scores).toEqual([80]);
  });

  test("the pane offers a rater meaning per component, and a column corrected to it is read as a rater", () => {
    const choices = roleChoices(defaultScheme(), uiText("zh"));
    const rater = choices.find((c) => c.value === roleValue({ kind: "rater", component: 1 }));
    expect(rater?.label).toBe("实地考核 › 一位评委的打分");
    expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
    // A one-row sheet whose raters' headers ASSESS does not know, corrected in the pane.
    const grid: Grid = {
      sheet: "S",
      originRow: 1,
      originCol: 1,
      cells: [
        ["单位名称", "类别", "日常考核", "甲", "乙", "丙", "满意度调查"],
        ["华龙区", "县（区）", 91, 90, 80, 60, 95],
      ],
    };
    const overrides = ["D", "E", "F"].map((column) => ({ sheet: "S", column, role: rater!.role }));
    const { table, problems } = readScoreTable([grid], defaultScheme(), { overrides });
    expect(problems).toEqual([]);
    // No rule in the scheme: the plain mean, (90+80+60)/3.
    expect(Array.from(table.components[1]!)).toEqual([76.666666667]);
  });
});

describe("the per-item bonus limit", () => {
  const grid = (bonus: CellValue[][]): Grid => ({
    sheet: "S",
    originRow: 1,
    originCol: 1,
    cells: [["单位名称", "类别", "日常考核", "实地考核", "满意度调查", "加分", "加分", "扣分", "加减分"], ...bonus.map((b, i) => [`单位${i + 1}`, "县（区）", 90, 90, 90, ...b])],
  });

  test("each bonus column's 加分 counts at most maxAddPerItem; 扣分 is not capped by it", () => {
    const scheme = withRaters(undefined, (s) => (s.bonusRules = { maxAddPerItem: 1 }));
    const { table, problems } = readScoreTable(
      [
        grid([
          [3, 0.5, 4, 2],
          [1, 1, null, -3],
          [0.4, null, null, null],
        ]),
      ],
      scheme,
    );
    expect(problems).toEqual([]);
    expect(Array.from(table.additions)).toEqual([2.5, 2, 0.4]);
    expect(Array.from(table.deductions)).toEqual([4, 3, 0]);
  });

  test("without the limit every 加分 counts as typed", () => {
    const { table } = readScoreTable([grid([[3, 0.5, 4, 2]])], defaultScheme());
    expect(Array.from(table.additions)).toEqual([5.5]);
  });
});

describe("a raters' rule the reader cannot apply", () => {
  test("is a SCHEME_INVALID problem naming the component, and the sheet is still read, with the mean, without a crash", () => {
    const bad = withRaters({ method: "trimmed", decimals: 12 });
    const r = rankWorkbook([raterSheet([["华龙区", "县（区）", [90, 80, 60], 91, 95]], ["评委1", "评委2", "评委3"])], { scheme: bad });
    expect(r.ok).toBe(false);
    const invalid = r.problems.filter((p) => p.code === "SCHEME_INVALID");
    expect(invalid.map((p) => p.message)).toEqual([expect.stringContaining("“实地考核”的评委打分规则（方式 trimmed，小数位数 12）无法使用")]);
    expect(r.table.components[1]![0]).toBe(76.666666667);
  });
});
