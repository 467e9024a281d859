// The layouts a fuzz of office-style workbooks found the reader getting wrong, one test each: merged
// cells, a generic word under a component's header, formulas without a computed value, summary rows
// and remarks, duplicates that slipped through, digit strings too long to be a score.
import { readScoreTable } from "../../../src/core/read/readScoreTable";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import type { CellValue, Grid, MergedArea } from "../../../src/core/types";
import { parseA1 } from "../../../src/core/read/address";
import { netBonus } from "../../support/bonus";

const area = (range: string): MergedArea => {
  const [a, b] = range.split(":") as [string, string];
  const from = parseA1(a);
  const to = parseA1(b);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
};
const sheet = (name: string, cells: CellValue[][], extra: { merges?: string[]; uncalculated?: string[] } = {}): Grid => ({
  sheet: name,
  originRow: 1,
  originCol: 1,
  cells,
  ...(extra.merges ? { merges: extra.merges.map(area) } : {}),
  ...(extra.uncalculated ? { uncalculated: extra.uncalculated } : {}),
});
const read = (...grids: Grid[]) => readScoreTable(grids, defaultScheme());
const codesAt = (problems: { code: string; cell: string | null }[]) => problems.map((p) => `${p.code}@${p.cell}`);
const HEADER = ["单位名称", "类别", "日常考核", "实地考核", "满意度调查"];
const COUNTIES = ["华龙区", "清丰县", "南乐县", "范县", "台前县", "濮阳县", "开发区", "工业园区", "示范区"];

