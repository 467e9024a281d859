import { rankWorkbook } from "../../../src/core/pipeline";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import { displayWidth } from "../../../src/core/report/format";
import { COUNTIES, DEPARTMENTS, rowsOf, scoreSheet } from "./workbooks";

const ALL = [...COUNTIES, ...DEPARTMENTS];

describe("the results sheet (考核结果)", () => {
  test("lists every unit group by group in rank order, ties sharing a rank", () => {
    const plan = rankWorkbook([scoreSheet(ALL)]).plan!;
    const rows = rowsOf(plan, "考核结果").slice(1);
    expect(rows[0]).toEqual(["名次", "单位名称", "类别", "日常考核", "实地考核", "满意度调查", "综合成绩", "等次"]);
    expect(rows.slice(1, 4).map((r) => r[1])).toEqual(["清丰县", "台前县", "开发区管委会"]);
    expect(rows.slice(10).map((r) => [r[0], r[1], r[6], r[7]])).toEqual([
      [1, "市税务局", 96, "优秀"],
      [2, "市审计局", 92.5, "优秀"],
      [2, "市水利局", 92.5, "优秀"],
      [4, "市民政局", 79, "合格"],
    ]);
    expect(plan.activate).toBe("考核结果");
  });

  test("freezes and bolds the header and shows totals with the scheme's decimals", () => {
    const plan = rankWorkbook([scoreSheet(ALL)]).plan!;
    const results = plan.sheets.find((s) => s.kind === "results")!;
    // The title row and the header.
    expect(results.frozenRows).toBe(2);
    expect(results.boldRows).toEqual([1]);
    expect(results.columns[6]!.numFmt).toBe("0.00");
    expect(results.columns[0]!.numFmt).toBe("0");

    const whole = rankWorkbook([scoreSheet(ALL)], { scheme: { ...defaultScheme(), decimals: 0 } }).plan!;
    expect(whole.sheets.find((s) => s.kind === "results")!.columns[6]!.numFmt).toBe("0");
    for (const s of whole.sheets.filter((x) => x.kind === "tier")) {
      expect(s.frozenRows).toBe(2);
      expect(s.columns[2]!.numFmt).toBe("0");
    }
  });

  test("makes columns wide enough for Chinese names, counting a CJK character as two", () => {
    const long = "濮阳市城市管理综合行政执法支队第一大队";
    const plan = rankWorkbook([scoreSheet([[long, "市直部门", 90], ...DEPARTMENTS])]).plan!;
    const nameColumn = plan.sheets.find((s) => s.kind === "results")!.columns[1]!;
    expect(nameColumn.width).toBeGreaterThanOrEqual(displayWidth(long));
    expect(displayWidth(long)).toBe(2 * long.length);
  });

  test("adds 加减分 and 一票否决 columns only when the table has them", () => {
    const plain = rowsOf(rankWorkbook([scoreSheet(ALL)]).plan!, "考核结果")[1]!;
    expect(plain).not.toContain("加减分");
    expect(plain).not.toContain("一票否决");

    const bonus = ALL.map((_, k) => (k === 0 ? 2 : null));
    const withBonus = rankWorkbook([scoreSheet(ALL, "考核得分", { header: "加减分", values: bonus })]);
    expect(withBonus.ok).toBe(true);
    const rows = rowsOf(withBonus.plan!, "考核结果").slice(1);
    expect(rows[0]).toContain("加减分");
    // 濮阳县 88 + 2 = 90: now 优秀.
    const puyang = rows.find((r) => r[1] === "濮阳县")!;
    expect(puyang[rows[0]!.indexOf("综合成绩")]).toBe(90);
    expect(puyang[rows[0]!.indexOf("等次")]).toBe("优秀");

    const veto = ALL.map((_, k) => (k === 1 ? "发生重大违法行政案件" : null));
    const vetoed = rankWorkbook([scoreSheet(ALL, "考核得分", { header: "一票否决", values: veto })]);
    const vrows = rowsOf(vetoed.plan!, "考核结果").slice(1);
    const qingfeng = vrows.find((r) => r[1] === "清丰县")!;
    expect(qingfeng[vrows[0]!.indexOf("等次")]).toBe("不合格");
    expect(qingfeng[vrows[0]!.indexOf("一票否决")]).toBe("发生重大违法行政案件");
  });
});

describe("the tier sheets", () => {
  test("one per tier that has units, named tier + 等次, with a bold title row per group", () => {
    const plan = rankWorkbook([scoreSheet(ALL)]).plan!;
    expect(plan.sheets.filter((s) => s.kind === "tier").map((s) => s.name)).toEqual(["优秀等次", "良好等次", "合格等次"]);
    const best = plan.sheets.find((s) => s.name === "优秀等次")!;
    const rows = rowsOf(plan, "优秀等次").slice(1);
    expect(rows[0]).toEqual(["名次", "单位名称", "综合成绩"]);
    expect(rows[1]![0]).toBe("县（区）（3个）");
    expect(rows.slice(2, 5)).toEqual([
      [1, "清丰县", 95],
      [2, "台前县", 93],
      [3, "开发区管委会", 91],
    ]);
    const deptTitle = rows.findIndex((r) => r[0] === "市直部门（3个）");
    // Rows counted from the sheet's title row, which the slice above left out.
    expect(best.boldRows).toEqual([1, 2, deptTitle + 1]);
    expect(rows.slice(deptTitle + 1).map((r) => r[1])).toEqual(["市税务局", "市审计局", "市水利局"]);
  });

  test("a unit name that looks like a formula is kept as the same text", () => {
    const plan = rankWorkbook([
      scoreSheet([
        ['=HYPERLINK("x")', "市直部门", 91],
        ["+SUM(1,2)", "市直部门", 90],
      ]),
    ]).plan!;
    expect(
      rowsOf(plan, "考核结果")
        .slice(2)
        .map((r) => r[1]),
    ).toEqual(['=HYPERLINK("x")', "+SUM(1,2)"]);
  });
});
