// The unit column as offices head it (名称, 地市名称, 县 市, 县（市、区）, 部门名称, 单位 …), and, when no
// header names it, the column whose values are distinct names beside the scores, taken with a warning.
import { readScoreTable } from "../../../src/core/read/readScoreTable";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import type { CellValue, Grid, Scheme } from "../../../src/core/types";

const grid = (sheet: string, cells: CellValue[][]): Grid => ({ sheet, originRow: 1, originCol: 1, cells });
const codesAt = (problems: { code: string; cell: string | null }[]) => problems.map((p) => `${p.code}@${p.cell}`);
const NAMES = ["清丰县", "南乐县", "范县", "台前县", "濮阳县", "华龙区"];
const GROUPS = ["县(区)", "县(区)", "县(区)", "市直部门", "市直部门", "市直部门"];

const PUBLISHED = ["名称", "地市名称", "县 市", "县（市、区）", "县(市、区)", "县（区）", "部门名称", "部门", "单位", "单位名称", "地区", "市州", "县市区", " 县 （ 市、区 ） "];

describe.each(PUBLISHED)("a unit column headed %j", (header) => {
  test("is found in a one-row header without a group column", () => {
    const rows = NAMES.map((n, i): CellValue[] => [i + 1, n, 90 - i, 80, 70]);
    const { table, problems } = readScoreTable([grid("县(区)", [["序号", header, "日常考核", "实地考核", "满意度调查"], ...rows])], defaultScheme());
    expect(codesAt(problems)).toEqual([]);
    expect(table.names).toEqual(NAMES);
    expect(table.components[0]?.[2]).toBe(88);
    expect(table.tables[0]?.columns.find((c) => c.column === "B")?.role).toEqual({ kind: "name" });
  });

  test("is found in a one-row header with a group column", () => {
    const rows = NAMES.map((n, i): CellValue[] => [n, GROUPS[i] as string, 90, 80 - i, 70]);
    const { table, problems } = readScoreTable([grid("汇总", [[header, "类别", "日常考核（60%）", "实地考核（30%）", "满意度调查（10%）"], ...rows])], defaultScheme());
    expect(codesAt(problems)).toEqual([]);
    expect(table.names).toEqual(NAMES);
    expect(table.groups).toEqual(["县(区)", "市直部门"]);
    expect(table.components[1]?.[5]).toBe(75);
  });

  test("is found in a two-row header, merged down, with a group column", () => {
    const upper: CellValue[] = ["序号", header, "类别", "日常考核（60%）", null, "实地考核（30%）", "满意度调查（10%）"];
    const lower: CellValue[] = [null, null, null, "专项工作完成情况", "行政执法案卷评查", null, null];
    const rows = NAMES.map((n, i): CellValue[] => [i + 1, n, GROUPS[i] as string, 40, 50 - i, 80, 70]);
    const { table, problems } = readScoreTable([grid("汇总", [["2020年度考核得分汇总表"], upper, lower, ...rows])], defaultScheme());
    expect(codesAt(problems)).toEqual([]);
    expect(table.names).toEqual(NAMES);
    expect(table.groups).toEqual(["县(区)", "市直部门"]);
    expect(Array.from(table.components[0] ?? [])).toEqual([90, 89, 88, 87, 86, 85]);
    expect(table.tables[0]?.headerRows).toEqual([2, 3]);
  });

  test("is found in a two-row header without a group column", () => {
    const upper: CellValue[] = [header, "日常考核", "实地考核", "满意度调查", null];
    const lower: CellValue[] = [null, null, null, "民营企业家座谈", "办事大厅实地走访"];
    const rows = NAMES.map((n, i): CellValue[] => [n, 90, 80, 50 - i, 40]);
    const { table, problems } = readScoreTable([grid("市直部门", [upper, lower, ...rows])], defaultScheme());
    expect(codesAt(problems)).toEqual([]);
    expect(table.names).toEqual(NAMES);
    expect(Array.from(table.components[2] ?? [])).toEqual([90, 89, 88, 87, 86, 85]);
  });
});

test.each([
  [["地区", "单位名称"], "B"],
  [["单位名称", "地区"], "A"],
  [["县（市、区）", "部门名称"], "B"],
])("of two columns with name headers %j, the more specific holds the names", (headers, column) => {
  const places = ["清丰县", "清丰县", "南乐县", "南乐县", "范县", "范县"];
  const depts = ["公安局", "财政局", "公安局", "财政局", "公安局", "财政局"].map((d, i) => `${places[i]}${d}`);
  const rows = depts.map((d, i): CellValue[] => {
    const place = places[i] as string;
    return [...(column === "A" ? [d, place] : [place, d]), 90, 80, 70];
  });
  const { table, problems } = readScoreTable([grid("县直部门", [[...headers, "日常考核", "实地考核", "满意度调查"], ...rows])], defaultScheme());
  expect(codesAt(problems)).toEqual([]);
  expect(table.names).toEqual(depts);
  expect(table.tables[0]?.columns.filter((c) => c.role.kind === "name").map((c) => c.column)).toEqual([column]);
});

