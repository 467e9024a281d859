// The growing ScoreTable: column-wise typed arrays sized once for every row the tables can hold, the
// group index and the duplicate check, and the problems in the order a person reads the sheets.
import { inFile } from "../messages/problems";
import type { Problem, ScoreTable, TableLayout } from "../types";
import { NameIndex } from "./nameIndex";

export interface Placed {
  problem: Problem;
  grid: number;
  row: number;
  col: number;
}

/** groupOf of a unit read from a table that states no group (a team's sheet): its group is another table's. */
export const GROUP_ELSEWHERE = -2;

/** A blank score cell of a unit read from one of several tables: missing only if no other table gives it. */
export interface PendingMissing {
  placed: Placed;
  unit: number;
  component: number;
}

export class UnitSink {
  count = 0;
  readonly names: string[];
  readonly groups: string[] = [];
  readonly groupOf: Int32Array;
  readonly components: Float64Array[];
  readonly additions: Float64Array;
  readonly deductions: Float64Array;
  readonly veto: (string | null)[];
  readonly tableOf: Int32Array;
  readonly rowOf: Int32Array;
  readonly tables: TableLayout[] = [];
  /** Column letter of each table's name column, to name the first cell of a duplicate unit. */
  readonly nameColumns: string[] = [];
  private readonly groupIndex = new Map<string, number>();
  /** Name key → the unit that first bore it, for DUPLICATE_UNIT. */
  private readonly firstByKey: NameIndex;
  /** Name key → the cell of a name first seen on a unit left out for want of a group. */
  private readonly firstWithoutGroup = new Map<string, string>();
  private readonly placed: Placed[] = [];
  /** Grid index of each table, to place the problems consolidation finds. */
  readonly tableGrids: number[] = [];
  /**
   * Set when several tables are read: a unit may then be given in several of them, so its repeated
   * name links it to the first (rootOf), and blank scores wait (pending) until every table is read.
   */
  consolidating = false;
  /** Each unit's first occurrence by name in an earlier table (itself when first; -1: a repeat within one table). */
  rootOf: Int32Array = new Int32Array(0);
  /** Of a first occurrence: its latest occurrence, to tell a repeat within one table from one in the next. */
  private latestOf: Int32Array = new Int32Array(0);
  readonly pending: PendingMissing[] = [];
  /** The file of each grid that is not the workbook's own (Grid.file), by grid index. */
  private readonly gridFiles: (string | undefined)[];

  constructor(capacity: number, componentCount: number, gridFiles: (string | undefined)[] = []) {
    this.gridFiles = gridFiles;
    this.groupOf = new Int32Array(capacity);
    this.components = Array.from({ length: componentCount }, () => new Float64Array(capacity));
    this.additions = new Float64Array(capacity);
    this.deductions = new Float64Array(capacity);
    this.tableOf = new Int32Array(capacity);
    this.rowOf = new Int32Array(capacity);
    this.firstByKey = new NameIndex(capacity);
    // Sized once and cut to the unit count at the end: growing million-entry arrays copies them.
    this.names = new Array<string>(capacity);
    this.veto = new Array<string | null>(capacity).fill(null);
  }

  /** The index of the group with this key, adding it (with its display text) on first sight. */
  group(key: string, display: string): number {
    let g = this.groupIndex.get(key);
    if (g === undefined) {
      g = this.groups.length;
      this.groups.push(display);
      this.groupIndex.set(key, g);
    }
    return g;
  }

  /**
   * For unit `id` (kept: it has a group) named `key`: the cell ("得分!B5") of the unit that bore the
   * name before it, or null when it is the first (it then becomes the one later units are compared with).
   */
  firstOrAdd(key: string, id: number, table: number): string | null {
    const first = this.firstByKey.firstOrAdd(key, id);
    if (this.consolidating) {
      if (first < 0) {
        this.rootOf[id] = id;
        this.latestOf[id] = id;
      } else {
        const latest = this.latestOf[first] as number;
        // Within one table a name twice is two units; across tables it is one unit gathered.
        if (this.tableOf[latest] === table) {
          this.rootOf[id] = -1;
          return this.cellOfUnit(latest);
        }
        this.rootOf[id] = first;
        this.latestOf[first] = id;
      }
    } else if (first >= 0) return this.cellOfUnit(first);
    return this.firstWithoutGroup.size > 0 ? (this.firstWithoutGroup.get(this.noteKey(key, table)) ?? null) : null;
  }

  /** Names left out for want of a group are compared within their table when several tables are gathered. */
  private noteKey(key: string, table: number): string {
    return this.consolidating ? `${table}\u0000${key}` : key;
  }

  /** Starts the several-table mode (see `consolidating`) for up to `capacity` units. */
  consolidate(capacity: number): void {
    this.consolidating = true;
    this.rootOf = new Int32Array(capacity);
    this.latestOf = new Int32Array(capacity);
  }

  /** A blank score of unit `unit`: reported now with one table, or kept to see whether another table gives it. */
  missing(problem: Problem, grid: number, row: number, col: number, unit: number, component: number): void {
    if (this.consolidating && unit >= 0) this.pending.push({ placed: { problem, grid, row, col }, unit, component });
    else this.problem(problem, grid, row, col);
  }

  /**
   * For a unit left out for want of a group, at `cell` of table `table`: the cell of the unit that bore its name
   * before it, or null; it is remembered, so a later unit of that name is reported too.
   */
  firstOrNote(key: string, cell: string, table: number): string | null {
    const first = this.firstByKey.find(key);
    if (first >= 0) {
      if (!this.consolidating) return this.cellOfUnit(first);
      const latest = this.latestOf[first] as number;
      if (this.tableOf[latest] === table) return this.cellOfUnit(latest);
    }
    const noteKey = this.noteKey(key, table);
    const earlier = this.firstWithoutGroup.get(noteKey);
    if (earlier !== undefined) return earlier;
    this.firstWithoutGroup.set(noteKey, tableCell(this.tables[table], cell));
    return null;
  }

  /** The name cell of unit `i` as a message names it: 得分!B5, or [team1.xlsx]第一组!B5 in another file. */
  cellOfUnit(i: number): string {
    const ti = this.tableOf[i] as number;
    return tableCell(this.tables[ti], `${this.nameColumns[ti] ?? ""}${this.rowOf[i] as number}`);
  }

  problem(problem: Problem, grid: number, row: number, col: number): void {
    this.placed.push({ problem, grid, row, col });
  }

  /** Problems by sheet, then row, then column; the sort is stable, so one cell's problems keep their order. */
  problems(): Problem[] {
    const files = this.gridFiles;
    return this.placed
      .slice()
      .sort((a, b) => a.grid - b.grid || a.row - b.row || a.col - b.col)
      .map((p) => inFile(p.problem, files[p.grid]));
  }

  table(): ScoreTable {
    const n = this.count;
    this.names.length = n;
    this.veto.length = n;
    return {
      tables: this.tables,
      count: n,
      names: this.names,
      groups: this.groups,
      groupOf: this.groupOf.subarray(0, n),
      components: this.components.map((c) => c.subarray(0, n)),
      additions: this.additions.subarray(0, n),
      deductions: this.deductions.subarray(0, n),
      veto: this.veto,
      tableOf: this.tableOf.subarray(0, n),
      rowOf: this.rowOf.subarray(0, n),
    };
  }
}

/** A cell of a table as a message names it: its sheet, and its file when it is another file's. */
export function tableCell(table: TableLayout | undefined, cell: string): string {
  const sheet = `${table?.sheet ?? ""}!${cell}`;
  return table?.file === undefined ? sheet : `[${table.file}]${sheet}`;
}
