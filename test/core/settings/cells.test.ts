// A person who edits 考核设置 so that its rules contradict each other is told which cell to fix: each
// of the scheme's own checks (validateScheme) lands on the sheet and cell its value was read from.
import { a1 } from "../../../src/core/read/address";
import { planCell } from "../../../src/core/plan";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import { readSettingsSheet } from "../../../src/core/settings/read";
import { settingsSheetPlan } from "../../../src/core/settings/write";
import type { CellValue, Grid, Problem, Scheme } from "../../../src/core/types";

const SHEET = "考核设置";

function written(scheme: Scheme): Grid {
  const plan = settingsSheetPlan(scheme, ["考核结果", SHEET], SHEET);
  const cells: CellValue[][] = Array.from({ length: plan.rowCount }, (_, r) => plan.columns.map((c) => planCell(c, r)));
  return { sheet: SHEET, originRow: 1, originCol: 1, cells };
}

/** 1-based row whose first cell is `label`, at or below row `from`. */
function rowOf(grid: Grid, label: string, from = 1): number {
  const k = grid.cells.findIndex((r, i) => i + 1 >= from && r[0] === label);
  if (k < 0) throw new Error(`no row ${label}`);
  return k + 1;
}

/** 1-based column of `header` in the row `headerRow`. */
function colOf(grid: Grid, headerRow: number, header: string): number {
  const k = grid.cells[headerRow - 1]!.findIndex((v) => v === header);
  if (k < 0) throw new Error(`no column ${header}`);
  return k + 1;
}

/** The cell of the table whose header row starts with `table`, in column `header`, on the row starting with `label`. */
function cellIn(grid: Grid, table: string, header: string, label: string): { row: number; col: number } {
  const headerRow = rowOf(grid, table);
  return { row: rowOf(grid, label, headerRow + 1), col: colOf(grid, headerRow, header) };
}

function put(grid: Grid, at: { row: number; col: number }, value: CellValue): void {
  const row = grid.cells[at.row - 1]!;
  while (row.length < at.col) row.push(null);
  row[at.col - 1] = value;
}

function schemeErrors(grid: Grid): Problem[] {
  const back = readSettingsSheet(grid);
  if (back === null) throw new Error("not a settings sheet");
  return back.problems.filter((p) => p.code === "SCHEME_INVALID");
}

