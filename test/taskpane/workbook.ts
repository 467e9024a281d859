// A score workbook as the office types it: a title row above the header, two groups, and totals
// that are easy to check by hand (every unit has the same score in all three components, so its
// total is that score).
import type { CellValue, Grid } from "../../src/core/types";

export const SHEET = "考核得分";

const header: CellValue[] = ["序号", "单位名称", "类别", "日常考核", "实地考核", "满意度调查"];

const units: [string, string, number][] = [
  ["清丰县", "县(区)", 95],
  ["台前县", "县(区)", 92],
  ["南乐县", "县(区)", 85],
  ["范县", "县(区)", 70],
  ["市公安局", "市直部门", 91],
  ["市财政局", "市直部门", 81],
  ["市民政局", "市直部门", 50],
];

/** Sheet row of each unit (title in row 1, header in row 2). */
export const ROW_OF = (unit: string): number => 3 + units.findIndex(([name]) => name === unit);

export function scoreWorkbook(edit?: (rows: CellValue[][]) => void): Grid[] {
  const rows: CellValue[][] = [
    ["2020年度依法行政考核得分汇总表", null, null, null, null, null],
    header,
    ...units.map(([name, group, score], k): CellValue[] => [k + 1, name, group, score, score, score]),
  ];
  edit?.(rows);
  return [{ sheet: SHEET, originRow: 1, originCol: 1, cells: rows }];
}
