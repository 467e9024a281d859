// Where a unit's name cell is, for a problem about the unit: its home table's name column at its row.
import type { ScoreTable } from "../types";

export function nameCell(table: ScoreTable, unit: number): { sheet: string; cell: string; file?: string } | null {
  const layout = table.tables[table.tableOf[unit] as number];
  const column = layout?.columns.find((c) => c.role.kind === "name")?.column;
  if (layout === undefined || column === undefined) return null;
  const at = { sheet: layout.sheet, cell: `${column}${table.rowOf[unit] as number}` };
  return layout.file === undefined ? at : { ...at, file: layout.file };
}
