// Totals under full marks, group scales and bonus limits against a slow reference that does the
// rules on BigInt rationals, written from the rules' words rather than from the code.
import fc from "fast-check";
import { computeTotals, unroundedTotals, weightedTotal } from "../../../src/core/arith";
import { countedBonus } from "../../../src/core/arith/bonus";
import type { BonusRules, ComponentSpec, Scheme, ScoreTable } from "../../../src/core/types";
import { defaultScheme } from "../../../src/core/scheme/defaults";

/** n / d with d > 0. */
interface Q {
  n: bigint;
  d: bigint;
}
const q = (n: bigint, d = 1n): Q => (d < 0n ? { n: -n, d: -d } : { n, d });
const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
const min = (a: Q, b: Q): Q => (cmp(a, b) <= 0 ? a : b);
const max = (a: Q, b: Q): Q => (cmp(a, b) >= 0 ? a : b);
/** A decimal m·10^-k. */
const dec = (m: bigint, k: number): Q => q(m, 10n ** BigInt(k));
const hundredths = (h: number): Q => q(BigInt(h), 100n);

function decText(m: bigint, k: number): string {
  const neg = m < 0n;
  const s = (neg ? -m : m).toString().padStart(k + 1, "0");
  const body = k === 0 ? s : `${s.slice(0, s.length - k)}.${s.slice(s.length - k)}`;
  return neg ? `-${body}` : body;
}
/** Rounded half away from zero to k decimals, as the double nearest that decimal. */
function roundQ(x: Q, k: number): number {
  const p = 10n ** BigInt(k);
  const a = x.n < 0n ? -x.n : x.n;
  const r = (2n * a * p + x.d) / (2n * x.d);
  return r === 0n ? 0 : Number(decText(x.n < 0n ? -r : r, k));
}
/** Rounded up (towards +∞) at the 9th decimal, as the double nearest that decimal. */
function ceil9(x: Q): number {
  const p = 10n ** 9n;
  const t = x.n * p;
  const fl = t >= 0n ? t / x.d : -((-t + x.d - 1n) / x.d);
  const c = fl * x.d === t ? fl : fl + 1n;
  return c === 0n ? 0 : Number(decText(c, 9));
}
const toQ = (x: number): Q => {
  // Test inputs are decimals with at most 4 decimals: their shortest text is the decimal.
  const [whole, frac = ""] = String(x).split(".");
  return dec(BigInt(`${whole}${frac}`), frac.length);
};

interface Scale {
  /** Hundredths. */
  total: number;
  fullMarks: number[];
  weights: number[];
}
interface Case {
  decimals: number;
  scales: [Scale, Scale];
  rules: BonusRules;
  units: { group: 0 | 1; scores: number[]; add: number; deduct: number }[];
}

/** `n` parts in hundredths summing to `total` hundredths. */
const split = (n: number, total: number): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: 0, max: total }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), total];
    return sorted.slice(1).map((x, i) => x - (sorted[i] as number));
  });
const fullMarksArb = fc.oneof(fc.constantFrom(10000, 15000, 30000, 7700, 900, 700, 400, 300), fc.integer({ min: 1, max: 50000 }));
const scaleArb = (n: number): fc.Arbitrary<Scale> =>
  fc
    .tuple(fc.oneof(fc.constantFrom(10000, 15000), fc.integer({ min: 100, max: 50000 })), fc.array(fullMarksArb, { minLength: n, maxLength: n }))
    .chain(([total, fullMarks]) => split(n, total).map((weights) => ({ total, fullMarks, weights })));
/** A score out of `fm` hundredths, with 0–3 decimals. */
const scoreArb = (fm: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: 3 }).chain((k) => fc.bigInt({ min: 0n, max: (BigInt(fm) * 10n ** BigInt(k)) / 100n }).map((m) => Number(decText(m, k))));
const pointsArb = fc.integer({ min: 0, max: 2 }).chain((k) => fc.integer({ min: 0, max: 30 * 10 ** k }).map((m) => m / 10 ** k));
const rulesArb: fc.Arbitrary<BonusRules> = fc.record(
  { maxAdd: pointsArb, maxDeduct: pointsArb, addFrom: fc.integer({ min: 0, max: 150 }), capAtFullMarks: fc.boolean() },
  { requiredKeys: [] },
);
const caseArb: fc.Arbitrary<Case> = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc
    .record({
      decimals: fc.integer({ min: 0, max: 4 }),
      scales: fc.tuple(scaleArb(n), scaleArb(n)),
      rules: rulesArb,
      units: fc.constant(null),
    })
    .chain((c) =>
      fc
        .array(
          fc.integer({ min: 0, max: 1 }).chain((g) =>
            fc.record({
              group: fc.constant(g as 0 | 1),
              scores: fc.tuple(...c.scales[g === 0 ? 0 : 1].fullMarks.map(scoreArb)),
              add: pointsArb,
              deduct: pointsArb,
            }),
          ),
          { minLength: 1, maxLength: 12 },
        )
        .map((units) => ({ ...c, units })),
    ),
);

