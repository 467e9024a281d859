// One table for all units, split by section-heading rows (一、县（区）, （二）市直部门) instead of a
// group column: each heading names the group of the units below it.
import { rankWorkbook } from "../../../src/core/pipeline";
import { readScoreTable } from "../../../src/core/read/readScoreTable";
import { stripNumbering } from "../../../src/core/read/sectionHeading";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import type { CellValue, Grid, MergedArea } from "../../../src/core/types";

const HEADER: CellValue[] = ["序号", "单位名称", "日常考核", "实地考核", "满意度调查"];
const COUNTIES = ["清丰县", "南乐县", "范县"];
const DEPARTMENTS = ["市税务局", "市财政局", "市公安局"];
const codesAt = (problems: { code: string; cell: string | null }[]) => problems.map((p) => `${p.code}@${p.cell}`);
const unitRows = (names: string[], base: number): CellValue[][] => names.map((n, i): CellValue[] => [i + 1, n, base - i, 80, 70]);
const blankRow = (text: string, col: number): CellValue[] => HEADER.map((_, c) => (c === col ? text : null));

/** The grid of one sheet: header on row 1, then the rows; a heading row merged from its text's column to E when asked. */
function sheet(rows: CellValue[][], mergedRows: number[] = []): Grid {
  const cells = [HEADER, ...rows];
  const left = (r: number): number => (cells[r - 1] ?? []).findIndex((v) => v !== null) + 1;
  const merges: MergedArea[] = mergedRows.map((r) => ({ top: r, bottom: r, left: left(r), right: 5 }));
  return { sheet: "汇总", originRow: 1, originCol: 1, cells, merges };
}

function groupsOf(grid: Grid): { problems: string[]; groups: string[]; byUnit: Record<string, string> } {
  const { table, problems } = readScoreTable([grid], defaultScheme());
  const byUnit: Record<string, string> = {};
  table.names.forEach((n, i) => (byUnit[n] = table.groups[table.groupOf[i] as number] as string));
  return { problems: codesAt(problems), groups: table.groups, byUnit };
}

const expected = (county: string, dept: string): Record<string, string> => ({
  ...Object.fromEntries(COUNTIES.map((n) => [n, county])),
  ...Object.fromEntries(DEPARTMENTS.map((n) => [n, dept])),
});

describe.each([
  ["numbered 一、 in the 序号 column, merged across", "一、县（区）", "二、市直部门", 0, true],
  ["numbered 一、 in the 序号 column, not merged", "一、县（区）", "二、市直部门", 0, false],
  ["numbered （一） in the name column, not merged", "（一）县（区）", "（二）市直部门", 1, false],
  ["numbered 1. in the name column, merged across", "1.县（区）", "2.市直部门", 1, true],
  ["unnumbered in the 序号 column, merged across", "县（区）", "市直部门", 0, true],
  ["unnumbered in the 序号 column, not merged", "县（区）", "市直部门", 0, false],
  ["unnumbered in the name column, merged across", "县（区）", "市直部门", 1, true],
])("a heading row %s", (_, first, second, col, merged) => {
  test("sets the group of the units below it, numbering stripped", () => {
    const rows = [blankRow(first, col), ...unitRows(COUNTIES, 96), blankRow(second, col), ...unitRows(DEPARTMENTS, 90)];
    const { problems, groups, byUnit } = groupsOf(sheet(rows, merged ? [2, 6] : []));
    expect(problems).toEqual([]);
    expect(groups).toEqual(["县（区）", "市直部门"]);
    expect(byUnit).toEqual(expected("县（区）", "市直部门"));
  });
});

test("a 合计 row between sections and a note under the table head nothing", () => {
  const rows = [
    blankRow("一、县（区）", 0),
    ...unitRows(COUNTIES, 96),
    ["合计", null, 282, 240, 210],
    blankRow("二、市直部门", 0),
    ...unitRows(DEPARTMENTS, 90),
    blankRow("平均", 0),
    blankRow("注：缺考单位按0分计。", 0),
    blankRow("2. 加分项目以文件为准。", 0),
  ];
  const { problems, groups, byUnit } = groupsOf(sheet(rows));
  expect(problems).toEqual([]);
  expect(groups).toEqual(["县（区）", "市直部门"]);
  expect(byUnit).toEqual(expected("县（区）", "市直部门"));
});

test("the numbered lines of a note between sections are the note's, not headings", () => {
  const rows = [blankRow("一、县（区）", 0), ...unitRows(COUNTIES, 96), blankRow("注：1. 县（区）不含开发区", 0), blankRow("2. 开发区单列", 0), ...unitRows(DEPARTMENTS, 90)];
  const { problems, groups, byUnit } = groupsOf(sheet(rows));
  expect(problems).toEqual([]);
  expect(groups).toEqual(["县（区）"]);
  expect(byUnit).toEqual(expected("县（区）", "县（区）"));
});

