import fc from "fast-check";
import { computeTotals, weightedTotal, weightsSumTo100 } from "../../../src/core/arith";
import { defaultScheme } from "../../../src/core/scheme/defaults";
import type { Scheme, ScoreTable } from "../../../src/core/types";
import { bonusColumns } from "../../support/bonus";
import { countedBonus } from "../../../src/core/arith/bonus";

/** A decimal m·10^-k held exactly. */
interface Dec {
  m: bigint;
  k: number;
}

const decText = (m: bigint, k: number): string => {
  const neg = m < 0n;
  const s = (neg ? -m : m).toString().padStart(k + 1, "0");
  const body = k === 0 ? s : `${s.slice(0, s.length - k)}.${s.slice(s.length - k)}`;
  return neg ? `-${body}` : body;
};
/** The double a user gets by typing the decimal into a cell. */
const typed = (d: Dec): number => Number(decText(d.m, d.k));

/**
 * Exact reference: Σ (bp/10000)·score + bonus as a rational with denominator 10^12, rounded half away
 * from zero to `decimals`, written out as a decimal and parsed (the double nearest the decimal).
 */
function referenceTotal(scores: Dec[], bps: number[], bonus: Dec, decimals: number): number {
  const DEN = 12;
  let n = 0n;
  scores.forEach((s, c) => {
    n += BigInt(bps[c] as number) * s.m * 10n ** BigInt(DEN - 4 - s.k);
  });
  n += bonus.m * 10n ** BigInt(DEN - bonus.k);
  const d = 10n ** BigInt(DEN - decimals);
  const neg = n < 0n;
  const a = neg ? -n : n;
  let q = a / d;
  if ((a % d) * 2n >= d) q += 1n;
  if (q === 0n) return 0;
  return Number(decText(neg ? -q : q, decimals));
}

const score: fc.Arbitrary<Dec> = fc.integer({ min: 0, max: 4 }).chain((k) => fc.bigInt({ min: 0n, max: 100n * 10n ** BigInt(k) }).map((m) => ({ m, k })));
const bonusArb: fc.Arbitrary<Dec> = fc.integer({ min: 0, max: 4 }).chain((k) => fc.bigInt({ min: -20n * 10n ** BigInt(k), max: 20n * 10n ** BigInt(k) }).map((m) => ({ m, k })));
/** Basis points (hundredths of a percent) summing to 10000, i.e. weights summing to 100%. */
const basisPoints = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), 10000];
    return sorted.slice(1).map((x, i) => x - (sorted[i] as number));
  });

const scoresAndWeights = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.array(score, { minLength: n, maxLength: n }), basisPoints(n)));

function tableOf(rows: number[][], bonus: number[]): ScoreTable {
  const n = rows.length;
  const nc = rows[0]?.length ?? 0;
  return {
    tables: [],
    count: n,
    names: rows.map((_, i) => `单位${i + 1}`),
    groups: ["县（区）"],
    groupOf: new Int32Array(n),
    components: Array.from({ length: nc }, (_, c) => Float64Array.from(rows, (r) => r[c] as number)),
    ...bonusColumns(bonus),
    veto: rows.map(() => null),
    tableOf: new Int32Array(n),
    rowOf: Int32Array.from(rows, (_, i) => i + 3),
  };
}

/** Totals as assess() computes them: with the bonus as counted under the scheme. */
function totalsOf(table: ScoreTable, scheme: Scheme): Float64Array {
  return computeTotals(table, scheme, countedBonus(table, scheme));
}

describe("weightedTotal", () => {
  it("gives 90.00 for 0.6·89 + 0.3·88.70 + 0.1·99.85 (exactly 89.995), where floating point gives 89.99", () => {
    expect(0.6 * 89 + 0.3 * 88.7 + 0.1 * 99.85).toBeLessThan(89.995);
    expect(weightedTotal([89, 88.7, 99.85], [60, 30, 10], 2)).toBe(90);
  });

  it("rounds half up at the scheme's decimals", () => {
    expect(weightedTotal([80.005], [100], 2)).toBe(80.01);
    expect(weightedTotal([80.0049], [100], 2)).toBe(80);
    expect(weightedTotal([89.5], [100], 0)).toBe(90);
    expect(weightedTotal([1.005], [100], 2)).toBe(1.01);
  });

  it("rounds negative totals away from zero", () => {
    expect(weightedTotal([0], [100], 2, -1.005)).toBe(-1.01);
    expect(weightedTotal([0], [100], 0, -0.5)).toBe(-1);
    expect(Object.is(weightedTotal([0], [100], 2, -0.001), 0)).toBe(true);
  });

  it("adds the bonus before rounding", () => {
    expect(weightedTotal([89, 88.7, 99.85], [60, 30, 10], 2, -0.5)).toBe(89.5);
    expect(weightedTotal([80, 80, 80], [60, 30, 10], 1, 0.05)).toBe(80.1);
  });

  it("accepts weights with two decimals summing to 100", () => {
    expect(weightedTotal([90, 90, 90.03], [33.33, 33.33, 33.34], 2)).toBe(90.01);
  });

  it("is NaN when a score or the bonus is missing", () => {
    expect(weightedTotal([NaN, 80, 80], [60, 30, 10], 2)).toBeNaN();
    expect(weightedTotal([80, 80, 80], [60, 30, 10], 2, NaN)).toBeNaN();
    expect(weightedTotal([Infinity, 80, 80], [60, 30, 10], 2)).toBeNaN();
  });

  it("stays exact far outside the score range", () => {
    expect(weightedTotal([100000.005], [100], 2)).toBe(100000.01);
    expect(weightedTotal([50, 50], [50, 50], 3, -123456.0005)).toBe(-123406.001);
  });

  it("throws on a programming mistake (lengths differ, bad decimals)", () => {
    expect(() => weightedTotal([1, 2], [100], 2)).toThrow(RangeError);
    expect(() => weightedTotal([1], [100], 1.5)).toThrow(RangeError);
    expect(() => weightedTotal([1], [100], -1)).toThrow(RangeError);
  });

  it("equals the exact rational reference (property)", () => {
    fc.assert(
      fc.property(scoresAndWeights, bonusArb, fc.integer({ min: 0, max: 4 }), ([scores, bps], bonus, decimals) => {
        const got = weightedTotal(
          scores.map(typed),
          bps.map((b) => b / 100),
          decimals,
          typed(bonus),
        );
        expect(got).toBe(referenceTotal(scores, bps, bonus, decimals));
      }),
      { numRuns: 3000 },
    );
  });
});