describe("merged cells", () => {
  test("a group typed once and merged down over its rows is the group of every row", () => {
    const rows: CellValue[][] = COUNTIES.map((name, i) => [name, i === 0 ? "县（区）" : null, 90 - i, 80, 70]);
    const depts: CellValue[][] = [
      ["市公安局", "市直部门", 91, 81, 71],
      ["市财政局", null, 92, 82, 72],
    ];
    const { table, problems } = read(sheet("得分", [HEADER, ...rows, ...depts], { merges: ["B2:B10", "B11:B12"] }));
    expect(problems).toEqual([]);
    expect(table.names).toEqual([...COUNTIES, "市公安局", "市财政局"]);
    expect(table.groups).toEqual(["县（区）", "市直部门"]);
    expect(Array.from(table.groupOf)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
  });

  test("a group merged across two columns and down is read from its column", () => {
    const h = ["序号", "单位名称", "类别", null, "日常考核", "实地考核", "满意度调查"];
    const { table, problems } = read(sheet("S", [h, [1, "甲", "县（区）", null, 90, 80, 70], [2, "乙", null, null, 90, 80, 70]], { merges: ["C1:D1", "C2:D3"] }));
    expect(problems).toEqual([]);
    expect(Array.from(table.groupOf)).toEqual([0, 0]);
  });

  test("a unit typed twice under a merged group is a duplicate naming both cells", () => {
    const rows: CellValue[][] = [
      ["甲", "县（区）", 90, 80, 70],
      ["乙", null, 90, 80, 70],
      ["甲 ", null, 85, 80, 70],
    ];
    const { problems } = read(sheet("S", [HEADER, ...rows], { merges: ["B2:B4"] }));
    expect(codesAt(problems)).toEqual(["DUPLICATE_UNIT@A4"]);
    expect(problems[0]?.message).toContain("S!A2");
  });

  test("a score merged over two units counts for the first only; the second's cell says it is merged", () => {
    const rows: CellValue[][] = [
      ["甲", "县（区）", 90, 80, 70],
      ["乙", "县（区）", 85, null, 70],
    ];
    const { table, problems } = read(sheet("S", [HEADER, ...rows], { merges: ["D2:D3"] }));
    expect(table.components[1]![0]).toBe(80);
    expect(Number.isNaN(table.components[1]![1])).toBe(true);
    expect(codesAt(problems)).toEqual(["SCORE_MISSING@D3"]);
    expect(problems[0]?.message).toContain("D2:D3");
    expect(problems[0]?.message).toContain("合并");
    expect(problems[0]?.messageEn).toContain("merged area D2:D3");
  });

  test("a bonus merged over two units is not shared either, and not read as none in silence", () => {
    const h = [...HEADER, "加分"];
    const { table, problems } = read(sheet("S", [h, ["甲", "县（区）", 90, 80, 70, 2], ["乙", "县（区）", 85, 80, 70, null]], { merges: ["F2:F3"] }));
    expect(netBonus(table, 0)).toBe(2);
    expect(codesAt(problems)).toEqual(["SCORE_MISSING@F3"]);
    expect(problems[0]?.message).toContain("F2:F3");
  });

  test("a veto mark merged down the veto column marks every row it covers", () => {
    const h = [...HEADER, "一票否决"];
    const rows: CellValue[][] = [
      ["甲", "县（区）", 90, 80, 70, "发生重大案件"],
      ["乙", "县（区）", 85, 80, 70, null],
      ["丙", "县（区）", 85, 80, 70, "无"],
      ["丁", "县（区）", 85, 80, 70, null],
    ];
    const { table } = read(sheet("S", [h, ...rows], { merges: ["F2:F3", "F4:F5"] }));
    expect(table.veto).toEqual(["发生重大案件", "发生重大案件", null, null]);
  });

  test("a unit whose name cell is merged down over two rows is one unit", () => {
    const rows: CellValue[][] = [
      ["甲", "县（区）", 90, 80, 70],
      [null, null, null, null, null],
      ["乙", "县（区）", 85, 80, 70],
    ];
    const { table, problems } = read(sheet("S", [HEADER, ...rows], { merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3"] }));
    expect(problems).toEqual([]);
    expect(table.names).toEqual(["甲", "乙"]);
  });

  test("a name merged down over two rows that each carry scores names the unit twice: a duplicate", () => {
    const rows: CellValue[][] = [
      ["甲", "县（区）", 90, 80, 70],
      [null, "县（区）", 85, 75, 65],
    ];
    const { problems } = read(sheet("S", [HEADER, ...rows], { merges: ["A2:A3"] }));
    expect(codesAt(problems)).toEqual(["DUPLICATE_UNIT@A3"]);
  });

  test("a summary row whose 合计 is merged over the 序号 and name cells is not a unit", () => {
    const h = ["序号", ...HEADER];
    const rows: CellValue[][] = [
      [1, "甲", "县（区）", 90, 80, 70],
      ["合计", null, null, 90, 80, 70],
    ];
    const { table, problems } = read(sheet("S", [h, ...rows], { merges: ["A3:C3"] }));
    expect(problems).toEqual([]);
    expect(table.names).toEqual(["甲"]);
  });

  test("a note merged across the table below it is not a unit", () => {
    const rows: CellValue[][] = [
      ["甲", "县（区）", 90, 80, 70],
      ["以上得分经领导小组审定", null, null, null, null],
      [null, null, null, null, null],
    ];
    const { table, problems } = read(sheet("S", [HEADER, ...rows], { merges: ["A3:E4"] }));
    expect(problems).toEqual([]);
    expect(table.names).toEqual(["甲"]);
  });

  test("a two-row header reported with its merges: the upper cell's area says how far it spans", () => {
    const upper = ["单位名称", "类别", "日常考核（60%）", "实地考核（30%）", "满意度调查（10%）", null, null];
    const lower = [null, null, null, null, "民营企业家座谈", "办事大厅实地走访", "整改情况"];
    const data: CellValue[] = ["甲", "县（区）", 90, 80, 45, 40.5, "已整改"];
    const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1"];
    const { table, problems } = read(sheet("S", [upper, lower, data], { merges }));
    expect(problems).toEqual([]);
    expect(table.components[2]![0]).toBe(85.5);
    const roles = Object.fromEntries(table.tables[0]!.columns.map((c) => [c.column, c.role.kind]));
    expect(roles).toMatchObject({ C: "component", D: "component", E: "subItem", F: "subItem", G: "ignored" });
  });
});

describe("a component's upper header over one generic cell", () => {
  test.each(["得分", "成绩", "分数", "得分情况", "考核得分", "得分（30分）"])("实地考核（30%） over %s is the component", (word) => {
    const upper = ["单位名称", "类别", "日常考核（60%）", null, "实地考核（30%）", "满意度调查（10%）"];
    const lower = [null, null, "专项工作", "案卷评查", word, null];
    const { table, problems } = read(sheet("S", [upper, lower, ["甲", "县（区）", 40, 50, 88, 70]], { merges: ["C1:D1", "F1:F2"] }));
    expect(problems).toEqual([]);
    expect(table.components[1]![0]).toBe(88);
  });

  test("every component over 得分 in a two-row header", () => {
    const upper = ["序号", "单位名称", "类别", "日常考核（60%）", "实地考核（30%）", "满意度调查（10%）", "综合成绩"];
    const lower = [null, null, null, "得分", "得分", "得分", null];
    const { table, problems } = read(sheet("S", [upper, lower, [1, "甲", "县（区）", 90, 80, 70, 85]]));
    expect(problems).toEqual([]);
    expect([0, 1, 2].map((c) => table.components[c]![0])).toEqual([90, 80, 70]);
  });

  test("a generic score beside a rank under the component: the score is the component, the rank is not summed", () => {
    const upper = ["单位名称", "类别", "日常考核", "实地考核（30%）", null, "满意度调查"];
    const lower = [null, null, null, "成绩", "名次", null];
    const { table, problems } = read(sheet("S", [upper, lower, ["甲", "县（区）", 90, 80, 2, 70]], { merges: ["D1:E1"] }));
    expect(problems).toEqual([]);
    expect(table.components[1]![0]).toBe(80);
  });

  test("beside sub-items a 得分 column is still their subtotal, not a sub-item", () => {
    const upper = ["单位名称", "日常考核（60%）", null, null, "实地考核", "满意度调查"];
    const lower = [null, "专项工作", "案卷评查", "得分", null, null];
    const { table, problems } = read(sheet("县（区）", [upper, lower, ["甲", 40, 50, 90, 80, 70]]));
    expect(problems).toEqual([]);
    expect(table.components[0]![0]).toBe(90);
    expect(table.tables[0]!.columns.find((c) => c.column === "D")?.role).toEqual({ kind: "ignored" });
  });
});

describe("formula cells", () => {
  test("a zero a formula computed is a score, not a missing one", () => {
    const { table, problems } = read(
      sheet("S", [
        [...HEADER, "扣分"],
        ["甲", "县（区）", 0, 80, 70, 0],
      ]),
    );
    expect(problems).toEqual([]);
    expect(table.components[0]![0]).toBe(0);
    expect(netBonus(table, 0)).toBe(0);
  });

  test("a score formula with no computed value is FORMULA_NO_VALUE at its cell, not a missing score", () => {
    const { problems } = read(sheet("得分", [HEADER, ["甲", "县（区）", 90, 80, 70], ["乙", "县（区）", 90, null, 70]], { uncalculated: ["D3"] }));
    expect(codesAt(problems)).toEqual(["FORMULA_NO_VALUE@D3"]);
    expect(problems[0]).toMatchObject({ severity: "error", sheet: "得分" });
    expect(problems[0]?.message).toBe("得分!D3 是公式但没有计算结果：请在 Excel 或 WPS 中打开并保存后再试。");
    expect(problems[0]?.messageEn).toContain("open and save");
  });

  test("a sub-item, a bonus, a group and a veto formula with no computed value each say so", () => {
    const upper = ["单位名称", "类别", "日常考核", "实地考核", "满意度调查", null, "加分", "一票否决"];
    const lower = [null, null, null, null, "民营企业家座谈", "办事大厅实地走访", null, null];
    const cells: CellValue[][] = [upper, lower, ["甲", null, 90, 80, null, 40, null, null]];
    const { table, problems } = read(sheet("S", cells, { merges: ["E1:F1"], uncalculated: ["B3", "E3", "$G$3", "h3"] }));
    expect(codesAt(problems)).toEqual(["FORMULA_NO_VALUE@B3", "FORMULA_NO_VALUE@E3", "FORMULA_NO_VALUE@G3", "FORMULA_NO_VALUE@H3"]);
    expect(table.count).toBe(0);
  });

  test("a row whose name is a formula with no computed value is reported at the name, not dropped", () => {
    const { table, problems } = read(sheet("S", [HEADER, ["甲", "县（区）", 90, 80, 70], [null, "县（区）", 85, 80, 70]], { uncalculated: ["A3"] }));
    expect(table.names).toEqual(["甲"]);
    expect(codesAt(problems)).toEqual(["FORMULA_NO_VALUE@A3"]);
  });

  test("a nameless row whose scores are all formulas with no value is reported, not dropped", () => {
    const { problems } = read(sheet("S", [HEADER, ["甲", "县（区）", 90, 80, 70], [null, null, null, null, null]], { uncalculated: ["C3", "D3", "E3"] }));
    expect(codesAt(problems)).toEqual(["FORMULA_NO_VALUE@C3"]);
  });
});

describe("summary rows and remarks", () => {
  const H = ["序号", "单位名称", "类别", "日常考核", "实地考核", "满意度调查", "备注"];

  test.each(["得分低于全市平均水平", "较上年合计扣2分", "小计有误已更正", "平均分以上"])("a nameless row with scores and the remark %j is a unit without a name", (remark) => {
    const { table, problems } = read(sheet("S", [H, [1, "甲", "县（区）", 90, 80, 70, null], [2, null, "县（区）", 70, 60, 50, remark]]));
    expect(table.names).toEqual(["甲"]);
    expect(codesAt(problems)).toEqual(["UNIT_NAME_MISSING@B3"]);
  });

  test("a unit's remark with a summary word keeps the unit", () => {
    const { table, problems } = read(sheet("S", [H, [1, "甲", "县（区）", 90, 80, 70, "得分低于全市平均水平"]]));
    expect(problems).toEqual([]);
    expect(table.names).toEqual(["甲"]);
  });

  test.each(["合计", "总计", "平均分", "全市平均", "县（区）小计", "市直部门平均分", "合计（9个）", "平均值："])("a row named %j is a summary row, not a unit", (label) => {
    const { table, problems } = read(sheet("S", [H, [1, "甲", "县（区）", 90, 80, 70, null], [null, label, null, 90, 80, 70, null]]));
    expect(problems).toEqual([]);
    expect(table.names).toEqual(["甲"]);
  });

  test("合计 typed in the 序号 column, not merged, labels a summary row", () => {
    const { table, problems } = read(sheet("S", [H, [1, "甲", "县（区）", 90, 80, 70, null], ["合计", null, null, 90, 80, 70, null]]));
    expect(problems).toEqual([]);
    expect(table.names).toEqual(["甲"]);
  });

  test("a unit whose name merely contains 平均 or 合计 is still a unit", () => {
    const { table } = read(sheet("S", [H, [1, "市合计量检测中心", "市直部门", 90, 80, 70, null]]));
    expect(table.names).toEqual(["市合计量检测中心"]);
  });
});

describe("duplicates", () => {
  test("a unit without a group typed before the same unit with one: both are reported", () => {
    const { problems } = read(sheet("S", [HEADER, ["甲", null, 90, 80, 70], ["甲", "县（区）", 90, 80, 70]]));
    expect(codesAt(problems)).toEqual(["GROUP_MISSING@B2", "DUPLICATE_UNIT@A3"]);
    expect(problems[1]?.message).toContain("S!A2");
  });

  test("two units without a group and the same name: the second is a duplicate", () => {
    const { problems } = read(sheet("S", [HEADER, ["甲", null, 90, 80, 70], ["乙", "县（区）", 90, 80, 70], ["甲", null, 90, 80, 70]]));
    expect(codesAt(problems)).toEqual(["GROUP_MISSING@B2", "DUPLICATE_UNIT@A4", "GROUP_MISSING@B4"]);
  });

  test("a name with a zero-width space pasted into it is the same unit", () => {
    const { problems } = read(sheet("S", [HEADER, ["清丰县", "县（区）", 90, 80, 70], ["清丰\u200b县", "县（区）", 90, 80, 70]]));
    expect(codesAt(problems)).toEqual(["DUPLICATE_UNIT@A3"]);
  });
});

describe("digit strings", () => {
  test.each(["12345678901234567890", "1".repeat(30), "0000123456789012345678"])("%j as a score is text, not a number out of range", (text) => {
    const { problems } = read(sheet("S", [HEADER, ["甲", "县（区）", text, 80, 70]]));
    expect(codesAt(problems)).toEqual(["SCORE_NOT_NUMBER@C2"]);
  });

  test("a long typed number is still a number out of range", () => {
    const { problems } = read(sheet("S", [HEADER, ["甲", "县（区）", 8850, 80, "123456789012345"]]));
    expect(codesAt(problems)).toEqual(["SCORE_OUT_OF_RANGE@C2", "SCORE_NORMALISED@E2", "SCORE_OUT_OF_RANGE@E2"]);
  });
});
