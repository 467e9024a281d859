// What a unit's feedback letter shows beyond its component scores: the sub-items, each rater's score
// and each 加分/扣分 item with its reason, read again from the score tables' cells. The reader keeps
// only the sums (a million units cost a few arrays); a letter needs the parts, column by column.
import { columnNumber } from "../read/address";
import { parseScore, textKey } from "../read/values";
import type { CellValue, ColumnMapping, Grid, Scheme, ScoreTable, TableLayout } from "../types";

/** One column of parts, the same for every unit: values[i] is unit i's, NaN where it has none. */
export interface PartColumn {
  kind: "subItem" | "rater" | "bonus";
  /** The scheme component a sub-item or rater belongs to; -1 for a bonus item. */
  component: number;
  /** The header's own words (专项工作完成情况（40分）, 评委1, 扣分). */
  label: string;
  /** Of a bonus item: how it counts. */
  mode?: "add" | "deduct" | "signed";
  values: Float64Array;
  /** Of a bonus item, where a reason column stands beside it (扣分原因, 加分事由, 备注): each unit's text. */
  reasons?: (string | null)[];
  /** That reason column's header. */
  reasonLabel?: string;
  /** Of a rater's column: where each unit's score stands, for a warning about it (评分分析). */
  cells?: PartCells;
}

/** The cells a part column was read from: sources[source[i]] at row[i] for unit i (source -1: none). */
export interface PartCells {
  sources: { sheet: string; file?: string; column: string; headerRow: number }[];
  source: Int32Array;
  row: Int32Array;
}

export interface UnitParts {
  columns: PartColumn[];
  /** Of a unit with a veto: the veto column's header, for its line (一票否决). */
  vetoLabel: string | null;
}

/** Header words of a column that explains the column beside it. */
const REASON = /原因|事由|理由|说明|备注|依据|情况|内容/;

/** The lower header of a two-row header is the column's own name (日常考核（60%） / 专项工作完成情况 → 专项工作完成情况). */
export function ownHeader(header: string): string {
  const parts = header.split(" / ");
  return (parts[parts.length - 1] ?? header).trim();
}

function gridOf(grids: readonly Grid[], t: TableLayout): Grid | undefined {
  return grids.find((g) => g.sheet === t.sheet && g.file === t.file);
}

/** The reason column of the bonus column at `k` of a table's columns: the ignored column right of it, else left. */
function reasonBeside(columns: readonly ColumnMapping[], k: number): ColumnMapping | null {
  for (const j of [k + 1, k - 1]) {
    const c = columns[j];
    if (c !== undefined && c.role.kind === "ignored" && REASON.test(ownHeader(c.header))) return c;
  }
  return null;
}

function columnKey(kind: PartColumn["kind"], component: number, label: string): string {
  return `${kind}\u0000${component}\u0000${textKey(label)}`;
}

/**
 * The parts of every unit of `table`, read from the cells of its tables in `grids` (the grids it was
 * read from). Columns of one kind, component and header in several tables (a sheet per group, each
 * with 专项工作完成情况) are one column: a unit has its value in one of them.
 */
