// Plans shaped like the ones ASSESS writes (results sheet, one sheet per tier, the notice), built by
// hand until the pipeline's rankWorkbook lands; sizes grow with the number of units as the real ones do.
import type { CellValue, PlanColumn, SheetPlan, WorkbookPlan } from "../../src/core/types";
import { ExcelDouble } from "../support/excel-double";

const TIERS = ["优秀", "良好", "合格", "不合格"];

function column(width: number, numFmt: string | null, values: CellValue[]): PlanColumn {
  return { width, numFmt, values };
}

function table(name: string, kind: SheetPlan["kind"], units: number[], unitName: (i: number) => string): SheetPlan {
  const header = ["排名", "单位名称", "类别", "日常考核", "实地考核", "满意度调查", "加减分", "综合成绩", "等次"];
  const cols: CellValue[][] = header.map((h) => [h]);
  units.forEach((i, k) => {
    const total = 60 + ((i * 37) % 4000) / 100;
    const row: CellValue[] = [k + 1, unitName(i), i % 2 ? "县(区)" : "市直部门", 90 + (i % 10) / 2, 85.5, 92, 0, total, TIERS[i % 4]!];
    row.forEach((v, c) => cols[c]!.push(v));
  });
  const fmts = [null, null, null, "0.00", "0.00", "0.00", "0.00", "0.00", null];
  const widths = [6, 28, 10, 10, 10, 10, 8, 10, 8];
  return {
    name,
    kind,
    rowCount: units.length + 1,
    columns: cols.map((v, c) => column(widths[c]!, fmts[c]!, v)),
    frozenRows: 1,
    boldRows: [0],
  };
}

export const defaultUnitName = (i: number): string => `第${i}号被考核单位法制办公室`;

export function rankingPlan(units: number, remove: string[] = [], unitName = defaultUnitName): WorkbookPlan {
  const all = Array.from({ length: units }, (_, i) => i);
  const sheets: SheetPlan[] = [table("考核结果", "results", all, unitName)];
  TIERS.forEach((t, k) => {
    const members = all.filter((i) => i % 4 === k);
    if (members.length > 0) sheets.push(table(`${t}等次`, "tier", members, unitName));
  });
  // Excel holds at most 32,767 characters in a cell, so a long list runs over several rows.
  const notice: string[] = [];
  TIERS.forEach((t, k) => {
    const members = all.filter((i) => i % 4 === k).map(unitName);
    notice.push(`${k + 1}. 考评结果为${t}等次的单位${members.length}个：`);
    for (let m = 0; m < members.length; m += 500) notice.push(members.slice(m, m + 500).join("、"));
  });
  sheets.push({ name: "结果通报", kind: "notice", rowCount: notice.length, columns: [column(120, null, notice)], frozenRows: 0, boldRows: [] });
  return { remove, sheets, activate: "考核结果" };
}

/** A score workbook of `units` units on one sheet, as a user would have typed it. */
export function scoreBook(units: number, extra: { name: string; values: CellValue[][] }[] = []): ExcelDouble {
  const values: CellValue[][] = [["单位名称", "类别", "日常考核", "实地考核", "满意度调查"]];
  for (let i = 0; i < units; i++) values.push([defaultUnitName(i), i % 2 ? "县(区)" : "市直部门", 90 + (i % 10) / 2, 85.5, 92]);
  return ExcelDouble.fromJson({ sheets: [{ name: "考核得分", values }, ...extra] });
}