const GROUPS = ["县（区）", "市直部门"];

function schemeOf(c: Case): Scheme {
  const [own, other] = c.scales;
  const components: ComponentSpec[] = own.weights.map((w, i) => ({
    key: `k${i}`,
    label: `项目${i + 1}`,
    aliases: [],
    weight: w / 100,
    fullMarks: (own.fullMarks[i] as number) / 100,
    subItems: [],
  }));
  return {
    ...defaultScheme(),
    components,
    decimals: c.decimals,
    fullMarks: own.total / 100,
    groupScales: {
      市直部门: {
        fullMarks: other.total / 100,
        components: Object.fromEntries(components.map((x, i) => [x.key, { fullMarks: (other.fullMarks[i] as number) / 100, weight: (other.weights[i] as number) / 100 }])),
      },
    },
    bonusRules: c.rules,
  };
}

function tableOf(c: Case): ScoreTable {
  const n = c.units.length;
  const nc = c.scales[0].weights.length;
  return {
    tables: [],
    count: n,
    names: c.units.map((_, i) => `单位${i + 1}`),
    groups: GROUPS,
    groupOf: Int32Array.from(c.units, (u) => u.group),
    components: Array.from({ length: nc }, (_, k) => Float64Array.from(c.units, (u) => u.scores[k] as number)),
    additions: Float64Array.from(c.units, (u) => u.add),
    deductions: Float64Array.from(c.units, (u) => u.deduct),
    veto: c.units.map(() => null),
    tableOf: new Int32Array(n),
    rowOf: Int32Array.from(c.units, (_, i) => i + 2),
  };
}

/** The rules in words: each part weight × score ÷ full marks; the limits as BonusRules documents them. */
function reference(c: Case, u: Case["units"][number]): { total: Q; base: Q } {
  const scale = c.scales[u.group];
  let base = q(0n);
  u.scores.forEach((s, k) => {
    base = add(base, div(mul(hundredths(scale.weights[k] as number), toQ(s)), hundredths(scale.fullMarks[k] as number)));
  });
  let a = toQ(u.add);
  let d = toQ(u.deduct);
  const r = c.rules;
  if (r.maxAdd !== undefined) a = min(a, toQ(r.maxAdd));
  if (r.maxDeduct !== undefined) d = min(d, toQ(r.maxDeduct));
  if (r.addFrom !== undefined && roundQ(base, c.decimals) < r.addFrom) a = q(0n);
  let total = add(sub(base, d), a);
  if (r.capAtFullMarks === true && a.n > 0n) total = min(total, max(hundredths(scale.total), sub(base, d)));
  return { total, base };
}