function withWeights(weights: number[]): Scheme {
  const scheme = defaultScheme();
  scheme.components = scheme.components.map((c, i) => ({ ...c, weight: weights[i] as number }));
  return scheme;
}

describe("computeTotals", () => {
  it("gives every unit the same total as weightedTotal, NaN where a component is missing", () => {
    const scheme = defaultScheme();
    const rows = [
      [89, 88.7, 99.85],
      [95, NaN, 90],
      [70.25, 80.5, 60],
    ];
    const totals = totalsOf(tableOf(rows, [0, 0, 1.5]), scheme);
    expect(Array.from(totals)).toEqual([90, NaN, 73.8]);
    const odd = totalsOf(
      tableOf(
        [
          [Infinity, 80, 80],
          [80, 80, 80],
          [80, -Infinity, 80],
        ],
        [0, NaN, 0],
      ),
      scheme,
    );
    expect(Array.from(odd)).toEqual([NaN, NaN, NaN]);
  });

  it("uses the scheme's weights and decimals", () => {
    const scheme: Scheme = { ...defaultScheme(), decimals: 1 };
    scheme.components = scheme.components.map((c, i) => ({ ...c, weight: [50, 40, 10][i] as number }));
    const totals = totalsOf(tableOf([[80.25, 90.1, 70]], [0]), scheme);
    expect(totals[0]).toBe(83.2); // 40.125 + 36.04 + 7 = 83.165
  });

  it("repairs the binary noise of a sum of sub-items", () => {
    const daily = 1.03 + 12.225; // typed sub-items: exactly 13.255, but the double sum is 13.254999…
    expect(daily).toBeLessThan(13.255);
    const totals = totalsOf(tableOf([[daily, 0, 0]], [0]), withWeights([100, 0, 0]));
    expect(totals[0]).toBe(13.26);
  });

  it("agrees with the exact reference column-wise (property)", () => {
    const unit = fc.tuple(fc.array(score, { minLength: 3, maxLength: 3 }), bonusArb);
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 40 }), basisPoints(3), fc.integer({ min: 0, max: 4 }), (units, bps, decimals) => {
        const scheme = defaultScheme();
        scheme.decimals = decimals;
        scheme.components = scheme.components.map((c, i) => ({ ...c, weight: (bps[i] as number) / 100 }));
        const totals = totalsOf(
          tableOf(
            units.map(([s]) => s.map(typed)),
            units.map(([, b]) => typed(b)),
          ),
          scheme,
        );
        units.forEach(([s, b], i) => expect(totals[i]).toBe(referenceTotal(s, bps, b, decimals)));
      }),
      { numRuns: 300 },
    );
  });
});

describe("weightsSumTo100", () => {
  it("accepts weights summing to exactly 100 in decimal", () => {
    expect(weightsSumTo100([60, 30, 10])).toBe(true);
    expect(weightsSumTo100([33.33, 33.33, 33.34])).toBe(true);
    expect(weightsSumTo100([100])).toBe(true);
  });

  it("rejects another sum, a negative weight, more than two decimals, a non-number", () => {
    expect(weightsSumTo100([60, 30, 20])).toBe(false);
    expect(weightsSumTo100([33.33, 33.33, 33.33])).toBe(false);
    expect(weightsSumTo100([110, -10])).toBe(false);
    expect(weightsSumTo100([33.333, 33.333, 33.334])).toBe(false);
    expect(weightsSumTo100([NaN, 100])).toBe(false);
    expect(weightsSumTo100([])).toBe(false);
  });
});
