// ASSESS.TOTAL with full marks: a score counts weight × score ÷ full marks, as in the one-click
// ranking, whose totals the formula must always equal.
import fc from "fast-check";
import { computeTotals } from "../../src/core/arith";
import { countedBonus } from "../../src/core/arith/bonus";
import { defaultScheme } from "../../src/core/scheme/defaults";
import type { Scheme, ScoreTable } from "../../src/core/types";
import { total } from "../../src/functions/functions";
import { fakeRuntime, shown } from "./runtime";

beforeAll(() => {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = fakeRuntime();
});

const row = (...values: unknown[]): unknown[][] => [values];

describe("ASSESS.TOTAL with full marks", () => {
  it("takes a written test out of 300 at 60%, and parts out of 77/9/7/4/3 as their points", () => {
    expect(total(row(90, 276), row(40, 60), row(100, 300))).toEqual([[91.2]]);
    expect(total(row(72.5, 8.5, 6, 4, 3), row(77, 9, 7, 4, 3), row(77, 9, 7, 4, 3))).toEqual([[94]]);
  });

  it("gives a total out of the weights' sum: a district out of 150", () => {
    expect(total(row(95, 48), row(90, 60), row(100, 50))).toEqual([[143.1]]);
  });

  it("keeps the default weights for three scores when only full marks are given", () => {
    expect(total(row(90, 80, 35), undefined, row(100, 100, 50))).toEqual([[85]]);
  });

  it("checks each score against its own full marks, naming it", () => {
    expect(shown(() => total(row(90, 301), row(40, 60), row(100, 300)))).toEqual({ error: "#VALUE!", message: expect.stringContaining("第 2 项得分 301 超出 0–300 分") });
    expect(total(row(120, 80), row(90, 60), row(150, 100))).toEqual([[120]]);
  });

  it("refuses full marks of 0, too few of them, and weights that add up to nothing", () => {
    expect(shown(() => total(row(90, 80), row(40, 60), row(100, 0)))).toEqual({ error: "#VALUE!", message: expect.stringContaining("第 2 个满分 0") });
    expect(shown(() => total(row(90, 80), row(40, 60), row(100)))).toEqual({ error: "#VALUE!", message: expect.stringContaining("需要 2 个满分") });
    expect(shown(() => total(row(90, 80), row(0, 0), row(100, 100)))).toMatchObject({ error: "#VALUE!" });
  });

  it("equals the core's total for the same full marks and weights (formula = core)", () => {
    const arb = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: 1, max: 50000 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 20000 }), { minLength: n, maxLength: n }).filter((w) => w.some((x) => x > 0)),
        fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: n, maxLength: n }),
      ),
    );
    fc.assert(
      fc.property(arb, ([marksH, weightsH, fractions]) => {
        const marks = marksH.map((m) => m / 100);
        const weights = weightsH.map((w) => w / 100);
        // A score from 0 to its full marks, at 3 decimals.
        const scores = fractions.map((f, k) => Math.floor(((marksH[k] as number) * 10 * f) / 100000) / 1000);
        const scheme: Scheme = {
          ...defaultScheme(),
          components: weights.map((weight, k) => ({ key: `k${k}`, label: `项目${k + 1}`, aliases: [], subItems: [], weight, fullMarks: marks[k] as number })),
          fullMarks: weightsH.reduce((a, b) => a + b, 0) / 100,
        };
        const table: ScoreTable = {
          tables: [],
          count: 1,
          names: ["单位"],
          groups: ["市直部门"],
          groupOf: new Int32Array(1),
          components: scores.map((x) => Float64Array.of(x)),
          additions: new Float64Array(1),
          deductions: new Float64Array(1),
          veto: [null],
          tableOf: new Int32Array(1),
          rowOf: Int32Array.of(2),
        };
        const core = computeTotals(table, scheme, countedBonus(table, scheme))[0];
        expect(total(row(...scores), row(...weights), row(...marks))).toEqual([[core]]);
      }),
      { numRuns: 300 },
    );
  });
});
