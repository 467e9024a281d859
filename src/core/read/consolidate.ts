// Several tables, one unit: the main table gives a unit's group and some scores, each on-site team's
// sheet (or file) its 实地考核, each rater's sheet one rater's score. The reader reads every table's
// rows as units (UnitSink, in consolidating mode, links a name to its first occurrence in an earlier
// table); here they become one unit each, its scores taken from wherever they are.
import { combineRaters } from "../arith/raters";
import { componentScale } from "../scheme/scales";
import { makeProblem } from "../messages/problems";
import type { Problem, Scheme, ScoreTable } from "../types";
import { DEFAULT_RATER_RULE, isUsableRaterRule } from "./raterHeaders";
import { GROUP_ELSEWHERE, tableCell, type Placed, type UnitSink } from "./unitSink";

/** What one table gives: its grid, and the columns of the components and the bonus it has. */
export interface TableSources {
  grid: number;
  /** Per scheme component: the letters of its column (or of its first and last sub-item), null when the table lacks it. */
  components: ({ first: string; last: string } | null)[];
  /** The letter of the table's first bonus column, null when it has none. */
  bonus: string | null;
}

/**
 * The units of `sink` gathered by name across tables. A unit's home (its name cell in the result, and
 * its place in the order) is its first occurrence in a table that states its group; a later table
 * stating another group for the name is a DUPLICATE_UNIT (one name, two groups), a name in no table
 * that states a group is UNIT_UNMATCHED. Per component: with a RaterRule every table's score is one
 * rater's, combined; without one the first score is taken, an equal one elsewhere agrees (a copy of the
 * same sheet) and a different one is a SCORE_CONFLICT naming both cells. A blank score is missing only
 * when no table gives the unit that score, and a unit whose tables lack the component's column is
 * SCORE_MISSING at its name cell. 加分/扣分 are compared like a component; a veto mark from any table counts.
 */