export function unitParts(grids: readonly Grid[], table: ScoreTable, scheme: Scheme): UnitParts {
  const n = table.count;
  const columns: PartColumn[] = [];
  const byKey = new Map<string, PartColumn>();
  let vetoLabel: string | null = null;
  // A unit is found in its home table by its row; in another table (a team's sheet), by its name.
  let byName: Map<string, number> | null = null;
  const homeRows = new Map<number, Map<number, number>>();
  for (let i = 0; i < n; i++) {
    const t = table.tableOf[i] as number;
    let rows = homeRows.get(t);
    if (rows === undefined) homeRows.set(t, (rows = new Map()));
    rows.set(table.rowOf[i] as number, i);
  }

  // A component whose raters' rule combines the scores of several tables (a sheet or a file per
  // rater, 评委1…评委N): each of those tables' columns of it is one rater's.
  const givers = new Map<number, number>();
  for (const t of table.tables) {
    for (const c of new Set(t.columns.flatMap((m) => (m.role.kind === "component" ? [m.role.component] : [])))) givers.set(c, (givers.get(c) ?? 0) + 1);
  }
  const perTable = (c: number): boolean => scheme.components[c]?.raters !== undefined && (givers.get(c) ?? 0) >= 2;
  const sheetNames = table.tables.map((t) => t.sheet);

  table.tables.forEach((t, ti) => {
    const grid = gridOf(grids, t);
    if (grid === undefined) return;
    const nameColumn = t.columns.find((c) => c.role.kind === "name");
    if (nameColumn === undefined) return;
    const colOf = (m: ColumnMapping): number => columnNumber(m.column) - grid.originCol;
    const targets: { col: number; part: PartColumn; reasonCol: number; source: number }[] = [];
    t.columns.forEach((m, k) => {
      const role = m.role;
      if (role.kind === "veto" && vetoLabel === null) vetoLabel = ownHeader(m.header);
      const raterTable = role.kind === "component" && perTable(role.component);
      if (role.kind !== "subItem" && role.kind !== "rater" && role.kind !== "bonus" && !raterTable) return;
      const kind = raterTable ? "rater" : (role.kind as PartColumn["kind"]);
      const component = role.kind === "bonus" ? -1 : (role as { component: number }).component;
      // A table that is one rater's is named by its sheet (评委3), and its file where sheets share a name.
      const label = raterTable ? (sheetNames.filter((x) => x === t.sheet).length > 1 && t.file !== undefined ? `${t.file}·${t.sheet}` : t.sheet) : ownHeader(m.header) || m.column;
      const key = raterTable ? `${columnKey(kind, component, label)}\u0000${ti}` : columnKey(kind, component, label);
      let part = byKey.get(key);
      if (part === undefined) {
        part = { kind, component, label, values: new Float64Array(n).fill(NaN) };
        if (role.kind === "bonus") part.mode = role.mode;
        byKey.set(key, part);
        columns.push(part);
      }
      let reasonCol = -1;
      if (role.kind === "bonus") {
        const reason = reasonBeside(t.columns, k);
        if (reason !== null) {
          reasonCol = colOf(reason);
          part.reasons ??= new Array<string | null>(n).fill(null);
          part.reasonLabel ??= ownHeader(reason.header);
        }
      }
      let source = -1;
      if (kind === "rater") {
        part.cells ??= { sources: [], source: new Int32Array(n).fill(-1), row: new Int32Array(n) };
        source = part.cells.sources.length;
        part.cells.sources.push({
          sheet: t.sheet,
          ...(t.file === undefined ? {} : { file: t.file }),
          column: m.column,
          headerRow: t.headerRows[t.headerRows.length - 1] ?? t.firstDataRow - 1,
        });
      }
      targets.push({ col: colOf(m), part, reasonCol, source });
    });
    if (targets.length === 0) return;

    const nameCol = colOf(nameColumn);
    const home = homeRows.get(ti);
    for (let row = t.firstDataRow; row <= t.lastDataRow; row++) {
      const cells = grid.cells[row - grid.originRow];
      if (cells === undefined) continue;
      let unit = home?.get(row);
      if (unit === undefined) {
        const name = cells[nameCol];
        if (typeof name !== "string" && typeof name !== "number") continue;
        if (byName === null) {
          byName = new Map();
          for (let i = 0; i < n; i++) byName.set(textKey(table.names[i] as string), i);
        }
        unit = byName.get(textKey(String(name).trim()));
        if (unit === undefined) continue;
      }
      for (const { col, part, reasonCol, source } of targets) {
        const value = partValue(cells[col] ?? null);
        if (!Number.isNaN(value)) {
          part.values[unit] = value;
          if (source >= 0 && part.cells !== undefined) {
            part.cells.source[unit] = source;
            part.cells.row[unit] = row;
          }
        }
        if (reasonCol >= 0 && part.reasons !== undefined) {
          const text = reasonText(cells[reasonCol] ?? null);
          if (text !== null) part.reasons[unit] = text;
        }
      }
    }
  });
  return { columns, vetoLabel };
}

/** A part's value as the reader took it: a number, or NaN (blank, or text the reader reported). */
function partValue(v: CellValue): number {
  if (typeof v === "number") return v;
  const p = parseScore(v);
  return p.kind === "number" ? p.value : NaN;
}

function reasonText(v: CellValue): string | null {
  if (v === null || typeof v === "boolean") return null;
  const s = String(v).trim();
  return s === "" ? null : s;
}
