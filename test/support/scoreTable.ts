// A ScoreTable as the reader builds it from one sheet with a group column, for tests of what comes
// after reading (assess, tiers, formulas against the core) that start from units, not cells.
import type { ScoreTable } from "../../src/core/types";
import { bonusColumns } from "./bonus";

export interface TableUnit {
  name: string;
  group: string;
  /** 日常考核, 实地考核, 满意度调查 (or however many components the scheme has). */
  scores: readonly number[];
  /** Signed: 加分 positive, 扣分 negative. */
  bonus?: number;
  /** The veto mark (一票否决), or absent. */
  veto?: string | null;
}

/** Units in source order, their name cells from row `firstRow` down. */
export function scoreTable(units: readonly TableUnit[], firstRow = 2): ScoreTable {
  const groups: string[] = [];
  for (const u of units) if (!groups.includes(u.group)) groups.push(u.group);
  const n = units.length;
  const components = units[0]?.scores.length ?? 3;
  return {
    tables: [],
    count: n,
    names: units.map((u) => u.name),
    groups,
    groupOf: Int32Array.from(units, (u) => groups.indexOf(u.group)),
    components: Array.from({ length: components }, (_, c) => Float64Array.from(units, (u) => u.scores[c] as number)),
    ...bonusColumns(units.map((u) => u.bonus ?? 0)),
    veto: units.map((u) => u.veto ?? null),
    tableOf: new Int32Array(n),
    rowOf: Int32Array.from(units, (_, i) => i + firstRow),
  };
}
