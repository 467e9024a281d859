import fc from "fast-check";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import { validateScheme } from "../../../src/core/scheme/validate";
import { planCell } from "../../../src/core/plan";
import { readSettingsSheet } from "../../../src/core/settings/read";
import { settingsSheetPlan } from "../../../src/core/settings/write";
import type { CellValue, Grid, Problem, Scheme, SheetPlan } from "../../../src/core/types";
import { schemeArb, word } from "../../support/schemes";

/** The sheet as a host would read it back: rows of cells from A1. */
function gridOf(plan: SheetPlan, sheet = plan.name): Grid {
  const cells: CellValue[][] = Array.from({ length: plan.rowCount }, (_, r) => plan.columns.map((c) => planCell(c, r)));
  return { sheet, originRow: 1, originCol: 1, cells };
}

const written = (scheme: Scheme, generated: string[] = ["考核结果", "考核设置"]): Grid => gridOf(settingsSheetPlan(scheme, generated, "考核设置"));

function rowStarting(grid: Grid, label: string): CellValue[] {
  const row = grid.cells.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

const rowNumber = (grid: Grid, label: string): number => grid.cells.findIndex((r) => r[0] === label) + 1;

describe("the settings sheet (考核设置)", () => {
  test("is identified by its first cell, not by its name, and the rest of a workbook is not one", () => {
    const renamed = gridOf(settingsSheetPlan(defaultScheme(), [], "考核设置"), "2020年规则");
    expect(readSettingsSheet(renamed)).not.toBeNull();
    expect(renamed.cells[0]![0]).toBe("ASSESS 考核设置");
    expect(readSettingsSheet({ sheet: "考核设置", originRow: 1, originCol: 1, cells: [["考核设置"], ["优秀", 90]] })).toBeNull();
  });

  test("reads back exactly the scheme and sheet list it was written with (any valid scheme)", () => {
    fc.assert(
      fc.property(schemeArb, fc.uniqueArray(word, { maxLength: 6 }), (scheme, generated) => {
        const back = readSettingsSheet(written(scheme, generated));
        expect(back).not.toBeNull();
        // Nothing the sheet says is unreadable: the only problems are the checks of the scheme itself.
        // (Groups come back in the sheet's order, so the checks' problems are compared as a set.)
        // Read from the sheet, each of them names the cell its rule is in (./cells.test.ts says which).
        const sorted = (ps: Problem[]): string[] => ps.map((p) => `${p.code} ${p.message.replace(`${p.sheet ?? ""}!${p.cell ?? ""}：`, "")}`).sort();
        expect(sorted(back!.problems)).toEqual(sorted(validateScheme(scheme)));
        for (const p of back!.problems) expect([p.sheet, p.cell === null]).toEqual(["考核设置", false]);
        expect(back!.scheme).toEqual(scheme);
        expect(back!.generated).toEqual(generated);
      }),
      { numRuns: 300 },
    );
  });

  test("is laid out for a person: components, weights, sub-items, tiers, ranking, decimals, generated sheets", () => {
    const scheme = defaultScheme();
    scheme.groupTiers["市直部门"] = [
      { label: "优秀", min: 92 },
      { label: "良好", min: 82 },
      { label: "合格", min: 60 },
      { label: "不合格", min: null },
    ];
    const grid = written(scheme, ["考核结果", "优秀等次", "考核设置"]);
    const header = rowStarting(grid, "考核项目");
    expect(header).toEqual(["考核项目", "权重(%)", "满分", "子项", "表头别名", "标识", "评委计分"]);
    expect(rowStarting(grid, "日常考核").slice(0, 4)).toEqual(["日常考核", 60, 100, "专项工作完成情况、行政执法案卷评查、负责人出庭应诉、服务型行政执法、信息宣传报送"]);
    expect(rowStarting(grid, "等次").slice(0, 4)).toEqual(["等次", "最低分", "名额", "市直部门"]);
    expect(rowStarting(grid, "优秀").slice(0, 4)).toEqual(["优秀", 90, null, 92]);
    expect(rowStarting(grid, "排名方式")[1]).toBe("竞争排名（1,2,2,4）");
    expect(rowStarting(grid, "小数位数")[1]).toBe(2);
    const listed = rowNumber(grid, "生成的工作表");
    expect(grid.cells.slice(listed - 1).map((r) => r[1])).toEqual(["考核结果", "优秀等次", "考核设置"]);
    expect(readSettingsSheet({ ...grid, cells: grid.cells.map((r) => [...r]) })!.scheme.ranking).toBe("competition");
  });

  test("tolerates a person's edits: a changed weight, a threshold typed as 85分, 中国式排名", () => {
    const grid = written(defaultScheme());
    rowStarting(grid, "日常考核")[1] = "50";
    rowStarting(grid, "实地考核")[1] = "４０％";
    rowStarting(grid, "良好")[1] = "85分";
    rowStarting(grid, "排名方式")[1] = "中国式排名";
    const back = readSettingsSheet(grid)!;
    expect(back.problems).toEqual([]);
    expect(back.scheme.components.map((c) => c.weight)).toEqual([50, 40, 10]);
    expect(back.scheme.tiers[1]).toEqual({ label: "良好", min: 85 });
    expect(back.scheme.ranking).toBe("dense");
  });

  test("a value it cannot read is a warning naming its cell, and the default is kept", () => {
    const grid = written(defaultScheme());
    const row = rowNumber(grid, "良好");
    grid.cells[row - 1]![1] = "八十";
    const back = readSettingsSheet(grid)!;
    expect(back.scheme.tiers[1]!.min).toBe(80);
    expect(back.problems).toHaveLength(1);
    expect(back.problems[0]).toMatchObject({ code: "SETTINGS_UNREADABLE", severity: "warning", sheet: "考核设置", cell: `B${row}` });
    expect(back.problems[0]!.message).toContain("八十");
  });

  test("an edit that breaks the rules is a scheme error, not a silent change", () => {
    const grid = written(defaultScheme());
    rowStarting(grid, "日常考核")[1] = 70;
    const back = readSettingsSheet(grid)!;
    expect(back.problems.map((p) => [p.code, p.severity])).toEqual([["SCHEME_INVALID", "error"]]);
    expect(back.problems[0]!.message).toContain("110");
  });

  test("carries the notice document's words: written, edited by a person, read back", () => {
    const grid = written(defaultScheme());
    expect(rowStarting(grid, "通报标题")[1]).toBe("关于2020年度全市依法行政考核情况的通报");
    expect(rowStarting(grid, "发文机关")[1]).toBe("濮阳市法治政府建设领导小组办公室");
    rowStarting(grid, "通报标题")[1] = "关于2021年度全市依法行政考核情况的通报";
    // A date typed into Excel is stored as a date; the adapters hand it over as 2022-03-01.
    rowStarting(grid, "成文日期")[1] = "2022-03-01";
    rowStarting(grid, "主送机关")[1] = null;
    const back = readSettingsSheet(grid)!;
    expect(back.problems).toEqual([]);
    expect(back.scheme.notice).toEqual({
      title: "关于2021年度全市依法行政考核情况的通报",
      addressees: "各县（区）党委、人民政府，开发区、工业园区、示范区党工委、管委会，市直各单位：",
      issuer: "濮阳市法治政府建设领导小组办公室",
      date: "2022年3月1日",
    });
  });

  test("a sheet written before the notice's words existed reads without them and without a warning", () => {
    const { notice: _left, ...older } = defaultScheme();
    const back = readSettingsSheet(written(older))!;
    expect(back.problems).toEqual([]);
    expect(back.scheme.notice).toBeUndefined();
    expect(back.scheme).toEqual(older);
  });

  describe("the rules real offices use", () => {
    /** A 连云港-like scheme: out of 150, a group's own scale, quotas, raters, bonus limits, a tie-break. */
    function officeScheme(): Scheme {
      const s = defaultScheme();
      s.fullMarks = 150;
      s.components = s.components.map((c, k) => ({ ...c, weight: [90, 45, 15][k] as number }));
      s.components[1]!.raters = { method: "trimmed", decimals: 2 };
      s.components[2]!.fullMarks = 10;
      s.tiers = [
        { label: "优秀", min: 135, quota: { percent: 30 } },
        { label: "良好", min: 120 },
        { label: "合格", min: 90 },
        { label: "不合格", min: null },
      ];
      s.groupTiers["市直部门"] = [
        { label: "优秀", min: 130, quota: { count: 8 } },
        { label: "良好", min: 120 },
        { label: "合格", min: 90 },
        { label: "不合格", min: null },
      ];
      s.groupTiers["县(区)"] = [
        { label: "好", min: null, quota: { count: 8 } },
        { label: "一般", min: null, quota: { count: 13 } },
        { label: "差", min: null },
      ];
      s.groupScales = { 开发区: { fullMarks: 100, components: { daily: { weight: 60 }, onsite: { weight: 30 }, satisfaction: { fullMarks: 100, weight: 10 } } } };
      s.quotaTies = "in";
      s.tieBreak = [{ component: "daily" }, "unrounded"];
      s.bonusRules = { maxAdd: 5, maxDeduct: 10, capAtFullMarks: true, addFrom: 60 };
      return s;
    }

    test("are written as a person reads them: 满分, 评委计分, 名额 as 30% or 8个, a group's scale, the rows of 四、其他", () => {
      const grid = written(officeScheme());
      expect(rowStarting(grid, "考核项目").slice(0, 3)).toEqual(["考核项目", "权重", "满分"]);
      expect(rowStarting(grid, "实地考核")).toEqual(["实地考核", 45, 100, "", "实地考核得分、实地考核成绩、实地、集中考核", "onsite", "去掉最高分和最低分后取平均，保留2位小数"]);
      expect(rowStarting(grid, "满意度调查").slice(0, 3)).toEqual(["满意度调查", 15, 10]);
      expect(rowStarting(grid, "类别")).toEqual(["类别", "考核项目", "满分", "权重", null, null, null]);
      const scale = grid.cells.filter((r) => r[0] === "开发区").map((r) => r.slice(0, 4));
      expect(scale).toEqual([
        ["开发区", "综合成绩", 100, null],
        ["开发区", "日常考核", null, 60],
        ["开发区", "实地考核", null, 30],
        ["开发区", "满意度调查", 100, 10],
      ]);
      expect(rowStarting(grid, "等次").slice(0, 5)).toEqual(["等次", "最低分", "名额", "市直部门", "市直部门名额"]);
      expect(rowStarting(grid, "优秀").slice(0, 5)).toEqual(["优秀", 135, "30%", 130, "8个"]);
      expect(rowStarting(grid, "良好").slice(0, 5)).toEqual(["良好", 120, null, 120, null]);
      const own = grid.cells.filter((r) => r[0] === "好" || r[0] === "一般" || r[0] === "差").map((r) => r.slice(0, 3));
      expect(own).toEqual([
        ["好", "不设", "8个"],
        ["一般", "不设", "13个"],
        ["差", "低于上一等次", null],
      ]);
      expect(grid.cells.find((r) => r[0] === "等次" && r[1] === "县(区)")?.slice(0, 3)).toEqual(["等次", "县(区)", "县(区)名额"]);
      expect(rowStarting(grid, "同分排序")[1]).toBe("日常考核、未四舍五入的综合成绩");
      expect(rowStarting(grid, "综合成绩满分")[1]).toBe(150);
      expect(rowStarting(grid, "名额临界同分")[1]).toBe("均得该等次（可超出名额）");
      expect(rowStarting(grid, "加分上限")[1]).toBe(5);
      expect(rowStarting(grid, "单项加分上限")[1]).toBe("不限");
      expect(rowStarting(grid, "扣分上限")[1]).toBe(10);
      expect(rowStarting(grid, "加分后不超过满分")[1]).toBe("是");
      expect(rowStarting(grid, "可加分的最低分")[1]).toBe(60);
      const back = readSettingsSheet(grid)!;
      expect(back.scheme).toEqual(officeScheme());
    });

    test("the 2020 rules show the defaults in words: 100 分, 并列, the quota never exceeded, 不限", () => {
      const grid = written(defaultScheme());
      expect(rowStarting(grid, "日常考核")[2]).toBe(100);
      expect(rowStarting(grid, "同分排序")[1]).toBe("并列（名次相同）");
      expect(rowStarting(grid, "名额临界同分")[1]).toBe("均不得该等次（不超出名额）");
      expect(["加分上限", "单项加分上限", "扣分上限", "可加分的最低分"].map((l) => rowStarting(grid, l)[1])).toEqual(["不限", "不限", "不限", "不限"]);
      expect(rowStarting(grid, "加分后不超过满分")[1]).toBe("否");
      expect(readSettingsSheet(grid)!.scheme).toEqual(defaultScheme());
    });

    test("tolerate a person's edits: 30% stored by Excel as 0.3, ８人, 不限, rules in their own words", () => {
      const grid = written(officeScheme());
      rowStarting(grid, "优秀")[2] = 0.25;
      rowStarting(grid, "优秀")[4] = "８人";
      rowStarting(grid, "良好")[2] = "10";
      rowStarting(grid, "合格")[4] = "不限";
      rowStarting(grid, "实地考核")[6] = "去掉一个最高分和一个最低分，保留两位小数";
      rowStarting(grid, "满意度调查")[6] = "平均";
      rowStarting(grid, "同分排序")[1] = "实地考核得分、未修约总分";
      rowStarting(grid, "名额临界同分")[1] = "均不得";
      rowStarting(grid, "加分上限")[1] = "3分";
      rowStarting(grid, "扣分上限")[1] = "";
      rowStarting(grid, "加分后不超过满分")[1] = "否";
      rowStarting(grid, "综合成绩满分")[1] = "１５０";
      const back = readSettingsSheet(grid)!;
      expect(back.problems.filter((p) => p.code === "SETTINGS_UNREADABLE")).toEqual([]);
      const s = back.scheme;
      expect(s.tiers.map((t) => t.quota)).toEqual([{ percent: 25 }, { count: 10 }, undefined, undefined]);
      expect(s.groupTiers["市直部门"]!.map((t) => t.quota)).toEqual([{ count: 8 }, { count: 10 }, undefined, undefined]);
      expect(s.components.map((c) => c.raters)).toEqual([undefined, { method: "trimmed", decimals: 2 }, { method: "mean", decimals: null }]);
      expect(s.tieBreak).toEqual([{ component: "onsite" }, "unrounded"]);
      expect(s.quotaTies).toBeUndefined();
      expect(s.bonusRules).toEqual({ maxAdd: 3, addFrom: 60 });
      expect(s.fullMarks).toBe(150);
    });

    test("a blank minimum beside a quota is a tier by quota alone; a blank one without is a threshold rubbed out", () => {
      const grid = written(officeScheme());
      rowStarting(grid, "优秀")[1] = null;
      rowStarting(grid, "良好")[1] = null;
      const back = readSettingsSheet(grid)!;
      expect(back.scheme.tiers.slice(0, 2)).toEqual([
        { label: "优秀", min: null, quota: { percent: 30 } },
        { label: "良好", min: 80 },
      ]);
      expect(back.problems.filter((p) => p.code === "SETTINGS_UNREADABLE").map((p) => p.cell)).toEqual([`B${rowNumber(grid, "良好")}`]);
    });

    test("a rule it cannot read is a warning naming its cell, and that rule's default is kept", () => {
      const grid = written(officeScheme());
      const at = (label: string, col: string): string => `${col}${rowNumber(grid, label)}`;
      rowStarting(grid, "优秀")[2] = "三成";
      rowStarting(grid, "实地考核")[6] = "中位数";
      rowStarting(grid, "同分排序")[1] = "日常考核、总分";
      rowStarting(grid, "名额临界同分")[1] = "看情况";
      rowStarting(grid, "加分上限")[1] = "五分";
      rowStarting(grid, "满意度调查")[2] = "十分";
      const back = readSettingsSheet(grid)!;
      const unreadable = back.problems.filter((p) => p.code === "SETTINGS_UNREADABLE");
      expect(unreadable.every((p) => p.severity === "warning" && p.sheet === "考核设置")).toBe(true);
      expect(unreadable.map((p) => p.cell).sort()).toEqual(
        [at("优秀", "C"), at("实地考核", "G"), at("同分排序", "B"), at("名额临界同分", "B"), at("加分上限", "B"), at("满意度调查", "C")].sort(),
      );
      expect(unreadable.map((p) => p.message).join("\n")).toContain("三成");
      const s = back.scheme;
      expect(s.tiers[0]!.quota).toBeUndefined();
      expect(s.components[1]!.raters).toBeUndefined();
      expect(s.components[2]!.fullMarks).toBeUndefined();
      expect(s.tieBreak).toBeUndefined();
      expect(s.quotaTies).toBeUndefined();
      expect(s.bonusRules).toEqual({ maxDeduct: 10, capAtFullMarks: true, addFrom: 60 });
    });
  });
});