export function consolidate(sink: UnitSink, sources: readonly TableSources[], scheme: Scheme): { table: ScoreTable; placed: Placed[] } {
  const read = sink.table();
  const n = read.count;
  const root = sink.rootOf;
  const { groupOf, tableOf, rowOf } = read;
  const placed: Placed[] = [];
  const place = (entry: number, problem: Problem): void => {
    placed.push({ problem, grid: sources[tableOf[entry] as number]?.grid ?? 0, row: rowOf[entry] as number, col: 0 });
  };
  const sheetOf = (entry: number): string => read.tables[tableOf[entry] as number]?.sheet ?? "";
  const nameCell = (entry: number): string => `${sink.nameColumns[tableOf[entry] as number] ?? ""}${rowOf[entry] as number}`;
  const componentCell = (entry: number, c: number): string => {
    const span = sources[tableOf[entry] as number]?.components[c];
    const row = rowOf[entry] as number;
    if (!span) return nameCell(entry);
    return span.first === span.last ? `${span.first}${row}` : `${span.first}${row}:${span.last}${row}`;
  };
  const named = (entry: number, cell: string): string => tableCell(read.tables[tableOf[entry] as number], cell);

  // Homes: the first occurrence with a group; a later one with another group stands apart, reported.
  const home = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const r = root[i] as number;
    const g = groupOf[i] as number;
    if (r < 0 || g === GROUP_ELSEWHERE) continue;
    const h = home[r] as number;
    if (h < 0) home[r] = i;
    else if (groupOf[h] !== g) {
      place(i, makeProblem("DUPLICATE_UNIT", "error", sheetOf(i), nameCell(i), { unit: read.names[i] ?? "", first: named(h, nameCell(h)) }));
      root[i] = i;
      home[i] = i;
    }
  }

  // The gathered units in their homes' order; members[u] lists every occurrence, home first, then in
  // source order.
  const unitOf = new Int32Array(n).fill(-1);
  const members: number[][] = [];
  const homes: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = root[i] as number;
    if (r >= 0 && home[r] === i) {
      unitOf[r] = members.length;
      members.push([i]);
      homes.push(i);
    }
  }
  for (let i = 0; i < n; i++) {
    const r = root[i] as number;
    if (r < 0) continue;
    if ((home[r] as number) < 0) {
      if (r === i) place(i, makeProblem("UNIT_UNMATCHED", "error", sheetOf(i), nameCell(i), { unit: read.names[i] ?? "" }));
      continue;
    }
    if (home[r] !== i) members[unitOf[r] as number]?.push(i);
  }

  const pendingBy = new Map<number, Placed[]>();
  const nc = scheme.components.length;
  for (const p of sink.pending) {
    const key = p.unit * nc + p.component;
    const list = pendingBy.get(key);
    if (list) list.push(p.placed);
    else pendingBy.set(key, [p.placed]);
  }

  const count = homes.length;
  const components = scheme.components.map(() => new Float64Array(count));
  const additions = new Float64Array(count);
  const deductions = new Float64Array(count);
  const veto = new Array<string | null>(count).fill(null);
  const names = new Array<string>(count);
  const groups: string[] = [];
  const groupIndex = new Map<number, number>();
  const groupOfUnit = new Int32Array(count);
  const tableOfUnit = new Int32Array(count);
  const rowOfUnit = new Int32Array(count);
  const gives = (entry: number, c: number): boolean => sources[tableOf[entry] as number]?.components[c] != null;
  // A component no table has is one MISSING_COLUMN per table, not one problem per unit.
  const givenAnywhere = scheme.components.map((_, c) => sources.some((s) => s.components[c] != null));

  for (let u = 0; u < count; u++) {
    const list = members[u] as number[];
    const h = homes[u] as number;
    const unit = read.names[h] ?? "";
    names[u] = unit;
    const g = groupOf[h] as number;
    let gu = groupIndex.get(g);
    if (gu === undefined) {
      gu = groups.length;
      groups.push(read.groups[g] ?? "");
      groupIndex.set(g, gu);
    }
    groupOfUnit[u] = gu;
    tableOfUnit[u] = tableOf[h] as number;
    rowOfUnit[u] = rowOf[h] as number;

    const groupName = read.groups[g] ?? "";
    scheme.components.forEach((spec, c) => {
      const column = read.components[c] as Float64Array;
      // A score from a table that states no group was checked against the widest full marks: now
      // against the unit's group's.
      const max = componentScale(scheme, groupName, c).fullMarks;
      let rejected = false;
      for (const m of list) {
        const v = column[m] as number;
        if (groupOf[m] !== GROUP_ELSEWHERE || !gives(m, c) || !(v > max)) continue;
        place(m, makeProblem("SCORE_OUT_OF_RANGE", "error", sheetOf(m), componentCell(m, c), { unit, column: spec.label, value: v, max }));
        column[m] = NaN;
        rejected = true;
      }
      let value = NaN;
      let given = false;
      if (spec.raters) {
        const scores: number[] = [];
        for (const m of list) {
          if (!gives(m, c)) continue;
          given = true;
          scores.push(column[m] as number);
        }
        // A rule that cannot be applied is a SCHEME_INVALID of its own; meanwhile the mean, as the reader does.
        if (scores.length > 0) value = combineRaters(scores, isUsableRaterRule(spec.raters) ? spec.raters : DEFAULT_RATER_RULE);
      } else {
        let first = -1;
        for (const m of list) {
          if (!gives(m, c)) continue;
          given = true;
          const v = column[m] as number;
          if (Number.isNaN(v)) continue;
          if (first < 0) {
            first = m;
            value = v;
          } else if (v !== value) {
            const params = { unit, column: spec.label, value: v, first: named(first, componentCell(first, c)), firstValue: value };
            place(m, makeProblem("SCORE_CONFLICT", "error", sheetOf(m), componentCell(m, c), params));
          }
        }
      }
      (components[c] as Float64Array)[u] = value;
      if (!Number.isNaN(value)) return;
      if (!given) {
        if (givenAnywhere[c]) place(h, makeProblem("SCORE_MISSING", "error", sheetOf(h), nameCell(h), { unit, column: spec.label }));
        return;
      }
      // Blank wherever it is given: the blank cells say so (a cell with text, or a score past full
      // marks, has said it already).
      if (rejected) return;
      for (const m of list) for (const p of pendingBy.get(m * nc + c) ?? []) placed.push(p);
    });

    let bonusFrom = -1;
    for (const m of list) {
      const letter = sources[tableOf[m] as number]?.bonus;
      if (letter == null) continue;
      const add = read.additions[m] as number;
      const deduct = read.deductions[m] as number;
      if (bonusFrom < 0) {
        bonusFrom = m;
        additions[u] = add;
        deductions[u] = deduct;
      } else if (add !== additions[u] || deduct !== deductions[u]) {
        const firstLetter = sources[tableOf[bonusFrom] as number]?.bonus ?? "";
        const params = {
          unit,
          column: "加分/扣分",
          columnEn: "bonus/deduction",
          value: add - deduct,
          first: named(bonusFrom, `${firstLetter}${rowOf[bonusFrom] as number}`),
          firstValue: (additions[u] as number) - (deductions[u] as number),
        };
        place(m, makeProblem("SCORE_CONFLICT", "error", sheetOf(m), `${letter}${rowOf[m] as number}`, params));
      }
    }
    for (const m of list) {
      const v = read.veto[m];
      if (v != null) {
        veto[u] = v;
        break;
      }
    }
  }

  return {
    table: {
      tables: read.tables,
      count,
      names,
      groups,
      groupOf: groupOfUnit,
      components,
      additions,
      deductions,
      veto,
      tableOf: tableOfUnit,
      rowOf: rowOfUnit,
    },
    placed,
  };
}
