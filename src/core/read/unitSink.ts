// The growing ScoreTable: column-wise typed arrays sized once for every row the tables can hold, the
// group index and the duplicate check, and the problems in the order a person reads the sheets.
import type { Problem, ScoreTable, TableLayout } from "../types";
import { NameIndex } from "./nameIndex";

interface Placed {
  problem: Problem;
  grid: number;
  row: number;
  col: number;
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

  constructor(capacity: number, componentCount: number) {
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
  firstOrAdd(key: string, id: number): string | null {
    const first = this.firstByKey.firstOrAdd(key, id);
    if (first >= 0) return this.cellOfUnit(first);
    return this.firstWithoutGroup.size > 0 ? (this.firstWithoutGroup.get(key) ?? null) : null;
  }

  /**
   * For a unit left out for want of a group, at cell `at`: the cell of the unit that bore its name
   * before it, or null; it is remembered, so a later unit of that name is reported too.
   */
  firstOrNote(key: string, at: string): string | null {
    const first = this.firstByKey.find(key);
    if (first >= 0) return this.cellOfUnit(first);
    const earlier = this.firstWithoutGroup.get(key);
    if (earlier !== undefined) return earlier;
    this.firstWithoutGroup.set(key, at);
    return null;
  }

  private cellOfUnit(i: number): string {
    const ti = this.tableOf[i] as number;
    return `${this.tables[ti]?.sheet ?? ""}!${this.nameColumns[ti] ?? ""}${this.rowOf[i] as number}`;
  }

  problem(problem: Problem, grid: number, row: number, col: number): void {
    this.placed.push({ problem, grid, row, col });
  }

  /** Problems by sheet, then row, then column; the sort is stable, so one cell's problems keep their order. */
  problems(): Problem[] {
    return this.placed
      .slice()
      .sort((a, b) => a.grid - b.grid || a.row - b.row || a.col - b.col)
      .map((p) => p.problem);
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
