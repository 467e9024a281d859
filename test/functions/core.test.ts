// The formulas and the one-click ranking must never disagree: for the same scores, the functions give
// the core's totals, tiers and ranks, and the tier lists the assessment's order.
import fc from "fast-check";
import { weightedTotal } from "../../src/core/arith";
import { assess } from "../../src/core/assess";
import { tierIndex } from "../../src/core/grade";
import { rankValues } from "../../src/core/rank";
import { DEFAULT_TIERS, defaultScheme } from "../../src/core/scheme/defaults";
import type { ScoreTable } from "../../src/core/types";
import { grade, rank, score, tierList } from "../../src/functions/functions";
import { fakeRuntime } from "./runtime";
import { bonusColumns } from "../support/bonus";

beforeAll(() => {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = fakeRuntime();
});

/** A score as offices type it: 0–100 with at most two decimals. */
const typedScore = fc.integer({ min: 0, max: 10000 }).map((k) => k / 100);
const col = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);
const column = (out: unknown[][]): unknown[] => out.map((r) => r[0]);

describe("the functions agree with the core", () => {
  it("SCORE gives weightedTotal's total for the 2020 weights", () => {
    fc.assert(
      fc.property(typedScore, typedScore, typedScore, (a, b, c) => {
        expect(score([[a]], [[b]], [[c]])).toEqual([[weightedTotal([a, b, c], [60, 30, 10], 2)]]);
      }),
      { numRuns: 300 },
    );
  });

  it("GRADE gives tierIndex's tier", () => {
    fc.assert(
      fc.property(typedScore, (t) => {
        expect(grade([[t]])).toEqual([[DEFAULT_TIERS[tierIndex(t, DEFAULT_TIERS)]?.label]]);
      }),
      { numRuns: 300 },
    );
  });

  it("RANK of a column against itself gives rankValues' ranks, both styles", () => {
    // Few distinct totals, so ties are common.
    const totals = fc.array(
      fc.integer({ min: 60, max: 70 }).map((k) => k + 0.5),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(totals, fc.boolean(), (ts, dense) => {
        const spilled = column(rank(col(ts), col(ts), undefined, undefined, dense));
        expect(spilled).toEqual(rankValues(ts, dense ? "dense" : "competition"));
      }),
      { numRuns: 200 },
    );
  });

  it("SCORE, GRADE, RANK and TIERLIST reproduce the one-click assessment of a two-group table", () => {
    const units = [
      { name: "清丰县", group: "县(区)", s: [96, 95, 94] },
      { name: "台前县", group: "县(区)", s: [95, 94, 93.5] },
      { name: "市司法局", group: "市直部门", s: [92, 90, 91] },
      { name: "开发区管委会", group: "县(区)", s: [95, 94, 93.5] },
      { name: "范县", group: "县(区)", s: [85.025, 80, 70] },
      { name: "市财政局", group: "市直部门", s: [70, 60, 55] },
      { name: "南乐县", group: "县(区)", s: [50, 60, 70] },
    ];
    const groups = ["县(区)", "市直部门"];
    const table: ScoreTable = {
      tables: [],
      count: units.length,
      names: units.map((u) => u.name),
      groups,
      groupOf: Int32Array.from(units.map((u) => groups.indexOf(u.group))),
      components: [0, 1, 2].map((c) => Float64Array.from(units.map((u) => u.s[c] as number))),
      ...bonusColumns(units.map(() => 0)),
      veto: units.map(() => null),
      tableOf: new Int32Array(units.length),
      rowOf: Int32Array.from(units.map((_, i) => i + 2)),
    };
    const scheme = defaultScheme();
    const a = assess(table, scheme);

    const totals = score(col(units.map((u) => u.s[0])), col(units.map((u) => u.s[1])), col(units.map((u) => u.s[2])));
    expect(column(totals)).toEqual(Array.from(a.totals));

    const tiers = column(grade(totals));
    expect(tiers).toEqual(Array.from(a.tierOf, (t) => scheme.tiers[t]?.label));

    const groupCol = col(units.map((u) => u.group));
    const ranks = column(rank(totals, totals, groupCol, groupCol));
    for (const g of a.groups) {
      g.order.forEach((unit, k) => expect(ranks[unit]).toBe(g.ranks[k]));
    }

    const names = col(units.map((u) => u.name));
    for (const g of a.groups) {
      for (const [t, tier] of scheme.tiers.entries()) {
        const expected = Array.from(g.order)
          .filter((unit) => a.tierOf[unit] === t)
          .map((unit) => units[unit]?.name)
          .join("、");
        expect(tierList(names, totals, [[tier.label]], groupCol, [[g.name]])).toEqual([[expected]]);
      }
    }
  });
});
