import { readScoreTable } from "../../../src/core/read/readScoreTable";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import type { CellValue, Grid, Scheme } from "../../../src/core/types";
import { netBonus } from "../../support/bonus";

const grid = (sheet: string, cells: CellValue[][], originRow = 1, originCol = 1): Grid => ({ sheet, originRow, originCol, cells });
const codesAt = (problems: { code: string; cell: string | null }[]) => problems.map((p) => `${p.code}@${p.cell}`);
const HEADER = ["单位名称", "类别", "日常考核", "实地考核", "满意度调查"];

test("cells are named in the sheet's own coordinates when the used range starts further in", () => {
  const { table, problems } = readScoreTable([grid("S", [HEADER, ["甲", "县(区)", "缺考", 80, 80]], 3, 2)], defaultScheme());
  expect(codesAt(problems)).toEqual(["SCORE_NOT_NUMBER@D4"]);
  expect(Array.from(table.rowOf)).toEqual([4]);
  expect(table.tables[0]?.columns.map((c) => c.column)).toEqual(["B", "C", "D", "E", "F"]);
});

test("a group typed in two ways is one group, shown as first typed", () => {
  const { table } = readScoreTable([grid("S", [HEADER, ["甲", " 县（区） ", 80, 80, 80], ["乙", "县(区)", 80, 80, 80], ["丙", "市直部门", 80, 80, 80]])], defaultScheme());
  expect(table.groups).toEqual(["县（区）", "市直部门"]);
  expect(Array.from(table.groupOf)).toEqual([0, 0, 1]);
});

test("a duplicate across sheets names both cells", () => {
  const h = ["单位名称", "日常考核", "实地考核", "满意度调查"];
  const { problems } = readScoreTable([grid("A组", [h, ["甲", 1, 1, 1]]), grid("B组", [h, ["x", 1, 1, 1], ["甲　", 1, 1, 1]])], defaultScheme());
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ code: "DUPLICATE_UNIT", sheet: "B组", cell: "A3" });
  expect(problems[0]?.message).toContain("A组!A2");
});

test("sub-items are summed, checked against their own maximum, and their sum against 100", () => {
  const scheme: Scheme = defaultScheme();
  scheme.components[0]!.subItems[0]!.max = 40;
  const upper = ["单位名称", "日常考核(60%)", null, null, null, null, "实地考核", "满意度调查"];
  const lower = [null, "专项工作完成情况", "行政执法案卷评查", "负责人出庭应诉", "服务型行政执法", "信息宣传报送", null, null];
  const { table, problems } = readScoreTable(
    [grid("S", [upper, lower, ["甲", 40, 20.1, 20.2, 10, 9.7, 80, 80], ["乙", 45, 20, 20, 10, 4, 80, 80], ["丙", 30, 30, 30, 10, 10, 80, 80]])],
    scheme,
  );
  expect(table.components[0]![0]).toBe(100);
  expect(codesAt(problems)).toEqual(["SCORE_OUT_OF_RANGE@B4", "SCORE_OUT_OF_RANGE@B5"]);
  expect(problems[1]?.message).toContain("110");
});

test("sub-items named in a one-row header count towards their component", () => {
  const { table, problems } = readScoreTable(
    [
      grid("县(区)", [
        ["单位", "民营企业家座谈", "办事大厅实地走访", "日常考核", "实地考核"],
        ["甲", 45, 40.5, 90, 80],
      ]),
    ],
    defaultScheme(),
  );
  expect(problems).toEqual([]);
  expect(table.components[2]![0]).toBe(85.5);
});

test("an upper cell over the component columns with the unit column beside it", () => {
  const { table, problems } = readScoreTable(
    [
      grid("S", [
        ["考核对象", "考核得分", null, null],
        [null, "日常", "实地", "满意度"],
        ["甲", 90, 80, 70],
      ]),
    ],
    defaultScheme(),
  );
  expect(problems).toEqual([]);
  expect(table.tables[0]?.headerRows).toEqual([1, 2]);
  expect([0, 1, 2].map((c) => table.components[c]![0])).toEqual([90, 80, 70]);
});