describe("a unit column whose header names nothing ASSESS knows", () => {
  test("is taken by its content, with a warning naming the column and its header", () => {
    const rows = NAMES.map((n, i): CellValue[] => [i + 1, n, GROUPS[i] as string, 90, 80, 70 - i]);
    const { table, problems } = readScoreTable([grid("汇总", [["序号", "参评主体", "类别", "日常考核", "实地考核", "满意度调查"], ...rows])], defaultScheme());
    expect(codesAt(problems)).toEqual(["NAME_COLUMN_GUESSED@B1"]);
    expect(problems[0]?.severity).toBe("warning");
    expect(problems[0]?.message).toContain("B 列");
    expect(problems[0]?.message).toContain("参评主体");
    expect(problems[0]?.messageEn).toContain('column B ("参评主体")');
    expect(table.names).toEqual(NAMES);
    expect(table.groups).toEqual(["县(区)", "市直部门"]);
    expect(table.tables[0]?.columns.find((c) => c.column === "B")).toMatchObject({ header: "参评主体", role: { kind: "name" } });
  });

  test("is taken by its content when its header cell is blank", () => {
    const rows = NAMES.map((n, i): CellValue[] => [n, 90, 80, 70 - i]);
    const { table, problems } = readScoreTable([grid("县(区)", [[null, "日常考核", "实地考核", "满意度调查"], ...rows])], defaultScheme());
    expect(codesAt(problems)).toEqual(["NAME_COLUMN_GUESSED@A1"]);
    expect(problems[0]?.message).toContain("无表头");
    expect(table.names).toEqual(NAMES);
    expect(table.tables[0]?.columns.map((c) => c.role.kind)).toEqual(["name", "component", "component", "component"]);
  });

  test("beside a column of repeated labels, the distinct names are taken, not the labels", () => {
    // The labels' column is left of the names, so taking the leftmost text column would be wrong.
    const rows = NAMES.map((n, i): CellValue[] => [GROUPS[i] as string, n, 90, 80, 70 - i]);
    const { table, problems } = readScoreTable([grid("汇总", [["属性", "考评主体", "日常考核", "实地考核", "满意度调查"], ...rows])], defaultScheme());
    expect(codesAt(problems)).toEqual(["NAME_COLUMN_GUESSED@B1"]);
    expect(problems[0]?.message).toContain("考评主体");
    expect(table.names).toEqual(NAMES);
  });

  test("a column of repeated labels alone is not names: the name column is reported missing", () => {
    const rows = NAMES.map((_, i): CellValue[] => [GROUPS[i] as string, 90, 80, 70]);
    const { table, problems } = readScoreTable([grid("汇总", [["属性", "日常考核", "实地考核", "满意度调查"], ...rows])], defaultScheme());
    expect(codesAt(problems)).toEqual(["MISSING_COLUMN@A1"]);
    expect(table.count).toBe(0);
  });

  test("numbers, long remarks and known columns (序号, 备注) are never taken as names", () => {
    const rows = NAMES.map((_, i): CellValue[] => [`${i + 1}`, 90, 80, 70, `本单位${i}年度依法行政工作总体情况良好，各项制度落实到位，群众满意度较高。`, `第${i}名`]);
    const { problems } = readScoreTable([grid("汇总", [["编码", "日常考核", "实地考核", "满意度调查", "说明", "备注"], ...rows])], defaultScheme());
    expect(codesAt(problems)).toEqual(["MISSING_COLUMN@A1"]);
  });

  test("a column the user assigned is not guessed over", () => {
    const rows = NAMES.map((n, i): CellValue[] => [n, 90, 80, 70 - i]);
    const { table, problems } = readScoreTable([grid("S", [["参评主体", "日常考核", "实地考核", "满意度调查"], ...rows])], defaultScheme(), {
      overrides: [{ sheet: "S", column: "A", role: { kind: "ignored" } }],
    });
    expect(codesAt(problems)).toEqual(["MISSING_COLUMN@A1"]);
    expect(table.count).toBe(0);
  });
});

test("NO_TABLE names the components of the rules in force", () => {
  const scheme: Scheme = defaultScheme();
  scheme.components = [
    { key: "written", label: "笔试", aliases: [], weight: 60, subItems: [] },
    { key: "interview", label: "面试", aliases: [], weight: 40, subItems: [] },
  ];
  const { problems } = readScoreTable([grid("说明", [["关于2020年度依法行政考核工作的说明"], ["日常考核", "实地考核", "满意度调查"]])], scheme);
  expect(codesAt(problems)).toEqual(["NO_TABLE@null"]);
  expect(problems[0]?.message).toContain("笔试、面试");
  expect(problems[0]?.messageEn).toContain("笔试, 面试");
  expect(problems[0]?.message).not.toContain("日常考核");
  expect(problems[0]?.messageEn).not.toContain("日常考核");
});