describe("totals under full marks, group scales and bonus limits", () => {
  it("equal the exact rational reference, and the counted bonus is what lifted each total", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const scheme = schemeOf(c);
        const table = tableOf(c);
        const bonus = countedBonus(table, scheme);
        const totals = computeTotals(table, scheme, bonus);
        c.units.forEach((u, i) => {
          const { total, base } = reference(c, u);
          expect(totals[i]).toBe(roundQ(total, c.decimals));
          expect(bonus[i]).toBe(ceil9(sub(total, base)));
        });
      }),
      { numRuns: 400 },
    );
  });

  it("order unrounded totals within a group exactly as the exact totals are ordered", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const scheme = schemeOf(c);
        const table = tableOf(c);
        const unrounded = unroundedTotals(table, scheme, countedBonus(table, scheme));
        const exact = c.units.map((u) => reference(c, u).total);
        c.units.forEach((u, i) =>
          c.units.forEach((v, j) => {
            if (u.group !== v.group) return;
            expect(Math.sign((unrounded[i] as number) - (unrounded[j] as number))).toBe(cmp(exact[i] as Q, exact[j] as Q));
          }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("the formulas' weightedTotal with full marks equals the ranking's total for the same scale", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const scheme = { ...schemeOf(c), bonusRules: undefined };
        const table = tableOf(c);
        const totals = computeTotals(table, scheme, countedBonus(table, scheme));
        c.units.forEach((u, i) => {
          const scale = c.scales[u.group];
          const got = weightedTotal(
            u.scores,
            scale.weights.map((w) => w / 100),
            c.decimals,
            u.add - u.deduct,
            scale.fullMarks.map((f) => f / 100),
          );
          expect(got).toBe(totals[i]);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("full marks as offices set them", () => {
  const scheme = (over: Partial<Scheme>, parts: { weight: number; fullMarks?: number }[]): Scheme => ({
    ...defaultScheme(),
    components: parts.map((p, i) => ({ key: `k${i}`, label: `项目${i + 1}`, aliases: [], subItems: [], ...p })),
    ...over,
  });
  const one = (s: Scheme, scores: number[], add = 0, deduct = 0, group = "县（区）"): { total: number; bonus: number } => {
    const t: ScoreTable = {
      tables: [],
      count: 1,
      names: ["单位"],
      groups: [group],
      groupOf: new Int32Array(1),
      components: scores.map((x) => Float64Array.of(x)),
      additions: Float64Array.of(add),
      deductions: Float64Array.of(deduct),
      veto: [null],
      tableOf: new Int32Array(1),
      rowOf: Int32Array.of(2),
    };
    const b = countedBonus(t, s);
    return { total: computeTotals(t, s, b)[0] as number, bonus: b[0] as number };
  };

  it("a written test out of 300 taken at 60% counts 0.2 a point", () => {
    const s = scheme({}, [
      { weight: 60, fullMarks: 300 },
      { weight: 40, fullMarks: 100 },
    ]);
    expect(one(s, [255, 80]).total).toBe(83);
    expect(one(s, [300, 100]).total).toBe(100);
  });

  it("parts out of 77/9/7/4/3 with weights equal to their full marks add up as they are", () => {
    const s = scheme(
      {},
      [77, 9, 7, 4, 3].map((m) => ({ weight: m, fullMarks: m })),
    );
    expect(one(s, [70.5, 8, 6.5, 4, 2.25]).total).toBe(91.25);
  });

  it("a weight of 10 over full marks of 7 keeps the exact thirds-like fraction until rounding", () => {
    const s = scheme({}, [
      { weight: 10, fullMarks: 7 },
      { weight: 90, fullMarks: 100 },
    ]);
    // 10·5/7 = 7.142857… + 0.9·80 = 72 → 79.142857… → 79.14
    expect(one(s, [5, 80]).total).toBe(79.14);
  });

  it("a group out of 150 keeps its own scale while another is out of 100", () => {
    const s = scheme({ groupScales: { "县（区）": { fullMarks: 150, components: { k0: { weight: 90 }, k1: { weight: 60 } } } } }, [{ weight: 60 }, { weight: 40 }]);
    expect(one(s, [90, 80], 0, 0, "县（区）").total).toBe(81 + 48);
    expect(one(s, [90, 80], 0, 0, "市直部门").total).toBe(86);
  });

  it("加分 stops at full marks, after 扣分, and is shown as the points counted", () => {
    const s = scheme({ bonusRules: { capAtFullMarks: true } }, [{ weight: 100 }]);
    expect(one(s, [98.5], 3, 1)).toEqual({ total: 100, bonus: 1.5 });
    expect(one(s, [90], 3, 1)).toEqual({ total: 92, bonus: 2 });
    expect(one(s, [100], 0, 2)).toEqual({ total: 98, bonus: -2 });
  });

  it("加分 counts from the bar on the rounded total before bonus, and at most maxAdd; 扣分 at most maxDeduct", () => {
    const s = scheme({ bonusRules: { addFrom: 90, maxAdd: 2, maxDeduct: 3 } }, [{ weight: 60 }, { weight: 40 }]);
    // 0.6·89.99 + 0.4·90.005 = 89.996 → 90.00 reaches the bar.
    expect(one(s, [89.99, 90.005], 5).bonus).toBe(2);
    // 0.6·89.99 + 0.4·89.98 = 89.986 → 89.99 does not.
    expect(one(s, [89.99, 89.98], 5, 4)).toEqual({ total: 86.99, bonus: -3 });
  });
});
