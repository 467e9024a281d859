// Score workbooks for the report and pipeline tests, typed the way an office types them, and a tiny
// applier of WorkbookPlans that behaves like a host: names compared without case, a duplicate refused.
import { planCell } from "../../../src/core/plan";
import type { CellValue, Grid, WorkbookPlan } from "../../../src/core/types";

export type Unit = [name: string, group: string, score: number];

/** The 县（区） group of the 2020 notice: three 优秀, six 良好, in the notice's order. */
export const COUNTIES: Unit[] = [
  ["濮阳县", "县（区）", 88],
  ["清丰县", "县（区）", 95],
  ["范县", "县（区）", 87],
  ["台前县", "县（区）", 93],
  ["南乐县", "县（区）", 86],
  ["华龙区", "县（区）", 85],
  ["开发区管委会", "县（区）", 91],
  ["工业园区管委会", "县（区）", 84],
  ["示范区管委会", "县（区）", 83],
];

export const DEPARTMENTS: Unit[] = [
  ["市税务局", "市直部门", 96],
  ["市审计局", "市直部门", 92.5],
  ["市民政局", "市直部门", 79],
  ["市水利局", "市直部门", 92.5],
];

/**
 * One sheet: a title row, then 序号 | 单位名称 | 类别 | 日常考核 | 实地考核 | 满意度调查, every
 * component equal to the unit's score (so its total is that score, easy to check by hand).
 */
export function scoreSheet(units: Unit[], sheet = "考核得分", extra?: { header: string; values: CellValue[] }): Grid {
  const header: CellValue[] = ["序号", "单位名称", "类别", "日常考核", "实地考核", "满意度调查"];
  if (extra) header.push(extra.header);
  const rows: CellValue[][] = [
    ["2020年度依法行政考核得分汇总表"],
    header,
    ...units.map(([name, group, score], k): CellValue[] => {
      const row: CellValue[] = [k + 1, name, group, score, score, score];
      if (extra) row.push(extra.values[k] ?? null);
      return row;
    }),
  ];
  return { sheet, originRow: 1, originCol: 1, cells: rows };
}

/** A sheet of the user's with a little text in it. */
export function userSheet(sheet: string, text = "用户自己的内容"): Grid {
  return { sheet, originRow: 1, originCol: 1, cells: [[text]] };
}

const key = (s: string): string => s.toLocaleUpperCase();

/** Applies a plan to grids as a host would: removes, then adds; refuses a name that is taken. */
export function applyPlan(grids: Grid[], plan: WorkbookPlan): Grid[] {
  const removing = new Set(plan.remove.map(key));
  for (const r of plan.remove) {
    if (!grids.some((g) => key(g.sheet) === key(r))) throw new Error(`no sheet ${r} to remove`);
  }
  const out = grids.filter((g) => !removing.has(key(g.sheet)));
  for (const s of plan.sheets) {
    if (out.some((g) => key(g.sheet) === key(s.name))) throw new Error(`ItemAlreadyExists: ${s.name}`);
    const cells: CellValue[][] = Array.from({ length: s.rowCount }, (_, r) => s.columns.map((c) => planCell(c, r)));
    out.push({ sheet: s.name, originRow: 1, originCol: 1, cells });
  }
  return out;
}

/** The cell values of a sheet, row by row. */
export function rowsOf(plan: WorkbookPlan, name: string): CellValue[][] {
  const s = plan.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in the plan`);
  return Array.from({ length: s.rowCount }, (_, r) => s.columns.map((c) => planCell(c, r)));
}