test("a summary label merged across is not a heading, whatever its numbering", () => {
  const rows = [blankRow("一、县（区）", 0), ...unitRows(COUNTIES, 96), blankRow("县（区）小计", 0), ...unitRows(DEPARTMENTS, 90)];
  const { groups, byUnit } = groupsOf(sheet(rows, [6]));
  expect(groups).toEqual(["县（区）"]);
  expect(byUnit).toEqual(expected("县（区）", "县（区）"));
});

test("units above the first heading keep the sheet-name group; a line of text below the table adds no group", () => {
  const rows = [...unitRows(COUNTIES, 96), blankRow("二、市直部门", 0), ...unitRows(DEPARTMENTS, 90), blankRow("三、其他", 0)];
  const { problems, groups, byUnit } = groupsOf(sheet(rows));
  expect(problems).toEqual([]);
  expect(groups).toEqual(["汇总", "市直部门"]);
  expect(byUnit).toEqual(expected("汇总", "市直部门"));
});

test("a group column always wins over heading rows", () => {
  const header: CellValue[] = ["序号", "单位名称", "类别", "日常考核", "实地考核", "满意度调查"];
  const rows: CellValue[][] = [
    ["一、县（区）", null, null, null, null, null],
    ...COUNTIES.map((n, i): CellValue[] => [i + 1, n, "甲类", 96 - i, 80, 70]),
    ["二、市直部门", null, null, null, null, null],
    ...DEPARTMENTS.map((n, i): CellValue[] => [i + 1, n, "乙类", 90 - i, 80, 70]),
  ];
  const { table } = readScoreTable([{ sheet: "汇总", originRow: 1, originCol: 1, cells: [header, ...rows] }], defaultScheme());
  expect(table.groups).toEqual(["甲类", "乙类"]);
});

test("an unnumbered name alone in its own cell is a unit whose scores are missing, not a heading", () => {
  const rows = [blankRow("一、县（区）", 0), blankRow("华龙区", 1), ...unitRows(COUNTIES, 96)];
  const { problems, byUnit } = groupsOf(sheet(rows));
  expect(byUnit["华龙区"]).toBe("县（区）");
  expect(problems).toContain("SCORE_MISSING@C3");
});

test.each([
  ["一、县（区）", "县（区）"],
  ["（二）市直部门", "市直部门"],
  ["(三) 省直单位", "省直单位"],
  ["1.县（区）", "县（区）"],
  ["2、市直部门", "市直部门"],
  ["第一部分：县（区）", "县（区）"],
  ["2020年度县（区）", "2020年度县（区）"],
  ["市直部门", "市直部门"],
])("the numbering of %j is stripped to %j", (text, group) => {
  expect(stripNumbering(text)).toBe(group);
});

test("through the pipeline, each section is ranked as its own group", () => {
  const rows = [blankRow("一、县（区）", 0), ...unitRows(COUNTIES, 96), blankRow("二、市直部门", 0), ...unitRows(DEPARTMENTS, 99)];
  const result = rankWorkbook([sheet(rows, [2, 6])]);
  expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  const a = result.assessment!;
  const ranked = a.groups.map((g) => ({ group: g.name, units: Array.from(g.order, (i) => a.table.names[i]), ranks: Array.from(g.ranks) }));
  expect(ranked).toEqual([
    { group: "县（区）", units: COUNTIES, ranks: [1, 2, 3] },
    { group: "市直部门", units: DEPARTMENTS, ranks: [1, 2, 3] },
  ]);
  // Both groups have a 1st: one table ranked as one group would have ranked 市税务局 (99) above 清丰县 (96).
  expect(result.plan?.sheets.map((s) => s.name)).toContain("考核结果");
});

test("a lone sub-header under a score column is still the header's second row, not a heading", () => {
  const cells: CellValue[][] = [
    ["单位名称", "日常考核", "实地考核", "满意度调查"],
    [null, null, "评委1", null],
    ["华龙区", 90, 80, 70],
  ];
  const merges: MergedArea[] = [
    { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 1, left: 2, bottom: 2, right: 2 },
    { top: 1, left: 4, bottom: 2, right: 4 },
  ];
  const { table, problems } = readScoreTable([{ sheet: "评委打分", originRow: 1, originCol: 1, cells, merges }], defaultScheme());
  expect(codesAt(problems)).toEqual([]);
  expect(table.names).toEqual(["华龙区"]);
  expect(table.tables[0]?.headerRows).toEqual([1, 2]);
  expect(table.components[1]?.[0]).toBe(80);
});
