import fc from "fast-check";
import { rankGroup, rankValues } from "../../src/core/rank";
import type { RankingStyle } from "../../src/core/types";

/** The definition, O(n²): competition = 1 + how many are better; dense = 1 + how many distinct better. */
function naiveRank(values: readonly number[], style: RankingStyle): number[] {
  return values.map((v) => {
    if (!Number.isFinite(v)) return 0;
    const better = values.filter((w) => Number.isFinite(w) && w > v);
    return 1 + (style === "dense" ? new Set(better).size : better.length);
  });
}

const styles: RankingStyle[] = ["competition", "dense"];
/** Totals with 2 decimals and many ties, plus the odd NaN (a unit without a total). */
const total2 = fc.oneof({ weight: 20, arbitrary: fc.integer({ min: 0, max: 400 }).map((k) => Number((80 + k / 20).toFixed(2))) }, { weight: 1, arbitrary: fc.constant(NaN) });

function rankAll(totals: number[], style: RankingStyle, decimals = 2) {
  return rankGroup(
    Float64Array.from(totals),
    Int32Array.from(totals, (_, i) => i),
    decimals,
    style,
  );
}

describe("rankGroup", () => {
  it("shares ranks between ties: competition 1,2,2,4 and dense 1,2,2,3", () => {
    const totals = [95.5, 90, 90, 85];
    expect(Array.from(rankAll(totals, "competition").ranks)).toEqual([1, 2, 2, 4]);
    expect(Array.from(rankAll(totals, "dense").ranks)).toEqual([1, 2, 2, 3]);
  });

  it("orders best first and keeps tied units in source order", () => {
    const r = rankAll([80, 92.5, 80, 99, 92.5, 80], "competition");
    expect(Array.from(r.order)).toEqual([3, 1, 4, 0, 2, 5]);
    expect(Array.from(r.ranks)).toEqual([1, 2, 2, 4, 4, 4]);
  });

  it("ranks only the group's members, by unit index", () => {
    const totals = Float64Array.from([70, 88, 95, 88, 60]);
    const r = rankGroup(totals, Int32Array.from([1, 3, 4]), 2, "competition");
    expect(Array.from(r.order)).toEqual([1, 3, 4]);
    expect(Array.from(r.ranks)).toEqual([1, 1, 3]);
  });

  it("keeps the members' own order among ties when they are not in index order", () => {
    const totals = Float64Array.from([88, 90, 88, 88, 70]);
    const r = rankGroup(totals, Int32Array.from([3, 0, 4, 2, 1]), 2, "competition");
    expect(Array.from(r.order)).toEqual([1, 3, 0, 2, 4]);
    expect(Array.from(r.ranks)).toEqual([1, 2, 2, 2, 5]);
  });

  it("puts units without a total last, unranked", () => {
    const r = rankAll([NaN, 85, NaN, 90], "dense");
    expect(Array.from(r.order)).toEqual([3, 1, 0, 2]);
    expect(Array.from(r.ranks)).toEqual([1, 2, 0, 0]);
  });

  it("handles negative totals (deductions) and an empty group", () => {
    expect(Array.from(rankAll([-1.5, 0, -3, 2], "competition").order)).toEqual([3, 1, 0, 2]);
    const empty = rankGroup(new Float64Array(0), new Int32Array(0), 2, "dense");
    expect(empty.order.length).toBe(0);
  });

  it("falls back to a comparator sort when the key would not fit, with the same result", () => {
    const big = [1e12, 5e11, 1e12, -1e12, 5e11];
    const r = rankAll(big, "competition", 6);
    expect(Array.from(r.order)).toEqual([0, 2, 1, 4, 3]);
    expect(Array.from(r.ranks)).toEqual([1, 1, 3, 3, 5]);
  });

  for (const style of styles) {
    it(`agrees with the naive definition, ${style} (property)`, () => {
      fc.assert(
        fc.property(fc.array(total2, { maxLength: 200 }), (totals) => {
          const { order, ranks } = rankAll(totals, style);
          const expected = naiveRank(totals, style);
          // every unit exactly once
          expect(Array.from(order).sort((a, b) => a - b)).toEqual(totals.map((_, i) => i));
          order.forEach((u, k) => expect(ranks[k]).toBe(expected[u]));
          // rank order: totals descending, ties (and NaNs) in source order
          for (let k = 1; k < order.length; k++) {
            const a = totals[order[k - 1] as number] as number;
            const b = totals[order[k] as number] as number;
            const fa = Number.isFinite(a);
            const fb = Number.isFinite(b);
            expect(fa || !fb).toBe(true);
            if (fa && fb) expect(a).toBeGreaterThanOrEqual(b);
            if ((fa && fb && a === b) || (!fa && !fb)) expect(order[k - 1] as number).toBeLessThan(order[k] as number);
          }
        }),
        { numRuns: 500 },
      );
    });
  }
});

describe("rankValues", () => {
  it("ranks among the finite values; a blank or text total gets no rank (0)", () => {
    expect(rankValues([88, NaN, 95, 88, 70], "competition")).toEqual([2, 0, 1, 2, 4]);
    expect(rankValues([88, NaN, 95, 88, 70], "dense")).toEqual([2, 0, 1, 2, 3]);
    expect(rankValues([], "dense")).toEqual([]);
  });

  it("treats 0 and -0 as the same total", () => {
    expect(rankValues([0, -0, -1], "dense")).toEqual([1, 1, 2]);
  });

  for (const style of styles) {
    it(`agrees with the naive definition and rankGroup, ${style} (property)`, () => {
      fc.assert(
        fc.property(fc.array(total2, { maxLength: 200 }), (totals) => {
          const got = rankValues(totals, style);
          expect(got).toEqual(naiveRank(totals, style));
          const { order, ranks } = rankAll(totals, style);
          order.forEach((u, k) => expect(got[u]).toBe(ranks[k]));
        }),
        { numRuns: 500 },
      );
    });

    it(`does not depend on the order of the values, ${style} (property)`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { maxLength: 100 }).chain((v) =>
            fc.tuple(
              fc.constant(v),
              fc.shuffledSubarray(
                v.map((_, i) => i),
                { minLength: v.length, maxLength: v.length },
              ),
            ),
          ),
          ([values, perm]) => {
            const ranks = rankValues(values, style);
            const permuted = rankValues(
              perm.map((i) => values[i] as number),
              style,
            );
            perm.forEach((i, k) => expect(permuted[k]).toBe(ranks[i]));
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});