test("bonus columns: 加分 adds, 扣分 subtracts its size, 加(扣)分 is signed", () => {
  const h = ["单位名称", "日常考核", "实地考核", "满意度调查"];
  const readTable = (header: string, v: CellValue) =>
    readScoreTable(
      [
        grid("S", [
          [...h, header],
          ["甲", 1, 1, 1, v],
        ]),
      ],
      defaultScheme(),
    ).table;
  const read = (header: string, v: CellValue): number => netBonus(readTable(header, v), 0);
  expect(read("加分", 2)).toBe(2);
  expect(read("扣分", 2)).toBe(-2);
  expect(read("扣分", -2)).toBe(-2);
  expect(read("加（扣）分", -1.5)).toBe(-1.5);
  expect(read("奖惩分", 1)).toBe(1);
  expect(read("加减分", null)).toBe(0);
});

test("a veto column of 无 vetoes nobody; any other mark is kept as the reason", () => {
  const { table } = readScoreTable(
    [
      grid("S", [
        ["单位名称", "日常考核", "实地考核", "满意度调查", "一票否决"],
        ["甲", 1, 1, 1, "无"],
        ["乙", 1, 1, 1, "发生重大案件"],
        ["丙", 1, 1, 1, null],
      ]),
    ],
    defaultScheme(),
  );
  expect(table.veto).toEqual([null, "发生重大案件", null]);
});

test("a user's override replaces a column's detected meaning", () => {
  const cells = [
    ["单位名称", "日常考核", "实地考核", "满意度调查", "测评"],
    ["甲", 90, 80, 70, 60],
  ];
  const { table } = readScoreTable([grid("S", cells)], defaultScheme(), {
    overrides: [
      { sheet: "S", column: "E", role: { kind: "component", component: 2 } },
      { sheet: "S", column: "D", role: { kind: "ignored" } },
    ],
  });
  expect(table.components[2]![0]).toBe(60);
});

test("skipped sheets are never read, and a workbook of only those has no table", () => {
  const cells = [HEADER, ["甲", "县(区)", 90, 80, 70]];
  const { table, problems } = readScoreTable([grid("考核结果", cells)], defaultScheme(), { skipSheets: ["考核结果"] });
  expect(table.count).toBe(0);
  expect(codesAt(problems)).toEqual(["NO_TABLE@null"]);
});

test("a unit row with blank scores inside the table is a unit with missing scores", () => {
  const { table, problems } = readScoreTable(
    [
      grid("县(区)", [
        ["单位名称", "日常考核", "实地考核", "满意度调查"],
        ["甲", null, null, null],
        ["乙", 90, 90, 90],
      ]),
    ],
    defaultScheme(),
  );
  expect(table.names).toEqual(["甲", "乙"]);
  expect(codesAt(problems)).toEqual(["SCORE_MISSING@B2", "SCORE_MISSING@C2", "SCORE_MISSING@D2"]);
});

test("the header is looked for only near the top of a sheet", () => {
  const filler: CellValue[][] = Array.from({ length: 40 }, () => ["说明文字"]);
  const { problems } = readScoreTable([grid("S", [...filler, HEADER, ["甲", "县(区)", 1, 1, 1]])], defaultScheme());
  expect(codesAt(problems)).toEqual(["NO_TABLE@null"]);
});

test("a row with scores but no unit name is an error at its name cell, not silently dropped", () => {
  const { table, problems } = readScoreTable(
    [grid("S", [HEADER, ["甲", "县(区)", 90, 90, 90], [null, "县(区)", 85, 80, 80], ["合计", null, 175, 170, 170], [null, "平均分", 87.5, 85, 85]])],
    defaultScheme(),
  );
  expect(table.names).toEqual(["甲"]);
  // The 合计 / 平均分 summary rows are not units and not problems; the nameless row is.
  expect(codesAt(problems)).toEqual(["UNIT_NAME_MISSING@A3"]);
  expect(problems[0]?.severity).toBe("error");
});

test("a sub-item is checked against the full marks its header states, （40分）", () => {
  const upper = ["单位名称", "类别", "日常考核（60%）", null, "实地考核（30%）", "满意度调查（10%）"];
  const lower = [null, null, "专项工作完成情况（40分）", "行政执法案卷评查（60分）", null, null];
  const { table, problems } = readScoreTable([grid("S", [upper, lower, ["甲", "县(区)", 38, 55, 90, 90], ["乙", "县(区)", 45, 50, 90, 90]])], defaultScheme());
  expect(table.components[0]![0]).toBe(93);
  expect(codesAt(problems)).toEqual(["SCORE_OUT_OF_RANGE@C4"]);
  expect(problems[0]?.message).toContain("0–40");
});
