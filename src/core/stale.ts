// Stale results, the silent error offices fear most: a score corrected after the ranking, and the
// printed lists no longer the workbook's. 考核设置 keeps the 校验码 of the scores and rules the
// generated sheets were made from (core/digest); when the scores read now give another code, the
// reading warns, naming the first score that differs from the results sheet, so the user sees where.
import { makeProblem } from "./messages/problems";
import { REPORT_TEXT_ZH } from "./messages/report";
import { textKey } from "./read/values";
import type { Grid, Problem, Scheme, ScoreTable } from "./types";

/** Where a unit's component came from: its own column, else the first of its sub-items or raters (a unit new since the ranking: its name). */
function sourceCell(table: ScoreTable, unit: number, component: number): { sheet: string; cell: string } | null {
  const t = table.tables[table.tableOf[unit] as number];
  if (t === undefined) return null;
  const roles = t.columns.filter((c) => (c.role.kind === "component" || c.role.kind === "subItem" || c.role.kind === "rater") && c.role.component === component);
  const column = roles[0]?.column ?? t.columns.find((c) => c.role.kind === "name")?.column;
  return column === undefined ? null : { sheet: t.sheet, cell: `${column}${table.rowOf[unit] as number}` };
}

const close = (a: number, b: number): boolean => Math.abs(a - b) < 5e-10;

/**
 * The warning for a workbook whose scores or rules give `current` where the last ranking recorded
 * `recorded`, or null when they agree. The results sheet (`resultsSheet`, the first generated sheet)
 * is compared unit by unit to find the first changed score.
 */
export function staleResults(recorded: string, current: string, table: ScoreTable, scheme: Scheme, grids: readonly Grid[], resultsSheet: string | null): Problem | null {
  if (recorded === current) return null;
  const found = firstChangedScore(
    table,
    scheme,
    grids.find((g) => g.sheet === resultsSheet && g.file === undefined),
  );
  if (found === null || resultsSheet === null) return makeProblem("RESULTS_STALE", "warning", null, null, { recorded, current });
  return makeProblem("RESULTS_STALE", "warning", found.sheet, found.cell, { unit: found.unit, column: found.column, results: resultsSheet });
}

function firstChangedScore(table: ScoreTable, scheme: Scheme, results: Grid | undefined): { sheet: string; cell: string; unit: string; column: string } | null {
  if (results === undefined) return null;
  const t = REPORT_TEXT_ZH.results;
  // The header is the row that holds 单位名称 (row 2 as ASSESS writes it).
  const headerAt = results.cells.findIndex((row) => row.some((v) => v === t.name));
  const header = results.cells[headerAt];
  if (header === undefined) return null;
  const nameCol = header.indexOf(t.name);
  const componentCols = scheme.components.map((c) => header.indexOf(c.label));
  const shown = new Map<string, (number | null)[]>();
  for (const row of results.cells.slice(headerAt + 1)) {
    const name = row[nameCol];
    if (typeof name !== "string" || name === "") continue;
    shown.set(
      textKey(name),
      componentCols.map((c) => {
        const v = c < 0 ? null : row[c];
        return typeof v === "number" ? v : null;
      }),
    );
  }
  // Source order: the first changed cell a person meets reading the score sheets from the top.
  for (let i = 0; i < table.count; i++) {
    const name = table.names[i] ?? "";
    const before = shown.get(textKey(name));
    for (let c = 0; c < scheme.components.length; c++) {
      const now = table.components[c]?.[i] as number;
      const was = before?.[c];
      if (before !== undefined && componentCols[c] === -1) continue;
      if (was !== undefined && was !== null && !Number.isNaN(now) && close(was, now)) continue;
      const label = scheme.components[c]?.label ?? "";
      const at = sourceCell(table, i, c);
      if (at !== null) return { ...at, unit: name, column: label };
    }
  }
  return null;
}