/** The one scheme error of the edited sheet, where it points and what it says. */
function onlyError(grid: Grid): Problem {
  const errors = schemeErrors(grid);
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

const address = (at: { row: number; col: number }): string => a1(at.row, at.col);

describe("a rule broken on 考核设置 names its cell", () => {
  test("weights that no longer add up to 100: the 权重 header, the column to add up", () => {
    const grid = written(defaultScheme());
    put(grid, cellIn(grid, "考核项目", "权重(%)", "实地考核"), 25);
    const p = onlyError(grid);
    expect(p.message).toContain("95");
    expect(p.sheet).toBe(SHEET);
    expect(p.cell).toBe(address({ row: rowOf(grid, "考核项目"), col: colOf(grid, rowOf(grid, "考核项目"), "权重(%)") }));
    // The sentence a person reads (the CLI prints it) names the cell as Excel writes a reference.
    expect(p.message.startsWith(`${SHEET}!${p.cell}：考核设置有误：`)).toBe(true);
    expect(p.messageEn.startsWith(`${SHEET}!${p.cell}: The assessment settings are invalid:`)).toBe(true);
  });

  test("weights that do not add up to the total's full marks: the 权重 header too", () => {
    const s = defaultScheme();
    s.fullMarks = 150;
    s.components.forEach((c) => (c.weight *= 1.5));
    const grid = written(s);
    put(grid, cellIn(grid, "考核项目", "权重", "日常考核"), 80);
    const p = onlyError(grid);
    expect(p.message).toContain("150");
    expect(p.cell).toBe(address({ row: rowOf(grid, "考核项目"), col: colOf(grid, rowOf(grid, "考核项目"), "权重") }));
  });

  test("a negative weight: that weight's cell (and no second problem for the sum)", () => {
    const grid = written(defaultScheme());
    const at = cellIn(grid, "考核项目", "权重(%)", "满意度调查");
    put(grid, at, -10);
    const p = onlyError(grid);
    expect(p.message).toContain("满意度调查");
    expect(p.cell).toBe(address(at));
  });

  test("two components of the same name: the second one's name", () => {
    const grid = written(defaultScheme());
    const at = cellIn(grid, "考核项目", "考核项目", "满意度调查");
    put(grid, at, "实地考核");
    const errors = schemeErrors(grid);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((p) => p.sheet === SHEET && p.cell === address(at))).toBe(true);
  });

  test("a component's full marks of 0: its 满分 cell", () => {
    const grid = written(defaultScheme());
    const at = cellIn(grid, "考核项目", "满分", "实地考核");
    put(grid, at, 0);
    expect(onlyError(grid).cell).toBe(address(at));
  });

  test("a sub-item's maximum of 0: its 满分 cell in the sub-item table", () => {
    const grid = written(defaultScheme());
    const at = cellIn(grid, "子项名称", "满分", "行政执法案卷评查");
    put(grid, at, 0);
    const p = onlyError(grid);
    expect(p.message).toContain("行政执法案卷评查");
    expect(p.cell).toBe(address(at));
  });

  test("a quota typed on the last tier: that 名额 cell", () => {
    const grid = written(defaultScheme());
    const at = cellIn(grid, "等次", "名额", "不合格");
    put(grid, at, "5个");
    const p = onlyError(grid);
    expect(p.message).toContain("不合格");
    expect(p.cell).toBe(address(at));
  });

  test("a quota of more than 100%: that 名额 cell", () => {
    const grid = written(defaultScheme());
    const at = cellIn(grid, "等次", "名额", "优秀");
    put(grid, at, "120%");
    expect(onlyError(grid).cell).toBe(address(at));
  });

  test("minimums no longer descending: the 最低分 that is out of order", () => {
    const grid = written(defaultScheme());
    const at = cellIn(grid, "等次", "最低分", "良好");
    put(grid, at, 95);
    const p = onlyError(grid);
    expect(p.message).toContain("良好");
    expect(p.cell).toBe(address(at));
  });

  test("a group's minimums no longer descending: that group's cell, not the general one", () => {
    const s = defaultScheme();
    s.groupTiers["市直部门"] = [
      { label: "优秀", min: 92 },
      { label: "良好", min: 82 },
      { label: "合格", min: 60 },
      { label: "不合格", min: null },
    ];
    const grid = written(s);
    const at = cellIn(grid, "等次", "市直部门", "合格");
    put(grid, at, 85);
    const p = onlyError(grid);
    expect(p.message).toContain("市直部门");
    expect(p.cell).toBe(address(at));
  });

  test("a group with tiers of its own names (a table of its own): the cell in that table", () => {
    const s = defaultScheme();
    s.groupTiers["市直部门"] = [
      { label: "好", min: 90 },
      { label: "较好", min: 75 },
      { label: "一般", min: null },
    ];
    const grid = written(s);
    const own = grid.cells.findIndex((r) => r[0] === "等次" && r[1] === "市直部门") + 1;
    expect(own).toBeGreaterThan(0);
    const at = { row: rowOf(grid, "较好", own + 1), col: 2 };
    put(grid, at, 92);
    const p = onlyError(grid);
    expect(p.message).toContain("较好");
    expect(p.cell).toBe(address(at));
  });

  test("a group's quota on its last tier, where the group has quotas of its own: its 名额 column", () => {
    const s = defaultScheme();
    s.tiers[0]!.quota = { percent: 30 };
    s.groupTiers["市直部门"] = [
      { label: "优秀", min: 92, quota: { count: 3 } },
      { label: "良好", min: 82 },
      { label: "合格", min: 60 },
      { label: "不合格", min: null },
    ];
    const grid = written(s);
    const at = cellIn(grid, "等次", "市直部门名额", "不合格");
    put(grid, at, "2个");
    const p = onlyError(grid);
    expect(p.message).toContain("市直部门");
    expect(p.cell).toBe(address(at));
  });

  test("the total's full marks of 0, decimals out of range, a negative bonus limit: each its value cell", () => {
    const grid = written(defaultScheme());
    const cells = { full: { row: rowOf(grid, "综合成绩满分"), col: 2 }, decimals: { row: rowOf(grid, "小数位数"), col: 2 }, maxAdd: { row: rowOf(grid, "加分上限"), col: 2 } };
    put(grid, cells.full, 0);
    put(grid, cells.decimals, 9);
    put(grid, cells.maxAdd, -3);
    const placed = schemeErrors(grid)
      .map((p) => p.cell)
      .sort();
    expect(placed).toEqual(Object.values(cells).map(address).sort());
  });

  test("a group's scale: its weights not adding up name the group's first row; a full marks of 0 its cell", () => {
    const s = defaultScheme();
    s.groupScales = { 开发区: { fullMarks: 150, components: { daily: { weight: 90 }, onsite: { weight: 45 }, satisfaction: { weight: 15 } } } };
    const grid = written(s);
    const first = rowOf(grid, "开发区", rowOf(grid, "类别") + 1);
    const weight = colOf(grid, rowOf(grid, "类别"), "权重");
    const daily = grid.cells.findIndex((r, i) => i + 1 >= first && r[0] === "开发区" && r[1] === "日常考核") + 1;
    put(grid, { row: daily, col: weight }, 80);
    const p = onlyError(grid);
    expect(p.message).toContain("开发区");
    expect(p.cell).toBe(address({ row: first, col: 1 }));

    put(grid, { row: daily, col: weight }, 90);
    const full = grid.cells.findIndex((r, i) => i + 1 >= first && r[0] === "开发区" && r[1] === "综合成绩") + 1;
    const at = { row: full, col: colOf(grid, rowOf(grid, "类别"), "满分") };
    put(grid, at, 0);
    expect(onlyError(grid).cell).toBe(address(at));
  });

  test("the cell follows the label when a person has inserted rows above the table", () => {
    const grid = written(defaultScheme());
    grid.cells.splice(2, 0, ["（本年度调整）"], []);
    const at = cellIn(grid, "等次", "名额", "不合格");
    put(grid, at, "5个");
    expect(onlyError(grid).cell).toBe(address(at));
  });

  test("a tie-break naming a component the sheet lacks: the 同分排序 value cell, the default order kept", () => {
    const grid = written(defaultScheme());
    const at = { row: rowOf(grid, "同分排序"), col: 2 };
    put(grid, at, "日常考核、群众评议");
    const back = readSettingsSheet(grid)!;
    expect(back.scheme.tieBreak).toBeUndefined();
    expect(back.problems.map((p) => [p.sheet, p.cell])).toEqual([[SHEET, address(at)]]);
  });

  test("a sheet whose rules agree has no problem at all", () => {
    expect(readSettingsSheet(written(defaultScheme()))!.problems).toEqual([]);
  });
});
